"""The audit log. An entry points at its target through a content type and an
object id, with no foreign key: it outlives the content it is about, keeping a
title snapshot. It stores codes, never sentences: pages render them in the
reader's language (sharehub.gate.audit.describe)."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def about(model, target) -> models.QuerySet:
    """`model`'s rows (audit entries, reports, notes, revisions) about `target`."""
    return model.objects.filter(
        target_type=ContentType.objects.get_for_model(target), target_id=target.pk
    )


class Action(models.TextChoices):
    SUBMIT = "submit", _("Submitted")
    PUBLISH = "publish", _("Published at once (trusted author)")
    HOLD = "hold", _("Held for review: possible personal data")
    FLAG = "flag", _("Published, flagged for a personal-data check")
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
    COAUTHOR_REMOVE = "coauthor_remove", _("Co-author removed")
    COAUTHOR_LEAVE = "coauthor_leave", _("Co-author left")
    ADMIN_CHANGE = "admin_change", _("Changed in the admin")
    MERGE = "merge", _("Duplicate organisation merged in")


class ReasonCode(models.TextChoices):
    """Why ShareHub (rather than a person's own words) did something."""

    NONE = "", _("No reason given")
    APPROVALS = "approvals", _("Enough submissions approved")
    REPORTS = "reports", _("Enough reports")
    PERSONAL_DATA = "personal_data", _("Possible personal data found")
    PERSONAL_DATA_RELEASED = "personal_data_released", _("Released after a personal-data check")
    FIELDS = "fields", _("Fields changed")
    FILES = "files", _("Files added")
    ADMIN = "admin", _("Changed in the admin")
    ADMIN_PUBLISH = "admin_publish", _("Published in the admin")


class ReportReason(models.TextChoices):
    PERSONAL_DATA = "personal_data", _("It identifies a person who receives care")
    UNSAFE = "unsafe", _("It describes unsafe or inaccurate practice")
    SPAM = "spam", _("It is spam or advertising")
    OFFENSIVE = "offensive", _("It is offensive")
    OTHER = "other", _("Something else")


class AuditEntry(models.Model):
    """One thing that happened to a piece of content or an account. Written only by
    sharehub.gate.audit.record; never edited or deleted by the application."""

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
    # A person's own words (a moderator's reason, a reporter's text): never a sentence
    # ShareHub wrote, which would be stuck in the language of whoever acted.
    reason = models.TextField(_("why"), blank=True)
    reason_code = models.CharField(
        _("reason code"), max_length=30, choices=ReasonCode.choices, blank=True, default=""
    )
    # Values that go with the codes: counts, field names, finding kinds, file names.
    detail = models.JSONField(_("detail"), default=dict, blank=True)
    status_before = models.CharField(_("status before"), max_length=20, blank=True)
    status_after = models.CharField(_("status after"), max_length=20, blank=True)

    class Meta:
        db_table = "moderation_auditentry"
        ordering = ["-created", "-id"]
        indexes = [
            models.Index(fields=["target_type", "target_id"], name="moderation__target__b739e6_idx")
        ]
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

    # Read in the reader's language, from the stored codes.
    def status_change(self) -> str:
        from sharehub.gate.audit import status_label

        if (
            not (self.status_before and self.status_after)
            or self.status_before == self.status_after
        ):
            return ""
        return f"{status_label(self.status_before)} → {status_label(self.status_after)}"

    def explanation(self) -> str:
        from sharehub.gate.audit import describe

        return describe(self)
