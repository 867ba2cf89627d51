"""PostgreSQL: the rows behind each facet version bump, so an index in memory is
updated with what changed instead of rebuilt (see
sharehub.taxonomy.facet_arrays.CHANGES_SQL). Nothing on SQLite."""

from django.db import migrations

from sharehub.core.search import postgres_only_sql
from sharehub.taxonomy.facet_arrays import CHANGES_SQL


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0003_facet_version")]
    operations = [postgres_only_sql(*CHANGES_SQL)]
