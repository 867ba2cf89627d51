"""The data migrations (catalogue 0013, contacts 0009, organisations 0002) keep every
existing organisation value exactly as written and link every row to its record."""

import importlib

import pytest
from django.apps import apps

from sharehub.accounts.models import User
from sharehub.catalogue.models import Adoption, Innovation
from sharehub.contacts.models import Contact
from sharehub.organisations.models import Membership, Organisation
from sharehub.organisations.names import normalise
from sharehub.taxonomy import models as tax
from tests.factories import (
    AdoptionFactory,
    ContactFactory,
    InnovationFactory,
    UserFactory,
    term,
)

pytestmark = pytest.mark.django_db

VALUES = [
    "Bryn Derw Care Home",
    "bryn derw care home",
    "Bryn Derw, care home.",
    "Gofal Glannau Teifi",
    "Grŵp gofalwyr Dyffryn Tywi (gwirfoddolwr)",
    "",
    "Cyngor Sir Ceredigion",
]


def migration(name: str):
    return importlib.import_module(name)


@pytest.fixture
def existing():
    """Rows as they stood before organisations were records: free text, no links."""
    housing = term(tax.OrganisationType, "housing")
    innovations = [
        InnovationFactory(organisation=value, organisation_type=housing if i == 1 else None)
        for i, value in enumerate(VALUES)
    ]
    adoptions = [
        AdoptionFactory(
            organisation=value or "Cyngor Sir Ceredigion",
            local_authority=term(tax.LocalAuthority, "ceredigion"),
        )
        for value in VALUES
    ]
    contacts = [ContactFactory(organisation=value) for value in VALUES]
    users = [UserFactory(organisation=value) for value in VALUES]
    for model in (Innovation, Adoption, Contact):
        model.objects.update(organisation_record=None)
    Organisation.objects.all().delete()
    return innovations, adoptions, contacts, users


def run_migrations():
    migration("sharehub.catalogue.migrations.0013_organisation_records").link(apps, None)
    migration("sharehub.contacts.migrations.0009_organisation_records").link(apps, None)
    migration("sharehub.organisations.migrations.0002_profile_memberships").forwards(apps, None)


def test_every_value_is_kept_and_every_row_links_to_its_record(existing):
    before = {
        model: dict(model.objects.values_list("pk", "organisation"))
        for model in (Innovation, Adoption, Contact, User)
    }
    run_migrations()

    for model in (Innovation, Adoption, Contact):
        after = dict(model.objects.values_list("pk", "organisation"))
        assert after == before[model]  # not one character changed
        for row in model.objects.select_related("organisation_record"):
            if row.organisation.strip():
                assert row.organisation_record is not None, row.organisation
                assert row.organisation_record.key == normalise(row.organisation)
            else:
                assert row.organisation_record is None  # blank stays unlinked
    assert dict(User.objects.values_list("pk", "organisation")) == before[User]

    # One record per organisation, however it was written.
    keys = {normalise(v) for v in VALUES if v}
    assert set(Organisation.objects.values_list("key", flat=True)) == keys
    bryn = Organisation.objects.get(key="bryn derw care home")
    assert bryn.innovations.count() == 3
    assert bryn.adoptions.count() == 3
    assert bryn.contacts.count() == 3
    assert bryn.name == "Bryn Derw Care Home"  # the first value seen
    assert bryn.organisation_type.slug == "housing"  # the first type seen


def test_a_persons_profile_organisation_becomes_a_membership(existing):
    run_migrations()
    for user in User.objects.exclude(organisation=""):
        (membership,) = Membership.objects.filter(user=user)
        assert membership.organisation.key == normalise(user.organisation)
    assert not Membership.objects.filter(user__organisation="").exists()


def test_adoptions_tell_where_an_organisation_works(existing):
    run_migrations()
    ceredigion = Organisation.objects.get(key="cyngor sir ceredigion")
    assert [la.slug for la in ceredigion.local_authorities.all()] == ["ceredigion"]


def test_running_it_again_changes_nothing(existing):
    run_migrations()
    links = sorted(Innovation.objects.values_list("pk", "organisation_record"))
    count = Organisation.objects.count()
    run_migrations()
    assert sorted(Innovation.objects.values_list("pk", "organisation_record")) == links
    assert Organisation.objects.count() == count
    assert Membership.objects.count() == User.objects.exclude(organisation="").count()


def test_going_back_unlinks_without_touching_the_text(existing):
    run_migrations()
    migration("sharehub.catalogue.migrations.0013_organisation_records").unlink(apps, None)
    assert not Innovation.objects.filter(organisation_record__isnull=False).exists()
    innovations = Innovation.objects.filter(pk__in=[i.pk for i in existing[0]])
    assert sorted(innovations.values_list("organisation", flat=True)) == sorted(VALUES)
