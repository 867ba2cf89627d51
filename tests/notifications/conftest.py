"""The moderation personas (tests/moderation/conftest.py), shared here, and two more."""

import pytest

from tests.factories import verified_user
from tests.moderation.conftest import (  # noqa: F401
    author,
    moderator,
    published,
    submitted,
    trusted,
    user,
)


@pytest.fixture
def follower(db):
    """Fran follows things; she writes nothing in these tests."""
    return verified_user(username="fran", display_name="Fran Follower")


@pytest.fixture
def bystander(db):
    """Ben follows nothing that matters here."""
    return verified_user(username="ben", display_name="Ben Bystander")
