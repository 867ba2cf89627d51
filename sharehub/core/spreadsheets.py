"""Text bound for a spreadsheet (the CSV downloads: open data, insights)."""

# A cell a spreadsheet would run as a formula starts with one of these (CSV
# injection): such a cell gets a single quote in front, which spreadsheets show and
# never evaluate.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defused(text: str) -> str:
    """`text` as a CSV cell no spreadsheet runs as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
