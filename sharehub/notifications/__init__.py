"""Follows, notifications in the site and by e-mail, and the weekly digest (issue 12)."""
