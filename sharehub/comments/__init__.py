"""Comments on innovations, resources and questions: one level of replies, edits
within a window, deletion by the author; everything through the gate (issue 12)."""
