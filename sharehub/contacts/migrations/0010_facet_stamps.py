"""PostgreSQL: contacts stamped with the transaction that last wrote them, so the
facet index reads only what changed (see sharehub.taxonomy.facet_arrays.stamp_sql).
Nothing on SQLite."""

from django.db import migrations

from sharehub.core.search import postgres_only_sql
from sharehub.taxonomy.facet_arrays import stamp_sql


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0009_organisation_records"),
        ("taxonomy", "0004_facet_stamps"),
    ]
    operations = [postgres_only_sql(*stamp_sql("contacts_contact"))]
