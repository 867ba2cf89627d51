"""A feed reads a constant number of queries, however many entries it holds,
and never loads a row lazily."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ContactFactory, InnovationFactory, NeedFactory, ResourceFactory
from tests.feeds.atom import parse

pytestmark = pytest.mark.django_db

LIST_PATHS = ("innovations", "resources", "needs", "contacts")
FEEDS = [
    "/en/innovations/feed/",
    "/en/innovations/feed/?challenge_area=risk&region=gwent",
    "/en/innovations/feed/?q=hydration",
    "/en/resources/feed/",
    "/en/needs/feed/",
    "/en/contacts/feed/",
    "/en/search/feed/",
    "/en/search/feed/?q=hydration&type=innovation&type=need",
    "/cy/challenges/risk/feed/",
    "/en/regions/gwent/feed/",
    "/en/local-authorities/newport/feed/",
]


def make(n: int) -> None:
    for i in range(n):
        InnovationFactory(
            title=f"Hydration idea {i}",
            challenge_areas=["risk", "value"],
            places=(["gwent"], ["newport", "cardiff"]),
        )
        ResourceFactory(
            title=f"Hydration toolkit {i}", challenge_areas=["risk"], places=([], ["newport"])
        )
        ContactFactory(name=f"Hydration champion {i}", places=([], ["newport"]))
        NeedFactory(title=f"Hydration question {i}", places=([], ["newport"]))


def count(client, url: str) -> int:
    client.get(url)  # warm the taxonomy cache
    with CaptureQueriesContext(connection) as ctx:
        parse(client.get(url))
    return len(ctx.captured_queries)


def test_feeds_cost_the_same_for_1_and_60_items(client, raise_on_lazy_fetch):
    make(1)
    one = {url: count(client, url) for url in FEEDS}
    make(59)
    sixty = {url: count(client, url) for url in FEEDS}
    assert sixty == one
    # A list's feed: its rows, their three kinds of tag, their authors (and the
    # search words' config). Search and term feeds read what the search page reads.
    lists = [url for url in FEEDS if url.split("/")[2] in LIST_PATHS]
    assert max(one[url] for url in lists) <= 6
    assert max(one.values()) <= 24
