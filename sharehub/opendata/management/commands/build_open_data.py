from django.core.management.base import BaseCommand

from sharehub.opendata.build import BuildRunning, build_all


class Command(BaseCommand):
    help = (
        "Write the open data files (every published kind as CSV and JSON Lines, and "
        "manifest.json) to storage under open-data/. Safe to run again; run daily."
    )

    def handle(self, *args, **options):
        try:
            manifest = build_all()
        except BuildRunning:  # not a failure: that build writes the same files
            self.stderr.write("Another open data build is running; it will write the files.")
            return
        for entry in manifest["files"]:
            self.stdout.write(f"{entry['file']}: {entry['rows']} rows, {entry['bytes']} bytes")
