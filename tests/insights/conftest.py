"""A generated catalogue for the insights tests, and a reader of the page's tables."""

import csv
import io
import re
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.utils import timezone

from sharehub.catalogue.demo import generate_innovations, generate_needs, generate_resources
from sharehub.catalogue.models import Need, NeedReply
from sharehub.core.models import Status


class Tables(HTMLParser):
    """Every <table data-figure="…"> on a page: {slug: [[cell text, …], …]}, the
    heading row first."""

    def __init__(self, html: str):
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self._slug = None
        self._row = None
        self._cell = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and "data-figure" in attrs:
            self._slug = attrs["data-figure"]
            self.tables[self._slug] = []
        elif self._slug and tag == "tr":
            self._row = []
        elif self._row is not None and tag in ("th", "td"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "table":
            self._slug = None
        elif tag == "tr" and self._row is not None:
            self.tables[self._slug].append(self._row)
            self._row = None
        elif tag in ("th", "td") and self._cell is not None:
            self._row.append(re.sub(r"\s+", " ", "".join(self._cell)).strip())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def tables(response) -> dict[str, list[list[str]]]:
    return Tables(response.content.decode()).tables


def csv_rows(response) -> list[list[str]]:
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def sql(query: str, params=None) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        return cursor.fetchall() if cursor.description else []


@pytest.fixture
def catalogue(db):
    """400 innovations (with adoptions), 80 resources and 120 questions, published over
    three years; organisation types spread over the innovations; replies to about
    half the questions, each with an earlier reply still waiting for a moderator
    (which is no answer yet)."""
    generate_innovations(400, batch=200, seed=11)
    generate_resources(80, batch=200, seed=12)
    generate_needs(120, batch=200, seed=13)
    sql(
        "UPDATE catalogue_innovation SET organisation_type_id = (SELECT id FROM "
        "taxonomy_organisationtype ORDER BY id LIMIT 1 OFFSET (catalogue_innovation.id % 4))"
        " WHERE id % 7 <> 0"
    )
    replies = []
    for i, need in enumerate(Need.objects.filter(status=Status.PUBLISHED).order_by("id")):
        if i % 2:
            continue
        first = need.published_at + timedelta(hours=3 + 7 * (i % 13))
        replies += [
            NeedReply(need=need, body="waiting", status=Status.SUBMITTED, created_at=first),
            NeedReply(
                need=need,
                body="first",
                status=Status.PUBLISHED,
                created_at=first,
                published_at=first + timedelta(hours=2),
            ),
            NeedReply(
                need=need,
                body="later",
                status=Status.PUBLISHED,
                created_at=first,
                published_at=first + timedelta(days=3),
            ),
        ]
    for reply in replies:
        reply.render_markdown_fields()
    NeedReply.objects.bulk_create(replies)
    return timezone.now()
