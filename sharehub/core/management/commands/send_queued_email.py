"""Send every e-mail still in the outbox (sharehub.core.mail). The worker runs this
before `db_worker` starts, so what a killed worker was sending goes out when it is
back; safe to run at any time, beside running workers."""

from django.core.management.base import BaseCommand

from sharehub.core.mail import send_queued


class Command(BaseCommand):
    help = "Send the e-mail left in the outbox (by a worker that was stopped mid-send)."

    def handle(self, *args, **options):
        self.stdout.write(f"sent {send_queued()} queued e-mail(s)")
