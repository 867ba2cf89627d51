from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Revision(models.Model):
    """An edit to a published item. An untrusted author's waits (pending): the item
    stays as the public knows it until a moderator approves the edit, which applies
    it (sharehub.catalogue.revisions). One pending revision per item: a further
    edit updates it. A trusted author's edit is applied at once and kept as an
    applied revision with the values it replaced (`before`), so moderators can see
    the difference afterwards."""

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        APPLIED = "applied", _("Approved and published")
        DECLINED = "declined", _("Not published")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    created = models.DateTimeField(_("sent"), default=timezone.now)
    updated = models.DateTimeField(_("last changed"), default=timezone.now)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("author"),
    )
    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    # Field name → the proposed value as JSON: text as it is, a term as its id, terms
    # as a list of ids, a date as ISO 8601, a file as its stored name.
    changes = models.JSONField(_("changes"), default=dict)
    # The published values the changes replaced, in the same form (applied edits).
    before = models.JSONField(_("before"), default=dict, blank=True)
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.PENDING
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        db_table = "moderation_revision"
        ordering = ["-updated", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["target_type", "target_id"],
                condition=models.Q(state="pending"),
                name="one_pending_revision_per_item",
            )
        ]
        indexes = [
            models.Index(fields=["target_type", "target_id"], name="moderation__target__38673f_idx")
        ]
        default_permissions = ()
        verbose_name = _("edit waiting for review")
        verbose_name_plural = _("edits waiting for review")

    def __str__(self) -> str:
        return f"{self.target_type.model} {self.target_id}: {', '.join(self.changes)}"
