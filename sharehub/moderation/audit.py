"""The one writer of the audit log."""

from django.contrib.contenttypes.models import ContentType

from sharehub.moderation.models import AuditEntry, about


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
    status_before: str = "",
    status_after: str = "",
) -> AuditEntry:
    """Write one audit entry about `target` (an item or a user). `actor` is the
    person who acted, or None for ShareHub itself (e.g. hiding after reports)."""
    return AuditEntry.objects.create(
        actor=actor,
        actor_name=_name(actor),
        action=action,
        target_type=ContentType.objects.get_for_model(target),
        target_id=target.pk,
        target_title=str(target)[:200],
        reason=reason,
        status_before=status_before or "",
        status_after=status_after or "",
    )


def entries_for(target):
    return about(AuditEntry, target)
