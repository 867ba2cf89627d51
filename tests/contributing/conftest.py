"""Personas for contributing: verified authors can post; unverified users cannot yet."""

import pytest

from sharehub.taxonomy import models as tax
from tests.factories import UserFactory, verified_user


@pytest.fixture
def author(db):
    """Alice, verified: she writes the content in these tests."""
    return verified_user(username="alice", display_name="Alice Jones")


@pytest.fixture
def other(db):
    """Eve, verified, with no rights over Alice's content."""
    return verified_user(username="eve", display_name="Eve Evans")


@pytest.fixture
def unverified(db):
    """Signed up, but has not followed the link in the verification e-mail."""
    return UserFactory(username="newbie")


@pytest.fixture
def staff(db):
    return verified_user(username="sam", is_staff=True, is_superuser=True)


def pks(model, *slugs) -> list[str]:
    return [str(model.objects.get(slug=slug).pk) for slug in slugs]


@pytest.fixture
def innovation_data(db):
    """A valid first step of "Share an innovation"."""
    return {
        "title": "Hydration stations on every corridor",
        "body": "We put **water** where people walk.",
        "summary": "Fewer falls and infections from drinking more.",
        "challenge_areas": pks(tax.ChallengeArea, "risk"),
        "regions": pks(tax.Region, "gwent"),
        "local_authorities": pks(tax.LocalAuthority, "newport"),
    }


@pytest.fixture
def resource_data(db):
    return {
        "title": "Falls prevention toolkit",
        "resource_type": "toolkit",
        "url": "https://example.org/falls",
        "summary": "Checklists for care homes.",
        "body": "Use it **weekly**.",
        "challenge_areas": pks(tax.ChallengeArea, "risk"),
        "roles": pks(tax.Role, "innovator"),
        "regions": pks(tax.Region, "all-wales"),
        "evidence_level": "evaluated",
        "cost": "free",
        "time_to_implement": "weeks",
        "licence": "CC BY 4.0",
        "review_by_day": "31",
        "review_by_month": "3",
        "review_by_year": "2027",
        "language": "en",
    }


@pytest.fixture
def need_data(db):
    return {
        "title": "Has anyone in Powys tried hydration stations?",
        "body": "We want to *start* next month.",
        "challenge_areas": pks(tax.ChallengeArea, "risk"),
        "regions": pks(tax.Region, "powys"),
        "language": "en",
    }
