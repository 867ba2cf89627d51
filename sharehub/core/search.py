"""Full-text search shared by every searchable model.

PostgreSQL: a stored tsvector column (`search_vector`) maintained by a trigger
(see `search_trigger_sql`), weighted A/B/C, plus a small `rank_vector` of the
A and B texts used for ranking; built with the `english`
configuration for English rows and `simple` for Welsh rows, with a GIN index.
A query is parsed with websearch_to_tsquery in both configurations and each
row is matched against the one for its own language, so one query finds both.
SQLite (the embedded default) falls back to a case-insensitive contains-match.
"""

import json
import re
from datetime import UTC, datetime, timedelta
from functools import reduce
from operator import or_

from django.conf import settings
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchQueryField,
    SearchVectorField,
)
from django.db import connection, models
from django.db.models import (
    BooleanField,
    Case,
    ExpressionWrapper,
    F,
    FloatField,
    Func,
    Q,
    TextField,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Concat
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

MARK_START = "\x02"
MARK_STOP = "\x03"
DEFAULT_CONFIG = "english"
# Rank only the newest SHAREHUB_MAX_RESULTS matches when more than this many
# times as many are expected (see SearchableQuerySet.best_candidates).
BOUND_ABOVE = 2
EPOCH, MICROSECOND = datetime(1970, 1, 1, tzinfo=UTC), timedelta(microseconds=1)


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def config(welsh: bool) -> str:
    return "simple" if welsh else DEFAULT_CONFIG


def widened_query(q: str, welsh: bool) -> Func:
    """The tsquery for `q` with each word widened to its alternatives
    (sharehub_tsquery: Welsh-aware for Welsh rows, accents folded for others)."""
    return Func(
        Value(welsh), Value(q), function="sharehub_tsquery", output_field=SearchQueryField()
    )


def _matches(query) -> Func:
    return Func(
        F("search_vector"),
        query,
        arg_joiner=" @@ ",
        template="(%(expressions)s)",
        output_field=BooleanField(),
    )


class SearchableQuerySet(models.QuerySet):
    """Models using it declare `search_fields` (the SQLite fallback searches
    these) and `headline_fields` (the text a snippet is cut from).

    On PostgreSQL, ordering a search best first (`order_by("-rank", ...)`)
    ranks a bounded candidate set: the newest SHAREHUB_MAX_RESULTS matches,
    found in published_at order so a common word stops early instead of
    scoring every match (see `best_candidates`). `count()` and any other
    ordering (including none, which counting asks for) see every match again."""

    _search_q = ""
    _unbounded = None  # the full search, when this queryset is its candidates
    _known = None  # with_known_matches: (n) -> (number of matches, the newest n ids)
    _kept_ranks = None  # with_known_matches: (q, ids, compute) -> [(id, rank, time)]

    def _clone(self):
        clone = super()._clone()
        clone._search_q = self._search_q
        clone._unbounded = self._unbounded
        clone._known = self._known
        clone._kept_ranks = self._kept_ranks
        return clone

    def with_known_matches(self, known, kept_ranks=None):
        """Told how to learn, once filtered and searched, how many rows match and
        the newest n of them (newest first), without asking the database:
        `known(n)` returns both (taxonomy.facet_index, in memory).
        `kept_ranks(q, ids, compute)`: the (id, rank, publication time) of
        `ids` for the search `q`, kept from earlier requests where it can, the
        rest from `compute(ids)` (`known_ranks`)."""
        clone = self._chain()
        clone._known = known
        clone._kept_ranks = kept_ranks
        return clone

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
        welsh = Q(language="cy")
        # Each language's query is a constant, so the GIN index serves both.
        matched = self.filter(
            (welsh & _matches(widened_query(q, True)))
            | (~welsh & _matches(widened_query(q, False)))
        ).annotate(rank=self._rank(q))
        matched._search_q = q
        return matched

    def _rank(self, q: str) -> ExpressionWrapper:
        """Every match scores on the widened query; exact words score again, so
        "ffôn" ranks above "ffon" for the query "ffôn" (and below for "ffon").
        The row's language chooses between two sums of constant queries (a
        query chosen per row inside ts_rank_cd costs a quarter more)."""
        table = connection.ops.quote_name(self.model._meta.db_table)
        rank_vector = RawSQL(f"{table}.rank_vector", (), output_field=SearchVectorField())

        def score(welsh: bool):
            exact = SearchQuery(q, config=config(welsh), search_type="websearch")
            return Func(
                rank_vector, widened_query(q, welsh), Value(1), function="ts_rank_cd"
            ) + Func(rank_vector, exact, Value(1), function="ts_rank_cd")

        rank = Case(
            When(Q(language="cy"), then=score(True)),
            default=score(False),
            output_field=FloatField(),
        )
        return ExpressionWrapper(rank, output_field=FloatField())

    def best_candidates(self, matches: int | None = None):
        """The matches to rank. When there are more than BOUND_ABOVE times
        SHAREHUB_MAX_RESULTS matches (known, or as PostgreSQL expects), the
        newest SHAREHUB_MAX_RESULTS (as deep as any page goes), each with its
        rank: scoring every match of a common word means reading tens of
        thousands of rows of a wide table. Fewer matches are all ranked. When
        the matches are known (`with_known_matches`) they are ranked by id;
        otherwise fewer are ranked through the GIN index, and more are found by
        walking the published_at index, which stops after the first
        SHAREHUB_MAX_RESULTS."""
        if not self._search_q or not is_postgres() or self._unbounded is not None:
            return self
        if self._known is not None:
            return self.known_candidates(best_first=True, matches=matches)
        if matches is None:
            matches = self._estimated_matches()  # unless the caller has counted them
        if matches <= BOUND_ABOVE * settings.SHAREHUB_MAX_RESULTS:
            return self  # reading every match through the GIN index is cheaper
        # Fetched first, not nested: in a subquery Django renames the table, and the
        # facet filters (raw SQL naming the table) would then point at the outer
        # row, making the subquery run once per row (minutes at 100,000 items).
        newest = list(
            super()
            .order_by("-published_at", "-pk")
            .values_list("pk", flat=True)[: settings.SHAREHUB_MAX_RESULTS]
        )
        return self._among(newest)

    def known_candidates(self, *, best_first: bool, matches: int | None = None):
        """From the known matches (`with_known_matches`), the rows a page can
        show: best first, those `best_candidates` ranks; newest first, the
        newest SHAREHUB_MAX_RESULTS. Every filter is already in the ids."""
        return self._among(self._candidate_ids(best_first, matches), ranked=best_first)

    def _candidate_ids(self, best_first: bool, matches: int | None) -> list[int]:
        limit = settings.SHAREHUB_MAX_RESULTS
        ceiling = BOUND_ABOVE * limit if best_first and self._search_q else limit
        known, ids = self._known(max(ceiling, limit))
        if (known if matches is None else matches) > ceiling:
            ids = ids[:limit]
        return ids

    def known_ranks(self, *, matches: int | None = None) -> list[tuple[int, float, int]]:
        """The candidates `known_candidates` ranks best first, as (id, rank,
        publication time in microseconds since 1970), unsorted: ranked in the
        database once per id and search, then kept (`with_known_matches`), so
        the same words with other filters or another page rank only what is
        new to them."""
        ids = self._candidate_ids(True, matches)

        def compute(ids: list[int]) -> list[tuple[int, float, int]]:
            return [
                (pk, rank, (published - EPOCH) // MICROSECOND if published else 0)
                # ranked=False: these rows alone (a ranked set's order_by() would
                # be over every match again)
                for pk, rank, published in self._among(ids, ranked=False)
                .order_by()
                .values_list("pk", "rank", "published_at")
            ]

        if self._kept_ranks is None:
            return compute(ids)
        return self._kept_ranks(self._search_q, ids, compute)

    def _among(self, ids: list[int], *, ranked: bool = True):
        """This model's rows with `ids` (one array parameter, not an IN list: a
        thousand ids as separate parameters cost Django tens of milliseconds to
        prepare), with what the rows are fetched with (for_list, the API) and,
        for a search, each one's rank. `ranked`: they are a search's candidates
        to rank, and any other order is over every match again (`order_by`);
        otherwise they are all the rows a newest-first page can show."""
        table = connection.ops.quote_name(self.model._meta.db_table)
        pk = connection.ops.quote_name(self.model._meta.pk.column)
        bounded = self.__class__(model=self.model, using=self._db).filter(
            RawSQL(f"{table}.{pk} = ANY(%s::bigint[])", (ids,), output_field=BooleanField())
        )
        bounded._prefetch_related_lookups = self._prefetch_related_lookups
        bounded.query.deferred_loading = self.query.deferred_loading
        bounded.query.select_related = self.query.select_related
        if self._search_q:
            bounded = bounded.annotate(rank=self._rank(self._search_q))
        bounded._search_q = self._search_q
        bounded._unbounded = self if ranked else None
        return bounded

    def _estimated_matches(self) -> int:
        """PostgreSQL's estimate of the number of matches (planning only)."""
        sql, params = super().order_by().values("pk").query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
            plan = cursor.fetchone()[0]
        plan = json.loads(plan) if isinstance(plan, str) else plan
        return int(plan[0]["Plan"]["Plan Rows"])

    def order_by(self, *fields):
        if self.query.combinator:  # a union of ranked parts is ordered as it is
            return super().order_by(*fields)
        if fields[:1] == ("-rank",):
            return super(SearchableQuerySet, self.best_candidates()).order_by(*fields)
        if self._unbounded is not None:
            # Any other order (or none, as counting asks) is over every match.
            return self._unbounded.order_by(*fields)
        return super().order_by(*fields)

    def count(self) -> int:
        if self._unbounded is not None:
            return self._unbounded.count()
        return super().count()

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
                    then=SearchHeadline(field, widened_query(q, True), config="simple", **options),
                ),
                default=SearchHeadline(
                    field, widened_query(q, False), config=DEFAULT_CONFIG, **options
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


# Welsh-aware matching, in SQL so that bulk inserts get it from the trigger.
# Matching folds diacritics ("ffon" finds "ffôn") in both languages; Welsh rows
# and queries also carry the radical form of mutated initials and the singular
# of a few plural endings. A document keeps its exact words (weight as given)
# and adds the alternatives at the same positions with a lower weight; a query
# lexeme becomes (exact | alternatives). See docs/search.md.
SEARCH_FUNCTIONS_SQL = r"""
CREATE OR REPLACE FUNCTION sharehub_fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
  SELECT translate(lower(t),
    'âêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿçñãõ',
    'aeiouwyaeiouwyaeiouwyaeiouwyycnao')
$f$;

-- The radical (dictionary) forms a Welsh word could be a mutation of.
CREATE OR REPLACE FUNCTION sharehub_cy_radicals(w text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
  SELECT CASE
    -- nasal: ngh < c, mh < p, nh < t, ng < g; aspirate: ch < c, ph < p, th < t
    WHEN w LIKE 'ngh%' THEN ARRAY['c' || substr(w, 4)]
    WHEN w LIKE 'mh%' THEN ARRAY['p' || substr(w, 3)]
    WHEN w LIKE 'nh%' THEN ARRAY['t' || substr(w, 3)]
    WHEN w LIKE 'ng%' THEN ARRAY['g' || substr(w, 3)]
    WHEN w LIKE 'ch%' THEN ARRAY['c' || substr(w, 3)]
    WHEN w LIKE 'ph%' THEN ARRAY['p' || substr(w, 3)]
    WHEN w LIKE 'th%' THEN ARRAY['t' || substr(w, 3)]
    -- soft: dd < d, g < c, b < p, d < t, f < b or m, l < ll or gl, r < rh or gr
    WHEN w LIKE 'dd%' THEN ARRAY['d' || substr(w, 3)]
    WHEN w LIKE 'll%' OR w LIKE 'rh%' OR w LIKE 'ff%' THEN ARRAY[]::text[]
    WHEN w LIKE 'g%' THEN ARRAY['c' || substr(w, 2)]
    WHEN w LIKE 'b%' THEN ARRAY['p' || substr(w, 2)]
    WHEN w LIKE 'd%' THEN ARRAY['t' || substr(w, 2)]
    WHEN w LIKE 'f%' THEN ARRAY['b' || substr(w, 2), 'm' || substr(w, 2)]
    WHEN w LIKE 'l%' THEN ARRAY['ll' || substr(w, 2), 'gl' || substr(w, 2)]
    WHEN w LIKE 'r%' THEN ARRAY['rh' || substr(w, 2), 'gr' || substr(w, 2)]
    -- nasal: m < b, n < d
    WHEN w LIKE 'm%' THEN ARRAY['b' || substr(w, 2)]
    WHEN w LIKE 'n%' THEN ARRAY['d' || substr(w, 2)]
    -- h before a vowel (ei hardal), and soft g < nothing (gwaith > waith)
    WHEN w ~ '^h[aeiouwy]' THEN ARRAY[substr(w, 2)]
    WHEN w ~ '^[aeiouwy]' THEN ARRAY['g' || w]
    ELSE ARRAY[]::text[]
  END
$f$;

-- Singular of the safest plural endings: -au, -iau, -oedd after a stem of 4+
-- letters, and -wyr to -wr (gofalwyr, gofalwr).
CREATE OR REPLACE FUNCTION sharehub_cy_singular(w text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
  SELECT CASE
    WHEN (w LIKE '%au' OR w LIKE '%oedd') AND w ~ '^\w{4,}?(i?au|oedd)$'
      THEN regexp_replace(w, '^(\w{4,}?)(i?au|oedd)$', '\1')
    WHEN w LIKE '%__wyr' THEN left(w, -3) || 'wr'
    ELSE w
  END
$f$;

-- A lexeme's other forms: diacritics folded; for Welsh also its possible
-- radicals and the singular of each. May repeat a form or hold the lexeme.
CREATE OR REPLACE FUNCTION sharehub_variants(lexeme text, welsh boolean) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $f$
DECLARE
  f text := sharehub_fold(lexeme);
  r text[];
BEGIN
  IF NOT welsh THEN
    RETURN ARRAY[f];
  END IF;
  r := sharehub_cy_radicals(f);
  RETURN ARRAY[f, sharehub_cy_singular(f)] || r
    || ARRAY[sharehub_cy_singular(r[1]), sharehub_cy_singular(r[2])];
END $f$;

CREATE OR REPLACE FUNCTION sharehub_config(welsh boolean) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
  SELECT CASE WHEN welsh THEN 'simple'::regconfig ELSE 'english'::regconfig END
$f$;

-- A document's vector: its exact lexemes weighted `w`, plus each lexeme's
-- variants at the same positions, weighted C (for a title) or D.
CREATE OR REPLACE FUNCTION sharehub_tsvector(welsh boolean, doc text, w "char") RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
  SELECT CASE WHEN NOT welsh AND sharehub_fold(doc) = lower(doc) THEN exact
    ELSE (exact::text || ' ' || coalesce((
      SELECT string_agg(
        '''' || replace(replace(form, '\', '\\'), '''', '''''') || ''':'
          || array_to_string(u.positions, alt || ',') || alt,
        ' ')
      FROM unnest(exact) u, unnest(sharehub_variants(u.lexeme, welsh)) form
      WHERE form IS NOT NULL AND form <> u.lexeme AND form <> ''
    ), ''))::tsvector END
  FROM (SELECT setweight(to_tsvector(sharehub_config(welsh), coalesce(doc, '')), w) AS exact,
               CASE WHEN w = 'A' THEN 'C' ELSE 'D' END AS alt) e
$f$;

-- A websearch query with every lexeme widened to (exact | variants).
CREATE OR REPLACE FUNCTION sharehub_tsquery(welsh boolean, q text) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $f$
DECLARE
  exact text := websearch_to_tsquery(sharehub_config(welsh), q)::text;
  lexeme_re text := '''((?:[^'']|'''')*)''';
  parts text[] := regexp_split_to_array(exact, lexeme_re);
  lexemes text[] := ARRAY(SELECT m[1] FROM regexp_matches(exact, lexeme_re, 'g') m);
  result text := parts[1];
  lexeme text;
BEGIN
  FOR i IN 1 .. coalesce(array_length(lexemes, 1), 0) LOOP
    lexeme := replace(lexemes[i], '''''', '''');
    result := result || '(' || (
      SELECT string_agg(DISTINCT quote_literal(form), ' | ')
      FROM unnest(lexeme || sharehub_variants(lexeme, welsh)) form
      WHERE form IS NOT NULL AND form <> ''
    ) || ')' || parts[i + 1];
  END LOOP;
  RETURN result::tsquery;
END $f$;
"""


def search_function_sql(table: str, weighted: dict[str, str]) -> str:
    """The trigger function filling `table`'s search_vector (every field) and
    rank_vector (the A and B fields only)."""

    def vector(weights: str) -> str:
        return " || ".join(
            f"sharehub_tsvector(welsh, {expr}, '{weight}')"
            for weight, expr in weighted.items()
            if weight in weights
        )

    # Ranking reads a small vector of the A and B texts only: ts_rank over the
    # full (TOASTed) vector of thousands of matches costs ten times more, and
    # body-only matches rank last either way.
    return f"""
CREATE OR REPLACE FUNCTION {table}_search_vector_update() RETURNS trigger AS $$
DECLARE welsh boolean := NEW.language = 'cy';
BEGIN
  NEW.search_vector := {vector("ABCD")};
  NEW.rank_vector := {vector("AB")};
  RETURN NEW;
END $$ LANGUAGE plpgsql;
"""


def search_trigger_sql(table: str, weighted: dict[str, str], title_column: str) -> tuple[str, str]:
    """SQL that creates (and drops) the trigger keeping `table.search_vector` current.

    `weighted` maps a weight (A, B, C, D) to an SQL expression over NEW, e.g.
    {"A": "NEW.title", "B": "NEW.summary"}. `title_column` gets a trigram index
    for spelling suggestions.
    """
    func = f"{table}_search_vector_update"
    columns = sorted({"language", *re.findall(r"NEW\.(\w+)", " ".join(weighted.values()))})
    create = f"""
ALTER TABLE {table} ADD COLUMN rank_vector tsvector;
{SEARCH_FUNCTIONS_SQL}
{search_function_sql(table, weighted)}
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


def welsh_search_sql(table: str, weighted: dict[str, str]) -> tuple[str, str]:
    """SQL that brings an existing search trigger up to Welsh-aware matching
    and rebuilds every row's vectors; backwards it leaves the functions (the
    queries of the older code still work against the wider vectors)."""
    create = f"""
{SEARCH_FUNCTIONS_SQL}
{search_function_sql(table, weighted)}
UPDATE {table} SET language = language;
"""
    return create, "SELECT 1"


def postgres_only_sql(create: str, drop: str):
    """A migration operation that runs SQL on PostgreSQL and nothing elsewhere."""
    from django.db import migrations

    def forward(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(create, params=None)

    def backward(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(drop, params=None)

    return migrations.RunPython(forward, backward, elidable=False)
