"""`manage.py send_digest`: the weekly digest e-mails, for cron or the compose
`scheduler`. Safe to run as often as you like: each person gets at most one digest
a week, and a run that stopped half-way is finished by the next."""

from django.core.management.base import BaseCommand

from sharehub.notifications.email import send_digests


class Command(BaseCommand):
    help = "Queue last week's digest e-mail for everyone with notifications waiting for it."

    def handle(self, *args, **options) -> None:
        sent = send_digests()
        if options["verbosity"]:
            self.stdout.write(f"Queued {sent} digest e-mail(s)")
