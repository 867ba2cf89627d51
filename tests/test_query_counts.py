"""Pages read a bounded number of queries, independent of how many items they show."""

import pytest

from tests.factories import ContactFactory, InnovationFactory, NeedFactory, ResourceFactory
from tests.queries import made_page_queries as count

pytestmark = pytest.mark.django_db

LISTS = [
    "/en/innovations/",
    "/en/innovations/?challenge_area=risk&region=gwent",
    "/en/innovations/?q=hydration",
    "/en/innovations/?region=gwent&region=powys&challenge_area=risk&stage=idea",
    "/en/resources/",
    "/en/resources/?evidence_level=evaluated&cost=free&cost=low",
    "/en/contacts/",
    "/en/needs/",
    "/en/search/",
    "/en/search/?q=hydration&type=innovation",
    "/en/",
    "/api/v1/innovations/",
    "/api/v1/innovations/?page_size=50",
    "/api/v1/resources/",
    "/api/v1/resources/?resource_type=toolkit&region=gwent",
    "/api/v1/contacts/",
    "/api/v1/needs/",
]


def make(n: int) -> None:
    for i in range(n):
        InnovationFactory(
            title=f"Hydration idea {i}",
            challenge_areas=["risk", "value"],
            places=(["gwent"], ["newport", "cardiff"]),
            featured=i % 2 == 0,
        )
        ResourceFactory(
            title=f"Hydration toolkit {i}", challenge_areas=["risk"], places=([], ["newport"])
        )
        ContactFactory(name=f"Hydration champion {i}", places=([], ["newport"]))
        NeedFactory(title=f"Hydration question {i}", places=([], ["newport"]))


def test_list_pages_cost_the_same_for_1_and_50_items(client):
    make(1)
    one = {url: count(client, url) for url in LISTS}
    make(49)
    fifty = {url: count(client, url) for url in LISTS}
    assert fifty == one
    assert max(one.values()) <= 30, one


def test_mixed_search_results_cost_at_most_one_fetch_per_content_type(client):
    """Which types fill a page depends on rank, so the count can only fall below
    the page where all four types appear."""
    make(1)
    all_types = count(client, "/en/search/?q=hydration")
    make(49)
    assert count(client, "/en/search/?q=hydration") <= all_types <= 30


@pytest.mark.postgres
@pytest.mark.parametrize("page_size", [20, 40])
def test_mixed_search_results_cost_the_same_whichever_types_fill_the_page(
    client, settings, page_size
):
    """On PostgreSQL a page's cards are read in one query (fetch_together), so a
    page of one type costs what a page of all four costs, at any page size."""
    settings.SHAREHUB_PAGE_SIZE = page_size
    make(30)
    one_type = count(client, "/en/search/?q=hydration&type=innovation")
    assert count(client, "/en/search/?q=hydration") == one_type


def test_detail_pages_cost_the_same_with_more_related_items(client):
    target = InnovationFactory(challenge_areas=["risk"], places=([], ["newport"]))
    InnovationFactory(challenge_areas=["risk"], places=([], ["newport"]))
    url = target.get_absolute_url()
    few = count(client, url)
    for _ in range(10):
        InnovationFactory(challenge_areas=["risk", "value"], places=([], ["newport", "torfaen"]))
    assert count(client, url) <= few  # bounded: more related items never add queries
    assert few <= 13  # 12, and the co-authors shown beside the author (one prefetch)


@pytest.mark.parametrize("factory", [InnovationFactory, ResourceFactory, NeedFactory])
def test_offering_the_other_language_costs_the_same(client, factory):
    """The counterpart comes with the item, either direction of the link (the
    lazy-loading test below shows it is fetched in the item's own query).
    (Different challenge areas, so neither shows up as related to the other.)"""
    english = factory(language="en", challenge_areas=["risk"])
    alone = count(client, english.get_absolute_url())
    welsh = factory(language="cy", translation_of=english, challenge_areas=["metrics"])
    assert count(client, english.get_absolute_url()) == alone
    assert count(client, welsh.get_absolute_url()) == alone


def test_list_views_do_no_lazy_loading(client, raise_on_lazy_fetch):
    """Under Django's RAISE fetch mode any lazy related load would fail the request."""
    make(3)
    target = InnovationFactory(challenge_areas=["risk"], places=([], ["newport"]))
    translated = [
        factory(language="cy", translation_of=factory(challenge_areas=["risk"]))
        for factory in (InnovationFactory, ResourceFactory, NeedFactory)
    ]
    details = [target, *translated, *(item.translation_of for item in translated)]
    for url in [*LISTS, *(item.get_absolute_url() for item in details)]:
        assert client.get(url).status_code == 200, url
