"""Moderators merge a duplicate organisation into another: every link moves, the
duplicate goes, and the audit log says who merged what."""

import pytest
from django.urls import reverse

from sharehub.catalogue.models import Adoption, Innovation, Resource
from sharehub.contacts.models import Contact
from sharehub.gate.audit import entries_for
from sharehub.gate.models import Action
from sharehub.organisations.models import Membership, Organisation
from sharehub.organisations.services import merge, record_for
from sharehub.taxonomy import models as tax
from tests.factories import (
    AdoptionFactory,
    ContactFactory,
    InnovationFactory,
    ResourceFactory,
    UserFactory,
    term,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair():
    keep = record_for("Bryn Derw Care Home")
    duplicate = record_for("Bryn Derw Residential Home")
    keep.local_authorities.add(term(tax.LocalAuthority, "conwy"))
    duplicate.local_authorities.add(
        term(tax.LocalAuthority, "conwy"), term(tax.LocalAuthority, "denbighshire")
    )
    duplicate.website = "https://bryn-derw.example.org/"
    duplicate.save()
    return keep, duplicate


def link_everything(organisation, n=2):
    text = {"organisation": organisation.name, "organisation_record": organisation}
    for _ in range(n):
        innovation = InnovationFactory(**text)
        ResourceFactory(**text)
        AdoptionFactory(innovation=innovation, **text)
        ContactFactory(**text)


def links(organisation) -> dict:
    return {
        model.__name__: set(
            model.objects.filter(organisation_record=organisation).values_list("pk", flat=True)
        )
        for model in (Innovation, Resource, Adoption, Contact)
    }


def test_merge_keeps_every_link(pair, moderator):
    keep, duplicate = pair
    link_everything(keep)
    link_everything(duplicate, 3)
    both = UserFactory()
    only_duplicate = UserFactory()
    Membership.objects.create(user=both, organisation=keep)
    Membership.objects.create(user=both, organisation=duplicate)
    Membership.objects.create(user=only_duplicate, organisation=duplicate)
    expected = {kind: links(keep)[kind] | links(duplicate)[kind] for kind in links(keep)}
    texts = dict(Innovation.objects.values_list("pk", "organisation"))

    merge(keep=keep, duplicate=duplicate, actor=moderator)

    assert links(keep) == expected
    assert not Organisation.objects.filter(pk=duplicate.pk).exists()
    assert dict(Innovation.objects.values_list("pk", "organisation")) == texts  # words kept
    assert set(Membership.objects.filter(organisation=keep).values_list("user", flat=True)) == {
        both.pk,
        only_duplicate.pk,
    }
    assert Membership.objects.filter(user=both).count() == 1
    keep.refresh_from_db()
    assert sorted(la.slug for la in keep.local_authorities.all()) == ["conwy", "denbighshire"]
    assert keep.website == "https://bryn-derw.example.org/"


def test_merge_is_audited_with_both_names_and_ids(pair, moderator):
    keep, duplicate = pair
    duplicate_pk = duplicate.pk
    merge(keep=keep, duplicate=duplicate, actor=moderator)
    (entry,) = entries_for(keep)
    assert entry.action == Action.MERGE
    assert entry.actor == moderator
    assert entry.detail["kept"] == {"id": keep.pk, "name": keep.name, "slug": keep.slug}
    assert entry.detail["merged"]["id"] == duplicate_pk
    assert entry.detail["merged"]["name"] == "Bryn Derw Residential Home"
    assert "Bryn Derw Residential Home" in entry.explanation()


def test_an_organisation_cannot_be_merged_into_itself(pair, moderator):
    keep, _ = pair
    with pytest.raises(ValueError):
        merge(keep=keep, duplicate=keep, actor=moderator)


def url(organisation) -> str:
    return reverse("organisations:merge", args=[organisation.slug])


def test_a_moderator_merges_on_the_organisations_page(client, pair, moderator):
    keep, duplicate = pair
    link_everything(duplicate)
    client.force_login(moderator)
    assert client.get(url(keep)).status_code == 200
    response = client.post(url(keep), {"duplicate": f"/en/organisations/{duplicate.slug}/"})
    assert response.status_code == 302
    assert response["Location"] == keep.get_absolute_url()
    assert not Organisation.objects.filter(pk=duplicate.pk).exists()
    assert len(links(keep)["Innovation"]) == 2


@pytest.mark.parametrize(
    "value, error",
    [("", "Enter the address"), ("nowhere", "no organisation"), ("self", "not this one")],
)
def test_a_wrong_duplicate_is_a_form_error(client, pair, moderator, value, error):
    keep, _ = pair
    client.force_login(moderator)
    response = client.post(url(keep), {"duplicate": keep.slug if value == "self" else value})
    assert response.status_code == 200
    assert error in response.text
    assert Organisation.objects.count() == 2


def test_only_moderators_may_merge(client, pair, author):
    keep, duplicate = pair
    assert client.post(url(keep), {"duplicate": duplicate.slug}).status_code == 302  # sign in
    client.force_login(author)
    assert client.get(url(keep)).status_code == 403
    assert client.post(url(keep), {"duplicate": duplicate.slug}).status_code == 403
    assert Organisation.objects.count() == 2
