"""The one writer of the audit log, and its reader in the reader's language."""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sharehub.core.models import Status
from sharehub.core.personal_data import KINDS as FINDING_KINDS
from sharehub.gate.models import AuditEntry, ReasonCode, ReportReason, about


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
    """The entry's reason code and detail, in the active language."""
    detail = entry.detail or {}
    code = entry.reason_code
    n = detail.get("n", 0)
    if code == ReasonCode.APPROVALS:
        return ngettext("%(n)s submission approved", "%(n)s submissions approved", n) % {"n": n}
    if code == ReasonCode.REPORTS:
        return ngettext("%(n)s report", "%(n)s reports", n) % {"n": n}
    parts = []
    if code and code not in (ReasonCode.FIELDS, ReasonCode.FILES):
        label = str(ReasonCode(code).label) if code in ReasonCode.values else code
        kinds = ", ".join(str(FINDING_KINDS.get(k, k)) for k in detail.get("findings", []))
        parts.append(f"{label}: {kinds}" if kinds else label)
    if detail.get("fields"):
        labels = ", ".join(_field_label(entry, name) for name in detail["fields"])
        parts.append(_("Changed: %(fields)s") % {"fields": labels})
    if detail.get("files"):
        parts.append(_("Files: %(files)s") % {"files": ", ".join(detail["files"])})
    if detail.get("merged"):
        parts.append(
            _("Merged “%(name)s” (id %(id)s) into “%(kept)s” (id %(kept_id)s)")
            % {
                "name": detail["merged"].get("name", ""),
                "id": detail["merged"].get("id", ""),
                "kept": detail.get("kept", {}).get("name", ""),
                "kept_id": detail.get("kept", {}).get("id", ""),
            }
        )
    if detail.get("coauthor"):
        parts.append(_("Co-author: %(name)s") % {"name": detail["coauthor"]})
    if detail.get("reason") in ReportReason.values:
        parts.append(str(ReportReason(detail["reason"]).label))
    return "; ".join(parts)


def _field_label(entry: AuditEntry, name: str) -> str:
    model = entry.target_type.model_class()
    try:
        return str(model._meta.get_field(name).verbose_name)
    except Exception:  # a field removed since
        return name
