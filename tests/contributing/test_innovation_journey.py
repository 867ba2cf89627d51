"""A care worker shares an innovation: draft → details → preview → submit → edit → withdraw."""

import pytest
from django.utils import timezone

from sharehub.catalogue.models import Innovation
from sharehub.core.models import Status
from sharehub.taxonomy import models as tax
from tests.contributing.conftest import pks
from tests.factories import InnovationFactory

pytestmark = pytest.mark.django_db


def test_the_first_step_saves_a_draft_and_goes_to_its_page(client_as, author, innovation_data):
    client = client_as(author)
    response = client.post("/en/innovations/new/", innovation_data)
    innovation = Innovation.objects.get()
    assert response.status_code == 302
    assert response["Location"] == innovation.get_absolute_url()
    assert innovation.status == Status.DRAFT
    assert innovation.author == author
    assert innovation.slug == "hydration-stations-on-every-corridor"
    assert innovation.language == "en"
    assert [a.slug for a in innovation.challenge_areas.all()] == ["risk"]
    # Newport was chosen inside Gwent: the local authority says it all.
    assert [la.slug for la in innovation.local_authorities.all()] == ["newport"]
    assert list(innovation.regions.all()) == []

    page = client.get(response["Location"])
    html = page.content.decode()
    assert "Your draft is saved" in html
    assert "Only you can see this draft" in html
    assert "<strong>water</strong>" in html
    assert f"/en/innovations/{innovation.slug}/preview/" in html


def test_the_first_step_asks_only_the_essentials(client_as, author):
    form = client_as(author).get("/en/innovations/new/").context["form"]
    assert list(form.fields) == [
        "title",
        "body",
        "summary",
        "challenge_areas",
        "regions",
        "local_authorities",
    ]


def test_a_welsh_page_makes_a_welsh_draft(client_as, author, innovation_data):
    client_as(author).post("/cy/innovations/new/", innovation_data)
    assert Innovation.objects.get().language == "cy"


def test_all_wales_is_a_place(client_as, author, innovation_data):
    data = {**innovation_data, "regions": pks(tax.Region, "all-wales"), "local_authorities": []}
    client_as(author).post("/en/innovations/new/", data)
    assert [r.slug for r in Innovation.objects.get().regions.all()] == ["all-wales"]


def test_a_title_like_a_url_word_gets_a_slug_of_its_own(client_as, author, innovation_data):
    client_as(author).post("/en/innovations/new/", {**innovation_data, "title": "New"})
    slug = Innovation.objects.get().slug
    assert slug.startswith("new-")
    assert client_as(author).get(f"/en/innovations/{slug}/").status_code == 200


def test_more_details_are_optional_and_saved(client_as, author, innovation_data):
    client = client_as(author)
    client.post("/en/innovations/new/", innovation_data)
    innovation = Innovation.objects.get()
    url = f"/en/innovations/{innovation.slug}/details/"
    assert client.post(url, {"language": "en", "contact_preference": "message"}).status_code == 302

    response = client.post(
        url,
        {
            "sector": pks(tax.Sector, "adults"),
            "kind": pks(tax.Kind, "practice"),
            "stage": pks(tax.Stage, "working-well"),
            "role": pks(tax.Role, "innovator"),
            "job_role": pks(tax.JobRole, "care-worker"),
            "organisation": "Ty Gwyn care home",
            "organisation_type": pks(tax.OrganisationType, "care-provider-residential"),
            "what_helped": "The *cook*.",
            "what_got_in_the_way": "Spills.",
            "outcomes": "Fewer infections.",
            "looking_for": ["partners", "evidence"],
            "links": "Our report https://example.org/report\nhttps://example.org/two",
            "contact_preference": "none",
            "language": "en",
        },
    )
    assert response.status_code == 302
    innovation.refresh_from_db()
    assert innovation.stage.slug == "working-well"
    assert innovation.job_role.slug == "care-worker"
    assert innovation.organisation == "Ty Gwyn care home"
    assert innovation.looking_for == ["partners", "evidence"]
    assert innovation.links == [
        {"url": "https://example.org/report", "title": "Our report"},
        {"url": "https://example.org/two"},
    ]
    assert innovation.contact_preference == "none"
    assert innovation.status == Status.DRAFT
    # The details page shows the links back as they were written.
    form = client.get(url).context["form"]
    assert form.initial["links"] == "Our report https://example.org/report\nhttps://example.org/two"


def test_the_preview_shows_it_as_published_with_similar_innovations(
    client_as, author, innovation_data
):
    InnovationFactory(title="Hydration rounds", summary="Water for residents.")
    InnovationFactory(title="Hydration draft", summary="Water.", status=Status.DRAFT)
    client = client_as(author)
    client.post("/en/innovations/new/", innovation_data)
    innovation = Innovation.objects.get(author=author)
    response = client.get(f"/en/innovations/{innovation.slug}/preview/")
    html = response.content.decode()
    assert response.templates[0].name == "catalogue/innovation_detail.html"
    assert "This is how it will look when it is published" in html
    assert "<strong>water</strong>" in html
    assert "Similar innovations already shared" in html
    assert [i.title for i in response.context["similar"]] == ["Hydration rounds"]
    assert "Only you can see this draft" not in html  # exactly as published
    assert f"/en/innovations/{innovation.slug}/submit/" in html


def test_submitting_needs_the_personal_data_confirmation(client_as, author, innovation_data):
    client = client_as(author)
    client.post("/en/innovations/new/", innovation_data)
    innovation = Innovation.objects.get()
    url = f"/en/innovations/{innovation.slug}/submit/"

    refused = client.post(url, {})
    assert refused.status_code == 200
    assert "govuk-error-summary" in refused.content.decode()
    assert "Confirm that it does not include anything" in refused.content.decode()
    innovation.refresh_from_db()
    assert innovation.status == Status.DRAFT
    assert innovation.personal_data_confirmed_at is None

    before = timezone.now()
    response = client.post(url, {"confirm_no_personal_data": "on"})
    assert response.status_code == 302
    innovation.refresh_from_db()
    assert innovation.status == Status.SUBMITTED
    assert innovation.personal_data_confirmed_by == author
    assert innovation.personal_data_confirmed_at >= before
    assert innovation.submitted_at >= before
    assert innovation.published_at is None
    page = client.get(innovation.get_absolute_url()).content.decode()
    assert "ShareHub staff will check it" in page


def test_a_second_submit_changes_nothing(client_as, author, innovation_data):
    client = client_as(author)
    client.post("/en/innovations/new/", innovation_data)
    innovation = Innovation.objects.get()
    url = f"/en/innovations/{innovation.slug}/submit/"
    client.post(url, {"confirm_no_personal_data": "on"})
    first = Innovation.objects.get().submitted_at
    again = client.post(url, {"confirm_no_personal_data": "on"}, follow=True)
    assert "already been submitted" in again.content.decode()
    assert Innovation.objects.get().submitted_at == first


def test_editing_a_submitted_innovation_makes_it_a_draft_again(client_as, author, innovation_data):
    client = client_as(author)
    client.post("/en/innovations/new/", innovation_data)
    innovation = Innovation.objects.get()
    client.post(f"/en/innovations/{innovation.slug}/submit/", {"confirm_no_personal_data": "on"})
    edit_url = f"/en/innovations/{innovation.slug}/edit/"
    assert "becomes a draft again" in client.get(edit_url).content.decode()

    response = client.post(edit_url, {**innovation_data, "title": "Water on every corridor"})
    assert response.status_code == 302
    innovation.refresh_from_db()
    assert innovation.title == "Water on every corridor"
    assert innovation.slug == "hydration-stations-on-every-corridor"  # addresses stay put
    assert innovation.status == Status.DRAFT


def test_a_trusted_authors_edit_of_a_published_innovation_shows_at_once(
    client_as, author, innovation_data
):
    author.trusted = True
    author.save(update_fields=["trusted"])
    innovation = InnovationFactory(author=author, title="Old title")
    published_at = innovation.published_at
    response = client_as(author).post(
        f"/en/innovations/{innovation.slug}/edit/", {**innovation_data, "title": "New title"}
    )
    assert response.status_code == 302
    innovation.refresh_from_db()
    assert innovation.title == "New title"
    assert innovation.status == Status.PUBLISHED
    assert innovation.published_at == published_at


def test_changes_requested_can_be_edited_and_submitted_again(client_as, author, innovation_data):
    innovation = InnovationFactory(author=author, status=Status.CHANGES_REQUESTED)
    client = client_as(author)
    client.post(f"/en/innovations/{innovation.slug}/edit/", innovation_data)
    innovation.refresh_from_db()
    assert innovation.status == Status.CHANGES_REQUESTED
    client.post(f"/en/innovations/{innovation.slug}/submit/", {"confirm_no_personal_data": "on"})
    innovation.refresh_from_db()
    assert innovation.status == Status.SUBMITTED


def test_withdrawing_hides_it_from_everyone_but_the_author(
    client, client_as, author, other, innovation_data
):
    innovation = InnovationFactory(author=author)
    assert client.get(innovation.get_absolute_url()).status_code == 200
    me = client_as(author)
    assert me.get(f"/en/innovations/{innovation.slug}/withdraw/").status_code == 200
    response = me.post(f"/en/innovations/{innovation.slug}/withdraw/")
    assert response.status_code == 302
    assert response["Location"] == "/en/contributions/"
    innovation.refresh_from_db()
    assert innovation.status == Status.WITHDRAWN
    assert (
        "Only you can see this: you withdrew it"
        in me.get(innovation.get_absolute_url()).content.decode()
    )
    me.logout()
    assert client.get(innovation.get_absolute_url()).status_code == 404
    assert client.get("/api/v1/innovations/" + innovation.slug + "/").status_code == 404
    # Withdrawn is final: it can no longer be edited or submitted.
    me = client_as(author)
    assert me.post(f"/en/innovations/{innovation.slug}/edit/", innovation_data).status_code == 302
    innovation.refresh_from_db()
    assert innovation.status == Status.WITHDRAWN
    assert innovation.title != innovation_data["title"]
