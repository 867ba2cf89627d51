"""Validators for the text people write, shared by every model."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# C0 and C1 control characters (line breaks and tabs among them), DEL, and the
# Unicode line and paragraph separators: none belongs in a one-line field, and a
# line break in a title could end up in an e-mail header.
_NOT_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# Bidirectional embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO; LRI, RLI,
# FSI, PDI): they reorder the text around them, so a name can show as something else.
# The plain marks (U+200E, U+200F, U+061C) only nudge punctuation and are allowed.
_BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
# Letters and symbols that draw nothing (Hangul fillers, the blank Braille pattern).
_BLANK_GRAPHICS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def has_visible_character(value: str) -> bool:
    """Whether anything would show: a letter, digit, punctuation mark or symbol.
    Spaces, format characters (zero-width spaces and joiners, U+00AD, U+FEFF, the
    direction marks), controls and combining marks on their own show nothing."""
    return any(unicodedata.category(ch)[0] in "LNPS" and ch not in _BLANK_GRAPHICS for ch in value)


def validate_single_line(value) -> None:
    """One line of text someone can read: no line breaks, tabs or other control
    characters, no direction overrides, and at least one character that shows."""
    if not isinstance(value, str):
        return
    if _NOT_ONE_LINE.search(value):
        raise ValidationError(
            _("Write this on one line, without line breaks or special control characters."),
            code="single_line",
        )
    if _BIDI_CONTROLS.search(value):
        raise ValidationError(
            _(
                "Remove the hidden characters that change the direction of the text "
                "(often copied with right-to-left text); type it again if you cannot see them."
            ),
            code="bidi_control",
        )
    if value and not has_visible_character(value):
        raise ValidationError(
            _("Write something people can read: this is only spaces or invisible characters."),
            code="invisible",
        )


def clean_with_relations(item, relations: dict, *, exclude=(), **options) -> None:
    """The model's own validation of `item` (full_clean: lengths, choices, single
    lines, links), as a model form runs it, for writes that take plain values; its
    many-to-many values come apart in `relations`, and one the model requires left
    empty is an error on that field. `exclude` and `options` go to full_clean."""
    errors = {}
    for name, value in relations.items():
        field = item._meta.get_field(name)
        if not field.blank and not list(value):
            errors[name] = [field.error_messages["blank"]]
    many = [field.name for field in item._meta.many_to_many]
    try:
        item.full_clean(exclude=[*many, *exclude], **options)
    except ValidationError as exc:
        errors = exc.update_error_dict(errors)
    if errors:
        raise ValidationError(errors)
