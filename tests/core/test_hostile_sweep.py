"""Hostile input to every list page, the search page and the API (issue 14): whatever
the query string holds, the answer is 200 or 400, never a 500.

The forms' sweep is tests/contributing/test_hostile_forms_sweep.py; the strategies
are tests/hostile.py (SHAREHUB_SWEEP_EXAMPLES runs more examples locally).
"""

from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from tests.factories import (
    AdoptionFactory,
    ContactFactory,
    InnovationFactory,
    NeedFactory,
    ResourceFactory,
)
from tests.hostile import (
    API_VALUES,
    FACET_VALUES,
    SEARCH_VALUES,
    hostile_text,
    query,
    raw_query,
    sweep_settings,
)

pytestmark = pytest.mark.django_db

LIST_PAGES = [
    "/en/innovations/",
    "/en/resources/",
    "/en/contacts/",
    "/en/needs/",
    "/cy/innovations/",
]
API_LISTS = [
    "/api/v1/innovations/",
    "/api/v1/resources/",
    "/api/v1/contacts/",
    "/api/v1/needs/",
]


@pytest.fixture
def catalogue(db):
    """A little of everything, published, so filters and search have rows to work on."""
    innovation = InnovationFactory(
        title="Hydration stations in care homes",
        challenge_areas=["risk", "value"],
        places=(["gwent"], ["newport"]),
    )
    InnovationFactory(title="Gofal cartref", language="cy", places=(["powys"], []))
    AdoptionFactory(innovation=innovation)
    ResourceFactory(title="Falls prevention toolkit", places=(["all-wales"], []))
    NeedFactory(title="Has anyone tried peer support?", places=([], ["gwynedd"]))
    ContactFactory(name="Bryn Davies", places=(["gwent"], []))


@pytest.fixture
def anonymous():
    """A visitor's client that reports a 500 as a status instead of raising it."""
    return Client(raise_request_exception=False)


def assert_answered(response, *, json: bool = False) -> None:
    assert response.status_code in (200, 400), (
        response.status_code,
        response.request.get("QUERY_STRING", "")[:500],
    )
    if json:
        assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
        response.json()


@sweep_settings(ci_examples=50)
@given(path=st.sampled_from(LIST_PAGES), params=query(FACET_VALUES, extra_names=["type", "sort"]))
def test_list_pages_answer_200_or_400(catalogue, anonymous, path, params):
    assert_answered(anonymous.get(path, params))


@sweep_settings(ci_examples=50)
@given(
    path=st.sampled_from(["/en/search/", "/cy/search/"]),
    params=query(SEARCH_VALUES, extra_names=["page_size", "sort"]),
)
def test_the_search_page_answers_200_or_400(catalogue, anonymous, path, params):
    assert_answered(anonymous.get(path, params))


@sweep_settings(ci_examples=50)
@given(path=st.sampled_from(API_LISTS), params=query(API_VALUES, extra_names=["slug", "search"]))
def test_api_lists_answer_200_or_400_with_json(catalogue, anonymous, path, params):
    assert_answered(anonymous.get(path, params), json=True)


@sweep_settings(ci_examples=30)
@given(
    path=st.sampled_from([*LIST_PAGES, "/en/search/", *API_LISTS]),
    raw=raw_query,
)
def test_broken_query_strings_answer_200_or_400(catalogue, anonymous, path, raw):
    assert_answered(anonymous.get(f"{path}?{raw}"), json=path.startswith("/api/"))


@sweep_settings(ci_examples=30)
@given(params=query({"q": FACET_VALUES["q"]}, extra_names=["title", "summary"]))
def test_similar_innovations_answer_200_or_400(catalogue, anonymous, params):
    """What the share form's script asks while someone types a title."""
    assert_answered(anonymous.get("/en/innovations/similar/", params))


@sweep_settings(ci_examples=30)
@given(
    path=st.sampled_from(
        [
            *(f"{page}{{}}/" for page in LIST_PAGES),
            *(f"{api}{{}}/" for api in API_LISTS),
            "/en/people/{}/",
            "/en/report/innovation/{}/",
        ]
    ),
    slug=hostile_text.filter(lambda s: s.strip("/.")),
)
def test_detail_pages_with_any_slug_are_found_or_not(catalogue, anonymous, path, slug):
    response = anonymous.get(path.format(quote(slug, safe="")))
    assert response.status_code in (200, 301, 302, 400, 404), response.status_code
