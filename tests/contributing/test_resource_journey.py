"""Adding a resource: draft → preview → submit → edit → withdraw; a link, a file or both."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from sharehub.catalogue.models import Resource
from sharehub.core.models import Status

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


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


def test_a_resource_needs_a_web_link_or_a_file(client_as, author, resource_data):
    me = client_as(author)
    for bad in ["", "javascript:alert(1)", "ftp://example.org/file", "not a link"]:
        response = me.post("/en/resources/new/", {**resource_data, "url": bad})
        assert response.status_code == 200, bad
        assert 'href="#id_url"' in response.content.decode()
        if not bad:
            assert "Enter a link to the resource, or upload the file" in response.content.decode()
    assert not Resource.objects.exists()


def test_a_resource_can_be_an_uploaded_file_checked_by_its_content(
    client_as, author, resource_data
):
    me = client_as(author)
    pdf = SimpleUploadedFile("Falls toolkit.pdf", PDF, content_type="application/pdf")
    response = me.post("/en/resources/new/", {**resource_data, "url": "", "file": pdf})
    resource = Resource.objects.get()
    assert response.status_code == 302
    assert resource.url == ""
    # Stored under a generated name in the field's folder, never the person's own name.
    assert resource.file.name.startswith("resources/") and resource.file.name.endswith(".pdf")
    assert "Falls toolkit" not in resource.file.name
    assert resource.file.read() == PDF
    download = me.get(f"/en/attachments/resources/{resource.slug}/file")
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    # The draft's file is the author's alone.
    assert Client().get(f"/en/attachments/resources/{resource.slug}/file").status_code == 404


def test_a_refused_upload_says_why_and_saves_nothing(client_as, author, resource_data):
    html_as_pdf = SimpleUploadedFile("report.pdf", b"<html><script>alert(1)</script></html>")
    response = client_as(author).post(
        "/en/resources/new/", {**resource_data, "url": "", "file": html_as_pdf}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="#id_file"' in html and "report.pdf" in html
    assert not Resource.objects.exists()


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
