"""Every e-mail ShareHub sends goes through one outbox and one background task.

Callers render the message in the request (so it is in the reader's language) and
queue it: `queue_email` writes an OutgoingEmail row (with its Message-ID, fixed from
then on) and a task naming that row, both in the caller's transaction, so a
rolled-back request sends nothing. The worker sends the row and deletes it in one
transaction, holding the row's lock while it talks to the mail server:

- killed before the server accepted the message: the transaction rolls back, the row
  is still there, and it is sent when the worker starts again (`manage.py worker`
  sends what the outbox holds before it takes tasks) — nothing is lost;
- killed after the row was deleted and committed: it was sent, and is never sent again;
- killed in the instant between the server's "250 accepted" and the COMMIT leaving
  for the database (well under a millisecond: QUIT waits until after the commit): the
  message went, the row stays, and it is sent once more with the same Message-ID. No sender can close this gap over SMTP;
  mail systems that drop repeated Message-IDs show one copy.

Two workers never send one row: each takes it with SELECT … FOR UPDATE SKIP LOCKED.
A row skipped because a dead worker's session still held it is sent with the next
e-mail after STRAGGLER_AGE, or at the next start.

Subjects are plain text: render subject templates inside {% autoescape off %}
(an e-mail client shows "&lt;" as it is), and every subject passes through
`subject_line`, so nothing a person wrote can break it over two lines.
"""

import re
import uuid
from datetime import timedelta
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, mailers
from django.db import transaction
from django.tasks import task
from django.utils import timezone

from sharehub.core.models import OutgoingEmail

# Queued longer ago than this, an e-mail is a straggler: any worker sends it.
STRAGGLER_AGE = timedelta(minutes=5)

# Whitespace, control characters and the Unicode line and paragraph separators.
_BREAKS = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def subject_line(text) -> str:
    """An e-mail subject on one line: every run of whitespace or control characters
    (line breaks among them) becomes one space."""
    return _BREAKS.sub(" ", str(text)).strip()


def _message_id() -> str:
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "sharehub"
    return f"<{uuid.uuid4().hex}@{domain}>"


def deliver(email_id: int) -> bool:
    """Send one queued e-mail and delete its row, in one transaction. False when there
    is nothing to send: it was sent already, or another worker is sending it now."""
    mailer = mailers.default
    with transaction.atomic():
        email = OutgoingEmail.objects.select_for_update(skip_locked=True).filter(pk=email_id)
        email = email.first()
        if email is None:
            return False
        message = EmailMultiAlternatives(
            subject=email.subject,
            body=email.body,
            to=email.to,
            reply_to=email.reply_to,
            from_email=email.from_email or None,
            headers={**(email.headers or {}), "Message-ID": email.message_id},
        )
        if email.html:
            message.attach_alternative(email.html, "text/html")
        email.delete()  # undone with the transaction if sending fails or the worker dies
        mailer.open()
        try:
            mailer.send_messages([message])
        except BaseException:
            mailer.close()
            raise
    # QUIT only after the commit: the gap between the server's "250" and the commit,
    # where a killed worker would send this again, is as short as it can be.
    mailer.close()
    return True


def send_queued(older_than: timedelta | None = None) -> int:
    """Send every queued e-mail no worker holds now (what a killed worker left),
    or only those queued longer ago than `older_than`; the number sent."""
    pending = OutgoingEmail.objects.all()
    if older_than is not None:
        pending = pending.filter(created_at__lt=timezone.now() - older_than)
    return sum(deliver(pk) for pk in list(pending.values_list("pk", flat=True)))


@task()
def send_email(*, email_id: int) -> None:
    deliver(email_id)
    # A row a dead worker still held when the next one started (its session not yet
    # ended by PostgreSQL) was skipped then: whoever sends next picks it up.
    send_queued(older_than=STRAGGLER_AGE)


def queue_email(
    *,
    subject: str,
    body: str,
    to: list[str],
    html: str = "",
    reply_to: list[str] | None = None,
    from_email: str | None = None,
    headers: dict[str, str] | None = None,
) -> None:
    """Queue one message; it leaves from the worker. The subject is made one line.
    `headers`: more headers by name (List-Unsubscribe…); each value is made one line
    too, so nothing in it can start another header."""
    with transaction.atomic():
        email = OutgoingEmail.objects.create(
            message_id=_message_id(),
            subject=subject_line(subject),
            body=body,
            html=html,
            to=list(to),
            reply_to=list(reply_to or []),
            from_email=from_email or "",
            headers={str(k): subject_line(v) for k, v in (headers or {}).items()},
        )
        send_email.enqueue(email_id=email.pk)
