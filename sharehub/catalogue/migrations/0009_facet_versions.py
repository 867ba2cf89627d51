"""PostgreSQL: the triggers that keep cached facet counts exact (see
sharehub.taxonomy.facet_arrays.version_triggers_sql). Nothing on SQLite."""

from django.db import migrations

from sharehub.core.search import postgres_only_sql
from sharehub.taxonomy.facet_arrays import version_triggers_sql


def triggers(model: str, **kwargs):
    return postgres_only_sql(
        *version_triggers_sql(
            f"catalogue_{model}",
            local_authority_link=(
                f"catalogue_{model}_local_authorities",
                f"{model}_id",
                "localauthority_id",
            ),
            **kwargs,
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0008_rendered_markdown_and_text_limits"),
        ("taxonomy", "0003_facet_version"),
    ]
    operations = [
        triggers("innovation", ignore=("useful_count", "adoption_count")),
        triggers("resource", links=("catalogue_resource_roles", "catalogue_resource_job_roles")),
        triggers("need"),
    ]
