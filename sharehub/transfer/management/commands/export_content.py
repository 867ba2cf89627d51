"""manage.py export_content FILE.jsonl [--with-people] [--files DIR]"""

from pathlib import Path

from django.core.management.base import BaseCommand

from sharehub.transfer.io import export_content
from sharehub.transfer.records import Run


class Command(BaseCommand):
    help = (
        "Write all content (organisations, innovations, resources, needs and replies, "
        "contacts, adoptions, comments, attachments) to a JSON Lines file "
        "(docs/import-export.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the .jsonl file to write ('-' for standard output)")
        parser.add_argument(
            "--with-people",
            action="store_true",
            help="include authors, members and co-authors, by e-mail address",
        )
        parser.add_argument(
            "--files", help="folder to copy attachments and resource files into, by path"
        )

    def handle(self, *args, **options):
        files = Path(options["files"]) if options["files"] else None
        if files:
            files.mkdir(parents=True, exist_ok=True)
        run = Run(with_people=options["with_people"], files=files)
        if options["file"] == "-":
            count = export_content(self.stdout, run)
        else:
            with open(options["file"], "w", encoding="utf-8", newline="\n") as out:
                count = export_content(out, run)
        self.stderr.write(f"{count} records written.")
