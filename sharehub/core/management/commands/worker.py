"""`manage.py worker`: django-tasks-db's `db_worker` (same options) that first sends
every e-mail left in the outbox (sharehub.core.mail), so what a killed worker was
sending goes out as soon as a worker is back. Sending is safe beside running
workers: each message is taken under a row lock."""

from django_tasks_db.management.commands import db_worker

from sharehub.core.mail import send_queued


class Command(db_worker.Command):
    help = "Send the e-mail left in the outbox, then run the database task worker."

    def handle(self, *args, **options):
        sent = send_queued()
        if sent and options["verbosity"]:
            self.stdout.write(f"Sent {sent} e-mail(s) left in the outbox")
        super().handle(*args, **options)
