"""Render the stored HTML of every Markdown field again (after the renderer changed)."""

from django.apps import apps
from django.core.management.base import BaseCommand

from sharehub.core.markdown import RENDERER_VERSION
from sharehub.core.models import RENDERED_VERSION_KEY, MarkdownRendered
from sharehub.core.text_migrations import render_rows


def markdown_models() -> list:
    return [
        model
        for model in apps.get_models()
        if issubclass(model, MarkdownRendered) and not model._meta.abstract
    ]


class Command(BaseCommand):
    help = (
        "Render the Markdown fields of every row whose stored HTML comes from another "
        "renderer version (every row with --all), in batches. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", help="Render every row, whatever its version."
        )

    def handle(self, *args, **options):
        for model in markdown_models():
            rows = model._base_manager.all()
            if not options["all"]:
                current = {f"rendered__{RENDERED_VERSION_KEY}": RENDERER_VERSION}
                rows = rows.exclude(pk__in=model._base_manager.filter(**current).values("pk"))
            done = render_rows(rows, model.markdown_fields)
            self.stdout.write(f"{model._meta.label}: {done} rendered")
