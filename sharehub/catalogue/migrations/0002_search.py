"""PostgreSQL full-text search: trigger-maintained weighted tsvectors, GIN indexes,
and trigram indexes on titles for spelling suggestions. Nothing on SQLite."""

from django.db import migrations

from sharehub.core.search import postgres_only_sql, search_trigger_sql

TABLES = {
    "catalogue_innovation": {
        "A": "NEW.title",
        "B": "NEW.summary",
        "C": "concat_ws(' ', NEW.body, NEW.what_helped, NEW.what_got_in_the_way, "
        "NEW.outcomes, NEW.organisation)",
    },
    "catalogue_resource": {"A": "NEW.title", "B": "NEW.summary", "C": "NEW.body"},
    "catalogue_need": {"A": "NEW.title", "B": "NEW.body"},
}


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0001_initial")]
    operations = [
        postgres_only_sql(*search_trigger_sql(table, weighted, "title"))
        for table, weighted in TABLES.items()
    ]
