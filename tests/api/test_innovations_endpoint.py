import pytest

from tests.factories import AdoptionFactory, InnovationFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/innovations/"


def test_it_lists_published_innovations_with_taxonomy_as_slugs(client):
    InnovationFactory(
        title="Hydration stations",
        challenge_areas=["risk", "value"],
        places=([], ["newport"]),
    )
    InnovationFactory(title="Draft", status="draft")
    response = client.get(URL)
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    item = body["results"][0]
    assert item["title"] == "Hydration stations"
    assert sorted(item["challenge_areas"]) == ["risk", "value"]
    assert item["local_authorities"] == ["newport"]
    assert item["regions"] == ["gwent"]
    assert item["stage"] == "idea"
    assert item["sector"] == "adults"
    assert item["url"].endswith(f"/en/innovations/{item['slug']}/")
    assert "id" not in item
    assert "author" not in item


def test_it_filters_like_the_pages(client):
    InnovationFactory(title="Gwent risk", challenge_areas=["risk"], places=([], ["torfaen"]))
    InnovationFactory(title="Gwent value", challenge_areas=["value"], places=(["gwent"], []))
    InnovationFactory(title="Powys risk", challenge_areas=["risk"], places=(["powys"], []))
    response = client.get(URL, {"region": "gwent", "challenge_area": "risk"})
    assert [i["title"] for i in response.json()["results"]] == ["Gwent risk"]


def test_it_orders_by_most_adopted(client):
    InnovationFactory(title="Few", adoption_count=1)
    InnovationFactory(title="Many", adoption_count=5)
    response = client.get(URL, {"ordering": "adopted"})
    assert [i["title"] for i in response.json()["results"]] == ["Many", "Few"]


def test_page_size_is_bounded(client):
    InnovationFactory.create_batch(3)
    response = client.get(URL, {"page_size": 2})
    assert len(response.json()["results"]) == 2
    assert response.json()["next"] is not None


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"region": "atlantis"}, "region"),
        ({"challenge_area": "nope"}, "challenge_area"),
        ({"stage": "finished"}, "stage"),
        ({"language": "fr"}, "language"),
        ({"ordering": "oldest"}, "ordering"),
        ({"page_size": "1000"}, "page_size"),
        ({"page_size": "0"}, "page_size"),
        ({"page_size": "ten"}, "page_size"),
        ({"page": "abc"}, "page"),
        ({"page": "0"}, "page"),
        ({"page": "999"}, "page"),
        ({"q": "x" * 500}, "q"),
    ],
)
def test_bad_parameters_are_400s_that_name_the_parameter(client, params, param):
    InnovationFactory()
    response = client.get(URL, params)
    assert response.status_code == 400
    body = response.json()
    assert param in body["errors"], body
    assert body["errors"][param][0]


def test_a_draft_is_not_found_by_slug(client):
    draft = InnovationFactory(status="draft")
    assert client.get(f"{URL}{draft.slug}/").status_code == 404
    published = InnovationFactory()
    assert client.get(f"{URL}{published.slug}/").json()["slug"] == published.slug


def test_it_offers_an_openapi_schema(client):
    response = client.get("/api/v1/schema/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    schema = response.json() if response["Content-Type"].startswith("application/json") else None
    text = response.content.decode()
    assert "/api/v1/innovations/" in text
    assert "challenge_area" in text
    if schema:
        assert schema["openapi"].startswith("3.")


def test_the_root_lists_the_endpoints(client):
    body = client.get("/api/v1/").json()
    assert set(body) >= {"innovations", "resources", "contacts", "needs", "taxonomy", "schema"}


def test_adoptions_do_not_leak_through_drafts(client):
    adoption = AdoptionFactory(innovation__status="draft")
    assert client.get(URL).json()["count"] == 0
    assert adoption.innovation.slug not in client.get(URL).content.decode()
