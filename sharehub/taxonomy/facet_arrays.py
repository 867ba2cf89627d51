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
