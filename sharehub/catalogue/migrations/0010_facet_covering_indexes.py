"""PostgreSQL: narrow covering indexes of published items for counting facets
(see sharehub.taxonomy.facet_arrays.covering_index_sql). Nothing on SQLite."""

from django.db import migrations

from sharehub.core.search import postgres_only_sql
from sharehub.taxonomy.facet_arrays import covering_index_sql

PLAIN = ("stage_id", "kind_id", "sector_id", "role_id", "job_role_id", "language")


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0009_facet_versions")]
    operations = [
        postgres_only_sql(*covering_index_sql("catalogue_innovation", PLAIN)),
        postgres_only_sql(
            *covering_index_sql(
                "catalogue_resource",
                (
                    "sector_id",
                    "language",
                    "resource_type",
                    "evidence_level",
                    "cost",
                    "time_to_implement",
                ),
            )
        ),
        postgres_only_sql(*covering_index_sql("catalogue_need", ("language",))),
    ]
