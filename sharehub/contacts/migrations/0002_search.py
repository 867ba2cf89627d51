"""PostgreSQL full-text search for contacts (see sharehub.core.search)."""

from django.db import migrations

from sharehub.core.search import postgres_only_sql, search_trigger_sql

WEIGHTED = {
    "A": "NEW.name",
    "B": "NEW.organisation || ' ' || NEW.can_help_with",
    "C": "NEW.bio",
}


class Migration(migrations.Migration):
    dependencies = [("contacts", "0001_initial")]
    operations = [postgres_only_sql(*search_trigger_sql("contacts_contact", WEIGHTED, "name"))]
