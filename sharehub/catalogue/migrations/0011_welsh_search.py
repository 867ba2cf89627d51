"""Welsh-aware full-text matching (diacritics folded, mutations and a few
plurals mapped to the dictionary form); rebuilds every row's vectors."""

from importlib import import_module

from django.db import migrations

from sharehub.core.search import postgres_only_sql, welsh_search_sql

TABLES = import_module("sharehub.catalogue.migrations.0002_search").TABLES


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0010_facet_covering_indexes")]
    operations = [
        postgres_only_sql(*welsh_search_sql(table, weighted)) for table, weighted in TABLES.items()
    ]
