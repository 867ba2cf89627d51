"""The home page shows questions nobody has answered for a while, oldest first."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from sharehub.catalogue.models import NeedReply
from sharehub.core.models import Status
from sharehub.search.selectors import waiting_needs
from tests.factories import NeedFactory

pytestmark = pytest.mark.django_db


def days_ago(n: int):
    return timezone.now() - timedelta(days=n)


def test_old_unanswered_questions_are_on_the_home_page_oldest_first(client, settings):
    settings.SHAREHUB_UNANSWERED_AFTER_DAYS = 14
    NeedFactory(title="Waiting twenty days", published_at=days_ago(20))
    NeedFactory(title="Waiting a month", published_at=days_ago(30))
    NeedFactory(title="Asked yesterday", published_at=days_ago(1))
    NeedFactory(title="Marked answered", published_at=days_ago(40), answered_at=days_ago(2))
    NeedFactory(title="Still a draft", published_at=days_ago(40), status=Status.DRAFT)
    replied = NeedFactory(title="Someone replied", published_at=days_ago(40))
    NeedReply.objects.create(need=replied, body="Try this.", status=Status.PUBLISHED)
    held = NeedFactory(title="Only a held reply", published_at=days_ago(50))
    NeedReply.objects.create(need=held, body="Waiting for review.", status=Status.SUBMITTED)

    html = client.get("/en/").content.decode()
    assert "Questions waiting for an answer" in html
    for shown in ("Only a held reply", "Waiting a month", "Waiting twenty days"):
        assert shown in html
    assert html.index("Only a held reply") < html.index("Waiting a month")
    assert html.index("Waiting a month") < html.index("Waiting twenty days")
    for hidden in ("Asked yesterday", "Marked answered", "Still a draft", "Someone replied"):
        assert hidden not in html


def test_the_setting_decides_how_old_is_waiting(client, settings):
    NeedFactory(title="Asked ten days ago", published_at=days_ago(10))
    settings.SHAREHUB_UNANSWERED_AFTER_DAYS = 14
    assert "Asked ten days ago" not in client.get("/en/").content.decode()
    settings.SHAREHUB_UNANSWERED_AFTER_DAYS = 7
    assert "Asked ten days ago" in client.get("/en/").content.decode()


def test_the_section_is_left_out_when_nothing_waits(client):
    assert "Questions waiting for an answer" not in client.get("/en/").content.decode()


def test_a_few_in_one_query(settings):
    settings.SHAREHUB_UNANSWERED_AFTER_DAYS = 14
    for n in range(8):
        NeedFactory(published_at=days_ago(20 + n))
    with CaptureQueriesContext(connection) as ctx:
        found = waiting_needs()
    assert len(found) == 5
    assert len(ctx.captured_queries) == 1
