import re

import pytest

from sharehub.accounts.models import User
from sharehub.core.models import Status
from sharehub.taxonomy import models as tax
from tests.factories import InnovationFactory, NeedFactory, ResourceFactory

pytestmark = pytest.mark.django_db

SECRETS = {
    "organisation": "Ysbyty Secret Ward",
    "bio": "PRIVATE-BIO I look after my mother at weekends.",
    "can_help_with": "PRIVATE-HELP dementia cafes",
}


def profile_data(**overrides) -> dict:
    data = {
        "display_name": "Mair Jones",
        "display_name_public": "on",
        "role": tax.Role.objects.get(slug="innovator").pk,
        "job_role": tax.JobRole.objects.order_by("position").first().pk,
        "organisation_type": tax.OrganisationType.objects.order_by("position").first().pk,
        "local_authority": tax.LocalAuthority.objects.get(slug="gwynedd").pk,
        "innovation_profile": tax.InnovationProfile.objects.get(slug="networker").pk,
        **SECRETS,
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def test_it_saves_the_profile_with_everything_but_the_name_private_by_default(client_as, member):
    client = client_as(member)
    page = client.get("/en/accounts/profile/")
    html = page.content.decode()
    assert html.count(">Show on my public profile<") == 9
    assert re.search(r'<input type="checkbox" name="display_name_public"[^>]* checked', html)
    assert not re.search(r'<input type="checkbox" name="bio_public"[^>]* checked', html)
    response = client.post("/en/accounts/profile/", profile_data())
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.public_fields == ["display_name"]
    assert member.bio == SECRETS["bio"]
    assert member.local_authority.slug == "gwynedd"


def test_private_fields_never_reach_the_public_page_or_the_api(client, client_as, member):
    User.objects.filter(pk=member.pk).update(username="mair-private-username")
    member.refresh_from_db()
    client_as(member).post("/en/accounts/profile/", profile_data())
    innovation = InnovationFactory(author=member)
    client.logout()

    person = client.get(f"/en/people/{member.public_id}/").content.decode()
    detail = client.get(innovation.get_absolute_url()).content.decode()
    api = "".join(
        client.get(f"/api/v1/{kind}/").content.decode()
        for kind in ("innovations", "resources", "needs", "contacts")
    )
    for page in (person, detail, api):
        for secret in SECRETS.values():
            assert secret not in page
        assert "Gwynedd" not in page
        assert member.email not in page
        assert member.username not in page
    assert "Mair Jones" in person
    assert innovation.title in person


def test_a_field_made_public_is_shown_and_only_that_one(client, client_as, member):
    client_as(member).post("/en/accounts/profile/", profile_data(bio_public="on", role_public="on"))
    client.logout()
    person = client.get(f"/en/people/{member.public_id}/").content.decode()
    assert SECRETS["bio"] in person
    assert "Innovator" in person
    assert SECRETS["organisation"] not in person
    assert SECRETS["can_help_with"] not in person
    assert "Networker" not in person


def test_a_private_name_shows_as_a_sharehub_member(client, client_as, member):
    client_as(member).post("/en/accounts/profile/", profile_data(display_name_public=None))
    innovation = InnovationFactory(author=member)
    client.logout()
    for url in (f"/en/people/{member.public_id}/", innovation.get_absolute_url()):
        html = client.get(url).content.decode()
        assert "Mair Jones" not in html
        assert "A ShareHub member" in html


def test_a_too_long_bio_is_a_form_error(client_as, member):
    response = client_as(member).post("/en/accounts/profile/", profile_data(bio="x" * 501))
    assert response.status_code == 200
    assert "govuk-error-summary" in response.content.decode()
    assert 'href="#id_bio"' in response.content.decode()
    member.refresh_from_db()
    assert member.bio == ""


def test_a_made_up_choice_is_a_form_error_not_a_500(client_as, member):
    response = client_as(member).post("/en/accounts/profile/", profile_data(role="999999"))
    assert response.status_code == 200
    assert 'href="#id_role_0"' in response.content.decode()


def test_the_profile_needs_a_signed_in_member(client):
    response = client.get("/en/accounts/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_the_public_page_lists_only_published_contributions(client, member, eve):
    published = InnovationFactory(author=member)
    draft = InnovationFactory(author=member, status=Status.DRAFT, published_at=None)
    resource = ResourceFactory(author=member)
    need = NeedFactory(author=member)
    someone_elses = InnovationFactory(author=eve)
    html = client.get(f"/en/people/{member.public_id}/").content.decode()
    assert published.title in html
    assert resource.title in html
    assert need.title in html
    assert draft.title not in html
    assert someone_elses.title not in html


def test_the_public_page_uses_a_bounded_number_of_queries(
    client, member, django_assert_max_num_queries
):
    for _n in range(25):
        InnovationFactory(author=member)
    ResourceFactory(author=member)
    NeedFactory(author=member)
    # The person, five taxonomy tables (cached after the first request), and one or
    # two per kind of contribution: the same however much they have published.
    with django_assert_max_num_queries(12):
        response = client.get(f"/en/people/{member.public_id}/")
    assert "Showing the 20 most recent of 25." in response.content.decode()


def test_author_names_link_to_their_public_page(client, member):
    for item in (
        InnovationFactory(author=member),
        ResourceFactory(author=member),
        NeedFactory(author=member),
    ):
        html = client.get(item.get_absolute_url()).content.decode()
        assert f'href="/en/people/{member.public_id}/">Mair Jones</a>' in html


def test_an_inactive_account_has_no_public_page(client, member):
    User.objects.filter(pk=member.pk).update(is_active=False)
    assert client.get(f"/en/people/{member.public_id}/").status_code == 404


def test_public_fields_only_take_profile_field_names(member):
    from django.core.exceptions import ValidationError

    member.public_fields = ["display_name", "email"]
    with pytest.raises(ValidationError):
        member.full_clean()
