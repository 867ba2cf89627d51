"""The audit log moves from moderation to the gate, below the content apps. The
table stays (moderation_auditentry); only Django's idea of its app changes, and
its content type (with the moderators' permissions on it) moves along."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def move_content_type(apps, schema_editor, old="moderation", new="gate"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    moved = ContentType.objects.filter(app_label=old, model="auditentry").first()
    if moved is None:
        return
    existing = ContentType.objects.filter(app_label=new, model="auditentry").first()
    if existing is not None:  # made by an earlier post_migrate: keep the old rows' permissions
        Permission.objects.filter(content_type=existing).delete()
        existing.delete()
    moved.app_label = new
    moved.save(update_fields=["app_label"])


def move_back(apps, schema_editor):
    move_content_type(apps, schema_editor, old="gate", new="moderation")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("moderation", "0003_revision"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="AuditEntry",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("created", models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name="when")),
                        ("actor_name", models.CharField(max_length=200, verbose_name="who (at the time)")),
                        ("action", models.CharField(max_length=30, verbose_name="what")),
                        ("target_id", models.PositiveBigIntegerField(verbose_name="target id")),
                        ("target_title", models.CharField(max_length=200, verbose_name="target (at the time)")),
                        ("reason", models.TextField(blank=True, verbose_name="why")),
                        ("status_before", models.CharField(blank=True, max_length=20, verbose_name="status before")),
                        ("status_after", models.CharField(blank=True, max_length=20, verbose_name="status after")),
                        ("actor", models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL, verbose_name="who")),
                        ("target_type", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="+", to="contenttypes.contenttype", verbose_name="target type")),
                    ],
                    options={
                        "verbose_name": "audit entry",
                        "verbose_name_plural": "audit entries",
                        "db_table": "moderation_auditentry",
                        "ordering": ["-created", "-id"],
                        "permissions": [("moderate_content", "Can moderate content"), ("suspend_users", "Can suspend and reinstate users"), ("view_audit_log", "Can view the audit log")],
                        "default_permissions": (),
                        "indexes": [models.Index(fields=["target_type", "target_id"], name="moderation__target__b739e6_idx")],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, move_back),
    ]
