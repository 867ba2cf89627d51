"""What the migrations that limit text length and store rendered Markdown run on
existing rows (RunPython): see sharehub.core.models.MarkdownRendered."""

from django.db.models.functions import Length, Substr

from sharehub.core.markdown import RENDERER_VERSION, render_markdown
from sharehub.core.models import RENDERED_VERSION_KEY

BATCH = 500


def fit_and_render(app_label: str, model_name: str, *, limits=None, markdown_fields=()):
    """A RunPython function for one model. Text longer than its new limit (`limits`:
    field name → characters) is cut to the limit, so the database constraint can be
    added; then each row's Markdown fields are rendered into `rendered`."""
    limits = dict(limits or {})

    def run(apps, schema_editor):
        model = apps.get_model(app_label, model_name)
        rows = model._base_manager.using(schema_editor.connection.alias)
        for field, limit in limits.items():
            rows.alias(length=Length(field)).filter(length__gt=limit).update(
                **{field: Substr(field, 1, limit)}
            )
        if markdown_fields:
            render_rows(rows, markdown_fields)
        if schema_editor.connection.vendor == "postgresql":
            # Fire the deferred foreign-key checks these updates queued, so the
            # migration's next ALTER TABLE (adding the constraint) is allowed.
            schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            schema_editor.execute("SET CONSTRAINTS ALL DEFERRED")

    return run


def render_rows(queryset, markdown_fields, *, render=render_markdown) -> int:
    """Render `markdown_fields` of every row of `queryset` into `rendered`, in
    batches, with bulk updates (no save(), so it works on historical models too).
    Returns how many rows it wrote."""
    done = 0
    batch = []
    manager = queryset.model._base_manager.db_manager(queryset.db)
    for row in queryset.only("pk", *markdown_fields).order_by("pk").iterator(chunk_size=BATCH):
        html = {name: str(render(getattr(row, name) or "")) for name in markdown_fields}
        row.rendered = {**html, RENDERED_VERSION_KEY: RENDERER_VERSION}
        batch.append(row)
        if len(batch) >= BATCH:
            manager.bulk_update(batch, ["rendered"])
            done += len(batch)
            batch = []
    if batch:
        manager.bulk_update(batch, ["rendered"])
        done += len(batch)
    return done


def noop(apps, schema_editor):
    """Going back needs nothing: the columns and constraints go with the schema."""
