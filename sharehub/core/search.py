"""Full-text search shared by every searchable model.

PostgreSQL: a stored tsvector column (`search_vector`) maintained by a trigger
(see `search_trigger_sql`), weighted A/B/C, plus a small `rank_vector` of the
A and B texts used for ranking; built with the `english`
configuration for English rows and `simple` for Welsh rows, with a GIN index.
A query is parsed with websearch_to_tsquery in both configurations and each
row is matched against the one for its own language, so one query finds both.
SQLite (the embedded default) falls back to a case-insensitive contains-match.
"""

import re
from functools import reduce
from operator import or_

from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.db import connection, models
from django.db.models import Case, F, FloatField, Q, TextField, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Concat
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

MARK_START = "\x02"
MARK_STOP = "\x03"
CONFIGS = {"cy": "simple"}  # every other language uses english
DEFAULT_CONFIG = "english"


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def _query(q: str, config: str) -> SearchQuery:
    return SearchQuery(q, config=config, search_type="websearch")


class SearchableQuerySet(models.QuerySet):
    """Models using it declare `search_fields` (the SQLite fallback searches
    these) and `headline_fields` (the text a snippet is cut from)."""

    def search(self, q: str):
        q = (q or "").strip()
        if not q:
            return self
        if not is_postgres():
            words = q.replace('"', " ").split()
            fields = self.model.search_fields
            for word in words:
                if word.startswith("-") or word.upper() == "OR":
                    continue
                self = self.filter(reduce(or_, (Q(**{f"{f}__icontains": word}) for f in fields)))
            return self.annotate(rank=Value(1.0, output_field=FloatField()))
        table = connection.ops.quote_name(self.model._meta.db_table)
        welsh = Q(language="cy", search_vector=_query(q, "simple"))
        other = ~Q(language="cy") & Q(search_vector=_query(q, DEFAULT_CONFIG))
        rank = RawSQL(
            f"ts_rank_cd({table}.rank_vector, CASE WHEN {table}.language = 'cy' "
            "THEN websearch_to_tsquery('simple', %s) "
            "ELSE websearch_to_tsquery('english', %s) END, 1)",
            (q, q),
            output_field=FloatField(),
        )
        return self.filter(welsh | other).annotate(rank=rank)

    def with_headline(self, q: str):
        """Annotate `headline`: a fragment with matches between MARK_START/MARK_STOP."""
        if not q:
            return self  # pages without a query show the summary, not a snippet
        fields = self.model.headline_fields
        if not is_postgres():
            return self.annotate(headline=F(fields[0]))
        parts = [part for f in fields for part in (F(f), Value(" "))][:-1]
        field = Concat(*parts, output_field=TextField()) if len(fields) > 1 else F(fields[0])
        options = {"start_sel": MARK_START, "stop_sel": MARK_STOP, "max_words": 35, "min_words": 15}
        return self.annotate(
            headline=Case(
                When(
                    language="cy",
                    then=SearchHeadline(field, _query(q, "simple"), config="simple", **options),
                ),
                default=SearchHeadline(
                    field, _query(q, DEFAULT_CONFIG), config=DEFAULT_CONFIG, **options
                ),
            )
        )


_MARKDOWN_NOISE = re.compile(r"[*_#`]+|^>+ ?", re.MULTILINE)


def render_headline(text: str) -> SafeString:
    """Escape a headline and turn only our own markers into <mark> elements."""
    text = _MARKDOWN_NOISE.sub("", text or "")
    parts = []
    for i, chunk in enumerate(re.split(f"[{MARK_START}{MARK_STOP}]", text)):
        parts.append(f"<mark>{escape(chunk)}</mark>" if i % 2 else escape(chunk))
    return mark_safe("".join(parts))


def search_trigger_sql(table: str, weighted: dict[str, str], title_column: str) -> tuple[str, str]:
    """SQL that creates (and drops) the trigger keeping `table.search_vector` current.

    `weighted` maps a weight (A, B, C, D) to an SQL expression over NEW, e.g.
    {"A": "NEW.title", "B": "NEW.summary"}. `title_column` gets a trigram index
    for spelling suggestions.
    """
    parts = " || ".join(
        f"setweight(to_tsvector(cfg, coalesce({expr}, '')), '{weight}')"
        for weight, expr in weighted.items()
    )
    # Ranking reads a small vector of the A and B texts only: ts_rank over the
    # full (TOASTed) vector of thousands of matches costs ten times more, and
    # body-only matches rank last either way.
    rank_parts = " || ".join(
        f"setweight(to_tsvector(cfg, coalesce({expr}, '')), '{weight}')"
        for weight, expr in weighted.items()
        if weight in "AB"
    )
    func = f"{table}_search_vector_update"
    columns = sorted({"language", *re.findall(r"NEW\.(\w+)", " ".join(weighted.values()))})
    create = f"""
ALTER TABLE {table} ADD COLUMN rank_vector tsvector;
CREATE OR REPLACE FUNCTION {func}() RETURNS trigger AS $$
DECLARE cfg regconfig := CASE WHEN NEW.language = 'cy' THEN 'simple'::regconfig
                              ELSE 'english'::regconfig END;
BEGIN
  NEW.search_vector := {parts};
  NEW.rank_vector := {rank_parts};
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER {table}_search_vector BEFORE INSERT OR UPDATE OF {", ".join(columns)} ON {table}
  FOR EACH ROW EXECUTE FUNCTION {func}();
CREATE INDEX {table}_search_gin ON {table} USING gin (search_vector);
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX {table}_title_trgm ON {table} USING gin ({title_column} gin_trgm_ops);
UPDATE {table} SET language = language;
"""
    drop = f"""
DROP TRIGGER IF EXISTS {table}_search_vector ON {table};
DROP FUNCTION IF EXISTS {func}();
DROP INDEX IF EXISTS {table}_search_gin;
DROP INDEX IF EXISTS {table}_title_trgm;
ALTER TABLE {table} DROP COLUMN IF EXISTS rank_vector;
"""
    return create, drop


def postgres_only_sql(create: str, drop: str):
    """A migration operation that runs SQL on PostgreSQL and nothing elsewhere."""
    from django.db import migrations

    def forward(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(create)

    def backward(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(drop)

    return migrations.RunPython(forward, backward, elidable=False)
