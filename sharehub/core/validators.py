"""Validators for the text people write, shared by every model."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# C0 and C1 control characters (line breaks and tabs among them), DEL, and the
# Unicode line and paragraph separators: none belongs in a one-line field, and a
# line break in a title could end up in an e-mail header.
_NOT_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def validate_single_line(value) -> None:
    """One line of text: no line breaks, tabs or other control characters."""
    if isinstance(value, str) and _NOT_ONE_LINE.search(value):
        raise ValidationError(
            _("Write this on one line, without line breaks or special control characters."),
            code="single_line",
        )
