"""Atom feeds for every list and search URL, each challenge area and region (issue 12)."""
