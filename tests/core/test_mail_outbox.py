"""The e-mail outbox (sharehub.core.mail): each message leaves once, with the
Message-ID it was given when queued; one the mail server refused stays queued until a
worker sends it. The cross-process proof (a worker killed mid-batch, a real SMTP
server) is tests/faults/test_faults.py."""

import socket

import pytest
from django.core import mail

from sharehub.core.mail import deliver, queue_email, send_queued
from sharehub.core.models import OutgoingEmail

pytestmark = pytest.mark.django_db


def queued(**kwargs) -> OutgoingEmail:
    """A row as queue_email writes it, not yet sent (no task runs it)."""
    return OutgoingEmail.objects.create(
        message_id=kwargs.pop("message_id", "<one@sharehub.example>"),
        subject="Your innovation is published",
        body="Thank you.",
        to=["mair@example.org"],
        **kwargs,
    )


def test_a_queued_email_is_sent_with_its_message_id_and_leaves_the_outbox():
    queue_email(subject="Hello", body="Hi", to=["mair@example.org"], html="<p>Hi</p>")
    [message] = mail.outbox
    assert message.to == ["mair@example.org"]
    assert message.extra_headers["Message-ID"].endswith("@sharehub.example>")
    assert message.alternatives[0].content == "<p>Hi</p>"
    assert not OutgoingEmail.objects.exists()


def test_extra_headers_travel_with_the_message_on_one_line_each():
    queue_email(
        subject="Hello",
        body="Hi",
        to=["mair@example.org"],
        headers={
            "List-Unsubscribe": "<https://sharehub.example/u/abc/>\r\nBcc: eve@example.org",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    [message] = mail.outbox
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"] == (
        "<https://sharehub.example/u/abc/> Bcc: eve@example.org"
    )
    assert "\nBcc:" not in message.message().as_string()
    assert message.extra_headers["Message-ID"].endswith("@sharehub.example>")


def test_a_message_is_sent_once_however_often_it_is_delivered():
    email = queued()
    assert deliver(email.pk) is True
    assert deliver(email.pk) is False
    assert send_queued() == 0
    assert len(mail.outbox) == 1
    assert mail.outbox[0].extra_headers["Message-ID"] == "<one@sharehub.example>"


def test_a_message_the_server_refused_stays_queued_and_goes_later(settings):
    email = queued()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": closed_port, "timeout": 2},
        }
    }
    with pytest.raises(OSError):
        deliver(email.pk)
    assert OutgoingEmail.objects.filter(pk=email.pk).exists()
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    assert send_queued() == 1
    assert [m.extra_headers["Message-ID"] for m in mail.outbox] == ["<one@sharehub.example>"]
    assert not OutgoingEmail.objects.exists()


def test_whoever_sends_next_also_sends_stragglers():
    """A row left behind (its task run by a worker that died) goes out with the next
    e-mail once it is older than STRAGGLER_AGE; a younger one waits for its own task."""
    from django.utils import timezone

    from sharehub.core.mail import STRAGGLER_AGE

    old = queued(message_id="<old@sharehub.example>")
    OutgoingEmail.objects.filter(pk=old.pk).update(created_at=timezone.now() - 2 * STRAGGLER_AGE)
    queued(message_id="<young@sharehub.example>")
    queue_email(subject="Next", body="Hi", to=["mair@example.org"])
    sent = [m.extra_headers["Message-ID"] for m in mail.outbox]
    assert "<old@sharehub.example>" in sent and "<young@sharehub.example>" not in sent
    assert len(sent) == 2
    assert list(OutgoingEmail.objects.values_list("message_id", flat=True)) == [
        "<young@sharehub.example>"
    ]
