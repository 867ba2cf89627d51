"""PostgreSQL: the function that stamps rows of tagged content with the transaction
that last wrote them, and "<table>:whole" versions for changes no stamp shows (see
sharehub.taxonomy.facet_arrays.STAMP_SQL). Nothing on SQLite."""

from django.db import migrations

from sharehub.core.search import postgres_only_sql
from sharehub.taxonomy.facet_arrays import STAMP_SQL


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0003_facet_version")]
    operations = [postgres_only_sql(*STAMP_SQL)]
