import pytest

from tests.factories import ContactFactory, InnovationFactory, NeedFactory, ResourceFactory

pytestmark = pytest.mark.django_db
URL = "/en/search/"


@pytest.fixture
def catalogue():
    InnovationFactory(
        title="Hydration innovation", challenge_areas=["risk"], places=([], ["newport"])
    )
    InnovationFactory(title="Hydration draft", status="draft")
    ResourceFactory(title="Hydration toolkit", challenge_areas=["risk"])
    ContactFactory(name="Hydration champion", can_help_with="Hydration in care homes")
    NeedFactory(title="Has anyone improved hydration?", places=(["powys"], []))


def hits(response) -> list[tuple[str, str]]:
    return sorted((h.type.slug, h.item.title) for h in response.context["result"].page.object_list)


def test_it_searches_every_content_type_at_once(client, catalogue):
    response = client.get(URL, {"q": "hydration"})
    assert response.status_code == 200
    assert hits(response) == [
        ("contact", "Hydration champion"),
        ("innovation", "Hydration innovation"),
        ("need", "Has anyone improved hydration?"),
        ("resource", "Hydration toolkit"),
    ]
    types = {t.slug: count for t, count, _selected in response.context["result"].types}
    assert types == {"innovation": 1, "resource": 1, "contact": 1, "need": 1}


def test_it_filters_by_content_type(client, catalogue):
    response = client.get(URL, {"q": "hydration", "type": ["resource", "need"]})
    assert [t for t, _ in hits(response)] == ["need", "resource"]
    assert response.context["result"].total == 2


def test_facets_apply_across_types_and_sum_their_counts(client, catalogue):
    response = client.get(URL, {"q": "hydration", "challenge_area": "risk"})
    assert [t for t, _ in hits(response)] == ["innovation", "resource"]
    facets = {
        g.param: {o.slug: o.count for o in g.options} for g in response.context["result"].facets
    }
    assert facets["challenge_area"]["risk"] == 2


def test_a_filter_a_type_does_not_have_leaves_that_type_out(client, catalogue):
    response = client.get(URL, {"q": "hydration", "stage": "idea"})
    assert hits(response) == [("innovation", "Hydration innovation")]


def test_unknown_values_are_400s_naming_the_parameter(client):
    for params, name in [
        ({"type": "video"}, b"type"),
        ({"region": "mars"}, b"region"),
        ({"ordering": "oldest"}, b"ordering"),
    ]:
        response = client.get(URL, params)
        assert response.status_code == 400
        assert name in response.content


def test_without_a_query_it_lists_everything_published_newest_first(client, catalogue):
    response = client.get(URL)
    assert response.context["result"].total == 4


@pytest.mark.postgres
def test_it_sorts_by_newest_on_request(client):
    old = InnovationFactory(title="Hydration in the title", summary="x")
    old.published_at = old.published_at.replace(year=2020)
    old.save()
    InnovationFactory(title="Newer", summary="Some hydration notes")
    by_rank = client.get(URL, {"q": "hydration"}).context["result"].page.object_list
    by_date = (
        client.get(URL, {"q": "hydration", "ordering": "newest"}).context["result"].page.object_list
    )
    assert [h.item.title for h in by_rank] == ["Hydration in the title", "Newer"]
    assert [h.item.title for h in by_date] == ["Newer", "Hydration in the title"]
