"""Forget the facet changes older than a day (the scheduler runs it daily)."""

from django.core.management.base import BaseCommand

from sharehub.core.search import is_postgres
from sharehub.taxonomy.facet_arrays import prune_changes


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--hours", type=int, default=24, help="keep this many hours")

    def handle(self, *args, hours: int, **options):
        if not is_postgres():
            self.stdout.write("Nothing to prune: the facet index is PostgreSQL only.")
            return
        removed = prune_changes(hours=hours)
        self.stdout.write(f"Pruned {removed} facet changes older than {hours} hours.")
