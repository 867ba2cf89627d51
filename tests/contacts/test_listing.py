"""A member lists themselves as a contact, changes the listing and removes it."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.test import Client

from sharehub.contacts.models import Contact
from tests.factories import ContactFactory

pytestmark = pytest.mark.django_db


def listing_data(**overrides) -> dict:
    data = {
        "name": "Alice Jones",
        "can_help_with": "Starting a peer support group for carers.",
        "challenge_areas": ["1"],
        "regions": [],
        "role": "",
        "job_role": "",
        "organisation": "Conwy Carers",
        "organisation_type": "",
        "bio": "",
        "email": "alice@example.org",
    }
    data.update(overrides)
    return data


@pytest.fixture
def area_ids():
    from sharehub.taxonomy.models import ChallengeArea, Region

    return {
        "value": str(ChallengeArea.objects.get(slug="value").pk),
        "risk": str(ChallengeArea.objects.get(slug="risk").pk),
        "gwent": str(Region.objects.get(slug="gwent").pk),
    }


def test_list_me_then_edit_then_remove(client_as, alice, verified, area_ids):
    verified(alice)
    alice.trusted = True  # an untrusted account's listing waits: tests/gate
    alice.save(update_fields=["trusted"])
    client = client_as(alice)
    form = client.get("/en/contacts/list-me/")
    assert form.status_code == 200
    assert 'value="alice@example.org"' in form.content.decode()

    response = client.post(
        "/en/contacts/list-me/",
        listing_data(challenge_areas=[area_ids["value"]], regions=[area_ids["gwent"]]),
    )
    contact = Contact.objects.get(user=alice)
    assert response.status_code == 302
    assert response["Location"] == contact.get_absolute_url() + "?listed=1"
    # A trusted account's is published at once, in the language it was written in, following the account's address.
    assert contact.is_published and contact.published_at is not None
    assert contact.language == "en"
    assert contact.email == ""
    assert [a.slug for a in contact.challenge_areas.all()] == ["value"]
    assert [r.slug for r in contact.regions.all()] == ["gwent"]

    listing = Client().get("/en/contacts/")
    assert "Alice Jones" in listing.content.decode()
    detail = Client().get(contact.get_absolute_url()).content.decode()
    assert "alice@example.org" not in detail

    edit_url = f"/en/contacts/{contact.slug}/edit/"
    assert "Change your contact listing" in client.get(edit_url).content.decode()
    response = client.post(
        edit_url,
        listing_data(
            name="Alice Jones (carers' groups)",
            challenge_areas=[area_ids["value"], area_ids["risk"]],
        ),
    )
    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.name == "Alice Jones (carers' groups)"
    assert contact.challenge_areas.count() == 2

    remove_url = f"/en/contacts/{contact.slug}/remove/"
    confirm = client.get(remove_url)
    assert "Are you sure you want to remove this listing?" in confirm.content.decode()
    assert Contact.objects.filter(pk=contact.pk).exists()
    removed = client.post(remove_url)
    assert removed.status_code == 200
    assert not Contact.objects.filter(pk=contact.pk).exists()
    assert "Alice Jones" not in Client().get("/en/contacts/").content.decode()


def test_the_form_shows_errors_in_the_error_summary_and_saves_nothing(client_as, alice, verified):
    verified(alice)
    response = client_as(alice).post(
        "/en/contacts/list-me/", listing_data(name="", challenge_areas=[], can_help_with="")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "govuk-error-summary" in html
    assert 'href="#id_name">Enter a name.' in html
    assert 'href="#id_challenge_areas_0">Select at least one challenge area.' in html
    assert "Say what you can help with." in html
    assert Contact.objects.count() == 0


def test_messages_can_only_go_to_a_confirmed_address_of_the_account(
    client_as, alice, verified, area_ids
):
    verified(alice)
    EmailAddress.objects.create(user=alice, email="team@conwy.example", verified=True)
    EmailAddress.objects.create(user=alice, email="unconfirmed@conwy.example", verified=False)
    client = client_as(alice)
    refused = client.post(
        "/en/contacts/list-me/",
        listing_data(email="unconfirmed@conwy.example", challenge_areas=[area_ids["value"]]),
    )
    assert "Use an e-mail address you have confirmed" in refused.content.decode()
    assert Contact.objects.count() == 0
    client.post(
        "/en/contacts/list-me/",
        listing_data(email="team@conwy.example", challenge_areas=[area_ids["value"]]),
    )
    assert Contact.objects.get().email == "team@conwy.example"


def test_only_the_owner_can_edit_or_remove(client_as, alice, eve, verified, area_ids):
    verified(eve)
    contact = ContactFactory(user=alice, slug="alice-jones", name="Alice Jones")
    other = client_as(eve)
    assert other.get("/en/contacts/alice-jones/edit/").status_code == 404
    assert (
        other.post(
            "/en/contacts/alice-jones/edit/",
            listing_data(
                name="Hijacked", email="eve@example.org", challenge_areas=[area_ids["value"]]
            ),
        ).status_code
        == 404
    )
    assert other.get("/en/contacts/alice-jones/remove/").status_code == 404
    assert other.post("/en/contacts/alice-jones/remove/").status_code == 404
    contact.refresh_from_db()
    assert contact.name == "Alice Jones"
    # Listings made by staff (no account) cannot be taken over either.
    ContactFactory(user=None, slug="staff-made")
    assert other.get("/en/contacts/staff-made/edit/").status_code == 404


def test_anonymous_and_unverified_people_cannot_list_themselves(client, client_as, eve, area_ids):
    response = client.get("/en/contacts/list-me/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    response = client_as(eve).post(
        "/en/contacts/list-me/",
        listing_data(email="eve@example.org", challenge_areas=[area_ids["value"]]),
    )
    assert response.status_code == 200
    assert "confirm your e-mail address" in response.content.decode().lower()
    assert Contact.objects.count() == 0


def test_one_account_has_a_limited_number_of_listings(
    client_as, alice, verified, area_ids, settings
):
    settings.SHAREHUB_CONTACT_MAX_LISTINGS = 1
    verified(alice)
    ContactFactory(user=alice, name="Alice Jones")
    response = client_as(alice).post(
        "/en/contacts/list-me/",
        listing_data(
            name="Conwy Carers", is_organisation="on", challenge_areas=[area_ids["value"]]
        ),
    )
    assert "You already have 1 contact listings" in response.content.decode()
    assert Contact.objects.filter(user=alice).count() == 1


@pytest.mark.parametrize(("name", "address"), [("List me", "list-me"), ("Feed", "feed")])
def test_a_listing_never_takes_a_reserved_address(
    client_as, alice, verified, area_ids, name, address
):
    verified(alice)
    client_as(alice).post(
        "/en/contacts/list-me/", listing_data(name=name, challenge_areas=[area_ids["value"]])
    )
    assert Contact.objects.get().slug != address


def test_posts_without_a_csrf_token_are_refused(alice, verified, area_ids):
    verified(alice)
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    response = client.post(
        "/en/contacts/list-me/", listing_data(challenge_areas=[area_ids["value"]])
    )
    assert response.status_code == 403
    assert Contact.objects.count() == 0


def test_the_listing_form_says_what_is_optional_and_helps_autofill(client_as, alice, verified):
    verified(alice)
    page = client_as(alice).get("/en/contacts/list-me/").content.decode()
    for label in ("Regions you work in", "Role", "Job role", "Organisation"):
        assert f"{label} (optional)" in page
    assert "What you can help with (optional)" not in page
    assert re.search(r'<input[^>]*name="name"[^>]*autocomplete="name"', page)
    assert re.search(r'<input[^>]*name="organisation"[^>]*autocomplete="organization"', page)
    assert re.search(r'<input[^>]*type="email"[^>]*autocomplete="email"', page)
    assert 'class="govuk-checkboxes govuk-checkboxes--small"' in page


def test_a_refused_listing_links_each_error_to_its_field(client_as, alice, verified):
    verified(alice)
    page = client_as(alice).post("/en/contacts/list-me/", listing_data(name="")).content
    page = page.decode()
    assert '<a href="#id_name">Enter a name.</a>' in page
    assert re.search(
        r'<input[^>]*aria-describedby="id_name-hint id_name-error"[^>]*id="id_name"', page
    )


@pytest.mark.parametrize("name", ["\u200b\u200b\u200b", "\ufeff\u00ad", "\u202eAlice Jones"])
def test_a_name_of_invisible_or_direction_changing_characters_is_refused(
    client_as, alice, verified, name
):
    verified(alice)
    response = client_as(alice).post("/en/contacts/list-me/", listing_data(name=name))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="#id_name">' in html
    assert Contact.objects.count() == 0
