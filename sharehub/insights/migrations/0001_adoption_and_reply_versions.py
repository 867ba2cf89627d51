"""PostgreSQL: versions for the adoptions and replies tables, bumped by triggers in the
transaction that publishes, hides or changes a published one (as the content tables'
are, sharehub.taxonomy.facet_arrays.version_triggers_sql). The insights page keys its
cached figures by these and the content tables' versions. Nothing on SQLite."""

from django.db import migrations

from sharehub.core.search import postgres_only_sql
from sharehub.taxonomy.facet_arrays import version_triggers_sql


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0012_adoption_details"),
        ("taxonomy", "0003_facet_version"),
    ]
    operations = [
        postgres_only_sql(*version_triggers_sql("catalogue_adoption")),
        postgres_only_sql(*version_triggers_sql("catalogue_needreply")),
    ]
