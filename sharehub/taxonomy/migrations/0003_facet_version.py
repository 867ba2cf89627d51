"""PostgreSQL: a version per table of tagged content, bumped by triggers when
its counts change, so cached facet counts stay exact (see
sharehub.taxonomy.facet_arrays). Nothing on SQLite."""

from django.db import migrations

from sharehub.core.search import postgres_only_sql
from sharehub.taxonomy.facet_arrays import VERSION_SQL


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0002_seed_terms")]
    operations = [postgres_only_sql(*VERSION_SQL)]
