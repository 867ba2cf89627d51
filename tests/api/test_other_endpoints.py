import pytest

from tests.factories import ContactFactory, NeedFactory, ResourceFactory

pytestmark = pytest.mark.django_db


def test_contacts_never_expose_an_email_address_or_account(client):
    ContactFactory(name="Gwen", email="secret-gwen@example.org", job_role=None)
    response = client.get("/api/v1/contacts/")
    assert response.status_code == 200
    item = response.json()["results"][0]
    assert item["name"] == "Gwen"
    assert "secret-gwen" not in response.content.decode()
    assert "email" not in item and "user" not in item


def test_resources_and_needs_are_listed_with_filters(client):
    ResourceFactory(title="Toolkit", challenge_areas=["metrics"], language="cy")
    ResourceFactory(title="Other", challenge_areas=["risk"])
    NeedFactory(title="Question", places=(["powys"], []))
    resources = client.get("/api/v1/resources/", {"language": "cy"}).json()
    assert [r["title"] for r in resources["results"]] == ["Toolkit"]
    assert resources["results"][0]["link"] == "https://example.org/toolkit"
    needs = client.get("/api/v1/needs/", {"region": "powys"}).json()
    assert [n["title"] for n in needs["results"]] == ["Question"]
    assert needs["results"][0]["answered"] is False


def test_a_filter_the_type_does_not_have_is_a_400_not_a_silent_no_op(client):
    NeedFactory()
    response = client.get("/api/v1/needs/", {"stage": "idea"})
    assert response.status_code == 400
    assert response.json()["errors"]["stage"] == ["needs cannot be filtered by stage."]
    page = client.get("/en/needs/", {"stage": "idea"})
    assert page.status_code == 400
    assert b"needs cannot be filtered by stage" in page.content


def test_blank_values_mean_no_filter(client):
    NeedFactory(places=(["powys"], []))
    NeedFactory(places=(["gwent"], []))
    response = client.get("/api/v1/needs/?region=powys&region=&challenge_area=")
    assert response.status_code == 200
    assert response.json()["count"] == 1


def test_the_taxonomy_is_published_with_slugs_and_both_languages(client):
    body = client.get("/api/v1/taxonomy/").json()
    assert [a["slug"] for a in body["challenge_areas"]] == [
        "value",
        "metrics",
        "leadership",
        "risk",
        "sector-unity",
        "requirements",
    ]
    newport = next(la for la in body["local_authorities"] if la["slug"] == "newport")
    assert newport["region"] == "gwent"
    assert newport["name"]["cy"] == "Casnewydd"
    assert {r["slug"] for r in body["regions"]} == {
        "north-wales",
        "west-wales",
        "powys",
        "west-glamorgan",
        "cwm-taf-morgannwg",
        "cardiff-and-vale",
        "gwent",
        "all-wales",
    }


def test_errors_speak_the_language_of_the_page(client):
    from django.utils import translation

    client.get("/en/needs/", {"stage": "idea"})  # build the FilterSet in English first
    page = client.get("/cy/needs/", {"stage": "idea"})
    with translation.override("cy"):
        expected = translation.gettext("%(things)s cannot be filtered by %(param)s.") % {
            "things": translation.gettext("needs"),
            "param": "stage",
        }
    assert page.status_code == 400
    assert expected in page.content.decode()
