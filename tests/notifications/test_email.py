"""Notifications by e-mail: straight away, in the weekly digest, and unsubscribing."""

import datetime
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.utils import timezone

from sharehub.moderation import services as moderation
from sharehub.notifications import email as notification_email
from sharehub.notifications import services
from sharehub.notifications.email import send_digests
from sharehub.notifications.models import Delivery, Digest, Event, Notification, Preference
from tests.factories import NeedFactory, verified_user
from tests.notifications.helpers import approve, follow, held_innovation, reply

pytestmark = pytest.mark.django_db

NEXT_WEEK = timezone.now() + datetime.timedelta(days=7)


def to(mailoutbox, person) -> list:
    return [m for m in mailoutbox if m.to == [person.email]]


def unsubscribe_path(message) -> str:
    return urlsplit(message.extra_headers["List-Unsubscribe"].strip("<>")).path


# --- Straight away ---------------------------------------------------------------------


def test_a_reply_is_e_mailed_to_the_asker_at_once_with_unsubscribe_headers(
    author, trusted, mailoutbox
):
    question = NeedFactory(author=author, title="Has anyone tried hydration prompts?")
    reply(question, trusted)
    [message] = to(mailoutbox, author)
    assert "A new reply to your question" in message.subject
    assert "Has anyone tried hydration prompts?" in message.body
    html, mime = message.alternatives[0]
    assert mime == "text/html" and "Has anyone tried hydration prompts?" in html
    assert question.get_absolute_url() in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")
    assert "/en/notifications/unsubscribe/" in message.extra_headers["List-Unsubscribe"]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert to(mailoutbox, trusted) == []  # the replier is not told


def test_the_e_mail_is_in_the_recipients_language(author, trusted, mailoutbox):
    author.language = "cy"
    author.save(update_fields=["language"])
    reply(NeedFactory(author=author), trusted)
    [message] = to(mailoutbox, author)
    assert "/cy/notifications/unsubscribe/" in message.extra_headers["List-Unsubscribe"]
    assert "/cy/notifications/" in message.body
    assert "Helo Alice Jones," in message.body and "Gweld yr eitem:" in message.body
    assert '<html lang="cy">' in message.alternatives[0][0]


def test_nothing_is_e_mailed_when_the_person_chose_no_e_mail(author, trusted, mailoutbox):
    services.set_preferences(user=author, choices={Event.ANSWER: Delivery.OFF})
    reply(NeedFactory(author=author), trusted)
    assert to(mailoutbox, author) == []
    assert Notification.objects.filter(recipient=author).count() == 1  # still on the site


def test_an_item_hidden_before_the_e_mail_is_sent_is_not_e_mailed(
    author, trusted, moderator, mailoutbox
):
    services.set_preferences(user=author, choices={Event.ANSWER: Delivery.OFF})
    question = NeedFactory(author=author)
    answer = reply(question, trusted)
    services.set_preferences(user=author, choices={Event.ANSWER: Delivery.IMMEDIATE})
    moderation.item_hide(answer, moderator=moderator, reason="A name in it")
    notification_email.send_immediate.call(
        content_type_id=Notification.objects.get().content_type_id, object_id=answer.pk
    )
    assert to(mailoutbox, author) == []


# --- The weekly digest -----------------------------------------------------------------


@pytest.fixture
def followers(db):
    people = [verified_user(username=f"reader{n}") for n in range(3)]
    for person in people:
        follow(person, challenge_area="risk")
    return people


def test_follows_wait_for_the_digest_and_running_it_twice_sends_nothing_twice(
    author, moderator, followers, mailoutbox
):
    first = approve(held_innovation(author, title="Hydration stations"), moderator)
    approve(held_innovation(author, title="Night-time rounds"), moderator)
    assert all(to(mailoutbox, p) == [] for p in followers)  # follows wait for the digest
    assert send_digests(now=NEXT_WEEK) == 3
    for person in followers:
        [message] = to(mailoutbox, person)
        assert "2 new things this week" in message.subject
        assert "Hydration stations" in message.body and "Night-time rounds" in message.body
        assert first.get_absolute_url() in message.alternatives[0][0]
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert send_digests(now=NEXT_WEEK) == 0
    assert send_digests(now=NEXT_WEEK + datetime.timedelta(days=7)) == 0
    assert sum(len(to(mailoutbox, p)) for p in followers) == 3


def test_this_weeks_notifications_wait_for_next_weeks_digest(author, moderator, followers):
    approve(held_innovation(author), moderator)
    assert send_digests() == 0  # it is still this week
    assert send_digests(now=NEXT_WEEK) == 3


def test_a_digest_that_crashes_half_way_is_finished_by_the_next_run(
    author, moderator, followers, mailoutbox, monkeypatch
):
    approve(held_innovation(author), moderator)
    real = notification_email.queue_email
    calls = []

    def crash_on_the_second(**kwargs):
        calls.append(kwargs["to"])
        if len(calls) == 2:
            raise RuntimeError("the machine stops here")
        real(**kwargs)

    monkeypatch.setattr(notification_email, "queue_email", crash_on_the_second)
    with pytest.raises(RuntimeError):
        send_digests(now=NEXT_WEEK)
    assert [len(to(mailoutbox, p)) for p in followers] == [1, 0, 0]
    assert Digest.objects.count() == 1  # the second person's transaction rolled back
    monkeypatch.setattr(notification_email, "queue_email", real)
    assert send_digests(now=NEXT_WEEK) == 2
    for person in followers:
        assert len(to(mailoutbox, person)) == 1


def test_the_digest_leaves_out_what_was_hidden_since(author, moderator, followers, mailoutbox):
    kept = approve(held_innovation(author, title="Kept"), moderator)
    hidden = approve(held_innovation(author, title="Taken down"), moderator)
    moderation.item_hide(hidden, moderator=moderator, reason="A name in it")
    send_digests(now=NEXT_WEEK)
    message = to(mailoutbox, followers[0])[0]
    assert "Kept" in message.body and "Taken down" not in message.body
    assert kept.pk


# --- Unsubscribing ---------------------------------------------------------------------


def test_one_click_unsubscribe_turns_that_e_mail_off(author, trusted, mailoutbox):
    reply(NeedFactory(author=author), trusted)
    [message] = to(mailoutbox, author)
    path = unsubscribe_path(message)
    anonymous = Client(enforce_csrf_checks=True)  # a mail client: no session, no CSRF token
    confirm = anonymous.get(path)
    assert confirm.status_code == 200
    assert "Stop these e-mails?" in confirm.text
    assert (
        services.preferences_for(author)[Event.ANSWER] == Delivery.IMMEDIATE
    )  # GET changes nothing
    done = anonymous.post(path, {"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200
    assert services.preferences_for(author)[Event.ANSWER] == Delivery.OFF
    reply(NeedFactory(author=author), trusted)
    assert len(to(mailoutbox, author)) == 1  # no second e-mail


def test_the_digest_unsubscribe_turns_off_every_digest_e_mail(
    author, moderator, followers, mailoutbox
):
    approve(held_innovation(author), moderator)
    send_digests(now=NEXT_WEEK)
    reader = followers[0]
    path = unsubscribe_path(to(mailoutbox, reader)[0])
    Client(enforce_csrf_checks=True).post(path)
    chosen = services.preferences_for(reader)
    assert chosen[Event.MATCH] == Delivery.OFF and chosen[Event.ACTIVITY] == Delivery.OFF
    assert chosen[Event.ANSWER] == Delivery.IMMEDIATE  # not a digest e-mail


def test_a_forged_or_altered_token_is_refused(author, client):
    token = services.unsubscribe_token(author, Event.ANSWER)
    assert client.post(f"/en/notifications/unsubscribe/{token}x/").status_code == 404
    assert client.get("/en/notifications/unsubscribe/not-a-token/").status_code == 404
    assert not Preference.objects.exists()


def test_the_command_sends_last_weeks_digests(
    author, moderator, followers, mailoutbox, monkeypatch
):
    from io import StringIO

    from django.core.management import call_command

    approve(held_innovation(author), moderator)
    monkeypatch.setattr(notification_email.timezone, "now", lambda: NEXT_WEEK)
    out = StringIO()
    call_command("send_digest", stdout=out)
    assert out.getvalue().strip() == "Queued 3 digest e-mail(s)"
    call_command("send_digest", stdout=out)
    assert out.getvalue().strip().endswith("Queued 0 digest e-mail(s)")
    assert sum(len(to(mailoutbox, p)) for p in followers) == 3
