"""manage.py import_content FILE.jsonl [--files DIR] [--account EMAIL] [--dry-run]"""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from sharehub.transfer.io import import_content
from sharehub.transfer.records import Run


def import_account(email: str):
    """The account imported content is attributed to when the file has no people:
    an inactive account that cannot sign in, made the first time."""
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User(username=email.lower()[:150], email=email)
        user.set_unusable_password()
        user.save()
    return user


class Command(BaseCommand):
    help = (
        "Read a content file written by export_content. Each record is all or "
        "nothing; existing identical records are left alone; every refusal is "
        "reported with its line and field."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the .jsonl file to read")
        parser.add_argument("--files", help="the folder the records' file paths are in")
        parser.add_argument(
            "--account",
            default=settings.SHAREHUB_IMPORT_ACCOUNT,
            help="e-mail address of the account content is attributed to when the "
            "file has no person records (default: SHAREHUB_IMPORT_ACCOUNT)",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="check everything, write nothing"
        )
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"No file {path}")
        files = Path(options["files"]) if options["files"] else None
        if files is not None and not files.is_dir():
            raise CommandError(f"No folder {files}")
        run = Run(files=files, account=import_account(options["account"]))
        report = import_content(
            path,
            run,
            dry_run=options["dry_run"],
            progress=None if options["no_progress"] else self.stderr._out,
        )
        for line in report.rejected:
            self.stderr.write(line)
        summary = (
            f"{report.created} created, {report.unchanged} unchanged, "
            f"{report.rejected_records} rejected"
            + (" (dry run: nothing was written)" if options["dry_run"] else "")
        )
        self.stdout.write(summary)
        if report.rejected:
            raise CommandError(f"{report.rejected_records} records were rejected.")
