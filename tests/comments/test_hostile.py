"""Hostile input to the comment forms (the sweep of tests/contributing/
test_hostile_forms_sweep.py): never a 500, nothing over its limit stored."""

import pytest
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from sharehub.comments import services
from sharehub.comments.models import Comment
from tests.contributing.test_hostile_forms_sweep import assert_answered, spoiled
from tests.factories import InnovationFactory
from tests.hostile import sweep_settings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    settings.SHAREHUB_NEW_CONTENT_PER_HOUR = 100_000


@pytest.fixture
def poster(trusted):
    client = Client(raise_request_exception=False)
    client.force_login(trusted)
    return client


@sweep_settings(ci_examples=25)
@given(data=st.data())
def test_comment_reply_and_edit(poster, trusted, data):
    item = InnovationFactory()
    top = services.comment_create(item=item, author=trusted, body="First", language="en")
    for url in (
        f"/en/comments/on/innovation/{item.slug}/",
        f"/en/comments/{top.pk}/reply/",
        f"/en/comments/{top.pk}/edit/",
    ):
        form = data.draw(spoiled({"body": "We tried it in Conwy: it worked."}))
        assert_answered(poster.post(url, form), Comment)
