"""A person's profile organisation (free text, kept as written) becomes their
membership of the organisation record it names."""

from django.db import migrations

from sharehub.organisations import backfill


def forwards(apps, schema_editor):
    backfill.profile_memberships(apps)


def backwards(apps, schema_editor):
    apps.get_model("organisations", "Membership").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0001_initial"),
        ("accounts", "0005_text_limits"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
