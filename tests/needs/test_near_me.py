"""The notice board puts questions near the reader first: their local authority,
then the rest of its region, then everything else, page after page."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from sharehub.taxonomy import models as tax
from tests.factories import NeedFactory, verified_user

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    html = response.content.decode()
    return re.findall(r'<a class="govuk-link" href="/en/needs/[^"]+/">([^<]+)</a>', html)


def ago(days: int):
    return timezone.now() - timedelta(days=days)


@pytest.fixture
def board(db):
    """Newest first: Gwynedd, Vale of Glamorgan, Cardiff and Vale region, Cardiff."""
    NeedFactory(title="In Cardiff", places=([], ["cardiff"]), published_at=ago(4))
    NeedFactory(title="In the region", places=(["cardiff-and-vale"], []), published_at=ago(3))
    NeedFactory(title="In the Vale", places=([], ["vale-of-glamorgan"]), published_at=ago(2))
    NeedFactory(title="In Gwynedd", places=([], ["gwynedd"]), published_at=ago(1))


@pytest.fixture
def cardiff_reader(db):
    return verified_user(
        username="carys", local_authority=tax.LocalAuthority.objects.get(slug="cardiff")
    )


def test_a_reader_with_a_local_authority_sees_theirs_first_by_default(
    client_as, board, cardiff_reader
):
    response = client_as(cardiff_reader).get("/en/needs/")
    assert titles(response) == ["In Cardiff", "In the Vale", "In the region", "In Gwynedd"]
    assert '<option value="near" selected>Near me first</option>' in response.content.decode()


def test_they_can_sort_newest_first_instead(client_as, board, cardiff_reader):
    response = client_as(cardiff_reader).get("/en/needs/?ordering=newest")
    assert titles(response) == ["In Gwynedd", "In the Vale", "In the region", "In Cardiff"]


def test_anyone_can_choose_a_place_in_the_address(client, board):
    assert titles(client.get("/en/needs/"))[0] == "In Gwynedd"  # newest first
    response = client.get("/en/needs/?near=cardiff")
    assert titles(response) == ["In Cardiff", "In the Vale", "In the region", "In Gwynedd"]
    assert "Near Cardiff first" in response.content.decode()
    response = client.get("/en/needs/?near=cardiff-and-vale")  # a region
    assert titles(response) == ["In the Vale", "In the region", "In Cardiff", "In Gwynedd"]


def test_the_address_wins_over_the_profile(client_as, board, cardiff_reader):
    response = client_as(cardiff_reader).get("/en/needs/?near=gwynedd")
    assert titles(response)[0] == "In Gwynedd"


def test_open_questions_come_before_answered_ones_near_me(client, board):
    NeedFactory(title="Answered in Cardiff", places=([], ["cardiff"]), answered_at=ago(0))
    assert titles(client.get("/en/needs/?near=cardiff"))[:2] == [
        "In Cardiff",
        "Answered in Cardiff",
    ]


def test_filters_still_apply(client, board):
    response = client.get("/en/needs/?near=cardiff&region=north-wales")
    assert titles(response) == ["In Gwynedd"]


def test_an_unknown_place_is_a_400(client):
    response = client.get("/en/needs/?near=atlantis")
    assert response.status_code == 400
    assert "atlantis" in response.content.decode()


def test_near_without_a_place_falls_back_to_newest(client, board):
    assert titles(client.get("/en/needs/?ordering=near"))[0] == "In Gwynedd"


def test_pages_keep_the_order_and_the_place(client, settings, board):
    settings.SHAREHUB_PAGE_SIZE = 2
    first = client.get("/en/needs/?near=cardiff")
    second = client.get("/en/needs/?near=cardiff&page=2")
    assert titles(first) + titles(second) == [
        "In Cardiff",
        "In the Vale",
        "In the region",
        "In Gwynedd",
    ]
    assert 'href="?near=cardiff&amp;page=2"' in first.content.decode()


def test_near_me_costs_no_more_queries_and_stays_constant(client_as, cardiff_reader):
    me = client_as(cardiff_reader)

    def cost(url: str) -> int:
        me.get(url)
        with CaptureQueriesContext(connection) as ctx:
            assert me.get(url).status_code == 200
        return len(ctx.captured_queries)

    NeedFactory(places=([], ["cardiff"]))
    few = cost("/en/needs/")
    newest = cost("/en/needs/?ordering=newest")
    for n in range(30):
        NeedFactory(places=([], ["cardiff" if n % 2 else "gwynedd"]))
    assert cost("/en/needs/") == few == newest


def test_the_filters_keep_the_chosen_place(client, board):
    html = client.get("/en/needs/?near=cardiff&region=north-wales").content.decode()
    facets = html.split('class="sh-facets')[1].split("</form>")[0]
    assert '<input type="hidden" name="near" value="cardiff">' in facets
    assert 'href="/en/needs/?near=cardiff"' in html  # "Clear filters" and the tag keep it
