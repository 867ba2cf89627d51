"""Every e-mail ShareHub sends goes through one background task.

Callers render the message in the request (so it is in the reader's language) and
queue it; a worker sends it. The task row is written in the caller's transaction
with the database backend, so a rolled-back request sends nothing.
"""

from django.core.mail import EmailMultiAlternatives
from django.tasks import task


@task()
def send_email(
    *,
    subject: str,
    body: str,
    to: list[str],
    html: str = "",
    reply_to: list[str] | None = None,
    from_email: str | None = None,
) -> None:
    message = EmailMultiAlternatives(
        subject=subject, body=body, to=to, reply_to=reply_to or [], from_email=from_email
    )
    if html:
        message.attach_alternative(html, "text/html")
    message.send()


def queue_email(**kwargs) -> None:
    """Queue one message (the arguments of send_email); it must be JSON-serialisable."""
    send_email.enqueue(**kwargs)
