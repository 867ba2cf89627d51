"""Every contribution form: the GOV.UK error pattern, nothing saved when invalid,
a Markdown preview that works without JavaScript, places saved sensibly."""

import pytest

from sharehub.catalogue.models import Innovation, Need, Resource
from sharehub.core.models import Status
from sharehub.taxonomy import models as tax
from tests.contributing.conftest import pks
from tests.factories import InnovationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "model", "errors"),
    [
        (
            "/en/innovations/new/",
            Innovation,
            {
                "title": "Enter a title",
                "body": "Enter what changed and why",
                "summary": "Enter a short summary",
                "challenge_areas": "Choose at least one challenge area",
                "regions": "Choose where it happened, or All Wales",
            },
        ),
        (
            "/en/resources/new/",
            Resource,
            {
                "title": "Enter a title",
                "resource_type": "Choose what kind of resource it is",
                "url": "Enter a link to the resource, or upload the file",
                "summary": "Enter a short summary",
                "challenge_areas": "Choose at least one challenge area",
            },
        ),
        (
            "/en/needs/new/",
            Need,
            {
                "title": "Enter your question",
                "body": "Enter the details of your question",
                "challenge_areas": "Choose at least one challenge area",
                "regions": "Choose where you are, or All Wales",
            },
        ),
    ],
)
def test_an_empty_form_lists_every_problem_and_saves_nothing(client_as, author, url, model, errors):
    response = client_as(author).post(url, {"language": "en"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<div class="govuk-error-summary"' in html
    assert html.index("govuk-error-summary") < html.index("<h1")
    assert "<title>Error:" in html
    for field, message in errors.items():
        # A group of checkboxes or radios is reached through its first option.
        anchor = f"id_{field}_0" if field in ("challenge_areas", "resource_type") else f"id_{field}"
        assert f'<a href="#{anchor}">{message}</a>' in html  # in the summary
        assert f'id="id_{field}-error"' in html  # and next to the field
        assert f'id="{anchor}"' in html  # which the summary links to
    assert not model.objects.exists()


def test_a_summary_over_280_characters_is_refused(client_as, author, innovation_data):
    response = client_as(author).post(
        "/en/innovations/new/", {**innovation_data, "summary": "x" * 281}
    )
    assert "Summary must be 280 characters or fewer" in response.content.decode()
    assert not Innovation.objects.exists()


def test_the_summary_has_a_character_count(client_as, author):
    html = client_as(author).get("/en/innovations/new/").content.decode()
    assert 'data-module="govuk-character-count" data-maxlength="280"' in html
    assert 'class="govuk-textarea govuk-js-character-count"' in html
    assert 'id="id_summary-info"' in html


def test_unknown_choices_are_form_errors_not_crashes(client_as, author, innovation_data):
    data = {**innovation_data, "challenge_areas": ["999999", "x"], "regions": ["nope"]}
    response = client_as(author).post("/en/innovations/new/", data)
    assert response.status_code == 200
    assert "Choose challenge areas from the list" in response.content.decode()
    assert not Innovation.objects.exists()


def test_bad_details_save_nothing(client_as, author):
    innovation = InnovationFactory(author=author, status=Status.DRAFT, organisation="Before")
    response = client_as(author).post(
        f"/en/innovations/{innovation.slug}/details/",
        {
            "organisation": "After",
            "links": "ok https://example.org\njavascript:alert(1)",
            "looking_for": ["world-domination"],
            "language": "en",
            "contact_preference": "message",
        },
    )
    html = response.content.decode()
    assert "Line 2: enter a web address starting with https:// or http://" in html
    assert "Choose what you are looking for from the list" in html
    innovation.refresh_from_db()
    assert innovation.organisation == "Before"
    assert innovation.links == []


def test_the_preview_button_renders_markdown_below_the_field_and_saves_nothing(
    client_as, author, innovation_data
):
    response = client_as(author).post(
        "/en/innovations/new/",
        {**innovation_data, "title": "", "body": "We **changed** it", "preview": "1"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_body-preview"' in html
    assert "<strong>changed</strong>" in html
    assert "We **changed** it</textarea>" in html  # what was typed stays in the box
    assert "govuk-error-summary" not in html  # previewing is not submitting
    assert not Innovation.objects.exists()


def test_the_preview_button_works_when_editing_details(client_as, author):
    innovation = InnovationFactory(author=author, status=Status.DRAFT)
    response = client_as(author).post(
        f"/en/innovations/{innovation.slug}/details/",
        {"what_helped": "- the cook\n- the *manager*", "preview": "1"},
    )
    html = response.content.decode()
    assert "<li>the cook</li>" in html
    assert "<em>manager</em>" in html
    innovation.refresh_from_db()
    assert innovation.what_helped == ""


def test_editing_shows_the_places_already_chosen(client_as, author):
    innovation = InnovationFactory(
        author=author, status=Status.DRAFT, places=(["all-wales"], ["newport"])
    )
    form = client_as(author).get(f"/en/innovations/{innovation.slug}/edit/").context["form"]
    groups = {g["region"].slug: g for g in form.place_groups()}
    assert groups["all-wales"]["checked"]
    # Gwent shows ticked so that Newport, inside it, stays in view.
    assert groups["gwent"]["checked"]
    assert [la["term"].slug for la in groups["gwent"]["local_authorities"] if la["checked"]] == [
        "newport"
    ]
    assert not groups["powys"]["checked"]


def test_a_region_without_local_authorities_ticked_is_kept(client_as, author, innovation_data):
    data = {**innovation_data, "regions": pks(tax.Region, "gwent", "west-wales")}
    data["local_authorities"] = pks(tax.LocalAuthority, "newport")
    client_as(author).post("/en/innovations/new/", data)
    innovation = Innovation.objects.get()
    assert [r.slug for r in innovation.regions.all()] == ["west-wales"]
    assert [la.slug for la in innovation.local_authorities.all()] == ["newport"]


def test_an_edit_form_for_someone_elses_item_is_never_rendered(client_as, other):
    innovation = InnovationFactory(status=Status.DRAFT)
    assert client_as(other).get(f"/en/innovations/{innovation.slug}/edit/").status_code == 404


def test_an_unknown_local_authority_links_to_the_local_authorities(
    client_as, author, innovation_data
):
    data = {**innovation_data, "local_authorities": ["999999"]}
    html = client_as(author).post("/en/innovations/new/", data).content.decode()
    assert '<a href="#id_local_authorities">Choose places from the list</a>' in html
    assert 'id="id_local_authorities"' in html


def test_multiple_choices_are_checkboxes_and_single_choices_radios(client_as, author):
    innovation = InnovationFactory(author=author, status=Status.DRAFT)
    html = client_as(author).get(f"/en/innovations/{innovation.slug}/details/").content.decode()
    assert 'type="checkbox" value="partners"' in html  # looking for: any number
    assert 'name="stage" type="radio"' in html  # stage: one
