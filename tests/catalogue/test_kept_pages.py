"""The home page, the lists, the combined search and the API's lists are kept for
readers who are not signed in (taxonomy.kept_pages): a second reader costs a few
queries, and every change to what a page shows is on the very next request.
PostgreSQL only (kept pages are keyed by table versions that SQLite does not keep)."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sharehub.community.services import useful_set
from sharehub.core.models import Status
from sharehub.moderation.services import decision_approve, item_hide
from sharehub.taxonomy import models as tax
from sharehub.taxonomy.terms import clear_term_cache
from tests.factories import ContactFactory, InnovationFactory, NeedFactory, verified_user

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

PAGES = [
    "/en/",
    "/en/innovations/",
    "/en/innovations/?region=gwent&challenge_area=risk",
    "/en/resources/",
    "/en/needs/",
    "/en/contacts/",
    "/en/search/?q=night",
    "/cy/search/?q=night&region=gwent",
    "/api/v1/innovations/?q=night",
    "/api/v1/needs/",
]


def read(path: str, client: Client | None = None):
    with CaptureQueriesContext(connection) as queries:
        response = (client or Client()).get(path)
    return response, len(queries)


@pytest.fixture
def night(alice):
    return InnovationFactory(
        author=alice, challenge_areas=["risk"], places=(["gwent"], []), title="Night checks"
    )


@pytest.mark.parametrize("path", PAGES)
def test_a_second_reader_gets_the_same_page_for_a_few_queries(night, path):
    first, cold = read(path)
    second, warm = read(path)
    assert first.status_code == second.status_code == 200
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert warm <= 2 < cold


def test_the_api_stays_json_when_kept(night):
    read("/api/v1/innovations/")
    response, _queries = read("/api/v1/innovations/")
    assert response["Content-Type"] == "application/json"
    assert [i["title"] for i in response.json()["results"]] == ["Night checks"]


def results(path: str) -> str:
    response, _queries = read(path)
    assert response.status_code == 200
    return response.text


def test_publish_hide_and_edit_show_at_once_on_every_kind_of_page(night, alice):
    moderator = verified_user(username="mo", is_staff=True, is_superuser=True)
    waiting = InnovationFactory(
        author=alice, challenge_areas=["risk"], title="Night walks", status=Status.SUBMITTED
    )
    paths = ["/en/", "/en/innovations/?challenge_area=risk", "/en/search/?q=night"]
    paths.append("/api/v1/innovations/?q=night")
    for path in paths:
        assert "Night walks" not in results(path)
    decision_approve(waiting, moderator=moderator)
    for path in paths:
        assert "Night walks" in results(path)
    item_hide(waiting, moderator=moderator, reason="Personal data")
    for path in paths:
        assert "Night walks" not in results(path)
    night.title = "Night checks, revised"
    night.save()
    for path in paths:
        assert "Night checks, revised" in results(path)


def test_counts_on_a_kept_list_follow_re_tagging(night):
    path = "/en/innovations/?region=gwent"
    assert re.search(r"\b1 result\b", results(path))
    InnovationFactory(challenge_areas=["value"], places=(["gwent"], []))
    assert re.search(r"\b2 results\b", results(path))
    night.set_places(regions=tax.Region.objects.filter(slug="powys"), local_authorities=[])
    assert re.search(r"\b1 result\b", results(path))


def test_useful_marks_names_and_term_names_show_at_once(night, alice, eve):
    path = "/en/innovations/"
    assert "Marked useful" not in results(path)
    useful_set(user=eve, item=night, useful=True)
    assert "Marked useful by 1 person" in results(path)
    assert "Gwent" in results(path)
    tax.Region.objects.filter(slug="gwent").update(name_en="Gwent and the Valleys")
    clear_term_cache()  # as staff editing a term do (taxonomy.terms)
    assert "Gwent and the Valleys" in results(path)


def test_a_new_question_and_contact_show_at_once():
    assert "Who runs night checks?" not in results("/en/needs/")
    NeedFactory(title="Who runs night checks?")
    assert "Who runs night checks?" in results("/en/needs/")
    ContactFactory(name="Rhian Night-Owl")
    assert "Rhian Night-Owl" in results("/en/contacts/")


def test_signed_in_people_get_the_page_made_for_them(night, alice, client):
    read("/en/innovations/")
    client.force_login(alice)
    response, _queries = read("/en/innovations/", client)
    assert response.context is not None  # rendered, not the kept copy
    assert "Sign out" in response.text and "Sign out" not in results("/en/innovations/")


def test_with_the_cache_down_pages_are_made_for_each_reader(night, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    for _ in range(2):
        response, queries = read("/en/innovations/")
        assert "Night checks" in response.text and queries > 2
