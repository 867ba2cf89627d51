"""The open data pages: the file list with its licence, the dictionary, the
downloads, and staff's rebuild button."""

import io

import pytest

from sharehub.opendata import build
from sharehub.opendata.columns import DATASETS
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_page_before_any_build_says_so_and_links_nothing(client):
    response = client.get("/en/open-data/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "have not been made yet" in page
    assert "Open Government Licence v3.0" in page
    assert "/open-data/files/" not in page


def test_the_page_lists_every_file_with_rows_size_and_time(client, catalogue):
    manifest = build.build_all()
    page = client.get("/en/open-data/").content.decode()
    for entry in manifest["files"]:
        assert f'href="/en/open-data/files/{entry["file"]}"' in page
    assert "Innovations (CSV)" in page
    assert "Contact listings (JSON Lines)" in page
    assert "Last made on" in page
    assert 'rel="license"' in page
    assert "Contains information from ShareHub, licensed under the Open Government" in page
    assert 'href="/en/open-data/files/manifest.json"' in page
    assert "Make the files again now" not in page  # staff only


@pytest.mark.parametrize(
    ("fmt", "content_type"),
    [("csv", "text/csv; charset=utf-8"), ("jsonl", "application/x-ndjson")],
)
def test_a_download_is_streamed_with_its_type_and_name(client, catalogue, fmt, content_type):
    build.build_all()
    response = client.get(f"/en/open-data/files/innovation.{fmt}")
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == (f'attachment; filename="sharehub-innovation.{fmt}"')
    assert response["X-Content-Type-Options"] == "nosniff"
    body = b"".join(response.streaming_content).decode()
    assert catalogue["published"]["innovation"][0] in body
    assert client.head(f"/en/open-data/files/innovation.{fmt}").status_code == 200


def test_the_manifest_downloads(client, catalogue):
    build.build_all()
    response = client.get("/en/open-data/files/manifest.json")
    assert response["Content-Type"] == "application/json"
    assert b"sha256" in b"".join(response.streaming_content)


def test_a_file_never_made_is_a_friendly_404(client):
    response = client.get("/en/open-data/files/innovation.csv")
    assert response.status_code == 404
    assert "This file has not been made yet" in response.content.decode()
    assert client.get("/en/open-data/files/message.csv").status_code == 404
    assert client.get("/en/open-data/files/innovation.xlsx").status_code == 404
    assert client.get("/en/open-data/files/manifest.json").status_code == 404


def test_the_dictionary_lists_every_column_of_every_kind(client):
    page = client.get("/en/open-data/dictionary/").content.decode()
    for dataset in DATASETS.values():
        assert f'id="{dataset.name}"' in page
        for column in dataset.columns:
            assert f">{column.name}</code>" in page, (dataset.name, column.name)
            assert str(column.description) in page.replace("&#x27;", "'")
            assert column.example_text, (dataset.name, column.name)


def test_the_pages_are_in_welsh(client, catalogue):
    build.build_all()
    index = client.get("/cy/open-data/").content.decode()
    assert 'lang="cy"' in index
    assert "Data agored" in index
    assert "Drwydded Llywodraeth Agored v3.0" in index
    assert 'href="/cy/open-data/files/innovation.csv"' in index
    dictionary = client.get("/cy/open-data/dictionary/").content.decode()
    assert "Geiriadur data agored" in dictionary


def test_the_footer_links_to_open_data(client):
    assert 'href="/en/open-data/"' in client.get("/en/").content.decode()


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True)


def test_staff_see_the_rebuild_button_and_it_builds(client_as, staff, catalogue):
    client = client_as(staff)
    assert "Make the files again now" in client.get("/en/open-data/").content.decode()
    response = client.post("/en/open-data/rebuild/")
    assert response.status_code == 302
    assert response["Location"] == "/en/open-data/"
    # The test settings run tasks at once: the files are there.
    assert build.read_manifest()["files"][0]["rows"] == 1


def test_nobody_else_may_rebuild(client, client_as, alice):
    assert client.post("/en/open-data/rebuild/").status_code == 404
    assert client_as(alice).post("/en/open-data/rebuild/").status_code == 404
    assert build.read_manifest() is None


def test_rebuilding_needs_post_and_a_csrf_token(staff):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(staff)
    assert client.get("/en/open-data/rebuild/").status_code == 405
    assert client.post("/en/open-data/rebuild/").status_code == 403
    assert build.read_manifest() is None


def test_rebuilds_are_rate_limited(client_as, staff, settings):
    settings.SHAREHUB_OPEN_DATA_BUILDS_PER_HOUR = 2
    client = client_as(staff)
    assert client.post("/en/open-data/rebuild/").status_code == 302
    assert client.post("/en/open-data/rebuild/").status_code == 302
    refused = client.post("/en/open-data/rebuild/")
    assert refused.status_code == 429
    assert "2 times an hour" in refused.content.decode()


def test_the_command_reports_each_file(catalogue):
    from django.core.management import call_command

    out = io.StringIO()
    call_command("build_open_data", stdout=out)
    assert "innovation.csv: 1 rows" in out.getvalue()
