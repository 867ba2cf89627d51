"""Personas for moderation: an author, an ordinary user, a trusted user, a moderator
without two-factor authentication, a moderator and a superuser (both with TOTP)."""

import importlib

import pytest
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.contrib.auth.models import Group, Permission

from sharehub.core.models import Status
from tests.factories import InnovationFactory, verified_user


def with_totp(user):
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})
    return user


def moderators_group() -> Group:
    """The group the data migrations create (again, if a transactional test flushed
    it): the moderators' permissions live on the audit log's content type."""
    module = importlib.import_module("sharehub.moderation.migrations.0002_moderators_group")
    module.create_group(apps, None)
    gate = importlib.import_module("sharehub.gate.migrations.0001_initial")
    gate.move_content_type(apps, None)
    group = Group.objects.get(name="Moderators")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="gate", codename__in=module.PERMISSIONS)
    )
    return group


def moderator_user(username: str, *, mfa: bool = True):
    user = verified_user(username=username, display_name=username.title())
    user.groups.add(moderators_group())
    return with_totp(user) if mfa else user


@pytest.fixture
def author(db):
    return verified_user(username="alice", display_name="Alice Jones")


@pytest.fixture
def user(db):
    return verified_user(username="ursula", display_name="Ursula User")


@pytest.fixture
def trusted(db):
    return verified_user(username="tom", display_name="Tom Trusted", trusted=True)


@pytest.fixture
def moderator_no_mfa(db):
    return moderator_user("nina", mfa=False)


@pytest.fixture
def moderator(db):
    return moderator_user("mo")


@pytest.fixture
def other_moderator(db):
    return moderator_user("max")


@pytest.fixture
def superuser(db):
    return with_totp(
        verified_user(username="root", display_name="Root", is_staff=True, is_superuser=True)
    )


@pytest.fixture
def submitted(author):
    """An innovation by the author, waiting in the queue."""
    return InnovationFactory(
        author=author,
        status=Status.SUBMITTED,
        published_at=None,
        title="Hydration stations",
        slug="hydration-stations",
        places=(["gwent"], ["newport"]),
    )


@pytest.fixture
def published(author):
    return InnovationFactory(author=author, title="Tea trolley rounds", slug="tea-trolley")
