"""Notifications by e-mail: straight away (a task queued by the fan-out) or in the
weekly digest (`manage.py send_digest`), in the recipient's language, as text and
HTML, with a one-click unsubscribe link and the List-Unsubscribe headers (RFC 8058).

Both go through the outbox (sharehub.core.mail.queue_email), in the same transaction
that marks the notifications as e-mailed: a crash either sends and marks, or neither.
Each checks, when it runs, that the item is still public and that the person still
wants that e-mail.

The digest is safe to run again: one Digest row per person and week (a unique
constraint), written with the e-mail and the marks in one transaction per person. A
run that stops half-way leaves the people it had not reached pending, and the next
run sends to them and to nobody twice.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from sharehub.core.mail import queue_email
from sharehub.gate.transitions import language_of
from sharehub.notifications import display
from sharehub.notifications.models import FOLLOW_RELATED, Delivery, Digest, Event, Notification
from sharehub.notifications.services import DIGEST, delivery_expression, unsubscribe_token

DIGEST_MAX = 50  # the most items one digest lists; the rest are a link away
NOTIFICATION_RELATED = tuple(f"follow__{name}" for name in FOLLOW_RELATED)


def _pending(delivery: str):
    return (
        Notification.objects.filter(emailed_at__isnull=True, digest__isnull=True)
        .annotate(delivery=delivery_expression())
        .filter(delivery=delivery)
        .visible()
    )


def _absolute(name: str, **kwargs) -> str:
    return settings.SITE_URL + reverse(name, kwargs=kwargs or None)


def _message(template: str, user, context: dict, *, event: str) -> dict:
    """Subject, text, HTML and headers of one e-mail to `user`, in their language."""
    with translation.override(language_of(user)):
        unsubscribe_url = _absolute(
            "notifications:unsubscribe", token=unsubscribe_token(user, event)
        )
        context = {
            **context,
            "name": user.display_name or "",
            "site_url": settings.SITE_URL,
            "notifications_url": _absolute("notifications:list"),
            "settings_url": _absolute("notifications:settings"),
            "unsubscribe_url": unsubscribe_url,
            "event_label": Event(event).label if event in Event.values else "",
        }
        subject = render_to_string(f"emails/{template}_subject.txt", context).strip()
        body = render_to_string(f"emails/{template}_body.txt", context)
        html = render_to_string(f"emails/{template}_body.html", context)
    return {
        "subject": subject,
        "body": body,
        "html": html,
        "headers": {
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    }


# --- Straight away ---------------------------------------------------------------------


@task()
def send_immediate(*, content_type_id: int, object_id: int) -> None:
    """E-mail the people who want to hear at once about what was published."""
    pending = _pending(Delivery.IMMEDIATE).filter(
        content_type_id=content_type_id, object_id=object_id
    )
    for pk in list(pending.values_list("pk", flat=True)):
        email_one(pk)


@transaction.atomic
def email_one(notification_id: int) -> bool:
    notification = (
        _pending(Delivery.IMMEDIATE)
        .select_for_update(of=("self",), skip_locked=True)
        .select_related("recipient", *NOTIFICATION_RELATED)
        .filter(pk=notification_id)
        .first()
    )
    if notification is None:
        return False
    user = notification.recipient
    entry = display.entries([notification])[0]
    if entry.item is not None and user.email and user.is_active:
        message = _message("notification", user, {"entry": entry}, event=notification.event)
        queue_email(to=[user.email], **message)
    notification.emailed_at = timezone.now()
    notification.save(update_fields=["emailed_at"])
    return True


# --- The weekly digest -----------------------------------------------------------------


def week_of(day: datetime.date) -> datetime.date:
    """The Monday of `day`'s week."""
    return day - datetime.timedelta(days=day.weekday())


def send_digests(*, now: datetime.datetime | None = None) -> int:
    """Send the digest of the week before `now`'s to everyone who has one waiting;
    the number sent. Notifications from this week wait for next week's."""
    now = now or timezone.now()
    this_week = week_of(timezone.localdate(now))
    week = this_week - datetime.timedelta(days=7)
    cutoff = timezone.make_aware(datetime.datetime.combine(this_week, datetime.time.min))
    people = (
        _pending(Delivery.DIGEST)
        .filter(created_at__lt=cutoff)
        .order_by("recipient_id")
        .values_list("recipient_id", flat=True)
        .distinct()
    )
    return sum(send_digest_to(pk, week=week, cutoff=cutoff, now=now) for pk in list(people))


@transaction.atomic
def send_digest_to(
    user_id: int, *, week: datetime.date, cutoff: datetime.datetime, now: datetime.datetime
) -> bool:
    """One person's digest: select what waits, queue the e-mail, mark it, all in one
    transaction. False when there is nothing to send or it was sent already."""
    user = get_user_model().objects.select_for_update().filter(pk=user_id).first()
    if user is None or Digest.objects.filter(user=user, week=week).exists():
        return False
    rows = list(
        _pending(Delivery.DIGEST)
        .filter(recipient=user, created_at__lt=cutoff)
        .select_related(*NOTIFICATION_RELATED)
        .order_by("-created_at", "-id")
    )
    if not rows:
        return False
    digest = Digest.objects.create(user=user, week=week, sent_at=now)
    entries = [entry for entry in display.entries(rows[:DIGEST_MAX]) if entry.item is not None]
    if entries and user.email and user.is_active:
        context = {"entries": entries, "more": max(0, len(rows) - DIGEST_MAX), "week": week}
        queue_email(to=[user.email], **_message("digest", user, context, event=DIGEST))
    Notification.objects.filter(pk__in=[row.pk for row in rows]).update(digest=digest)
    return True
