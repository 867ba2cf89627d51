"""The moderation personas (tests/moderation/conftest.py), shared here."""

from tests.moderation.conftest import author, moderator, trusted, user  # noqa: F401
