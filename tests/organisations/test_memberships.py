"""A person says which organisations they belong to, on their account pages."""

import pytest
from django.test import Client
from django.urls import reverse

from sharehub.organisations.models import Membership, Organisation
from sharehub.organisations.services import record_for

pytestmark = pytest.mark.django_db

MINE = reverse("organisations:mine")


def test_it_asks_anonymous_people_to_sign_in(client):
    assert "/accounts/login/" in client.get(MINE)["Location"]


def test_a_person_adds_organisations_by_name(client, author):
    existing = record_for("Gofal Glannau Teifi")
    client.force_login(author)
    assert client.post(MINE, {"name": "gofal glannau teifi"}).status_code == 302
    assert client.post(MINE, {"name": "Cyngor Sir Ceredigion"}).status_code == 302
    names = sorted(author.organisations.values_list("name", flat=True))
    assert names == ["Cyngor Sir Ceredigion", "Gofal Glannau Teifi"]
    assert Organisation.objects.count() == 2 and existing in author.organisations.all()
    # Adding it again changes nothing.
    client.post(MINE, {"name": "GOFAL GLANNAU TEIFI"})
    assert Membership.objects.filter(user=author).count() == 2
    assert "Gofal Glannau Teifi" in client.get(MINE).text


def test_a_person_removes_one_with_a_post(client, author, other):
    organisation = record_for("Gofal Glannau Teifi")
    Membership.objects.create(user=author, organisation=organisation)
    Membership.objects.create(user=other, organisation=organisation)
    leave = reverse("organisations:leave", args=[organisation.slug])
    client.force_login(author)
    assert client.get(leave).status_code == 405
    assert client.post(leave).status_code == 302
    assert not Membership.objects.filter(user=author).exists()
    assert Membership.objects.filter(user=other).exists()  # only their own
    assert client.post(leave).status_code == 404  # no longer a member


@pytest.mark.parametrize(
    "name, error",
    [
        ("", "Enter the name of the organisation"),
        ("!!!", "letters or numbers"),
        ("x" * 201, "200 characters"),
    ],
)
def test_a_bad_name_is_a_form_error(client, author, name, error):
    client.force_login(author)
    response = client.post(MINE, {"name": name})
    assert response.status_code == 200
    assert error in response.text
    assert not Membership.objects.exists()


def test_the_profiles_organisation_is_offered_first(client, author):
    author.organisation = "Bryn Derw Care Home"
    author.save()
    client.force_login(author)
    assert 'value="Bryn Derw Care Home"' in client.get(MINE).text


def test_changes_need_the_csrf_token(author):
    client = Client(enforce_csrf_checks=True)
    client.force_login(author)
    assert client.post(MINE, {"name": "Bryn Derw"}).status_code == 403
    assert not Membership.objects.exists()


def test_changes_are_rate_limited(client, author, settings):
    settings.SHAREHUB_MEMBERSHIP_CHANGES_PER_HOUR = 2
    client.force_login(author)
    client.post(MINE, {"name": "One"})
    client.post(MINE, {"name": "Two"})
    response = client.post(MINE, {"name": "Three"})
    assert response.status_code == 429
    assert "changed your organisations 2 times" in response.text
    assert Membership.objects.filter(user=author).count() == 2


def test_memberships_are_in_the_persons_data_download(client, author):
    Membership.objects.create(user=author, organisation=record_for("Gofal Glannau Teifi"))
    client.force_login(author)
    data = client.get("/en/accounts/privacy/my-data.json").json()
    (entry,) = data["organisations"]
    assert entry["organisation"] == "Gofal Glannau Teifi"
    assert entry["slug"] == "gofal-glannau-teifi"
