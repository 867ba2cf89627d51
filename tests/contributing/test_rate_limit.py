"""New content per person per hour is limited (SHAREHUB_NEW_CONTENT_PER_HOUR)."""

import pytest

from sharehub.catalogue.models import Innovation, Need, NeedReply
from tests.factories import NeedFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _two_an_hour(settings):
    settings.SHAREHUB_NEW_CONTENT_PER_HOUR = 2


def test_the_third_new_item_in_an_hour_is_refused_with_a_clear_message(
    client_as, author, innovation_data, need_data
):
    client = client_as(author)
    assert client.post("/en/innovations/new/", innovation_data).status_code == 302
    assert client.post("/en/needs/new/", need_data).status_code == 302
    response = client.post("/en/innovations/new/", innovation_data)
    assert response.status_code == 429
    html = response.content.decode()
    assert "govuk-error-summary" in html
    assert "You have added 2 things to ShareHub in the last hour" in html
    assert innovation_data["title"] in html  # what they typed is still there
    assert Innovation.objects.count() == 1
    assert Need.objects.count() == 1


def test_the_limit_is_per_person(client_as, author, other, innovation_data):
    client = client_as(author)
    client.post("/en/innovations/new/", innovation_data)
    client.post("/en/innovations/new/", innovation_data)
    assert client_as(other).post("/en/innovations/new/", innovation_data).status_code == 302


def test_invalid_forms_and_previews_do_not_use_up_the_allowance(client_as, author, innovation_data):
    client = client_as(author)
    for _ in range(3):
        client.post("/en/innovations/new/", {**innovation_data, "title": ""})
        client.post("/en/innovations/new/", {**innovation_data, "preview": "1"})
    assert client.post("/en/innovations/new/", innovation_data).status_code == 302


def test_replies_count_too(client_as, author, other):
    need = NeedFactory(author=author)
    client = client_as(other)
    for _ in range(2):
        assert client.post(f"/en/needs/{need.slug}/reply/", {"body": "Hi"}).status_code == 302
    response = client.post(f"/en/needs/{need.slug}/reply/", {"body": "Hi"})
    assert response.status_code == 429
    assert NeedReply.objects.count() == 2


def test_edits_are_not_limited(client_as, author, innovation_data):
    client = client_as(author)
    client.post("/en/innovations/new/", innovation_data)
    slug = Innovation.objects.get().slug
    for n in range(4):
        response = client.post(
            f"/en/innovations/{slug}/edit/", {**innovation_data, "title": f"Edit {n}"}
        )
        assert response.status_code == 302
