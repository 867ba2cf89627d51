"""The open data files: exactly the published rows, no personal data, CSV and JSON
Lines agree, formulas defused, a correct manifest, queries batched."""

import csv
import hashlib
import io
import json
import re

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext

from sharehub.api import serializers as api
from sharehub.opendata import build
from sharehub.opendata.columns import BOOLEAN, DATASETS, INTEGER, LINKS, SLUGS
from tests.factories import InnovationFactory
from tests.opendata.conftest import read

pytestmark = pytest.mark.django_db
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
KEY = {"innovation": "slug", "resource": "slug", "need": "slug", "contact": "slug"}


def jsonl(kind):
    return [json.loads(line) for line in read(f"{kind}.jsonl").splitlines()]


def csv_rows(kind):
    text = read(f"{kind}.csv")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_the_files_hold_exactly_the_published_rows(catalogue):
    call_command("build_open_data", stdout=io.StringIO())
    for kind, expected in catalogue["published"].items():
        key = KEY.get(kind, "id")
        assert [row[key] for row in jsonl(kind)] == expected, kind
        assert [row[key] for row in csv_rows(kind)] == [str(v) for v in expected], kind


def test_a_reply_names_only_published_innovations(catalogue):
    build.build_all()
    (reply,) = jsonl("reply")
    assert reply["innovations"] == catalogue["published"]["innovation"]


def test_no_email_address_or_account_id_and_private_names_stay_private(catalogue):
    build.build_all()
    for dataset in DATASETS.values():
        for fmt in build.FORMATS:
            text = read(f"{dataset.name}.{fmt}")
            assert not EMAIL.search(text), dataset.name
            for email in catalogue["emails"]:
                assert email not in text
            assert "Secret Name" not in text
    (innovation,) = jsonl("innovation")
    assert innovation["author"] == "Alys Public"
    (resource,) = jsonl("resource")
    assert resource["author"] == ""
    for dataset in DATASETS.values():
        names = {c.name for c in dataset.columns}
        assert not names & {"email", "user", "user_id", "author_id", "account"}


def test_csv_parses_back_to_the_json_lines_rows(catalogue):
    build.build_all()
    for name, dataset in DATASETS.items():
        for from_csv, from_json in zip(csv_rows(name), jsonl(name), strict=True):
            assert list(from_csv) == [c.name for c in dataset.columns]
            for column in dataset.columns:
                cell, value = from_csv[column.name], from_json[column.name]
                if value is None:
                    assert cell == ""
                elif column.type == BOOLEAN:
                    assert cell == ("true" if value else "false")
                elif column.type == INTEGER:
                    assert int(cell) == value
                elif column.type == SLUGS:
                    assert (cell.split(";") if cell else []) == value
                elif column.type == LINKS:
                    assert cell.split() == [link["url"] for link in value]
                else:
                    assert cell.removeprefix("'") == value
                    assert cell == value or value[0] in "=+-@"


def test_multi_line_and_quoted_text_survives_csv(catalogue):
    build.build_all()
    raw = read("innovation.csv")
    assert '"Tea, cake and ""talk""\nover two lines"' in raw
    assert raw.endswith("\r\n")
    (row,) = csv_rows("innovation")
    assert row["summary"] == 'Tea, cake and "talk"\nover two lines'
    assert row["regions"] == "powys;south-east-wales" or "powys" in row["regions"].split(";")
    assert row["local_authorities"] == "newport"
    assert row["looking_for"] == "partners;funding"
    assert row["links"] == "https://example.org/report"
    assert row["url"].endswith(f"/en/innovations/{row['slug']}/")
    assert row["published_at"].endswith("Z")


def test_cells_that_look_like_formulas_are_defused_in_csv_only(catalogue):
    build.build_all()
    (innovation,) = csv_rows("innovation")
    assert innovation["title"] == '\'=HYPERLINK("http://evil.example")'
    assert jsonl("innovation")[0]["title"] == '=HYPERLINK("http://evil.example")'
    assert csv_rows("reply")[0]["body"] == "'-1 for that"
    assert csv_rows("comment")[0]["body"] == "'@everyone look"
    for name in DATASETS:
        for row in csv_rows(name):
            for cell in row.values():
                assert not cell.startswith(("=", "+", "-", "@")), cell


def test_the_manifest_names_every_file_with_its_count_size_and_checksum(catalogue):
    manifest = build.build_all()
    assert build.read_manifest() == manifest
    assert manifest["licence"] == "OGL-UK-3.0"
    assert manifest["generated_at"].endswith("Z")
    assert len(manifest["files"]) == 2 * len(DATASETS)
    for entry in manifest["files"]:
        with default_storage.open(f"open-data/{entry['file']}", "rb") as handle:
            data = handle.read()
        assert entry["bytes"] == len(data)
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        expected = len(catalogue["published"][entry["kind"]])
        assert entry["rows"] == expected
        lines = data.decode().count("\n") if entry["format"] == "jsonl" else None
        if lines is not None:
            assert lines == expected


def test_a_second_build_replaces_the_files_and_leaves_no_temporary_ones(catalogue, settings):
    build.build_all()
    InnovationFactory()
    manifest = build.build_all()
    assert len(jsonl("innovation")) == 2
    assert {e["rows"] for e in manifest["files"] if e["kind"] == "innovation"} == {2}
    _, files = default_storage.listdir("open-data")
    assert sorted(files) == sorted(
        ["manifest.json"] + [f"{n}.{f}" for n in DATASETS for f in build.FORMATS]
    )


@pytest.mark.postgres  # the lock is PostgreSQL's; SQLite builds run one at a time anyway
def test_a_build_while_another_runs_does_nothing(catalogue):
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [build.LOCK_ID])
        with pytest.raises(build.BuildRunning):
            build.build_all()
        err = io.StringIO()
        call_command("build_open_data", stdout=io.StringIO(), stderr=err)
        assert "Another open data build is running" in err.getvalue()
        assert build.read_manifest() is None
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [build.LOCK_ID])
    finally:
        other.close()
    build.build_all()  # the other build is over
    assert build.read_manifest() is not None


def test_the_queries_of_a_build_do_not_grow_with_the_rows(catalogue, raise_on_lazy_fetch):
    build.build_all()  # the taxonomy term cache is filled once
    with CaptureQueriesContext(connection) as few:
        build.build_all()
    for _ in range(5):
        InnovationFactory(places=(["powys"], ["newport"]))
    with CaptureQueriesContext(connection) as more:
        build.build_all()
    assert len(more) == len(few)
    assert len(jsonl("innovation")) == 6


def test_the_build_never_loads_what_no_file_holds():
    """The rendered HTML and the search index would be most of each row in memory."""
    for dataset in DATASETS.values():
        sql = str(dataset.rows().query)
        assert '"rendered"' not in sql, dataset.name
        assert '"search_vector"' not in sql, dataset.name


def test_the_api_fields_are_all_in_the_files():
    """One set of public fields: what the API shows of a kind, the files show too."""
    for kind, serializer in {
        "innovation": api.InnovationSerializer,
        "resource": api.ResourceSerializer,
        "need": api.NeedSerializer,
        "contact": api.ContactSerializer,
    }.items():
        names = {c.name for c in DATASETS[kind].columns}
        assert set(serializer.Meta.fields) <= names, kind
