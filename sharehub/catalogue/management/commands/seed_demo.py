from django.core.management.base import BaseCommand, CommandParser

from sharehub.catalogue.demo import generate_innovations, load_demo
from sharehub.catalogue.models import Innovation


class Command(BaseCommand):
    help = (
        "Fill an empty ShareHub with a realistic Welsh social care catalogue; "
        "--scale N adds N generated innovations for benchmarks."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the catalogue already has content (for `make run`).",
        )
        parser.add_argument(
            "--scale",
            type=int,
            default=0,
            metavar="N",
            help="Also add N generated innovations with bulk inserts.",
        )

    def handle(self, *args, if_empty: bool, scale: int, **options) -> None:
        if scale < 0:
            self.stderr.write("--scale must be 0 or more.")
            raise SystemExit(2)
        if Innovation.objects.exists():
            if if_empty:
                self.stdout.write("The catalogue already has content; nothing to do.")
                return
            self.stdout.write(
                "The catalogue already has content; the demo catalogue is not loaded."
            )
        else:
            made = load_demo()
            self.stdout.write(
                "Demo catalogue: " + ", ".join(f"{n} {name}" for name, n in made.items())
            )
        if scale:
            added = generate_innovations(scale)
            self.stdout.write(f"Generated {added} innovations.")
