"""Every place that writes an organisation's name links it to its record: new
innovations and resources, edits, applied revisions, adoptions and contact listings."""

import datetime

import pytest

from sharehub.catalogue import revisions
from sharehub.catalogue.adoptions import adoption_create
from sharehub.catalogue.models import Innovation, Resource
from sharehub.contacts import services as contacts
from sharehub.contacts.forms import ContactForm
from sharehub.core.models import Status
from sharehub.moderation.services import decision_approve
from sharehub.organisations.models import Organisation
from sharehub.organisations.services import record_for
from sharehub.taxonomy import models as tax
from tests.contributing.conftest import pks
from tests.factories import InnovationFactory, term

pytestmark = pytest.mark.django_db


def test_an_innovations_details_link_its_organisation(client, author, innovation_data):
    client.force_login(author)
    client.post("/en/innovations/new/", innovation_data)
    innovation = Innovation.objects.get()
    assert innovation.organisation_record is None  # no organisation yet
    details = {
        "language": "en",
        "contact_preference": "message",
        "organisation": "Bryn Derw, care home",
        "organisation_type": pks(tax.OrganisationType, "care-provider-residential"),
    }
    client.post(f"/en/innovations/{innovation.slug}/details/", details)
    innovation.refresh_from_db()
    assert innovation.organisation == "Bryn Derw, care home"  # as written
    assert innovation.organisation_record == Organisation.objects.get(key="bryn derw care home")
    assert innovation.organisation_record.organisation_type.slug == "care-provider-residential"

    client.post(f"/en/innovations/{innovation.slug}/details/", {**details, "organisation": ""})
    innovation.refresh_from_db()
    assert innovation.organisation_record is None


def test_a_new_resource_links_its_organisation(client, author, resource_data):
    client.force_login(author)
    client.post("/en/resources/new/", {**resource_data, "organisation": "Gofal Cymru"})
    resource = Resource.objects.get()
    assert resource.organisation == "Gofal Cymru"
    assert resource.organisation_record.name == "Gofal Cymru"


def test_an_applied_revision_moves_the_link(author):
    innovation = InnovationFactory(
        author=author, organisation="Old name", organisation_record=record_for("Old name")
    )
    revisions.apply(innovation, {"organisation": "New name"})
    innovation.refresh_from_db()
    assert innovation.organisation_record.name == "New name"


def test_an_adoption_links_its_organisation_and_where_it_works(author, moderator):
    """Where it works is on the organisation's public page: only once the story is
    public, not while it waits for a moderator (nor if it is refused)."""
    innovation = InnovationFactory(status=Status.PUBLISHED)
    adoption = adoption_create(
        innovation=innovation,
        author=author,
        organisation="Conwy home care team",
        local_authority=term(tax.LocalAuthority, "conwy"),
        started=datetime.date(2025, 1, 1),
        progress="running",
        story="We tried it on two rounds.",
    )
    organisation = Organisation.objects.get(name="Conwy home care team")
    assert adoption.organisation_record == organisation
    assert adoption.status == Status.SUBMITTED  # an untrusted author's story waits
    assert not organisation.local_authorities.exists()
    decision_approve(adoption, moderator=moderator)
    assert [la.slug for la in organisation.local_authorities.all()] == ["conwy"]


def test_a_contact_listing_links_its_organisation(author):
    data = {
        "name": "Alice Jones",
        "can_help_with": "Peer support.",
        "organisation": "Cyngor Gwynedd",
        "challenge_areas": pks(tax.ChallengeArea, "value"),
        "email": author.email,
    }
    form = ContactForm(data, user=author)
    assert form.is_valid(), form.errors
    contact = contacts.save_listing(form.cleaned_data, user=author, language="en")
    assert contact.organisation_record.name == "Cyngor Gwynedd"
