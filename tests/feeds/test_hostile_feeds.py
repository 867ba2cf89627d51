"""Hostile input to every feed (the sweeps of tests/core/test_hostile_sweep.py):
whatever the query string or slug holds, a feed answers 200 with Atom that
parses, 304, 400 or 404, never a 500."""

from urllib.parse import quote
from xml.etree import ElementTree

import pytest
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from tests.factories import ContactFactory, InnovationFactory, NeedFactory, ResourceFactory
from tests.hostile import (
    FACET_VALUES,
    SEARCH_VALUES,
    hostile_text,
    query,
    raw_query,
    sweep_settings,
)

pytestmark = pytest.mark.django_db

LIST_FEEDS = [
    "/en/innovations/feed/",
    "/en/resources/feed/",
    "/en/contacts/feed/",
    "/en/needs/feed/",
    "/cy/innovations/feed/",
]
SEARCH_FEEDS = ["/en/search/feed/", "/cy/search/feed/"]


@pytest.fixture
def catalogue(db):
    InnovationFactory(
        title="Hydration <stations> & more",
        challenge_areas=["risk", "value"],
        places=(["gwent"], ["newport"]),
    )
    InnovationFactory(title="Gofal cartref", language="cy", places=(["powys"], []))
    ResourceFactory(title="Falls prevention toolkit", places=(["all-wales"], []))
    NeedFactory(
        title="Has anyone tried peer support?", body="**Yes** \x1b[2J", places=([], ["gwynedd"])
    )
    ContactFactory(name="Bryn Davies", places=(["gwent"], []))


@pytest.fixture
def anonymous():
    return Client(raise_request_exception=False)


def assert_answered(response) -> None:
    assert response.status_code in (200, 400), (
        response.status_code,
        response.request.get("QUERY_STRING", "")[:500],
    )
    if response.status_code == 200:
        ElementTree.fromstring(response.content)


@sweep_settings(ci_examples=50)
@given(path=st.sampled_from(LIST_FEEDS), params=query(FACET_VALUES, extra_names=["type", "sort"]))
def test_list_feeds_answer_200_or_400(catalogue, anonymous, path, params):
    assert_answered(anonymous.get(path, params))


@sweep_settings(ci_examples=50)
@given(path=st.sampled_from(SEARCH_FEEDS), params=query(SEARCH_VALUES, extra_names=["sort"]))
def test_search_feeds_answer_200_or_400(catalogue, anonymous, path, params):
    assert_answered(anonymous.get(path, params))


@sweep_settings(ci_examples=30)
@given(path=st.sampled_from([*LIST_FEEDS, *SEARCH_FEEDS]), raw=raw_query)
def test_broken_query_strings_answer_200_or_400(catalogue, anonymous, path, raw):
    assert_answered(anonymous.get(f"{path}?{raw}"))


@sweep_settings(ci_examples=30)
@given(
    path=st.sampled_from(
        ["/en/challenges/{}/feed/", "/cy/regions/{}/feed/", "/en/local-authorities/{}/feed/"]
    ),
    slug=st.one_of(st.sampled_from(["risk", "gwent", "newport"]), hostile_text),
)
def test_term_feeds_with_any_slug_are_found_or_not(catalogue, anonymous, path, slug):
    response = anonymous.get(path.format(quote(slug, safe="")))
    assert response.status_code in (200, 404), response.status_code
    if response.status_code == 200:
        ElementTree.fromstring(response.content)
