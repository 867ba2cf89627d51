"""Every status change, in one table and one function.

    TABLE: action → the states it may start from, the state it leads to, whether
    the author is told, whether its reason becomes the author's message.

`transition` locks the row (SELECT … FOR UPDATE), checks the current state
against the table, sets the new one, saves, writes the audit entry and queues
the author's e-mail in the same transaction (the e-mail is a task row: a
rolled-back change sends nothing). Authors' actions (sharehub.catalogue.workflow),
moderators' (sharehub.moderation.services), the gate's own (holding, hiding after
reports) and the Django admin all call it; nothing else sets a status.

A second request that finds the row already moved on (a double click, two
moderators at once) gets TransitionRefused with who did what first.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from sharehub.core.mail import queue_email
from sharehub.core.models import Status, owned_by
from sharehub.gate import policy
from sharehub.gate.audit import entries_for, record
from sharehub.gate.kinds import kind_of
from sharehub.gate.models import Action, ReasonCode
from sharehub.gate.signals import flagged, published

S = Status
ANY = frozenset(Status.values)


class TransitionRefused(Exception):
    """The action does not fit the item's current state; the message says why."""


@dataclass(frozen=True)
class Rule:
    source: frozenset
    target: str | None  # None: the status stays (featuring, the admin's own choice)
    notify: bool = False  # e-mail the author
    message: bool = False  # the reason becomes what the author is told on the item


def _rule(source, target, **options) -> Rule:
    return Rule(frozenset(source), target, **options)


TABLE: dict[str, Rule] = {
    # Authors (and the gate deciding what their submission becomes)
    Action.SUBMIT: _rule({S.DRAFT, S.CHANGES_REQUESTED}, S.SUBMITTED),
    Action.HOLD: _rule({S.DRAFT, S.CHANGES_REQUESTED, S.PUBLISHED}, S.SUBMITTED),
    Action.PUBLISH: _rule({S.DRAFT, S.CHANGES_REQUESTED}, S.PUBLISHED),
    Action.EDIT: _rule({S.SUBMITTED}, S.DRAFT),  # out of the queue until sent again
    # An edit the gate holds, on content without pending revisions (a comment): hidden
    # until a moderator approves it.
    Action.PROPOSE_EDIT: _rule({S.PUBLISHED}, S.SUBMITTED),
    Action.WITHDRAW: _rule(ANY - {S.WITHDRAWN}, S.WITHDRAWN),
    # Moderators
    Action.APPROVE: _rule({S.SUBMITTED}, S.PUBLISHED, notify=True, message=True),
    Action.REQUEST_CHANGES: _rule({S.SUBMITTED}, S.CHANGES_REQUESTED, notify=True, message=True),
    Action.REJECT: _rule({S.SUBMITTED}, S.REJECTED, notify=True, message=True),
    Action.HIDE: _rule({S.PUBLISHED}, S.HIDDEN, notify=True, message=True),
    Action.UNHIDE: _rule({S.HIDDEN}, S.PUBLISHED, notify=True, message=True),
    Action.DUPLICATE: _rule({S.SUBMITTED, S.PUBLISHED}, S.HIDDEN, notify=True, message=True),
    Action.FEATURE: _rule({S.PUBLISHED}, None),
    Action.UNFEATURE: _rule({S.PUBLISHED}, None),
    Action.RESOLVE_RESTORE: _rule({S.PUBLISHED, S.HIDDEN}, S.PUBLISHED, notify=True, message=True),
    Action.RESOLVE_KEEP_HIDDEN: _rule({S.PUBLISHED, S.HIDDEN}, S.HIDDEN, notify=True, message=True),
    Action.RESOLVE_REMOVE: _rule({S.PUBLISHED, S.HIDDEN}, S.REJECTED, notify=True, message=True),
    # ShareHub itself
    Action.AUTO_HIDE: _rule({S.PUBLISHED}, S.HIDDEN),
    # Staff in the Django admin choose the status themselves
    Action.ADMIN_CHANGE: _rule(ANY, None),
}


def already_handled(item) -> TransitionRefused:
    latest = entries_for(item).exclude(action__in=(Action.NOTE, Action.REPORT)).first()
    status = item.get_status_display()
    if latest is None:
        return TransitionRefused(
            _("This was already handled: its status is now “%(status)s”.") % {"status": status}
        )
    return TransitionRefused(
        _("This was already handled by %(name)s (%(action)s): its status is now “%(status)s”.")
        % {"name": latest.actor_name, "action": latest.get_action_display(), "status": status}
    )


def lock(item, *, owner=None, shared: bool = False):
    """The item's row, locked; with `owner`, only if they own it, or (`shared`) if
    they co-author it (sharehub.core.models.owned_by: editing and submitting are
    shared with accepted co-authors, withdrawing is not)."""
    kind = kind_of(item)
    rows = type(item).objects.select_for_update(of=("self",))
    if owner is not None:
        rows = rows.filter(owned_by(type(item), owner, owner_field=kind.owner_field, shared=shared))
    if kind.owner_field != "pk":
        rows = rows.select_related(kind.owner_field)
    try:
        return rows.get(pk=item.pk)
    except type(item).DoesNotExist:
        raise TransitionRefused(_("You can only change things you added.")) from None


def transition(
    item,
    action: str,
    *,
    actor,
    reason: str = "",
    reason_code: str = "",
    detail: dict | None = None,
    owner=None,
    to: str | None = None,
    changes: dict | None = None,
    refused=None,
    current=None,
    notify: bool = True,
):
    """Apply `action` to `item` (see TABLE); returns the saved, locked row.

    `owner`: only the owner may do it (authors' actions). `to`: the target state
    where the table leaves it open (the admin). `changes`: other fields set with
    it. `refused(current)`: the message when the state does not fit (by default,
    who handled it first). `current`: the row, already locked by the caller.
    `notify=False`: the author is not e-mailed (their account is being suspended)."""
    rule = TABLE[action]
    if current is None:
        current = lock(item, owner=owner)
    if current.status not in rule.source:
        raise TransitionRefused(refused(current)) if refused else already_handled(current)
    before = current.status
    target = to or rule.target or before
    fields = {"status"}
    first = getattr(current, "published_at", None) is None
    if target == S.PUBLISHED and before != S.PUBLISHED:
        current.mark_published(at=timezone.now())
        fields.add("published_at")
    else:
        current.status = target
    if rule.message and hasattr(current, "moderator_message"):
        current.moderator_message = reason
        fields.add("moderator_message")
    for name, value in (changes or {}).items():
        setattr(current, name, value)
        fields.add(name)
    if hasattr(current, "updated_at"):
        fields.add("updated_at")
    current.save(update_fields=sorted(fields))
    record(
        actor=actor,
        action=action,
        target=current,
        reason=reason,
        reason_code=reason_code,
        detail=detail,
        status_before=before,
        status_after=current.status,
    )
    if notify and rule.notify and before != current.status:
        notify_author(current, action=action, message=reason)
    if action == Action.APPROVE and kind_of(current).earns_trust:
        count_approval(author_of(current))
    if current.status == S.PUBLISHED and before != S.PUBLISHED:
        published.send(sender=type(current), item=current, first=first)
    return current


def author_of(item):
    return kind_of(item).owner_of(item)


def count_approval(author) -> None:
    """The trust rule: reaching SHAREHUB_TRUST_AFTER approvals makes an author trusted.
    Only the approval that reaches the threshold grants it, so trust a moderator
    removed later is not granted back by the next approval."""
    if author is None:
        return
    model = type(author)
    model.objects.filter(pk=author.pk).update(approved_count=F("approved_count") + 1)
    author.refresh_from_db(fields=["approved_count", "trusted"])
    if author.approved_count == settings.SHAREHUB_TRUST_AFTER and not author.trusted:
        model.objects.filter(pk=author.pk).update(trusted=True)
        author.trusted = True
        record(
            actor=None,
            action=Action.TRUST,
            target=author,
            reason_code=ReasonCode.APPROVALS,
            detail={"n": author.approved_count},
        )


def _absolute(name: str) -> str:
    return settings.SITE_URL + reverse(name)


def language_of(user, fallback: str = "") -> str:
    """The language ShareHub writes to `user` in: their choice, else `fallback` (the
    item's), else English."""
    return getattr(user, "language", "") or fallback or "en"


def notify_author(item, *, action: str, message: str = "") -> None:
    """E-mail the author about a decision on their item, in their language (the
    item's when they have not chosen one)."""
    author = author_of(item)
    if author is None or not author.email:
        return
    with translation.override(language_of(author, getattr(item, "language", ""))):
        context = {
            "item": item,
            "name": author.display_name or "",
            "action": action,
            "message": message,
            "url": settings.SITE_URL + item.get_absolute_url(),
            "contributions_url": _absolute("catalogue:contributions"),
            "guidelines_url": _absolute("moderation:guidelines"),
        }
        subject = render_to_string("emails/moderation_decision_subject.txt", context).strip()
        body = render_to_string("emails/moderation_decision.txt", context)
    queue_email(subject=subject, body=body, to=[author.email])


def set_first_state(item, decision) -> None:
    """New content's first state, as the gate decided (before it is saved): published,
    or waiting for a moderator. Every later change goes through `transition`."""
    if decision.verdict == policy.Verdict.PUBLISH:
        item.mark_published()
    else:
        item.status = Status.SUBMITTED


def record_created(item, decision, *, actor) -> None:
    """After new content is saved: the audit entry for its first state, and the flag
    when it was published with possible personal data."""
    action, code = policy.audit_action(decision, actor)
    record(
        actor=actor,
        action=action,
        target=item,
        reason_code=code,
        detail={"findings": decision.finding_kinds} if code else None,
        status_after=item.status,
    )
    if decision.flagged:
        flag(item, decision)
    if getattr(item, "status", None) == Status.PUBLISHED:
        published.send(sender=type(item), item=item, first=True)


def flag(item, decision) -> None:
    """Published with possible personal data (a trusted author's): audited, and
    moderators are asked to look (sharehub.gate.signals.flagged)."""
    kinds = decision.finding_kinds
    record(
        actor=None,
        action=Action.FLAG,
        target=item,
        reason_code=ReasonCode.PERSONAL_DATA,
        detail={"findings": kinds},
        status_before=item.status,
        status_after=item.status,
    )
    flagged.send(sender=type(item), item=item, findings=kinds)


# What an import may set with a status: the times and the moderators' message the
# exported row had (whichever of them the model has).
RESTORED_FIELDS = (
    "published_at",
    "submitted_at",
    "personal_data_confirmed_at",
    "moderator_message",
    "answered_at",
    "featured",
    "personal_data_confirmed_by",
)


def restore(item, *, status: str, values: dict, created_at, updated_at, actor) -> None:
    """The import's one way to set a status (sharehub.transfer): the row takes the
    status, times and moderators' message it had where it was exported, exactly,
    whatever the table above says, since that history happened elsewhere. Nobody is
    e-mailed and no `published` signal is sent (followers were told on the other
    site); the audit log records it as the import's change. `created_at` and
    `updated_at` are written last, as they were (no auto_now)."""
    if status not in Status.values:
        raise ValueError(f"unknown status {status!r}")
    before = item.status
    fields = {"status"}
    item.status = status
    for name, value in values.items():
        if name not in RESTORED_FIELDS:
            raise ValueError(f"an import does not set {name!r}")
        setattr(item, name, value)
        fields.add(name)
    # A save with the status (not a queryset update): receivers that follow
    # status changes (an innovation's adoption count) see it.
    item.save(update_fields=sorted(fields))
    record(
        actor=actor,
        action=Action.ADMIN_CHANGE,
        target=item,
        reason_code="",
        detail={"import": True},
        status_before=before,
        status_after=status,
    )
    type(item).objects.filter(pk=item.pk).update(created_at=created_at, updated_at=updated_at)
    item.created_at, item.updated_at = created_at, updated_at
