"""Personas for the notice board: the contributing ones (author, other) and the
moderation ones (moderator), shared here."""

from tests.contributing.conftest import author, need_data, other  # noqa: F401
from tests.moderation.conftest import moderator  # noqa: F401
