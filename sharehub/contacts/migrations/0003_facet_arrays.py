"""PostgreSQL: tag id arrays kept by triggers (see sharehub.taxonomy.facet_arrays)."""

from django.db import migrations

from sharehub.core.search import postgres_only_sql
from sharehub.taxonomy.facet_arrays import facet_arrays_sql

LINKS = {
    "challenge_areas": ("contacts_contact_challenge_areas", "contact_id", "challengearea_id"),
    "regions": ("contacts_contact_regions", "contact_id", "region_id"),
    "local_authorities": ("contacts_contact_local_authorities", "contact_id", "localauthority_id"),
}


class Migration(migrations.Migration):
    dependencies = [("contacts", "0002_search"), ("taxonomy", "0002_seed_terms")]
    operations = [postgres_only_sql(*facet_arrays_sql("contacts_contact", LINKS))]
