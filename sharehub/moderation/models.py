"""Reports and moderators' private notes. Each points at its target through a
content type and an object id. The audit log is sharehub.gate's; edits waiting
for review (Revision) live beside the content they revise, in catalogue."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sharehub.core.models import max_length
from sharehub.core.personal_data import KINDS as FINDING_KINDS
from sharehub.gate.models import ReportReason

__all__ = ["Note", "Outcome", "Report", "ReportReason"]

# The longest text each field takes (forms and the database both refuse more).
REPORT_MAX = 2000
NOTE_MAX = 4000


class Outcome(models.TextChoices):
    RESTORED = "restored", _("We checked it and kept it published")
    KEPT_HIDDEN = "kept_hidden", _("We have hidden it while the author changes it")
    REMOVED = "removed", _("We have removed it")


class Report(models.Model):
    """One person's report about one published item (once per person and item)."""

    created = models.DateTimeField(_("reported"), default=timezone.now)
    # None: ShareHub's own flag (the gate found possible personal data in a trusted
    # author's published text); it never counts towards hiding the item.
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reported by"),
    )
    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    text = models.TextField(_("what is wrong"), max_length=REPORT_MAX)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, blank=True)

    class Meta:
        ordering = ["created", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["target_type", "target_id", "reporter"], name="one_report_per_person"
            ),
            max_length("report", "text", REPORT_MAX),
        ]
        indexes = [models.Index(fields=["target_type", "target_id"])]
        default_permissions = ()
        verbose_name = _("report")

    def __str__(self) -> str:
        return f"{self.get_reason_display()} ({self.target_type.model} {self.target_id})"

    def shown_text(self) -> str:
        """What moderators read: the reporter's words, or for ShareHub's own flag the
        kinds of personal data it found, in the reader's language."""
        if self.reporter_id is not None:
            return self.text
        return ", ".join(str(FINDING_KINDS.get(k.strip(), k)) for k in self.text.split(","))


class Note(models.Model):
    """A private note by a moderator about an item or a user; only moderators see it."""

    created = models.DateTimeField(_("written"), default=timezone.now)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    author_name = models.CharField(max_length=200)
    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.PositiveBigIntegerField()
    text = models.TextField(_("note"), max_length=NOTE_MAX)

    class Meta:
        ordering = ["-created", "-id"]
        indexes = [models.Index(fields=["target_type", "target_id"])]
        constraints = [max_length("note", "text", NOTE_MAX)]
        default_permissions = ()
        verbose_name = _("moderator note")

    def __str__(self) -> str:
        return self.text[:50]
