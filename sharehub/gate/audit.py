"""The one writer of the audit log, and its reader in the reader's language."""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sharehub.core.models import Status
from sharehub.core.personal_data import KINDS as FINDING_KINDS
from sharehub.gate.models import AuditEntry, ReasonCode, about


def _name(user) -> str:
    if user is None:
        return "ShareHub"
    return (user.display_name or user.email or user.get_username())[:200]


def record(
    *,
    actor,
    action: str,
    target,
    reason: str = "",
    reason_code: str = "",
    detail: dict | None = None,
    status_before: str = "",
    status_after: str = "",
) -> AuditEntry:
    """Write one audit entry about `target` (an item or a user). `actor` is the
    person who acted, or None for ShareHub itself (e.g. hiding after reports).
    `reason` holds only a person's own words; what ShareHub says goes in
    `reason_code` and `detail`, rendered in each reader's language."""
    if reason_code not in ReasonCode.values:
        raise ValueError(f"unknown reason code {reason_code!r}")
    return AuditEntry.objects.create(
        actor=actor,
        actor_name=_name(actor),
        action=action,
        target_type=ContentType.objects.get_for_model(target),
        target_id=target.pk,
        target_title=str(target)[:200],
        reason=reason,
        reason_code=reason_code,
        detail=detail or {},
        status_before=status_before or "",
        status_after=status_after or "",
    )


def entries_for(target):
    return about(AuditEntry, target)


def status_label(value: str) -> str:
    return str(Status(value).label) if value in Status.values else value


def describe(entry: AuditEntry) -> str:
    """The entry's reason code and detail as a sentence in the active language."""
    detail = entry.detail or {}
    code = entry.reason_code
    if code == ReasonCode.APPROVALS:
        n = detail.get("n", 0)
        return ngettext("%(n)s submission approved", "%(n)s submissions approved", n) % {"n": n}
    if code == ReasonCode.REPORTS:
        n = detail.get("n", 0)
        return ngettext("%(n)s report", "%(n)s reports", n) % {"n": n}
    if code in (ReasonCode.PERSONAL_DATA, ReasonCode.PERSONAL_DATA_RELEASED):
        kinds = ", ".join(str(FINDING_KINDS.get(k, k)) for k in detail.get("findings", []))
        label = str(ReasonCode(code).label)
        return f"{label}: {kinds}" if kinds else label
    if code == ReasonCode.FIELDS:
        return _("Changed: %(fields)s") % {"fields": ", ".join(detail.get("labels", []))}
    if code == ReasonCode.FILES:
        return _("Files: %(files)s") % {"files": ", ".join(detail.get("files", []))}
    if code in ReasonCode.values and code:
        return str(ReasonCode(code).label)
    return ""
