"""PostgreSQL: the triggers that keep cached facet counts exact (see
sharehub.taxonomy.facet_arrays.version_triggers_sql). Nothing on SQLite."""

from django.db import migrations

from sharehub.core.search import postgres_only_sql
from sharehub.taxonomy.facet_arrays import version_triggers_sql


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0006_rendered_markdown_and_text_limits"),
        ("taxonomy", "0003_facet_version"),
    ]
    operations = [
        postgres_only_sql(
            *version_triggers_sql(
                "contacts_contact",
                local_authority_link=(
                    "contacts_contact_local_authorities",
                    "contact_id",
                    "localauthority_id",
                ),
            )
        )
    ]
