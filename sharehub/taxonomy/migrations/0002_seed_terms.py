"""Seed the taxonomy with the slugs of DESIGN.md and bilingual names."""

from django.db import migrations

from sharehub.taxonomy import data

FIELDS = ("name_en", "name_cy", "description_en", "description_cy")
SIMPLE = {
    "ChallengeArea": data.CHALLENGE_AREAS,
    "Role": data.ROLES,
    "JobRole": data.JOB_ROLES,
    "OrganisationType": data.ORGANISATION_TYPES,
    "Stage": data.STAGES,
    "Kind": data.KINDS,
    "Sector": data.SECTORS,
    "InnovationProfile": data.INNOVATION_PROFILES,
}


def _values(entry, position):
    values = {field: entry.get(field, "") for field in FIELDS}
    values["position"] = position
    return values


def seed(apps, schema_editor):
    for model_name, entries in SIMPLE.items():
        model = apps.get_model("taxonomy", model_name)
        for position, entry in enumerate(entries):
            model.objects.update_or_create(slug=entry["slug"], defaults=_values(entry, position))
    Region = apps.get_model("taxonomy", "Region")
    LocalAuthority = apps.get_model("taxonomy", "LocalAuthority")
    la_position = 0
    for position, entry in enumerate(data.REGIONS):
        region, _ = Region.objects.update_or_create(
            slug=entry["slug"], defaults=_values(entry, position)
        )
        for la in entry["local_authorities"]:
            LocalAuthority.objects.update_or_create(
                slug=la["slug"], defaults={**_values(la, la_position), "region": region}
            )
            la_position += 1


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
