import pytest
from django.urls import reverse

from sharehub.core.models import Status
from tests.factories import InnovationFactory

pytestmark = pytest.mark.django_db
URL = "/en/innovations/"


def titles(response) -> list[str]:
    return [item.title for item in response.context["result"].page.object_list]


def test_it_lists_published_innovations_newest_first(client):
    old = InnovationFactory(title="Older idea")
    new = InnovationFactory(title="Newer idea")
    old.published_at = new.published_at.replace(year=new.published_at.year - 1)
    old.save()
    response = client.get(URL)
    assert response.status_code == 200
    assert titles(response) == ["Newer idea", "Older idea"]


def test_it_hides_drafts_and_other_statuses_from_the_public(client):
    InnovationFactory(title="Visible")
    for status in [s for s in Status if s != Status.PUBLISHED]:
        InnovationFactory(title=f"Hidden {status}", status=status)
    response = client.get(URL)
    assert titles(response) == ["Visible"]
    assert response.context["result"].total == 1
    assert b"Hidden" not in response.content


def test_a_region_includes_its_local_authorities(client):
    InnovationFactory(title="In Newport", places=([], ["newport"]))
    InnovationFactory(title="Gwent-wide", places=(["gwent"], []))
    InnovationFactory(title="In Gwynedd", places=([], ["gwynedd"]))
    response = client.get(URL, {"region": "gwent"})
    assert sorted(titles(response)) == ["Gwent-wide", "In Newport"]


def test_facets_combine_and_count_what_choosing_each_option_gives(client):
    InnovationFactory(title="A", challenge_areas=["risk"], places=([], ["newport"]))
    InnovationFactory(title="B", challenge_areas=["risk", "value"], places=([], ["cardiff"]))
    InnovationFactory(title="C", challenge_areas=["value"], places=([], ["newport"]))
    response = client.get(URL, {"challenge_area": "risk", "region": "gwent"})
    assert titles(response) == ["A"]
    groups = {
        g.param: {o.slug: o.count for o in g.options} for g in response.context["result"].facets
    }
    # Each count is what choosing the option gives: a facet not in use counts
    # the current results; ticking "value" too widens them to A and C.
    assert groups["local_authority"] == {"newport": 1}
    assert groups["challenge_area"] == {"risk": 1, "value": 2}
    assert groups["region"] == {"gwent": 1, "cardiff-and-vale": 2}
    response = client.get(URL, {"challenge_area": "value"})
    groups = {
        g.param: {o.slug: o.count for o in g.options} for g in response.context["result"].facets
    }
    assert groups["challenge_area"] == {"risk": 3, "value": 2}
    assert groups["region"] == {"gwent": 1, "cardiff-and-vale": 1}


def test_repeating_a_parameter_widens_the_facet(client):
    InnovationFactory(title="Risk", challenge_areas=["risk"])
    InnovationFactory(title="Value", challenge_areas=["value"])
    InnovationFactory(title="Metrics", challenge_areas=["metrics"])
    response = client.get(URL + "?challenge_area=risk&challenge_area=value")
    assert sorted(titles(response)) == ["Risk", "Value"]


def test_an_unknown_filter_value_is_a_400_naming_the_parameter(client):
    response = client.get(URL, {"region": "atlantis"})
    assert response.status_code == 400
    assert b"region" in response.content
    assert b"atlantis" in response.content


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99"])
def test_a_bad_page_is_a_400(client, page):
    InnovationFactory()
    response = client.get(URL, {"page": page})
    assert response.status_code == 400
    assert b"page" in response.content


def test_deep_pages_are_capped(client, settings):
    settings.SHAREHUB_MAX_RESULTS = 2
    settings.SHAREHUB_PAGE_SIZE = 1
    InnovationFactory.create_batch(4)
    assert client.get(URL, {"page": 2}).status_code == 200
    response = client.get(URL, {"page": 3})
    assert response.status_code == 400
    assert b"first 2 results" in response.content


def test_it_uses_the_url_names(client):
    assert reverse("catalogue:innovation_list") == URL


def test_pagination_links_keep_the_filters_and_centre_on_the_current_page(client, settings):
    settings.SHAREHUB_PAGE_SIZE = 1
    InnovationFactory.create_batch(12, challenge_areas=["risk"])
    html = client.get(URL, {"challenge_area": "risk", "page": 6}).content.decode()
    assert 'href="?challenge_area=risk&amp;page=7"' in html
    assert 'href="?challenge_area=risk&amp;page=5"' in html
    assert 'aria-current="page">6<' in html


def test_sorting_by_most_useful(client):
    InnovationFactory(title="Less useful", useful_count=1)
    InnovationFactory(title="Most useful", useful_count=9)
    assert titles(client.get(URL, {"ordering": "useful"})) == ["Most useful", "Less useful"]


def test_changing_the_local_authority_moves_the_item_to_the_new_region(client):
    from sharehub.taxonomy.models import LocalAuthority

    item = InnovationFactory(title="Moved", places=([], ["gwynedd"]))
    assert titles(client.get(URL, {"region": "north-wales"})) == ["Moved"]
    item.set_places(regions=[], local_authorities=LocalAuthority.objects.filter(slug="cardiff"))
    assert titles(client.get(URL, {"region": "north-wales"})) == []
    assert titles(client.get(URL, {"region": "cardiff-and-vale"})) == ["Moved"]


def test_a_region_counts_each_item_once(client):
    InnovationFactory(places=(["gwent"], ["newport", "torfaen"]))
    response = client.get(URL)
    regions = {
        o.slug: o.count
        for g in response.context["result"].facets
        if g.param == "region"
        for o in g.options
    }
    assert regions == {"gwent": 1}


@pytest.mark.parametrize("url", ["/en/innovations/", "/en/search/?q=handover"])
def test_cards_show_places_and_challenge_areas_in_display_order(client, url):
    """Cards read their tags with the row (browse.for_cards on PostgreSQL) and
    show them as the tags themselves would: local authorities, then the chosen
    regions none of them is in; challenge areas in the taxonomy's order."""
    InnovationFactory(
        title="Handover huddles",
        challenge_areas=["risk", "value"],
        places=(["powys", "gwent"], ["newport"]),
    )
    html = client.get(url).text
    card = html[html.index("Handover huddles") :]
    assert "Newport, Powys" in card  # Gwent holds Newport, so it is not named again
    assert card.index(">Value<") < card.index(">Risk<")
