"""Welsh-aware full-text matching for contacts (see sharehub.core.search)."""

from importlib import import_module

from django.db import migrations

from sharehub.core.search import postgres_only_sql, welsh_search_sql

WEIGHTED = import_module("sharehub.contacts.migrations.0002_search").WEIGHTED


class Migration(migrations.Migration):
    dependencies = [("contacts", "0007_facet_versions")]
    operations = [postgres_only_sql(*welsh_search_sql("contacts_contact", WEIGHTED))]
