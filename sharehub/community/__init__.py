"""What people add around content: comments, "useful" reactions and bookmarks (issue 12)."""
