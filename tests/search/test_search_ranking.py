"""Full-text search on PostgreSQL: weights, stemming, Welsh, websearch syntax."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from sharehub.catalogue.models import Innovation
from sharehub.search.selectors import CONTENT_TYPES
from sharehub.search.suggest import suggest
from tests.factories import ContactFactory, InnovationFactory, NeedFactory, ResourceFactory
from tests.search.ranked import search

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_title_outranks_summary_outranks_body():
    InnovationFactory(title="Weekly rota", summary="Rota", body="We changed hydration rounds.")
    InnovationFactory(title="Summer plan", summary="Better hydration for residents", body="Plan")
    InnovationFactory(title="Hydration stations", summary="Water", body="Plan")
    assert search("hydration") == ["Hydration stations", "Summer plan", "Weekly rota"]


def test_english_content_is_stemmed():
    InnovationFactory(title="Preventing falls at night")
    assert search("fall") == ["Preventing falls at night"]
    assert search("prevented") == ["Preventing falls at night"]


def test_welsh_content_matches_welsh_words_with_the_simple_configuration():
    InnovationFactory(title="Gofalwyr di-dâl yn cwrdd bob wythnos", language="cy")
    InnovationFactory(title="Unpaid carers meet weekly", language="en")
    assert search("gofalwyr") == ["Gofalwyr di-dâl yn cwrdd bob wythnos"]
    # English stop words are not dropped from Welsh text: "a" is a Welsh word too.
    InnovationFactory(title="Te a chacen i deuluoedd", language="cy")
    assert search("chacen") == ["Te a chacen i deuluoedd"]


def test_one_query_finds_both_languages():
    InnovationFactory(title="Digital care records", language="en")
    InnovationFactory(title="Cofnodion digital newydd", language="cy")
    assert sorted(search("digital")) == ["Cofnodion digital newydd", "Digital care records"]


def test_websearch_syntax_quotes_or_and_minus():
    InnovationFactory(title="Night time support service")
    InnovationFactory(title="Support at night for carers")
    InnovationFactory(title="Time banking scheme")
    assert search('"night time"') == ["Night time support service"]
    assert sorted(search("banking OR carers")) == [
        "Support at night for carers",
        "Time banking scheme",
    ]
    assert search("night -carers") == ["Night time support service"]


def test_search_never_returns_unpublished_content():
    InnovationFactory(title="Hydration draft", status="draft")
    assert search("hydration") == []


def test_snippets_are_escaped_with_only_our_own_highlight_markup(client):
    InnovationFactory(
        title="Hydration",
        summary="Hydration when 5 < 6 & fish<img src=x onerror=alert(1)>",
    )
    html = client.get("/en/innovations/", {"q": "hydration"}).content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<mark>Hydration</mark> when 5 &lt; 6 &amp; fish" in html


def test_it_suggests_a_close_spelling_when_nothing_matches(client):
    InnovationFactory(title="Medication rounds made safer")
    assert suggest("medicaton") == "medication"
    response = client.get("/en/search/", {"q": "medicaton"})
    assert response.context["result"].total == 0
    assert b"Did you mean" in response.content
    assert b"?q=medication" in response.content


def test_it_searches_the_other_text_fields_and_follows_edits():
    item = InnovationFactory(
        title="Rota app", organisation="Cartref Llanrwst", outcomes="Sickness fell"
    )
    assert search("Llanrwst") == ["Rota app"]
    assert search("sickness") == ["Rota app"]
    item.title = "Shift swapping app"
    item.save()
    assert search("swapping") == ["Shift swapping app"]


def test_snippets_show_matches_in_the_body_too(client):
    InnovationFactory(
        title="Night checks", summary="Fewer disturbed nights.", body="We used acoustic sensors."
    )
    html = client.get("/en/innovations/", {"q": "acoustic"}).content.decode()
    assert "<mark>acoustic</mark>" in html


def test_suggestions_cost_a_bounded_number_of_queries(django_assert_max_num_queries):
    InnovationFactory(title="Medication rounds made safer")
    with django_assert_max_num_queries(5):
        suggest(" ".join(f"nonsenseword{i}" for i in range(40)))


@pytest.fixture
def five_matches(settings):
    settings.SHAREHUB_MAX_RESULTS = 3
    now = timezone.now()
    InnovationFactory(title="Hydration", published_at=now - timedelta(days=10))  # best, oldest
    for days in (3, 2, 1):
        InnovationFactory(
            title=f"Plan {days}", summary="Hydration", published_at=now - timedelta(days=days)
        )
    InnovationFactory(title="Hydration stations", published_at=now)


def test_a_few_times_more_matches_than_pages_reach_are_all_ranked(five_matches):
    assert search("hydration")[:2] == ["Hydration", "Hydration stations"]


def test_best_first_ranks_the_newest_matches_and_still_counts_every_match(
    client, five_matches, monkeypatch
):
    """A very common word ranks its newest SHAREHUB_MAX_RESULTS matches (every
    page anyone can reach) instead of scoring every match; counts stay exact."""
    monkeypatch.setattr("sharehub.core.search.BOUND_ABOVE", 0)
    assert search("hydration") == ["Hydration stations", "Plan 1", "Plan 2"]
    assert Innovation.objects.published().search("hydration").order_by("-rank").count() == 5
    listed = client.get("/en/innovations/", {"q": "hydration"}).context["result"]
    assert listed.total == 5
    assert [i.title for i in listed.page.object_list] == search("hydration")
    api = client.get("/api/v1/innovations/", {"q": "hydration"}).json()
    assert api["count"] == 5
    assert [i["title"] for i in api["results"]] == search("hydration")
    combined = client.get("/en/search/", {"q": "hydration"}).context["result"]
    assert combined.total == 5
    assert [hit.item.title for hit in combined.page.object_list] == search("hydration")
    # Newest first still reaches the oldest match's page.
    newest = client.get("/en/innovations/", {"q": "hydration", "ordering": "newest"})
    assert newest.context["result"].page.object_list[0].title == "Hydration stations"


def test_the_candidate_set_keeps_the_prefetches_the_api_asked_for(
    client, five_matches, monkeypatch
):
    def api_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/api/v1/innovations/", {"q": "hydration"}).status_code == 200
        return len(queries)

    api_queries()  # fills the term cache
    all_ranked = api_queries()
    monkeypatch.setattr("sharehub.core.search.BOUND_ABOVE", 0)
    api_queries()
    # The candidate ids are read before the page (once per ranked queryset the
    # API builds); the prefetches stay, rather than a query per row.
    assert api_queries() <= all_ranked + 2


def test_combined_search_ranks_when_only_a_later_content_type_matches(client, monkeypatch):
    """The combined page's union is ordered as it is, not bounded again: a word
    that no innovation holds but resources do gave a 500 at 10,000 items."""
    monkeypatch.setattr("sharehub.core.search.BOUND_ABOVE", 0)
    for n in range(3):
        ResourceFactory(title=f"Hydration toolkit {n}")
    response = client.get("/en/search/", {"q": "hydration"})
    assert response.status_code == 200
    titles = {hit.item.title for hit in response.context["result"].page.object_list}
    assert titles == {f"Hydration toolkit {n}" for n in range(3)}


def test_the_candidate_set_is_the_newest_matches_within_the_filters(client, settings, monkeypatch):
    """The newest matches are chosen among the filtered results, not among every
    match: the facet filter once pointed at the outer row from inside the
    candidate subquery (wrong results, and minutes per page at 100,000 items)."""
    settings.SHAREHUB_MAX_RESULTS = 3
    monkeypatch.setattr("sharehub.core.search.BOUND_ABOVE", 0)
    now = timezone.now()
    for days in (1, 2, 3):
        InnovationFactory(title=f"Hydration {days}", published_at=now - timedelta(days=days))
    for days in (10, 11):
        InnovationFactory(
            title=f"Risky hydration {days}",
            challenge_areas=["risk"],
            published_at=now - timedelta(days=days),
        )
    for url in ("/en/innovations/", "/en/search/"):
        response = client.get(url, {"q": "hydration", "challenge_area": "risk"})
        assert response.status_code == 200
        titles = {getattr(hit, "item", hit).title for hit in response.context["result"].page}
        assert titles == {"Risky hydration 10", "Risky hydration 11"}, url


def ranked_everywhere(q: str) -> list[tuple[str, int]]:
    """Every type's matches best first, by the database's own rank: the order the
    combined page must show (rank, then newest, then highest id)."""
    rows = [
        (rank, published, pk, content_type.slug)
        for content_type in CONTENT_TYPES
        for pk, rank, published in content_type.model.objects.published()
        .search(q)
        .values_list("pk", "rank", "published_at")
    ]
    return [(slug, pk) for _r, _p, pk, slug in sorted(rows, reverse=True)]


def test_the_combined_page_merges_the_types_by_rank_then_newest_then_id(client, alice):
    now = timezone.now()
    same = now - timedelta(days=1)
    InnovationFactory(title="Hydration", published_at=same)
    ResourceFactory(title="Hydration", published_at=same)
    NeedFactory(title="Hydration at night", published_at=now - timedelta(days=2))
    ContactFactory(name="Hydration lead", can_help_with="Hydration rounds")
    InnovationFactory(title="Plan", summary="Hydration for everyone", published_at=now)
    ResourceFactory(title="Toolkit", body="hydration", published_at=now - timedelta(days=5))
    client.force_login(alice)  # each address asked once: every page is made
    result = client.get("/en/search/", {"q": "hydration"}).context["result"]
    shown = [(hit.type.slug, hit.item.pk) for hit in result.page.object_list]
    assert shown == ranked_everywhere("hydration")
    assert result.total == 6


def test_the_combined_page_ranks_a_word_once_whatever_filters_follow(client, alice):
    for n in range(3):
        InnovationFactory(title=f"Night checks {n}", challenge_areas=["risk" if n else "value"])
        ResourceFactory(title=f"Night toolkit {n}", challenge_areas=["risk"])
    client.force_login(alice)

    def ranking(params) -> tuple[list, list[str]]:
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/en/search/", params)
        assert response.status_code == 200
        hits = [hit.item.title for hit in response.context["result"].page.object_list]
        return hits, [q["sql"] for q in queries if "ts_rank_cd" in q["sql"]]

    everything, first = ranking({"q": "night"})
    assert first and len(everything) == 6
    assert all("= ANY(" in sql for sql in first)  # the candidates alone, by id
    risky, again = ranking({"q": "night", "challenge_area": "risk"})
    assert again == []  # the ranks kept from the first request
    assert risky == [title for title in everything if title != "Night checks 0"]
    assert ranking({"q": "toolkit"})[1]  # another word is ranked
    InnovationFactory(title="Night night checks", challenge_areas=["risk"])  # a new version
    hits, after = ranking({"q": "night", "challenge_area": "risk"})
    assert after and "Night night checks" in hits
