"""PostgreSQL fast path for filtering and counting by the shared tags.

Every table of tagged content (`Tagged`) gets three bigint[] columns, kept by
database triggers on its link tables, invisible to the ORM:

  facet_challenge_areas    ids of its challenge areas
  facet_local_authorities  ids of its local authorities
  facet_regions            ids of every region it is in: chosen, or holding a
                           chosen local authority

with GIN indexes. Filters become `facet_regions && ARRAY[...]` (a bitmap index
scan) and facet counts an `unnest` over the filtered rows, instead of joins
to link tables of several hundred thousand rows. SQLite keeps the portable
EXISTS/JOIN path in taxonomy.filters.

Counts are made in memory by the facet index (taxonomy.facet_index). It stays
exact: each table has a version in `taxonomy_facetversion`, bumped by triggers
(`version_triggers_sql`) in the very transaction that publishes, hides,
withdraws, deletes, edits or re-tags published content, or moves a local
authority to another region; an index is used only while its version is the
current one. Pages cached under a table's version (`table_versions`) rely on
the same triggers.
"""

from django.db import connection
from django.db.models import BooleanField, Field
from django.db.models.expressions import RawSQL

from sharehub.core.search import is_postgres

# model field name -> array column
COLUMNS = {
    "challenge_areas": "facet_challenge_areas",
    "local_authorities": "facet_local_authorities",
    "regions": "facet_regions",
}


class BigIntArray(Field):
    """Output type for the raw array columns (read only, never a model field)."""

    def db_type(self, connection):
        return "bigint[]"


def uses_facet_arrays(model) -> bool:
    from sharehub.taxonomy.models import Tagged

    return is_postgres() and issubclass(model, Tagged)


def column(model, field_name: str) -> str:
    qn = connection.ops.quote_name
    return f"{qn(model._meta.db_table)}.{COLUMNS[field_name]}"


def overlaps(model, field_name: str, ids: list[int]) -> RawSQL:
    """A boolean expression: the item has any of `ids` in the array."""
    return RawSQL(
        f"{column(model, field_name)} && %s::bigint[]", (list(ids),), output_field=BooleanField()
    )


def array(model, field_name: str) -> RawSQL:
    return RawSQL(column(model, field_name), (), output_field=BigIntArray())


def linked_ids(model, field_name: str) -> RawSQL:
    """The ids a many-to-many field links the row to, as an array read from its
    link table (plain SQL: cheaper to build than a subquery expression)."""
    qn = connection.ops.quote_name
    field = model._meta.get_field(field_name)
    links = qn(field.remote_field.through._meta.db_table)
    sql = (
        f"ARRAY(SELECT {links}.{qn(field.m2m_reverse_name())} FROM {links}"
        f" WHERE {links}.{qn(field.m2m_column_name())}"
        f" = {qn(model._meta.db_table)}.{qn(model._meta.pk.column)})"
    )
    return RawSQL(sql, (), output_field=BigIntArray())


def facet_arrays_sql(table: str, links: dict[str, tuple[str, str, str]]) -> tuple[str, str]:
    """SQL to add the arrays to `table`, keep them by triggers, index and fill them.

    `links` maps "challenge_areas", "regions" and "local_authorities" to
    (link table, column pointing at `table`, column pointing at the term).
    """
    ca_table, ca_src, ca_dst = links["challenge_areas"]
    rg_table, rg_src, rg_dst = links["regions"]
    la_table, la_src, la_dst = links["local_authorities"]
    refresh = f"{table}_refresh_facets"
    create = [
        *(
            f"ALTER TABLE {table} ADD COLUMN {col} bigint[] NOT NULL DEFAULT '{{}}';"
            for col in COLUMNS.values()
        ),
        f"""
CREATE FUNCTION {refresh}(ids bigint[]) RETURNS void AS $$
  UPDATE {table} t SET
    facet_challenge_areas = ARRAY(
      SELECT x.{ca_dst} FROM {ca_table} x WHERE x.{ca_src} = t.id ORDER BY 1),
    facet_local_authorities = ARRAY(
      SELECT x.{la_dst} FROM {la_table} x WHERE x.{la_src} = t.id ORDER BY 1),
    facet_regions = ARRAY(
      SELECT x.{rg_dst} FROM {rg_table} x WHERE x.{rg_src} = t.id
      UNION
      SELECT la.region_id FROM {la_table} x
        JOIN taxonomy_localauthority la ON la.id = x.{la_dst} WHERE x.{la_src} = t.id
      ORDER BY 1)
  WHERE t.id = ANY(ids);
$$ LANGUAGE sql;""",
    ]
    drop = []
    for link_table, src in ((ca_table, ca_src), (rg_table, rg_src), (la_table, la_src)):
        for event, rows in (("INSERT", "NEW"), ("DELETE", "OLD")):
            name = f"{link_table}_facets_{event.lower()}"
            create.append(
                f"""
CREATE FUNCTION {name}() RETURNS trigger AS $$
BEGIN
  PERFORM {refresh}(ARRAY(SELECT DISTINCT {src} FROM changed_rows));
  RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER {name} AFTER {event} ON {link_table}
  REFERENCING {rows} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION {name}();"""
            )
            drop.append(
                f"DROP TRIGGER IF EXISTS {name} ON {link_table}; DROP FUNCTION IF EXISTS {name}();"
            )
    create += [
        *(f"CREATE INDEX {table}_{col} ON {table} USING gin ({col});" for col in COLUMNS.values()),
        f"SELECT {refresh}(ARRAY(SELECT id FROM {table}));",
    ]
    drop += [
        f"DROP FUNCTION IF EXISTS {refresh}(bigint[]);",
        *(f"ALTER TABLE {table} DROP COLUMN IF EXISTS {col};" for col in COLUMNS.values()),
    ]
    return "\n".join(create), "\n".join(drop)


def covering_index_sql(table: str, columns: tuple[str, ...]) -> tuple[str, str]:
    """A narrow index of the published rows, newest first, holding the tag
    arrays and the plain facet `columns`: counting and filtering read it alone
    (an index-only scan) instead of the wide table."""
    name = f"{table}_facets_published"
    include = ", ".join([*COLUMNS.values(), *columns])
    return (
        f"CREATE INDEX {name} ON {table} (published_at DESC, id DESC) "
        f"INCLUDE ({include}) WHERE status = 'published';",
        f"DROP INDEX IF EXISTS {name};",
    )


# --- table versions, bumped by the database (facet index, kept pages) -----------

VERSION_TABLE = "taxonomy_facetversion"
WHOLE = ":whole"  # + a table: a change no row's stamp shows (a delete, a link table)


def _changed_functions_sql(*, whole: bool) -> str:
    """The trigger functions for rows inserted or deleted (bump the table if any
    was published) and for a link table without facet arrays (a resource's
    roles) or a truncate (bump the content table). With `whole`, a delete and a
    link table also bump "<table>:whole": no row's stamp shows them."""
    on_delete = on_link = ""
    if whole:
        on_delete = (
            "IF TG_OP = 'DELETE' THEN "
            f"PERFORM sharehub_bump_facets(TG_TABLE_NAME::text || '{WHOLE}'); END IF;"
        )
        on_link = (
            f"PERFORM sharehub_bump_facets(COALESCE(TG_ARGV[0], TG_TABLE_NAME::text) || '{WHOLE}');"
        )
    return f"""
CREATE OR REPLACE FUNCTION sharehub_facets_rows_changed() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM changed_rows WHERE status = 'published') THEN
    PERFORM sharehub_bump_facets(TG_TABLE_NAME::text);
    {on_delete}
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE OR REPLACE FUNCTION sharehub_facets_links_changed() RETURNS trigger AS $$
BEGIN
  PERFORM sharehub_bump_facets(COALESCE(TG_ARGV[0], TG_TABLE_NAME::text));
  {on_link}
  RETURN NULL;
END $$ LANGUAGE plpgsql;
"""


def _update_trigger_sql(table: str, ignore: tuple[str, ...]) -> str:
    """The statement trigger that bumps `table`'s version when a row that is or
    was published changed in a column other than `ignore`."""
    args = ", ".join(f"'{column}'" for column in ignore)
    return f"""
CREATE TRIGGER {table}_facets_update AFTER UPDATE ON {table}
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION sharehub_facets_rows_updated({args});"""


VERSION_SQL = (
    f"""
CREATE TABLE {VERSION_TABLE} (name varchar(63) PRIMARY KEY, version bigint NOT NULL);
-- versions come from a sequence, which a rollback does not rewind: a number seen
-- inside a transaction that rolled back is never reused for other data
CREATE SEQUENCE {VERSION_TABLE}_seq;
CREATE FUNCTION sharehub_bump_facets(text) RETURNS void AS $$
  INSERT INTO {VERSION_TABLE} AS v (name, version)
  VALUES ($1, nextval('{VERSION_TABLE}_seq'))
  ON CONFLICT (name) DO UPDATE SET version = nextval('{VERSION_TABLE}_seq');
$$ LANGUAGE sql;
-- content rows updated: bump if a row that is or was published changed in any
-- column but those named as the trigger's arguments (counters that change no count)
CREATE FUNCTION sharehub_facets_rows_updated() RETURNS trigger AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.status = 'published' OR n.status = 'published')
      AND to_jsonb(o) - COALESCE(TG_ARGV, '{{}}') IS DISTINCT FROM
          to_jsonb(n) - COALESCE(TG_ARGV, '{{}}')
  ) THEN
    PERFORM sharehub_bump_facets(TG_TABLE_NAME::text);
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
"""
    + _changed_functions_sql(whole=False),
    f"""
DROP FUNCTION IF EXISTS sharehub_facets_links_changed();
DROP FUNCTION IF EXISTS sharehub_facets_rows_updated();
DROP FUNCTION IF EXISTS sharehub_facets_rows_changed();
DROP FUNCTION IF EXISTS sharehub_bump_facets(text);
DROP TABLE IF EXISTS {VERSION_TABLE};
DROP SEQUENCE IF EXISTS {VERSION_TABLE}_seq;
""",
)


# --- row stamps: what changed since an index was read -------------------------

STAMP_COLUMN = "facets_xid"

STAMP_SQL = (
    """
-- each row carries the transaction that last wrote it
CREATE FUNCTION sharehub_facets_stamp() RETURNS trigger AS $$
BEGIN
  NEW.facets_xid := pg_current_xact_id();
  RETURN NEW;
END $$ LANGUAGE plpgsql;
"""
    + _changed_functions_sql(whole=True),
    _changed_functions_sql(whole=False) + "DROP FUNCTION IF EXISTS sharehub_facets_stamp();",
)


def stamp_sql(table: str, *, ignore: tuple[str, ...] = ()) -> tuple[str, str]:
    """SQL that stamps each row of `table` with the transaction that last wrote
    it (STAMP_COLUMN, indexed), so an index can read only the rows written since
    the oldest transaction running when it was read (taxonomy.facet_index). The
    update trigger of `version_triggers_sql` is made to ignore the stamp, as it
    ignores `ignore` (the columns it was created with)."""
    replace = f"DROP TRIGGER {table}_facets_update ON {table};"
    create = f"""
ALTER TABLE {table} ADD COLUMN {STAMP_COLUMN} xid8;
CREATE INDEX {table}_{STAMP_COLUMN} ON {table} ({STAMP_COLUMN});
CREATE TRIGGER {table}_facets_stamp BEFORE INSERT OR UPDATE ON {table}
  FOR EACH ROW EXECUTE FUNCTION sharehub_facets_stamp();
{replace}""" + _update_trigger_sql(table, (*ignore, STAMP_COLUMN))
    drop = f"""
DROP TRIGGER IF EXISTS {table}_facets_stamp ON {table};
ALTER TABLE {table} DROP COLUMN IF EXISTS {STAMP_COLUMN};
{replace}""" + _update_trigger_sql(table, ignore)
    return create, drop


def version_triggers_sql(
    table: str,
    *,
    ignore: tuple[str, ...] = (),
    links: tuple[str, ...] = (),
    local_authority_link: tuple[str, str, str] | None = None,
) -> tuple[str, str]:
    """SQL for the triggers that bump `table`'s version (see VERSION_SQL).

    `ignore`: columns whose change alters no count (useful_count). `links`:
    link tables of facets without arrays. `local_authority_link`: (link table,
    column to `table`, column to the local authority): when a local authority
    moves to another region, the region arrays of the items it tags are
    refreshed, which bumps the version.
    """
    create = [
        f"""
CREATE TRIGGER {table}_facets_insert AFTER INSERT ON {table}
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT
  EXECUTE FUNCTION sharehub_facets_rows_changed();
CREATE TRIGGER {table}_facets_delete AFTER DELETE ON {table}
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT
  EXECUTE FUNCTION sharehub_facets_rows_changed();"""
        + _update_trigger_sql(table, ignore)
        + f"""
CREATE TRIGGER {table}_facets_truncate AFTER TRUNCATE ON {table}
  FOR EACH STATEMENT EXECUTE FUNCTION sharehub_facets_links_changed();"""
    ]
    drop = [
        f"DROP TRIGGER IF EXISTS {table}_facets_{event} ON {table};"
        for event in ("insert", "delete", "update", "truncate")
    ]
    for link in links:
        create.append(
            f"""
CREATE TRIGGER {link}_version AFTER INSERT OR DELETE OR UPDATE ON {link}
  FOR EACH STATEMENT EXECUTE FUNCTION sharehub_facets_links_changed('{table}');"""
        )
        drop.append(f"DROP TRIGGER IF EXISTS {link}_version ON {link};")
    if local_authority_link:
        link, src, dst = local_authority_link
        name = f"{table}_la_moved"
        create.append(
            f"""
CREATE FUNCTION {name}() RETURNS trigger AS $$
BEGIN
  PERFORM {table}_refresh_facets(ARRAY(
    SELECT DISTINCT x.{src} FROM {link} x
      JOIN new_rows n ON n.id = x.{dst} JOIN old_rows o ON o.id = n.id
    WHERE o.region_id IS DISTINCT FROM n.region_id));
  RETURN NULL;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER {name} AFTER UPDATE ON taxonomy_localauthority
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION {name}();"""
        )
        drop.append(
            f"DROP TRIGGER IF EXISTS {name} ON taxonomy_localauthority; "
            f"DROP FUNCTION IF EXISTS {name}();"
        )
    return "\n".join(create), "\n".join(reversed(drop))


def whole_published(model, queryset) -> bool:
    """`queryset` is exactly `model.objects.published()`, on PostgreSQL: the
    public view of a whole table, which the facet index holds. Compared by
    their conditions, joins and annotations (compiling both to SQL would
    cost a millisecond a request)."""
    if not uses_facet_arrays(model):
        return False
    mine, published = queryset.query, model.objects.published().query
    return (
        mine.where == published.where
        and list(mine.alias_map) == list(published.alias_map)
        and not mine.annotations
        and not mine.distinct
        and not mine.combinator
        and not mine.is_sliced
    )


def table_versions(*tables: str) -> str | None:
    """The versions of `tables` (VERSION_TABLE), read in one query, as one string
    for a cache key; None where there are none (SQLite): cache nothing then."""
    if not is_postgres():
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT name, version FROM {VERSION_TABLE} WHERE name = ANY(%s)", [list(tables)]
        )
        found = dict(cursor.fetchall())
    return ".".join(str(found.get(table, 0)) for table in tables)
