"""Edits waiting for review (Revision) move beside the content they revise: the
table stays (moderation_revision). Replies get a status, so they pass the gate
like posts: every reply already there stays published."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def move_content_type(apps, schema_editor, old="moderation", new="catalogue"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    moved = ContentType.objects.filter(app_label=old, model="revision").first()
    if moved is None:
        return
    ContentType.objects.filter(app_label=new, model="revision").delete()
    moved.app_label = new
    moved.save(update_fields=["app_label"])


def move_back(apps, schema_editor):
    move_content_type(apps, schema_editor, old="catalogue", new="moderation")


def held_replies_cannot_go_back(apps, schema_editor):
    """Before this migration every reply was public: one that waits for a moderator
    (or was rejected) cannot be kept without publishing it, so it goes."""
    NeedReply = apps.get_model("catalogue", "NeedReply")
    NeedReply.objects.exclude(status="published").delete()


def replies_published_when_written(apps, schema_editor):
    NeedReply = apps.get_model("catalogue", "NeedReply")
    NeedReply.objects.filter(published_at__isnull=True).update(published_at=models.F("created_at"))


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0006_moderation"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("moderation", "0003_revision"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Revision",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("created", models.DateTimeField(default=django.utils.timezone.now, verbose_name="sent")),
                        ("updated", models.DateTimeField(default=django.utils.timezone.now, verbose_name="last changed")),
                        ("target_id", models.PositiveBigIntegerField()),
                        ("changes", models.JSONField(default=dict, verbose_name="changes")),
                        ("state", models.CharField(choices=[("pending", "Waiting for review"), ("applied", "Approved and published"), ("declined", "Not published"), ("withdrawn", "Withdrawn")], default="pending", max_length=20, verbose_name="state")),
                        ("decided_at", models.DateTimeField(blank=True, null=True, verbose_name="decided")),
                        ("reason", models.TextField(blank=True, verbose_name="reason")),
                        ("author", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to=settings.AUTH_USER_MODEL, verbose_name="author")),
                        ("decided_by", models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL)),
                        ("target_type", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="contenttypes.contenttype")),
                    ],
                    options={
                        "verbose_name": "edit waiting for review",
                        "verbose_name_plural": "edits waiting for review",
                        "db_table": "moderation_revision",
                        "ordering": ["-updated", "-id"],
                        "default_permissions": (),
                        "indexes": [models.Index(fields=["target_type", "target_id"], name="moderation__target__38673f_idx")],
                        "constraints": [models.UniqueConstraint(condition=models.Q(("state", "pending")), fields=("target_type", "target_id"), name="one_pending_revision_per_item")],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, move_back),
        migrations.AddField(
            model_name="revision",
            name="before",
            field=models.JSONField(blank=True, default=dict, verbose_name="before"),
        ),
        migrations.AddField(
            model_name="needreply",
            name="language",
            field=models.CharField(choices=[("en", "English"), ("cy", "Welsh")], default="en", max_length=2, verbose_name="language"),
        ),
        migrations.AddField(
            model_name="needreply",
            name="published_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="published"),
        ),
        migrations.AddField(
            model_name="needreply",
            name="status",
            field=models.CharField(choices=[("draft", "Draft"), ("submitted", "Submitted"), ("published", "Published"), ("changes_requested", "Changes requested"), ("rejected", "Rejected"), ("withdrawn", "Withdrawn"), ("hidden", "Hidden")], default="published", max_length=20, verbose_name="status"),
        ),
        migrations.AlterField(
            model_name="needreply",
            name="status",
            field=models.CharField(choices=[("draft", "Draft"), ("submitted", "Submitted"), ("published", "Published"), ("changes_requested", "Changes requested"), ("rejected", "Rejected"), ("withdrawn", "Withdrawn"), ("hidden", "Hidden")], default="submitted", max_length=20, verbose_name="status"),
        ),
        migrations.AddField(
            model_name="needreply",
            name="moderator_message",
            field=models.TextField(blank=True, editable=False, verbose_name="message from the moderators"),
        ),
        migrations.RunPython(replies_published_when_written, held_replies_cannot_go_back),
    ]
