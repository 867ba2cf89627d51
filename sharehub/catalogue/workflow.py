"""The authors' side of the status workflow: the only place where something an
author does changes the status of an innovation, resource or need.

    draft ──submit──▶ submitted ──(a moderator: sharehub.moderation.services)──▶ published
      ▲                   │
      └───── edit ────────┘   editing something that waits for review takes it back to draft
    changes_requested ──submit──▶ submitted
    any status but withdrawn ──withdraw──▶ withdrawn

Editing a published item keeps it published. A trusted author's edit shows at
once; anyone else's waits for a moderator as a pending revision
(sharehub.catalogue.revisions) while the public keeps seeing the published version.

Moderation plugs in here: `decide_on_submission` chooses what a submission
becomes (a trusted author's post is published at once) and `decide_on_edit` what
an edit does to the status. Every status change an author makes is written to the
audit log (sharehub.moderation.audit.record).

Every transition locks the row (SELECT … FOR UPDATE) and re-reads its status
inside one transaction, so a double click or a second tab cannot apply one
twice: the second attempt finds the new status and raises WorkflowError.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sharehub.catalogue import revisions
from sharehub.catalogue.models import Need, NeedReply
from sharehub.core.models import Status
from sharehub.core.slugs import unique_slug
from sharehub.moderation.audit import record
from sharehub.moderation.models import Action, Revision

EDITABLE = frozenset({Status.DRAFT, Status.SUBMITTED, Status.CHANGES_REQUESTED, Status.PUBLISHED})
SUBMITTABLE = frozenset({Status.DRAFT, Status.CHANGES_REQUESTED})
WITHDRAWABLE = frozenset(set(Status) - {Status.WITHDRAWN})
# Words the URLs use next to slugs (innovations/new/, innovations/similar/).
RESERVED_SLUGS = frozenset({"new", "similar"})


class WorkflowError(Exception):
    """The action does not fit the item's current status; the message says why."""


class RateLimited(Exception):
    """The author has added as much as the hourly limit allows."""


# --- The two decisions moderation will take over ------------------------------


def decide_on_submission(item) -> Status:
    """What a submitted item becomes: published at once for a trusted author (the
    trust rule: SHAREHUB_TRUST_AFTER approvals, or a moderator's grant), otherwise
    it waits in the moderation queue."""
    if item.author is not None and item.author.trusted:
        return Status.PUBLISHED
    return Status.SUBMITTED


def decide_on_edit(item, status: Status) -> Status:
    """The status an item in `status` has after its author edits it."""
    if status == Status.SUBMITTED:
        return Status.DRAFT  # out of the queue until it is submitted again
    return status  # drafts stay drafts; published items stay published


def edit_needs_review(item, status: Status) -> bool:
    """An edit to a published item waits for a moderator unless its author is trusted."""
    return status == Status.PUBLISHED and not (item.author is not None and item.author.trusted)


# --- Questions templates and views ask -----------------------------------------


def can_edit(item) -> bool:
    return item.status in EDITABLE


def can_submit(item) -> bool:
    return item.status in SUBMITTABLE


def can_withdraw(item) -> bool:
    return item.status in WITHDRAWABLE


# --- Writes --------------------------------------------------------------------


def take_creation_slot(user) -> None:
    """Count one new piece of content against the user's hourly allowance
    (SHAREHUB_NEW_CONTENT_PER_HOUR), in the cache every web process shares."""
    limit = settings.SHAREHUB_NEW_CONTENT_PER_HOUR
    key = f"contribute:new:{user.pk}:{int(time.time() // 3600)}"
    cache.add(key, 0, 3600)
    try:
        used = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, 3600)
        used = 1
    if used > limit:
        raise RateLimited(
            _(
                "You have added %(limit)s things to ShareHub in the last hour, the most "
                "anyone can. Your work has not been lost: copy it somewhere safe and "
                "try again in an hour."
            )
            % {"limit": limit}
        )


def _locked(item, user):
    """The item's row, locked, if `user` is its author."""
    try:
        return type(item).objects.select_for_update().get(pk=item.pk, author=user)
    except type(item).DoesNotExist:
        raise WorkflowError(_("You can only change things you added.")) from None


def _model_fields(form) -> list[str]:
    return [
        field.name
        for field in form.instance._meta.concrete_fields
        if field.name in form.fields and not isinstance(field, models.ManyToManyField)
    ]


@transaction.atomic
def create_draft(form, *, author, language: str):
    """Save a new draft from a valid contribution form."""
    take_creation_slot(author)
    item = form.save(commit=False)
    item.author = author
    item.status = Status.DRAFT
    if "language" not in form.fields:
        item.language = language
    item.slug = unique_slug(type(item), item.title, reserved=RESERVED_SLUGS)
    item.save()
    form.save_related(item)
    return item


@transaction.atomic
def save_changes(form, *, user):
    """Apply a valid edit form to the author's item. Returns the saved item; its
    status may have changed (see decide_on_edit). An edit that needs review is kept
    as the item's pending revision instead: the returned item is unchanged and
    carries it as `pending_revision` (None when the edit changed nothing)."""
    current = _locked(form.instance, user)
    if not can_edit(current):
        raise WorkflowError(
            _("This can no longer be changed: its status is “%(status)s”.")
            % {"status": current.get_status_display()}
        )
    if edit_needs_review(current, Status(current.status)):
        current.pending_revision = _propose(form, current, user)
        return current
    item = form.save(commit=False)
    item.status = decide_on_edit(item, Status(current.status))
    item.save(update_fields=[*_model_fields(form), "status", "updated_at"])
    form.save_related(item)
    pending = revisions.pending_for(current) if current.status == Status.PUBLISHED else None
    if pending is not None:
        # Trusted since it was sent: this edit started from the pending one and
        # replaces it; what it changed through another form is applied too.
        revisions.apply(item, revisions.carried_over(pending.changes, form, form.changed_data))
        revisions.close(item, pending, Revision.State.WITHDRAWN)
    if item.status != current.status:
        record(
            actor=user,
            action=Action.EDIT,
            target=item,
            status_before=current.status,
            status_after=item.status,
        )
    return item


def _propose(form, current, user):
    """Keep an edit of a published item as its one pending revision: the fields this
    form changes, plus what an earlier pending edit changed that this form leaves
    alone (revisions.carried_over)."""
    changes = revisions.proposed_changes(form, current)
    pending = revisions.pending_for(current, lock=True)
    if pending is not None:
        changes = revisions.carried_over(pending.changes, form, changes) | changes
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
    record(
        actor=user,
        action=Action.PROPOSE_EDIT,
        target=current,
        reason=", ".join(changes),
        status_before=current.status,
        status_after=current.status,
    )
    return revision


@transaction.atomic
def submit(item, *, user, confirmed_no_personal_data: bool):
    """Send the author's draft (or an item staff asked to change) for publication,
    recording who confirmed it identifies nobody who receives care, and when."""
    if not confirmed_no_personal_data:
        raise WorkflowError(
            _(
                "Confirm that it does not include anything that could identify a person who receives care."
            )
        )
    current = _locked(item, user)
    if not can_submit(current):
        raise WorkflowError(
            _("This has already been submitted.")
            if current.status in (Status.SUBMITTED, Status.PUBLISHED)
            else _("This cannot be submitted: its status is “%(status)s”.")
            % {"status": current.get_status_display()}
        )
    now = timezone.now()
    before = current.status
    current.submitted_at = now
    current.personal_data_confirmed_at = now
    current.personal_data_confirmed_by = user
    decision = decide_on_submission(current)
    if decision == Status.PUBLISHED:
        current.mark_published(at=now)
    else:
        current.status = decision
    current.save(
        update_fields=[
            "status",
            "published_at",
            "submitted_at",
            "personal_data_confirmed_at",
            "personal_data_confirmed_by",
            "updated_at",
        ]
    )
    record(
        actor=user,
        action=Action.PUBLISH if current.status == Status.PUBLISHED else Action.SUBMIT,
        target=current,
        status_before=before,
        status_after=current.status,
    )
    return current


@transaction.atomic
def withdraw(item, *, user):
    """The author takes their item down, whatever its status. Only they still see it."""
    current = _locked(item, user)
    if not can_withdraw(current):
        raise WorkflowError(_("This has already been withdrawn."))
    before = current.status
    current.status = Status.WITHDRAWN
    current.save(update_fields=["status", "updated_at"])
    pending = revisions.pending_for(current)
    if pending is not None:
        revisions.close(current, pending, Revision.State.WITHDRAWN)
    record(
        actor=user,
        action=Action.WITHDRAW,
        target=current,
        status_before=before,
        status_after=current.status,
    )
    return current


@transaction.atomic
def mark_answered(need: Need, *, user, answered: bool = True) -> Need:
    """The asker marks their published question answered (or open again)."""
    current = _locked(need, user)
    if current.status != Status.PUBLISHED:
        raise WorkflowError(_("Only a published question can be marked answered."))
    if answered and current.answered_at is None:
        current.answered_at = timezone.now()
    elif not answered:
        current.answered_at = None
    current.save(update_fields=["answered_at", "updated_at"])
    return current


@transaction.atomic
def add_reply(form, *, need: Need, author) -> NeedReply:
    """A reply to a published question, from a valid reply form."""
    if not Need.objects.published().filter(pk=need.pk).exists():
        raise WorkflowError(_("Only published questions take replies."))
    take_creation_slot(author)
    reply = form.save(commit=False)
    reply.need = need
    reply.author = author
    reply.save()
    form.save_related(reply)
    return reply
