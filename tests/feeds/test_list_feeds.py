"""The feed of each list page: valid Atom, the same items as the page with the
same filters, the newest first, only published content."""

from datetime import timedelta

import pytest
from django.utils import timezone

from sharehub.core.models import Status
from tests.factories import (
    ContactFactory,
    InnovationFactory,
    NeedFactory,
    ResourceFactory,
    UserFactory,
)
from tests.feeds.atom import parse

pytestmark = pytest.mark.django_db

LISTS = {
    "innovations": InnovationFactory,
    "resources": ResourceFactory,
    "needs": NeedFactory,
    "contacts": ContactFactory,
}
NOT_PUBLISHED = [s for s in Status.values if s != Status.PUBLISHED]


def days_ago(n: int):
    return timezone.now() - timedelta(days=n)


@pytest.fixture
def innovations():
    """Innovations across areas and places, each published on its own day."""
    rows = [
        ("Gwent risk", ["risk"], (["gwent"], []), 5),
        ("Torfaen risk", ["risk", "value"], ([], ["torfaen"]), 1),
        ("Gwent value", ["value"], (["gwent"], []), 3),
        ("Powys risk", ["risk"], (["powys"], []), 2),
        ("Hydration stations", ["metrics"], ([], ["newport"]), 4),
    ]
    for title, areas, places, age in rows:
        InnovationFactory(
            title=title, challenge_areas=areas, places=places, published_at=days_ago(age)
        )
    InnovationFactory(title="Gofal dŵr", language="cy", published_at=days_ago(6))


@pytest.mark.parametrize("path", ["innovations", "resources", "needs", "contacts"])
@pytest.mark.parametrize("lang", ["en", "cy"])
def test_each_list_has_a_valid_feed(client, path, lang):
    item = LISTS[path](published_at=days_ago(1))
    feed = parse(client.get(f"/{lang}/{path}/feed/"))
    assert feed.lang == lang
    assert [e.title for e in feed.entries] == [item.title]
    assert feed.entries[0].link == f"http://127.0.0.1:8000{item.get_absolute_url()}"
    assert feed.entries[0].link.startswith(f"http://127.0.0.1:8000/{lang}/{path}/")
    assert feed.link == f"http://127.0.0.1:8000/{lang}/{path}/"


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"challenge_area": "risk"},
        {"region": "gwent", "challenge_area": "risk"},
        {"region": ["gwent", "powys"]},
        {"local_authority": "newport"},
        {"language": "cy"},
        {"q": "hydration"},
        {"challenge_area": "risk", "ordering": "useful"},
    ],
)
def test_it_lists_what_the_api_and_the_page_list(client, innovations, query):
    """Same filters, same items, in the same order as the list sorted newest first."""
    newest = {**query, "ordering": "newest"}
    api = client.get("/api/v1/innovations/", {**newest, "page_size": 50}).json()
    page = client.get("/en/innovations/", newest).context["result"].page.object_list
    feed = parse(client.get("/en/innovations/feed/", query))
    assert feed.titles == [i["title"] for i in api["results"]] == [i.title for i in page]
    assert feed.titles, "the fixture should give every query something"


def test_it_keeps_the_newest_50(client):
    for n in range(55):
        InnovationFactory(title=f"Innovation {n}", published_at=days_ago(n))
    feed = parse(client.get("/en/innovations/feed/"))
    assert feed.titles == [f"Innovation {n}" for n in range(50)]


@pytest.mark.parametrize("path", ["innovations", "resources", "needs", "contacts"])
def test_it_never_shows_what_is_not_published(client, path):
    factory = LISTS[path]
    label = "name" if path == "contacts" else "title"
    factory(**{label: "Public"})
    for status in NOT_PUBLISHED:
        factory(**{label: f"Not {status}", "status": status})
    assert parse(client.get(f"/en/{path}/feed/")).titles == ["Public"]


def test_an_item_hidden_by_a_moderator_leaves_the_feed(client, published, moderator):
    from sharehub.gate.models import Action
    from sharehub.gate.transitions import transition

    assert parse(client.get("/en/innovations/feed/")).titles == ["Tea trolley rounds"]
    transition(published, Action.HIDE, actor=moderator, reason="Checking a report")
    assert parse(client.get("/en/innovations/feed/")).titles == []


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ({"region": "atlantis"}, "region"),
        ({"challenge_area": "nope"}, "challenge_area"),
        ({"ordering": "random"}, "ordering"),
        ({"stage": "idea", "evidence_level": "x"}, "evidence_level"),
        ({"q": "x" * 201}, "q"),
    ],
)
def test_bad_filters_are_a_400_that_says_why(client, query, reason):
    response = client.get("/en/innovations/feed/", query)
    assert response.status_code == 400
    assert reason in response.content.decode()


def test_needs_cannot_be_filtered_by_stage_either(client):
    """A filter the list refuses (needs have no stage) is refused by its feed too."""
    assert client.get("/en/needs/", {"stage": "idea"}).status_code == 400
    assert client.get("/en/needs/feed/", {"stage": "idea"}).status_code == 400


def test_the_page_number_does_not_matter(client, innovations):
    first = parse(client.get("/en/innovations/feed/"))
    assert parse(client.get("/en/innovations/feed/", {"page": "3"})).titles == first.titles


def test_the_welsh_feed_is_in_welsh(client, innovations):
    feed = parse(client.get("/cy/innovations/feed/", {"region": "gwent"}))
    assert feed.lang == "cy"
    assert feed.text("title") == "Arloesiadau – ShareHub"  # noqa: RUF001
    assert "Rhanbarth: Gwent" in feed.text("subtitle")
    assert feed.link == "http://127.0.0.1:8000/cy/innovations/?region=gwent"
    assert all(e.link.startswith("http://127.0.0.1:8000/cy/innovations/") for e in feed.entries)
    english = parse(client.get("/en/innovations/feed/", {"region": "gwent"}))
    assert english.text("title") == "Innovations – ShareHub"  # noqa: RUF001
    assert "Region: Gwent" in english.text("subtitle")


def test_an_entry_in_the_other_language_says_so(client, innovations):
    feed = parse(client.get("/en/innovations/feed/"))
    langs = {e.title: e.lang for e in feed.entries}
    assert langs["Gofal dŵr"] == "cy"
    assert langs["Gwent risk"] is None  # the feed's own language
    welsh_entry = next(e for e in feed.entries if e.lang == "cy")
    labels = welsh_entry.element.findall("{http://www.w3.org/2005/Atom}category")
    assert [c.get("{http://www.w3.org/XML/1998/namespace}lang") for c in labels] == ["en"]
    welsh = {e.title: e.lang for e in parse(client.get("/cy/innovations/feed/")).entries}
    assert welsh["Gofal dŵr"] is None
    assert welsh["Gwent risk"] == "en"


def test_entries_carry_their_challenge_areas_and_a_stable_id(client, innovations):
    feed = parse(client.get("/en/innovations/feed/"))
    entry = next(e for e in feed.entries if e.title == "Torfaen risk")
    assert sorted(entry.categories) == ["risk", "value"]
    welsh = next(e for e in parse(client.get("/cy/innovations/feed/")).entries if e.id == entry.id)
    assert welsh.title == "Torfaen risk"
    assert entry.id.startswith("tag:127.0.0.1,2026:innovation/")


def test_authors_appear_by_the_name_they_chose_never_an_address(client):
    shown = UserFactory(display_name="Alice Jones", email="alice@example.org")
    hidden = UserFactory(display_name="Bob Secret", email="bob@example.org", public_fields=[])
    InnovationFactory(title="Shown", author=shown, published_at=days_ago(1))
    InnovationFactory(title="Hidden", author=hidden, published_at=days_ago(2))
    ContactFactory(name="Cerys Contact", email="cerys@example.org")
    authors = {e.title: e.author for e in parse(client.get("/en/innovations/feed/")).entries}
    assert authors == {"Shown": "Alice Jones", "Hidden": "A ShareHub member"}
    contacts = parse(client.get("/en/contacts/feed/"))
    assert [e.author for e in contacts.entries] == ["Cerys Contact"]
    for path in ("innovations", "contacts"):
        body = client.get(f"/en/{path}/feed/").content.decode()
        assert "@example.org" not in body
        assert "Bob Secret" not in body


def test_summaries_are_plain_text(client):
    NeedFactory(title="Question", body="Has **anyone** tried <b>this</b> & that?")
    entry = parse(client.get("/en/needs/feed/")).entries[0]
    assert entry.text("summary") == "Has anyone tried <b>this</b> & that?"


def test_text_xml_cannot_carry_is_left_out(client):
    InnovationFactory(title="Bell\x07 and \ufffe stop", summary="Tab\tand\x0bform")
    entry = parse(client.get("/en/innovations/feed/")).entries[0]
    assert entry.title == "Bell and  stop"
    assert entry.text("summary") == "Tab andform"


def test_a_reader_that_has_the_feed_gets_a_304(client, innovations):
    first = client.get("/en/innovations/feed/")
    assert first["ETag"]
    assert "max-age=300" in first["Cache-Control"]
    again = client.get("/en/innovations/feed/", headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    InnovationFactory(title="Newer")
    changed = client.get("/en/innovations/feed/", headers={"if-none-match": first["ETag"]})
    assert changed.status_code == 200


def test_an_empty_feed_is_valid_and_keeps_its_etag(client):
    first = client.get("/en/innovations/feed/", {"region": "powys"})
    assert parse(first).entries == []
    assert client.get("/en/innovations/feed/", {"region": "powys"})["ETag"] == first["ETag"]
