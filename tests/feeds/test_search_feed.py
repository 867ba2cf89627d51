"""The search page's feed: every content type the page lists, with its words
and filters, the newest first."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from tests.factories import ContactFactory, InnovationFactory, NeedFactory, ResourceFactory
from tests.feeds.atom import parse

pytestmark = pytest.mark.django_db


def days_ago(n: int):
    return timezone.now() - timedelta(days=n)


@pytest.fixture
def catalogue():
    InnovationFactory(
        title="Hydration innovation",
        challenge_areas=["risk"],
        places=([], ["newport"]),
        published_at=days_ago(4),
    )
    InnovationFactory(title="Hydration draft", status="draft")
    InnovationFactory(title="Hydration held", status="submitted", published_at=None)
    InnovationFactory(title="Hydration hidden", status="hidden", published_at=days_ago(1))
    ResourceFactory(title="Hydration toolkit", challenge_areas=["risk"], published_at=days_ago(2))
    ContactFactory(
        name="Hydration champion",
        can_help_with="Hydration in care homes",
        places=(["gwent"], []),
        published_at=days_ago(3),
    )
    NeedFactory(
        title="Has anyone improved hydration?", places=(["powys"], []), published_at=days_ago(1)
    )


def page_titles(client, query: dict) -> list[str]:
    response = client.get("/en/search/", {**query, "ordering": "newest"})
    return [hit.item.title for hit in response.context["result"].page.object_list]


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"q": "hydration"},
        {"q": "hydration", "type": ["resource", "need"]},
        {"challenge_area": "risk"},
        {"region": "gwent"},
        {"q": "hydration", "ordering": "relevance"},
    ],
)
def test_it_lists_what_the_search_page_lists_newest_first(client, catalogue, query):
    feed = parse(client.get("/en/search/feed/", query))
    assert feed.titles == page_titles(client, query)
    assert feed.titles


def test_it_mixes_every_content_type_and_nothing_unpublished(client, catalogue):
    feed = parse(client.get("/en/search/feed/", {"q": "hydration"}))
    assert feed.titles == [
        "Has anyone improved hydration?",
        "Hydration toolkit",
        "Hydration champion",
        "Hydration innovation",
    ]
    kinds = [e.id.split(":")[-1].split("/")[0] for e in feed.entries]
    assert kinds == ["need", "resource", "contact", "innovation"]


def test_its_title_names_the_search(client, catalogue):
    feed = parse(client.get("/en/search/feed/", {"q": "hydration", "region": "gwent"}))
    assert feed.text("title") == "Search results for “hydration” – ShareHub"  # noqa: RUF001
    assert "Region: Gwent" in feed.text("subtitle")
    assert "Search: “hydration”" in feed.text("subtitle")
    assert feed.link == "http://127.0.0.1:8000/en/search/?q=hydration&region=gwent"
    typed = parse(client.get("/en/search/feed/", {"type": ["need", "resource"]}))
    assert "Content type: Needs, Resources" in typed.text("subtitle")
    welsh = parse(client.get("/cy/search/feed/", {"q": "hydration"}))
    assert welsh.lang == "cy"
    assert welsh.text("title").startswith("Canlyniadau chwilio ar gyfer “hydration”")


@override_settings(SHAREHUB_PAGE_SIZE=2)
def test_it_keeps_50_whatever_the_page_size(client):
    for n in range(52):
        NeedFactory(title=f"Need {n}", published_at=days_ago(n))
    assert parse(client.get("/en/search/feed/")).titles == [f"Need {n}" for n in range(50)]


@pytest.mark.parametrize(
    "query",
    [{"type": "blog"}, {"ordering": "useful"}, {"region": "atlantis"}, {"stage": "nope"}],
)
def test_bad_parameters_are_a_400(client, query):
    assert client.get("/en/search/", query).status_code == 400
    assert client.get("/en/search/feed/", query).status_code == 400
