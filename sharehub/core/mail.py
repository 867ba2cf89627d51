"""Every e-mail ShareHub sends goes through one background task.

Callers render the message in the request (so it is in the reader's language) and
queue it; a worker sends it. The task row is written in the caller's transaction
with the database backend, so a rolled-back request sends nothing.

Subjects are plain text: render subject templates inside {% autoescape off %}
(an e-mail client shows "&lt;" as it is), and every subject passes through
`subject_line`, so nothing a person wrote can break it over two lines.
"""

import re

from django.core.mail import EmailMultiAlternatives
from django.tasks import task

# Whitespace, control characters and the Unicode line and paragraph separators.
_BREAKS = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def subject_line(text) -> str:
    """An e-mail subject on one line: every run of whitespace or control characters
    (line breaks among them) becomes one space."""
    return _BREAKS.sub(" ", str(text)).strip()


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
        subject=subject_line(subject),
        body=body,
        to=to,
        reply_to=reply_to or [],
        from_email=from_email,
    )
    if html:
        message.attach_alternative(html, "text/html")
    message.send()


def queue_email(**kwargs) -> None:
    """Queue one message (the arguments of send_email); it must be JSON-serialisable.
    The subject is made one line here (subject_line)."""
    if "subject" in kwargs:
        kwargs["subject"] = subject_line(kwargs["subject"])
    send_email.enqueue(**kwargs)
