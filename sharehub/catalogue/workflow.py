"""The authors' side of the status workflow: what an author does to their
innovation, resource, need or reply. Every status change goes through the one
transition function (sharehub.gate.transitions) and everything written passes
the gate (sharehub.gate.policy) first.

    draft ──submit──▶ submitted ──(a moderator: sharehub.moderation.services)──▶ published
      ▲                   │
      └───── edit ────────┘   editing something that waits for review takes it back to draft
    changes_requested ──submit──▶ submitted
    any status but withdrawn ──withdraw──▶ withdrawn

What a submission becomes is the gate's decision: published at once for a
trusted author with nothing to check, held for a moderator otherwise (always
when it holds something certain, like a valid NHS number). Editing a published
item keeps it published: a trusted author's edit shows at once (and is kept,
with what it replaced, for moderators to see); any other edit, or one that adds
certain personal data, waits for a moderator as a pending revision
(sharehub.catalogue.revisions) while the public keeps the published version.

Accepted co-authors (sharehub.catalogue.coauthors) edit and submit like the
author, and the gate weighs the trust of whoever does it (`writer`); only the
author withdraws.
"""

import copy

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from sharehub.catalogue import revisions
from sharehub.catalogue.models import Need, NeedReply, Revision
from sharehub.catalogue.signals import need_answered
from sharehub.core.models import Status
from sharehub.core.ratelimit import take_slot
from sharehub.core.slugs import unique_slug
from sharehub.core.validators import clean_with_relations
from sharehub.gate import policy
from sharehub.gate.audit import record
from sharehub.gate.kinds import KINDS
from sharehub.gate.models import Action, ReasonCode
from sharehub.gate.transitions import (
    TransitionRefused,
    flag,
    lock,
    record_created,
    set_first_state,
    transition,
)
from sharehub.organisations.services import link as link_organisation

EDITABLE = frozenset({Status.DRAFT, Status.SUBMITTED, Status.CHANGES_REQUESTED, Status.PUBLISHED})
SUBMITTABLE = frozenset({Status.DRAFT, Status.CHANGES_REQUESTED})
WITHDRAWABLE = frozenset(set(Status) - {Status.WITHDRAWN})
# Words the URLs use next to slugs (innovations/new/, innovations/similar/).
RESERVED_SLUGS = frozenset({"new", "similar", "feed"})


# The action does not fit the item's current status; the message says why.
WorkflowError = TransitionRefused


# --- Questions templates and views ask -----------------------------------------


def can_edit(item) -> bool:
    return item.status in EDITABLE


def can_submit(item) -> bool:
    return item.status in SUBMITTABLE


def can_withdraw(item) -> bool:
    return item.status in WITHDRAWABLE


# --- Writes --------------------------------------------------------------------


def writer(current, user):
    """Whose trust the gate weighs for `user`'s edit or submission of the locked row
    `current`: the author as that row reads them now (trust may have changed since
    sign-in), or a co-author, read again now. An untrusted co-author's edit of a
    trusted author's item waits for a moderator, like their own would."""
    if current.author_id == user.pk:
        return current.author
    return get_user_model().objects.get(pk=user.pk)


def take_creation_slot(user) -> None:
    """Count one new piece of content against the user's hourly allowance
    (SHAREHUB_NEW_CONTENT_PER_HOUR)."""
    take_slot(
        "contribute:new",
        user,
        settings.SHAREHUB_NEW_CONTENT_PER_HOUR,
        _(
            "You have added %(limit)s things to ShareHub in the last hour, the most "
            "anyone can. Your work has not been lost: copy it somewhere safe and "
            "try again in an hour."
        ),
    )


def _relation_names(model) -> set[str]:
    return {field.name for field in model._meta.many_to_many}


def apply_values(item, values: dict) -> dict:
    """Set `values` (field name → plain value; terms and related items as model
    instances) on the unsaved `item`, the way a model form does (a file field takes
    an uploaded file, None to keep it or False to clear it). Returns the
    many-to-many values, to set once the item is saved (`save_relations`). A name
    the model does not have is a ValueError: a caller's mistake, not the user's."""
    model = type(item)
    concrete = {field.name: field for field in model._meta.concrete_fields}
    relations = _relation_names(model)
    later = {}
    for name, value in values.items():
        if name in relations:
            later[name] = value
        elif name in concrete:
            concrete[name].save_form_data(item, value)
        else:
            raise ValueError(f"{model.__name__} has no field {name!r}")
    return later


def save_relations(item, relations: dict, *, new: bool = False) -> None:
    """After the item is saved: its many-to-many values, places through set_places.
    A `new` item has none yet: they are added (one insert each, nothing read first)."""
    if new:
        for name, value in relations.items():
            if value:
                getattr(item, name).add(*value)
        return
    places = {
        key: relations.pop(key) for key in ("regions", "local_authorities") if key in relations
    }
    for name, value in relations.items():
        getattr(item, name).set(value)
    if places:
        item.set_places(
            regions=places.get("regions", []),
            local_authorities=places.get("local_authorities", []),
        )


def clean_item(item, relations: dict) -> None:
    """A new item's validation (core.validators.clean_with_relations). A foreign key
    holding a row read from the database needs no query to check it."""
    loaded = [
        field.name
        for field in type(item)._meta.concrete_fields
        if field.many_to_one
        and field.is_cached(item)
        and field.get_cached_value(item) is not None
        and not field.get_cached_value(item)._state.adding
    ]
    clean_with_relations(item, relations, exclude=["slug", *loaded])


@transaction.atomic
def create_draft(model, values: dict, *, author, language: str, slug: str = "", limited=True):
    """Save a new draft of `model` (Innovation, Resource, Need) from plain values
    (a form's cleaned_data; a command's): validated by the model, then saved with
    its many-to-many values. `language` is used when `values` gives none; `slug`
    keeps a given address (an import), otherwise one is made from the title.
    `limited=False` skips the hourly allowance (an operator's import)."""
    if limited:
        take_creation_slot(author)
    item = model()
    relations = apply_values(item, values)
    item.author = author
    item.status = Status.DRAFT
    if not values.get("language"):
        item.language = language
    item.slug = slug or unique_slug(model, item.title, reserved=RESERVED_SLUGS)
    clean_item(item, relations)
    item.save()
    save_relations(item, relations, new=True)
    link_organisation(item)
    return item


@transaction.atomic
def save_changes(item, values: dict, *, user):
    """Apply an edit of the author's `item` (or an accepted co-author's): `values`
    holds the fields being edited (an edit form's fields) as plain values, as
    create_draft takes them; what changed is worked out against the item as it is
    now. Returns the saved item; editing a submitted item takes it back to draft
    (out of the queue until it is sent again). An edit that needs review (the gate's
    decision) is kept as the item's pending revision instead: the returned item is
    unchanged and carries it as `pending_revision` (None when the edit changed
    nothing)."""
    current = lock(item, owner=user, shared=True)
    if not can_edit(current):
        raise WorkflowError(
            _("This can no longer be changed: its status is “%(status)s”.")
            % {"status": current.get_status_display()}
        )
    names = _field_names(current)
    unknown = sorted(name for name in values if name not in names)
    if unknown:
        raise ValueError(f"{type(current).__name__} has no field {unknown[0]!r}")
    edited = copy.copy(current)
    relations = apply_values(edited, values)
    # Only the edited fields are checked, as an edit form checks only its own.
    clean_with_relations(
        edited,
        relations,
        exclude=[f.name for f in edited._meta.fields if f.name not in values],
        validate_unique=False,
        validate_constraints=False,
    )
    changed = revisions.changed_names(values, current)
    decision, pending, carried = None, None, {}
    if current.status == Status.PUBLISHED:
        # The gate reads the item as it would be published: these values and what
        # an earlier pending edit changed through another form, applied below.
        pending = revisions.pending_for(current)
        carried = (
            revisions.carried_over(pending.changes, type(current), values, changed)
            if pending
            else {}
        )
        decision = policy.decide_on(revisions.proposed_item(edited, carried), writer(current, user))
        if decision.verdict == policy.Verdict.REFUSE:
            raise WorkflowError(decision.message)
        if decision.verdict == policy.Verdict.HOLD:
            current.pending_revision = _propose(values, current, user, decision)
            return current
    before = {name: revisions.current_json(current, name) for name in changed}
    item = edited
    item.save(update_fields=[*_concrete_names(item, values), "updated_at"])
    save_relations(item, relations)
    link_organisation(item)
    if current.status == Status.SUBMITTED:
        item = transition(item, Action.EDIT, actor=user, current=item)
    if current.status != Status.PUBLISHED:
        return item
    if pending is not None:
        # The gate let it through (the author is trusted now, and nothing certain is
        # in it): this edit started from the pending one and replaces it; what that
        # changed through another form is applied too.
        before |= {name: revisions.current_json(item, name) for name in carried}
        revisions.apply(item, carried)
        revisions.close(item, pending, Revision.State.WITHDRAWN)
    _record_applied_edit(item, user, before, decision)
    return item


def _concrete_names(item, values: dict) -> list[str]:
    return [
        field.name
        for field in item._meta.concrete_fields
        if field.name in values and not isinstance(field, models.ManyToManyField)
    ]


def _field_names(item) -> set[str]:
    return {field.name for field in item._meta.get_fields()}


def _record_applied_edit(item, user, before: dict, decision) -> None:
    """A trusted author's edit to a published item: who, when, what changed (the
    audit log) and the values it replaced (an applied revision), so moderators can
    see the difference afterwards."""
    after = {name: revisions.current_json(item, name) for name in before}
    changes = {
        name: value for name, value in after.items() if not revisions.same(value, before[name])
    }
    if not changes:
        return
    Revision.objects.create(
        target=item,
        author=user,
        changes=changes,
        before={name: before[name] for name in changes},
        state=Revision.State.APPLIED,
        decided_at=timezone.now(),
    )
    record(
        actor=user,
        action=Action.EDIT,
        target=item,
        reason_code=ReasonCode.FIELDS,
        detail={"fields": sorted(changes)},
        status_before=item.status,
        status_after=item.status,
    )
    if decision is not None and decision.flagged:
        flag(item, decision)


def _propose(values: dict, current, user, decision):
    """Keep an edit of a published item as its one pending revision: the fields these
    values change, plus what an earlier pending edit changed that this edit leaves
    alone (revisions.carried_over)."""
    changes = revisions.proposed_changes(values, current)
    pending = revisions.pending_for(current, lock=True)
    if pending is not None:
        changes = revisions.carried_over(pending.changes, type(current), values, changes) | changes
    if not changes:
        if pending is not None:
            revisions.close(current, pending, Revision.State.WITHDRAWN)
        return None
    revision = pending or Revision(target=current, author=user)
    if pending is not None:
        revisions.discard_files(current, pending.changes, keep=changes)
    revision.changes = changes
    revision.updated = timezone.now()
    revision.save()
    certain = sorted({f.kind for f in decision.certain})
    record(
        actor=user,
        action=Action.PROPOSE_EDIT,
        target=current,
        reason_code=ReasonCode.PERSONAL_DATA if certain else ReasonCode.FIELDS,
        detail={"fields": sorted(changes), **({"findings": certain} if certain else {})},
        status_before=current.status,
        status_after=current.status,
    )
    return revision


def _submit_refused(current) -> str:
    if current.status in (Status.SUBMITTED, Status.PUBLISHED):
        return _("This has already been submitted.")
    return _("This cannot be submitted: its status is “%(status)s”.") % {
        "status": current.get_status_display()
    }


@transaction.atomic
def submit(item, *, user, confirmed_no_personal_data: bool):
    """Send the author's draft (or an item staff asked to change) through the gate,
    recording who confirmed it identifies nobody who receives care, and when."""
    if not confirmed_no_personal_data:
        raise WorkflowError(
            _(
                "Confirm that it does not include anything that could identify a person who receives care."
            )
        )
    current = lock(item, owner=user, shared=True)
    if not can_submit(current):
        raise WorkflowError(_submit_refused(current))
    writer_now = writer(current, user)
    decision = policy.decide_on(current, writer_now)
    if decision.verdict == policy.Verdict.REFUSE:
        raise WorkflowError(decision.message)
    action, code = policy.audit_action(decision, writer_now)
    now = timezone.now()
    current = transition(
        current,
        action,
        actor=user,
        current=current,
        reason_code=code,
        detail={"findings": decision.finding_kinds} if code else None,
        refused=_submit_refused,
        changes={
            "submitted_at": now,
            "personal_data_confirmed_at": now,
            "personal_data_confirmed_by": user,
            **({"published_at": now} if action == Action.PUBLISH else {}),
        },
    )
    if decision.flagged:
        flag(current, decision)
    return current


@transaction.atomic
def withdraw(item, *, user):
    """The author takes their item down, whatever its status. Only they still see it."""
    current = transition(
        item,
        Action.WITHDRAW,
        actor=user,
        owner=user,
        refused=lambda current: _("This has already been withdrawn."),
    )
    pending = revisions.pending_for(current)
    if pending is not None:
        revisions.close(current, pending, Revision.State.WITHDRAWN)
    return current


@transaction.atomic
def mark_answered(need: Need, *, user, answered: bool = True) -> Need:
    """The asker marks their published question answered (or open again)."""
    current = lock(need, owner=user)
    if current.status != Status.PUBLISHED:
        raise WorkflowError(_("Only a published question can be marked answered."))
    newly_answered = answered and current.answered_at is None
    if newly_answered:
        current.answered_at = timezone.now()
    elif not answered:
        current.answered_at = None
    current.save(update_fields=["answered_at", "updated_at"])
    if newly_answered:
        need_answered.send(sender=Need, need=current, actor=user)
    return current


@transaction.atomic
def add_reply(
    *,
    need: Need,
    author,
    body: str,
    innovations=(),
    resources=(),
    language: str | None = None,
    limited: bool = True,
) -> NeedReply:
    """A reply to a published question, through the gate: published at once for a
    trusted author, otherwise it waits for a moderator. `innovations` and
    `resources`: what it points to. `limited=False` skips the hourly allowance."""
    if not Need.objects.published().filter(pk=need.pk).exists():
        raise WorkflowError(_("Only published questions take replies."))
    decision = policy.decide(KINDS["reply"], author, {"body": body})
    if decision.verdict == policy.Verdict.REFUSE:
        raise WorkflowError(decision.message)
    if limited:
        take_creation_slot(author)
    reply = NeedReply(need=need, author=author, body=body)
    reply.language = language or get_language_code()
    clean_item(reply, {})
    set_first_state(reply, decision)
    reply.save()
    save_relations(
        reply, {"innovations": list(innovations), "resources": list(resources)}, new=True
    )
    record_created(reply, decision, actor=author)
    return reply


def get_language_code() -> str:
    language = (get_language() or "en")[:2]
    return language if language in ("en", "cy") else "en"
