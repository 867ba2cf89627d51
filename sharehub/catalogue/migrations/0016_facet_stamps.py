"""PostgreSQL: innovations, resources and questions stamped with the transaction
that last wrote them, so the facet index reads only what changed (see
sharehub.taxonomy.facet_arrays.stamp_sql). Nothing on SQLite."""

from django.db import migrations

from sharehub.core.search import postgres_only_sql
from sharehub.taxonomy.facet_arrays import stamp_sql


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0015_coauthor_address"),
        ("taxonomy", "0004_facet_stamps"),
    ]
    operations = [
        # the columns each update trigger already ignores (0009_facet_versions)
        postgres_only_sql(
            *stamp_sql("catalogue_innovation", ignore=("useful_count", "adoption_count"))
        ),
        postgres_only_sql(*stamp_sql("catalogue_resource")),
        postgres_only_sql(*stamp_sql("catalogue_need")),
    ]
