"""The audit log now belongs to sharehub.gate and Revision to catalogue (their
tables stay); reports may come from ShareHub itself (no reporter)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0003_revision"),
        ("gate", "0001_initial"),
        ("catalogue", "0007_revision_and_gated_replies"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="AuditEntry"),
                migrations.DeleteModel(name="Revision"),
            ],
            database_operations=[],
        ),
        migrations.AlterField(
            model_name="report",
            name="reporter",
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name="+", to=settings.AUTH_USER_MODEL, verbose_name="reported by"),
        ),
    ]
