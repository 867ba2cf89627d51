"""Innovation cards say how many people marked each one useful, from the counter
column: a list costs the same number of queries whatever its length."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from sharehub.community.services import useful_set
from tests.factories import InnovationFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = reverse("catalogue:innovation_list")


def list_queries(client, items: int) -> tuple[int, str]:
    people = UserFactory.create_batch(2)
    for item in InnovationFactory.create_batch(items):
        for person in people:
            useful_set(user=person, item=item, useful=True)
    client.get(URL)  # warm the term cache
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(URL, {"ordering": "useful"})
    return len(ctx.captured_queries), response.content.decode()


def test_cards_show_the_count_at_a_cost_that_does_not_grow(client, settings, raise_on_lazy_fetch):
    settings.SHAREHUB_PAGE_SIZE = 50
    few, html = list_queries(client, 2)
    assert html.count("Marked useful by 2 people") == 2
    many, html = list_queries(client, 12)
    assert html.count("Marked useful by 2 people") == 14
    assert many == few


def test_a_card_without_marks_says_nothing_about_them(client):
    InnovationFactory()
    assert "Marked useful by" not in client.get(URL).content.decode()
