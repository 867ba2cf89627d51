"""The moderation personas (tests/moderation/conftest.py), shared here."""

from tests.moderation.conftest import (  # noqa: F401
    author,
    moderator,
    published,
    submitted,
    trusted,
    user,
)
