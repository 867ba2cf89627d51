"""The home page, the lists, the combined search and the API's lists are kept for
readers who are not signed in (taxonomy.kept_pages): a second reader costs a few
queries, and every change to what a page shows is on the very next request.
PostgreSQL only (kept pages are keyed by table versions that SQLite does not keep)."""

import re

import pytest
from django.db import connection
from django.test import Client, override_settings
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


SHARED = [  # the pages signed-in people share with readers but for their own links
    "/en/",
    "/en/innovations/",
    "/en/innovations/?region=gwent&challenge_area=risk",
    "/en/resources/",
    "/en/contacts/",
    "/en/search/?q=night",
    "/cy/search/?q=night&region=gwent",
]
CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


def as_made(text: str) -> str:
    """The page without its CSRF token, which is masked anew on every render."""
    return CSRF_TOKEN.sub('name="csrfmiddlewaretoken" value=""', text)


@pytest.mark.parametrize("path", SHARED)
@pytest.mark.parametrize("reader_first", [True, False], ids=["reader first", "person first"])
def test_signed_in_people_get_the_readers_page_with_their_own_links(
    night, alice, path, reader_first
):
    moderator = verified_user(username="mo", is_staff=True, is_superuser=True)
    people = {}
    for person in (alice, moderator):
        people[person] = Client()
        people[person].force_login(person)
    with override_settings(
        CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    ):
        made = {person: as_made(client.get(path).text) for person, client in people.items()}
        made_for_reader = Client().get(path).text
    if reader_first:
        read(path)
    for person, client in people.items():
        response, queries = read(path, client)
        assert response.status_code == 200
        assert as_made(response.text) == made[person]
        again, queries = read(path, client)
        assert as_made(again.text) == made[person]
        assert queries <= 7  # the kept page (2), their session and account, rights, unread
        # count, follows
    queue = f'href="/{path.split("/")[1]}/moderation/"'
    assert queue in made[moderator] and queue not in made[alice]
    assert "/accounts/logout/" in made[alice]
    # What was kept is the readers' page, whoever came first.
    response, queries = read(path)
    assert response.text == made_for_reader and queries <= 2


def test_people_get_their_own_sign_out_token(night, alice):
    client = Client()
    client.force_login(alice)
    read("/en/innovations/")
    response, _queries = read("/en/innovations/", client)
    token = CSRF_TOKEN.search(response.text)
    assert token and client.cookies["csrftoken"].value
    # The sign-out form works with the token the kept page was given.
    signed_out = client.post(
        "/en/accounts/logout/", {"csrfmiddlewaretoken": token.group(0).split('value="')[1][:-1]}
    )
    assert signed_out.status_code == 302
    assert "_auth_user_id" not in client.session


def test_pages_that_are_a_persons_own_are_made_for_them(night, alice, client):
    """The notice board puts questions near the person first: it is theirs."""
    read("/en/needs/")
    client.force_login(alice)
    response, _queries = read("/en/needs/", client)
    assert response.context is not None  # rendered, not the kept copy
    assert "Sign out" in response.text and "Sign out" not in results("/en/needs/")


def test_with_the_cache_down_pages_are_made_for_each_reader(night, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    for _ in range(2):
        response, queries = read("/en/innovations/")
        assert "Night checks" in response.text and queries > 2


def test_a_search_a_person_follows_says_so_on_the_kept_page(night, alice, eve):
    path = "/en/innovations/?region=gwent"
    read(path)
    clients = {}
    for person in (alice, eve):
        clients[person] = Client()
        clients[person].force_login(person)
        assert "Follow this search" in read(path, clients[person])[0].text
    follows = clients[alice].post(
        "/en/following/change/",
        {"target": "search", "value": "innovations", "query": "region=gwent", "next": path},
    )
    assert follows.status_code == 302
    assert "Stop following this search" in read(path, clients[alice])[0].text
    assert "Stop following this search" not in read(path, clients[eve])[0].text
    assert "Stop following" not in results(path)
