"""A saved search tells about exactly what its page lists."""

import pytest
from django.http import QueryDict

from sharehub.catalogue.models import Innovation, Need, Resource
from sharehub.notifications import saved
from sharehub.notifications.models import Event, Follow
from sharehub.search.selectors import combined_search
from sharehub.taxonomy.browse import browse
from tests.factories import InnovationFactory, NeedFactory, ResourceFactory, term
from tests.notifications.helpers import approve, follow, held_innovation, told

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(db):
    """A small, varied catalogue: every filter below keeps some and drops some."""
    from sharehub.taxonomy import models as tax

    items = [
        InnovationFactory(
            title="Hydration stations", challenge_areas=["risk"], places=(["gwent"], ["newport"])
        ),
        InnovationFactory(
            title="Night-time hydration rounds",
            challenge_areas=["value"],
            places=([], ["newport"]),
            stage=term(tax.Stage, "working-well"),
        ),
        InnovationFactory(title="Peer mentors", challenge_areas=["risk"], places=(["powys"], [])),
        InnovationFactory(
            title="Digital rotas", challenge_areas=["leadership"], places=([], ["cardiff"])
        ),
        ResourceFactory(
            title="Falls toolkit", challenge_areas=["risk"], places=(["gwent"], ["torfaen"])
        ),
        ResourceFactory(title="Budget guide", challenge_areas=["value"], places=(["powys"], [])),
        NeedFactory(
            title="Has anyone tried hydration prompts?",
            challenge_areas=["risk"],
            places=([], ["caerphilly"]),
        ),
        NeedFactory(title="Rota apps in Powys?", challenge_areas=["value"], places=(["powys"], [])),
    ]
    return items


LIST_QUERIES = [
    ("innovations", "region=gwent&challenge_area=risk"),
    ("innovations", "region=gwent"),
    ("innovations", "local_authority=newport"),
    ("innovations", "challenge_area=risk&challenge_area=value"),
    ("innovations", "stage=working-well"),
    ("innovations", "q=hydration"),
    ("resources", "region=gwent"),
    ("needs", "region=gwent&challenge_area=risk"),
    ("needs", "region=powys"),
]
MODELS = {"innovations": Innovation, "resources": Resource, "needs": Need}


@pytest.mark.parametrize(("list_name", "query"), LIST_QUERIES)
def test_a_saved_list_search_matches_exactly_what_the_list_shows(catalogue, list_name, query):
    model = MODELS[list_name]
    listed = browse(model, model.objects.published(), QueryDict(query), per_page=100)
    shown = {(model, item.pk) for item in listed.page.object_list}
    matched = {(type(item), item.pk) for item in catalogue if saved.shows(list_name, query, item)}
    assert matched == shown
    assert shown  # each query keeps something…
    assert len(shown) < len(catalogue)  # …and drops something


SEARCH_QUERIES = [
    "region=gwent",
    "challenge_area=risk",
    "type=resource&challenge_area=risk",
    "stage=working-well",  # only innovations have a stage: the other types drop out
    "q=hydration",
    "q=hydration&type=need",
]


@pytest.mark.parametrize("query", SEARCH_QUERIES)
def test_a_saved_search_page_search_matches_exactly_what_search_shows(catalogue, settings, query):
    settings.SHAREHUB_PAGE_SIZE = 100
    result = combined_search(QueryDict(query))
    shown = {(type(hit.item), hit.item.pk) for hit in result.page.object_list}
    matched = {(type(item), item.pk) for item in catalogue if saved.shows("search", query, item)}
    assert matched == shown
    assert shown and len(shown) < len(catalogue)


def test_the_query_string_is_normalised():
    data = QueryDict("region=gwent&challenge_area=risk&page=3&ordering=newest&q=&region=powys")
    assert saved.normalise(data) == "challenge_area=risk&region=gwent&region=powys"


def test_following_a_search_from_its_page_tells_about_what_it_lists(
    client, follower, author, moderator
):
    client.force_login(follower)
    page = "/en/innovations/?region=gwent&challenge_area=risk&page=1"
    response = client.get(page)
    assert "Follow this search" in response.text
    response = client.post(
        "/en/following/change/",
        {
            "target": "search",
            "value": "innovations",
            "query": "region=gwent&challenge_area=risk",
            "next": page,
        },
    )
    assert response.status_code == 302
    assert response["Location"] == page
    saved_search = Follow.objects.get(user=follower)
    assert (saved_search.list_name, saved_search.query) == (
        "innovations",
        "challenge_area=risk&region=gwent",
    )
    assert "Stop following this search" in client.get(page).text

    matching = approve(held_innovation(author, places=([], ["torfaen"])), moderator)
    elsewhere = approve(held_innovation(author, places=(["powys"], [])), moderator)
    assert told(follower) == [(Event.MATCH, matching.pk)]
    assert elsewhere.pk != matching.pk


def test_a_follow_of_someone_elses_search_page_is_not_a_follow_of_another_list(
    follower, author, moderator
):
    follow(follower, list_name="resources", query="region=gwent")
    approve(held_innovation(author), moderator)  # an innovation: not on the resources list
    assert told(follower) == []
