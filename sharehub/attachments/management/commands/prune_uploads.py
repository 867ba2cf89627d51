"""Delete stored uploads that no row refers to.

attach_files() removes what it wrote when it fails, but a file written inside a
caller's transaction that later rolls back has no row and nobody to delete it.
Run this daily (it only touches files older than --hours, so uploads in flight
are safe).
"""

from datetime import timedelta

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.utils import timezone

from sharehub.attachments.models import Attachment
from sharehub.catalogue.models import Resource

FOLDERS = ("attachments", "resources")


def stored_names(folder: str):
    dirs, files = default_storage.listdir(folder)
    for name in files:
        yield f"{folder}/{name}"
    for sub in dirs:
        yield from stored_names(f"{folder}/{sub}")


class Command(BaseCommand):
    help = "Delete uploaded files that no attachment or resource refers to."

    def add_arguments(self, parser):
        parser.add_argument("--hours", type=int, default=24, help="only files older than this")
        parser.add_argument("--dry-run", action="store_true", help="list, delete nothing")

    def handle(self, *args, hours: int, dry_run: bool, **options):
        cutoff = timezone.now() - timedelta(hours=hours)
        known = set(Attachment.objects.values_list("file", flat=True))
        known |= set(Resource.objects.exclude(file="").values_list("file", flat=True))
        removed = 0
        for folder in FOLDERS:
            if not default_storage.exists(folder):
                continue
            for name in stored_names(folder):
                if name in known or default_storage.get_modified_time(name) > cutoff:
                    continue
                self.stdout.write(name)
                if not dry_run:
                    default_storage.delete(name)
                removed += 1
        verb = "would delete" if dry_run else "deleted"
        self.stdout.write(f"{verb} {removed} unreferenced file(s)")
