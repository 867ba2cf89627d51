"""PostgreSQL: tag id arrays kept by triggers, for fast filters and facet counts
(see sharehub.taxonomy.facet_arrays). Nothing on SQLite."""

from django.db import migrations

from sharehub.core.search import postgres_only_sql
from sharehub.taxonomy.facet_arrays import facet_arrays_sql


def links(model: str) -> dict[str, tuple[str, str, str]]:
    return {
        "challenge_areas": (f"catalogue_{model}_challenge_areas", f"{model}_id", "challengearea_id"),
        "regions": (f"catalogue_{model}_regions", f"{model}_id", "region_id"),
        "local_authorities": (
            f"catalogue_{model}_local_authorities",
            f"{model}_id",
            "localauthority_id",
        ),
    }


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0002_search"), ("taxonomy", "0002_seed_terms")]
    operations = [
        postgres_only_sql(*facet_arrays_sql(f"catalogue_{model}", links(model)))
        for model in ("innovation", "resource", "need")
    ]
