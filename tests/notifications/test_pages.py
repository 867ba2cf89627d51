"""The pages: follow buttons, what you follow, notifications, e-mail choices."""

import re

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sharehub.catalogue.models import Innovation
from sharehub.moderation import services as moderation
from sharehub.notifications import services
from sharehub.notifications.models import Delivery, Event, Follow, Notification
from tests.factories import InnovationFactory, NeedFactory
from tests.notifications.helpers import follow

pytestmark = pytest.mark.django_db


def unread_in_header(response) -> int:
    found = re.search(
        r'data-unread="(\d+)">\(\1<span class="govuk-visually-hidden"> unread', response.text
    )
    return int(found[1]) if found else 0


def toggle(client, target, value, **extra):
    return client.post("/en/following/change/", {"target": target, "value": value, **extra})


# --- Following ---------------------------------------------------------------------------


def test_following_needs_an_account(client):
    response = toggle(client, "challenge_area", "risk")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not Follow.objects.exists()


def test_the_follow_button_follows_and_then_unfollows(client, follower, published):
    client.force_login(follower)
    page = client.get(published.get_absolute_url())
    assert 'name="target" value="innovation"' in page.text
    toggle(client, "innovation", published.slug, next=published.get_absolute_url())
    assert Follow.objects.filter(user=follower, innovation=published).exists()
    assert "Stop following" in client.get(published.get_absolute_url()).text
    toggle(client, "innovation", published.slug)
    assert not Follow.objects.filter(user=follower).exists()


def test_a_question_can_be_followed_from_its_page(client, follower):
    question = NeedFactory()
    client.force_login(follower)
    assert 'name="target" value="need"' in client.get(question.get_absolute_url()).text
    toggle(client, "need", question.slug)
    assert Follow.objects.filter(user=follower, need=question).exists()


def test_the_signed_out_see_a_sign_in_link(client, published):
    assert "Sign in to follow" in client.get(published.get_absolute_url()).text
    assert "Sign in to follow this search" in client.get("/en/needs/?region=gwent").text


def test_a_draft_cannot_be_followed(client, follower, submitted):
    client.force_login(follower)
    assert toggle(client, "innovation", submitted.slug).status_code == 400
    assert toggle(client, "region", "atlantis").status_code == 400
    assert toggle(client, "search", "not-a-list").status_code == 400
    assert not Follow.objects.exists()


def test_follow_buttons_need_the_csrf_token(follower):
    client = Client(enforce_csrf_checks=True)
    client.force_login(follower)
    assert toggle(client, "challenge_area", "risk").status_code == 403


def test_following_is_rate_limited(client, follower, monkeypatch):
    monkeypatch.setattr(services, "FOLLOWS_PER_HOUR", 2)
    client.force_login(follower)
    toggle(client, "challenge_area", "risk")
    toggle(client, "challenge_area", "value")
    response = toggle(client, "challenge_area", "leadership")
    assert response.status_code == 429
    assert Follow.objects.filter(user=follower).count() == 2


def test_the_following_page_lists_follows_with_a_way_to_stop(client, follower, published):
    follow(follower, region="gwent")
    follow(follower, innovation=published)
    follow(follower, list_name="innovations", query="challenge_area=risk&q=falls")
    client.force_login(follower)
    text = client.get("/en/following/").text
    assert "Region: Gwent" in text
    assert "Innovation: Tea trolley rounds" in text
    assert "Innovations (Challenge area: " in text and "falls" in text
    assert text.count("Stop following") >= 3
    welsh = client.get("/cy/following/")
    assert welsh.status_code == 200


# --- Notifications -----------------------------------------------------------------------


def notify(person, items, event=Event.MATCH):
    content_type = ContentType.objects.get_for_model(Innovation)
    Notification.objects.bulk_create(
        Notification(recipient=person, event=event, content_type=content_type, object_id=item.pk)
        for item in items
    )


def test_the_list_is_empty_at_first(client, follower):
    client.force_login(follower)
    response = client.get("/en/notifications/")
    assert response.status_code == 200
    assert "You have no notifications yet" in response.text


def test_the_header_counts_unread_notifications_and_marking_read_lowers_it(client, follower):
    items = InnovationFactory.create_batch(3)
    notify(follower, items)
    client.force_login(follower)
    page = client.get("/en/notifications/")
    assert unread_in_header(page) == 3
    assert '<span class="govuk-visually-hidden"> unread</span>' in page.text
    for item in items:
        assert item.title in page.text
    first = Notification.objects.filter(recipient=follower).first()
    client.post(f"/en/notifications/{first.pk}/read/")
    assert unread_in_header(client.get("/en/notifications/")) == 2
    client.post("/en/notifications/read/")
    assert unread_in_header(client.get("/en/")) == 0


def test_marking_someone_elses_notification_does_nothing(client, follower, bystander):
    notify(follower, [InnovationFactory()])
    client.force_login(bystander)
    client.post(f"/en/notifications/{Notification.objects.get().pk}/read/")
    assert Notification.objects.get().read_at is None


def test_hidden_content_leaves_the_list_and_the_count(client, follower, moderator):
    shown, hidden = InnovationFactory.create_batch(2)
    notify(follower, [shown, hidden])
    moderation.item_hide(hidden, moderator=moderator, reason="A name in it")
    client.force_login(follower)
    page = client.get("/en/notifications/")
    assert shown.title in page.text and hidden.title not in page.text
    assert unread_in_header(page) == 1


def test_the_list_reads_a_constant_number_of_queries(client, follower, published):
    client.force_login(follower)
    question = NeedFactory()
    follow(follower, need=question)
    notify(follower, InnovationFactory.create_batch(2))
    client.get("/en/notifications/")  # warm the content type cache
    with CaptureQueriesContext(connection) as few:
        assert client.get("/en/notifications/").status_code == 200
    notify(follower, InnovationFactory.create_batch(15), event=Event.ACTIVITY)
    with CaptureQueriesContext(connection) as many:
        assert client.get("/en/notifications/").status_code == 200
    assert len(many) == len(few)


def test_the_list_needs_an_account(client):
    assert client.get("/en/notifications/").status_code == 302


# --- E-mail choices ----------------------------------------------------------------------


def test_the_settings_page_saves_choices(client, follower):
    client.force_login(follower)
    page = client.get("/en/notifications/settings/")
    assert page.status_code == 200
    assert "In a weekly digest e-mail" in page.text
    data = dict.fromkeys(Event.values, Delivery.OFF)
    data[Event.MATCH] = Delivery.IMMEDIATE
    response = client.post("/en/notifications/settings/", data)
    assert response.status_code == 302
    chosen = services.preferences_for(follower)
    assert chosen[Event.MATCH] == Delivery.IMMEDIATE
    assert chosen[Event.ANSWER] == Delivery.OFF


def test_the_following_page_reads_a_constant_number_of_queries(client, follower):
    client.force_login(follower)
    client.get("/en/following/")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/following/")
    follow(follower, region="gwent")
    follow(follower, local_authority="newport")
    follow(follower, challenge_area="risk")
    follow(follower, need=NeedFactory())
    with CaptureQueriesContext(connection) as many:
        text = client.get("/en/following/").text
    assert len(many) == len(few)
    assert "Local authority: Newport" in text


def test_follows_and_choices_are_in_the_data_download_and_go_with_the_account(
    client, follower, published
):
    from sharehub.accounts.privacy import delete_account, export_user_data

    follow(follower, region="gwent")
    follow(follower, innovation=published)
    services.set_preferences(user=follower, choices={Event.MATCH: Delivery.OFF})
    notify(follower, [published])
    data = export_user_data(follower)
    assert [f["slug"] for f in data["follows"]] == ["gwent", published.slug]
    assert data["notification_email_choices"] == {"match": "off"}
    delete_account(user=follower, remove_content=False)
    assert not Follow.objects.exists() and not Notification.objects.exists()


@pytest.mark.parametrize(
    ("page", "query", "accepted"),
    [
        ("innovations", "region=gwent&stage=idea", True),
        ("innovations", "region=atlantis", False),  # the list would answer 400
        ("needs", "stage=idea", False),  # questions have no stage
        ("search", "stage=idea&type=innovation", True),  # search drops what a type lacks
        ("search", "type=poem", False),
        ("search", "q=" + "x" * 1200, False),
    ],
)
def test_only_a_search_its_page_would_answer_can_be_followed(
    client, follower, page, query, accepted
):
    client.force_login(follower)
    response = toggle(client, "search", page, query=query)
    assert response.status_code == (302 if accepted else 400)
    assert Follow.objects.filter(user=follower).exists() is accepted


def test_a_follow_of_something_hidden_since_can_still_be_stopped(
    client, follower, published, moderator
):
    follow(follower, innovation=published)
    moderation.item_hide(published, moderator=moderator, reason="A name in it")
    client.force_login(follower)
    text = client.get("/en/following/").text
    assert "Something that is no longer published" in text
    assert published.title not in text
    assert toggle(client, "innovation", published.slug).status_code == 302
    assert not Follow.objects.exists()
    assert toggle(client, "innovation", published.slug).status_code == 400  # not again
