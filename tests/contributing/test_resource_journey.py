"""Adding a resource: draft → preview → submit → edit → withdraw, link required for now."""

import datetime

import pytest

from sharehub.catalogue.models import Resource
from sharehub.core.models import Status

pytestmark = pytest.mark.django_db


def test_a_resource_goes_from_draft_to_withdrawn(client, client_as, author, resource_data):
    me = client_as(author)
    assert me.get("/en/resources/new/").status_code == 200
    response = me.post("/en/resources/new/", resource_data)
    resource = Resource.objects.get()
    assert response.status_code == 302
    assert response["Location"] == resource.get_absolute_url()
    assert resource.status == Status.DRAFT
    assert resource.url == "https://example.org/falls"
    assert resource.review_by == datetime.date(2027, 3, 31)
    assert resource.evidence_level == "evaluated"
    assert [r.slug for r in resource.roles.all()] == ["innovator"]
    assert [r.slug for r in resource.regions.all()] == ["all-wales"]

    preview = me.get(f"/en/resources/{resource.slug}/preview/")
    assert preview.templates[0].name == "catalogue/resource_detail.html"
    assert "<strong>weekly</strong>" in preview.content.decode()
    assert "This is how it will look when it is published" in preview.content.decode()

    url = f"/en/resources/{resource.slug}/submit/"
    assert me.post(url, {}).status_code == 200
    assert Resource.objects.get().status == Status.DRAFT
    me.post(url, {"confirm_no_personal_data": "on"})
    resource.refresh_from_db()
    assert resource.status == Status.SUBMITTED
    assert resource.personal_data_confirmed_by == author

    me.post(f"/en/resources/{resource.slug}/edit/", {**resource_data, "licence": "OGL"})
    resource.refresh_from_db()
    assert resource.licence == "OGL"
    assert resource.status == Status.DRAFT

    me.post(f"/en/resources/{resource.slug}/withdraw/")
    resource.refresh_from_db()
    assert resource.status == Status.WITHDRAWN
    me.logout()
    assert client.get(resource.get_absolute_url()).status_code == 404


def test_a_resource_needs_a_web_link_for_now(client_as, author, resource_data):
    me = client_as(author)
    for bad in ["", "javascript:alert(1)", "ftp://example.org/file", "not a link"]:
        response = me.post("/en/resources/new/", {**resource_data, "url": bad})
        assert response.status_code == 200, bad
        assert 'href="#id_url"' in response.content.decode()
    assert not Resource.objects.exists()


def test_the_resource_form_leaves_a_place_for_attachments(client_as, author):
    html = client_as(author).get("/en/resources/new/").content.decode()
    assert 'enctype="multipart/form-data"' in html


@pytest.mark.parametrize(
    ("day", "month", "year", "message"),
    [
        ("31", "2", "2027", "Review-by date must be a real date"),
        ("x", "2", "2027", "Review-by date must be a real date"),
        ("", "2", "2027", "Review-by date must include a day, month and year"),
    ],
)
def test_a_review_by_date_must_be_a_real_date(
    client_as, author, resource_data, day, month, year, message
):
    data = {**resource_data, "review_by_day": day, "review_by_month": month, "review_by_year": year}
    response = client_as(author).post("/en/resources/new/", data)
    html = response.content.decode()
    assert message in html
    assert 'href="#id_review_by"' in html
    assert 'id="id_review_by"' in html
    assert not Resource.objects.exists()
