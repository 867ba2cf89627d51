"""How one organisation written several ways is recognised: its matching key."""

import unicodedata

KEY_MAX = 200


def clean(name: str) -> str:
    """The name as shown: the person's words on one line, spaces collapsed."""
    return " ".join((name or "").split())[:KEY_MAX]


def normalise(name: str) -> str:
    """The matching key of an organisation's name: case, punctuation, symbols and
    spacing do not count ("Cartref Llys Eifion, Porthmadog." and "cartref llys eifion
    porthmadog" are one organisation); letters keep their accents."""
    kept = "".join(
        " " if unicodedata.category(ch)[0] in "PSZC" else ch
        for ch in unicodedata.normalize("NFC", name or "").casefold()
    )
    return " ".join(kept.split())[:KEY_MAX]
