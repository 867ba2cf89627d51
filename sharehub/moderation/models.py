"""The audit log, reports and moderators' private notes.

Each points at its target through a content type and an object id (the targets
are innovations, resources, needs and users), with no foreign key on the target:
an audit entry outlives the content it is about, keeping a title snapshot.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sharehub.core.models import max_length


def about(model, target) -> models.QuerySet:
    """`model`'s rows (audit entries, reports, notes, revisions) about `target`."""
    return model.objects.filter(
        target_type=ContentType.objects.get_for_model(target), target_id=target.pk
    )


class Action(models.TextChoices):
    SUBMIT = "submit", _("Submitted")
    PUBLISH = "publish", _("Published at once (trusted author)")
    WITHDRAW = "withdraw", _("Withdrawn by the author")
    EDIT = "edit", _("Edited by the author")
    PROPOSE_EDIT = "propose_edit", _("Edit sent for review")
    APPROVE_EDIT = "approve_edit", _("Edit approved")
    DECLINE_EDIT = "decline_edit", _("Edit not published")
    APPROVE = "approve", _("Approved")
    REQUEST_CHANGES = "request_changes", _("Changes requested")
    REJECT = "reject", _("Rejected")
    HIDE = "hide", _("Hidden")
    UNHIDE = "unhide", _("Unhidden")
    DUPLICATE = "duplicate", _("Marked as a duplicate")
    FEATURE = "feature", _("Featured")
    UNFEATURE = "unfeature", _("No longer featured")
    REPORT = "report", _("Reported")
    AUTO_HIDE = "auto_hide", _("Hidden after reports")
    RESOLVE_RESTORE = "resolve_restore", _("Reports reviewed: restored")
    RESOLVE_KEEP_HIDDEN = "resolve_keep_hidden", _("Reports reviewed: kept hidden")
    RESOLVE_REMOVE = "resolve_remove", _("Reports reviewed: removed")
    MARK_REVIEWED = "mark_reviewed", _("Reports reviewed: no action needed")
    TRUST = "trust", _("Trusted")
    UNTRUST = "untrust", _("Trust removed")
    SUSPEND = "suspend", _("Suspended")
    REINSTATE = "reinstate", _("Reinstated")
    NOTE = "note", _("Note added")
    ADMIN_CHANGE = "admin_change", _("Changed in the admin")


class AuditEntry(models.Model):
    """One thing that happened to a piece of content or an account. Written only by
    sharehub.moderation.audit.record; never edited or deleted by the application."""

    created = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("who"),
    )
    actor_name = models.CharField(_("who (at the time)"), max_length=200)
    action = models.CharField(_("what"), max_length=30, choices=Action.choices)
    target_type = models.ForeignKey(
        ContentType, on_delete=models.PROTECT, related_name="+", verbose_name=_("target type")
    )
    target_id = models.PositiveBigIntegerField(_("target id"))
    target_title = models.CharField(_("target (at the time)"), max_length=200)
    reason = models.TextField(_("why"), blank=True)
    status_before = models.CharField(_("status before"), max_length=20, blank=True)
    status_after = models.CharField(_("status after"), max_length=20, blank=True)

    class Meta:
        ordering = ["-created", "-id"]
        indexes = [models.Index(fields=["target_type", "target_id"])]
        default_permissions = ()
        permissions = [
            ("moderate_content", _("Can moderate content")),
            ("suspend_users", _("Can suspend and reinstate users")),
            ("view_audit_log", _("Can view the audit log")),
        ]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")

    def __str__(self) -> str:
        return f"{self.created:%Y-%m-%d %H:%M} {self.actor_name}: {self.action} {self.target_title}"


# The longest text each field takes (forms and the database both refuse more).
REPORT_MAX = 2000
NOTE_MAX = 4000


class ReportReason(models.TextChoices):
    PERSONAL_DATA = "personal_data", _("It identifies a person who receives care")
    UNSAFE = "unsafe", _("It describes unsafe or inaccurate practice")
    SPAM = "spam", _("It is spam or advertising")
    OFFENSIVE = "offensive", _("It is offensive")
    OTHER = "other", _("Something else")


class Outcome(models.TextChoices):
    RESTORED = "restored", _("We checked it and kept it published")
    KEPT_HIDDEN = "kept_hidden", _("We have hidden it while the author changes it")
    REMOVED = "removed", _("We have removed it")


class Report(models.Model):
    """One person's report about one published item (once per person and item)."""

    created = models.DateTimeField(_("reported"), default=timezone.now)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
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


class Revision(models.Model):
    """An edit to a published item by an author who is not trusted yet. The item
    stays as the public knows it until a moderator approves the edit, which applies
    it (sharehub.catalogue.revisions). One pending revision per item: a further
    edit updates it."""

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
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.PENDING
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        ordering = ["-updated", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["target_type", "target_id"],
                condition=models.Q(state="pending"),
                name="one_pending_revision_per_item",
            )
        ]
        indexes = [models.Index(fields=["target_type", "target_id"])]
        default_permissions = ()
        verbose_name = _("edit waiting for review")
        verbose_name_plural = _("edits waiting for review")

    def __str__(self) -> str:
        return f"{self.target_type.model} {self.target_id}: {', '.join(self.changes)}"
