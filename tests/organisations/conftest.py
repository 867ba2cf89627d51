"""Personas for organisations: alice (a member), eve (another user), mo (a moderator
with two-factor authentication)."""

import pytest

from tests.contributing.conftest import innovation_data, resource_data
from tests.factories import verified_user
from tests.moderation.conftest import moderator_user


@pytest.fixture
def author(db):
    return verified_user(username="alice", display_name="Alice Jones")


@pytest.fixture
def other(db):
    return verified_user(username="eve", display_name="Eve Evans")


@pytest.fixture
def moderator(db):
    return moderator_user("mo")


__all__ = ["innovation_data", "resource_data"]  # the contribution forms' valid data
