"""A person's permissions, read in one statement (sharehub.accounts.backends): the
same set Django's own backend gives, from their groups and their own grants, and
still nothing for an inactive account."""

import pytest
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.contrib.auth.models import Permission

from sharehub.gate.access import MODERATE, SUSPEND
from tests.factories import verified_user
from tests.moderation.conftest import moderator_user

pytestmark = pytest.mark.django_db


def _django_permissions(person) -> set[str]:
    fresh = type(person).objects.get(pk=person.pk)  # no permissions kept on it yet
    return DjangoModelBackend().get_all_permissions(fresh)


def test_groups_and_own_grants_give_the_same_permissions_as_djangos_backend():
    moderator = moderator_user("mo")
    app_label, codename = SUSPEND.split(".")
    moderator.user_permissions.add(
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
    )
    plain = verified_user(username="bryn")
    for person in (moderator, plain):
        fresh = type(person).objects.get(pk=person.pk)
        assert fresh.get_all_permissions() == _django_permissions(person)
    moderator = type(moderator).objects.get(pk=moderator.pk)
    assert moderator.has_perm(MODERATE) and moderator.has_perm(SUSPEND)
    plain = type(plain).objects.get(pk=plain.pk)
    assert not plain.has_perm(MODERATE)


def test_asking_twice_in_a_request_reads_once(django_assert_num_queries):
    moderator = type(m := moderator_user("mo")).objects.get(pk=m.pk)
    with django_assert_num_queries(1):
        assert moderator.has_perm(MODERATE)
        assert not moderator.has_perm("gate.not_a_permission")


def test_an_inactive_account_has_no_permissions():
    moderator = moderator_user("mo")
    moderator.is_active = False
    moderator.save(update_fields=["is_active"])
    moderator = type(moderator).objects.get(pk=moderator.pk)
    assert moderator.get_all_permissions() == set()
    assert not moderator.has_perm(MODERATE)
