"""Every write on comments, each in one transaction, each through the gate
(sharehub.gate.policy): posting a comment or a reply, editing one within the
window (SHAREHUB_COMMENT_EDIT_MINUTES), and deleting one's own.

    new comment   the gate decides: published at once (trusted author, nothing
                  certain in it) or submitted, waiting for a moderator
    edit          published at once when the gate publishes it; otherwise a
                  published comment goes back to submitted (hidden from others)
                  until a moderator approves the new text
    delete        withdrawn (audited); its replies stay, under "This comment was
                  deleted"

The published signal (sharehub.gate.signals.published) is sent by the gate when a
comment becomes public; `kind.parent_of(comment)` is the innovation, resource or
question, and `comment.reply_to` the comment it answers (None for a top-level one).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sharehub.catalogue.workflow import take_creation_slot
from sharehub.comments.models import BODY_MAX, Comment
from sharehub.core.models import Status
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

# The action does not fit (closed item, edit window over, not theirs); the message says why.
CommentRefused = TransitionRefused
KIND = KINDS["comment"]


def check_body(body: str) -> str:
    """The text as stored: not empty, not too long (the form says so first)."""
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": _("Enter your comment")})
    if len(body) > BODY_MAX:
        raise ValidationError(
            {
                "body": _("Comment must be %(limit)s characters or fewer")
                % {"limit": f"{BODY_MAX:,}"}
            }
        )
    return body


def _is_open(item) -> bool:
    """Comments are taken only on a published item (read again, not trusted from the caller)."""
    return type(item).objects.published().filter(pk=item.pk).exists()


def _gate(author, body: str):
    decision = policy.decide(KIND, author, {"body": body})
    if decision.verdict == policy.Verdict.REFUSE:
        raise CommentRefused(decision.message)
    return decision


@transaction.atomic
def comment_create(
    *,
    item,
    author,
    body: str,
    language: str,
    reply_to: Comment | None = None,
    limited: bool = True,
    restoring: bool = False,
) -> Comment:
    """A comment on a published innovation, resource or question, or (`reply_to`) a
    reply to a published comment on it. A reply to a reply joins the thread of the
    top-level comment: replies are one level deep. `limited=False` skips the hourly
    allowance and `restoring=True` the checks that the item and the comment answered
    are still published: an operator's import (sharehub.transfer) brings back
    comments on items closed or deleted since. The gate reads the text either way."""
    body = check_body(body)
    if reply_to is not None:
        if reply_to.reply_to_id is not None:
            reply_to = Comment.objects.get(pk=reply_to.reply_to_id)
        if reply_to.status != Status.PUBLISHED and not restoring:
            raise CommentRefused(_("You can only reply to a published comment."))
        item = reply_to.item
    if item is None or not (restoring or _is_open(item)):
        raise CommentRefused(_("Only published content takes comments."))
    decision = _gate(author, body)
    if limited:
        take_creation_slot(author)
    comment = Comment(author=author, body=body, language=language, reply_to=reply_to)
    comment.item = item
    set_first_state(comment, decision)
    comment.save()
    record_created(comment, decision, actor=author)
    return comment


def can_edit(comment, user, *, now=None) -> bool:
    """What the page offers: the author's own, still shown, within the window."""
    return (
        user.is_authenticated
        and comment.author_id == user.pk
        and comment.status in (Status.PUBLISHED, Status.SUBMITTED)
        and comment.in_edit_window(now=now)
    )


def can_delete(comment, user) -> bool:
    return (
        user.is_authenticated
        and comment.author_id == user.pk
        and comment.status != Status.WITHDRAWN
    )


@transaction.atomic
def comment_edit(comment: Comment, *, user, body: str) -> Comment:
    """The author changes their comment within SHAREHUB_COMMENT_EDIT_MINUTES of
    posting it. The gate reads the new text: a published comment whose edit the gate
    holds waits for a moderator again, hidden from others until approved."""
    body = check_body(body)
    current = lock(comment, owner=user)
    if current.status not in (Status.PUBLISHED, Status.SUBMITTED) or not _is_open(current.item):
        raise CommentRefused(_("This comment can no longer be changed."))
    if not current.in_edit_window():
        raise CommentRefused(
            _("A comment can only be changed in the first %(minutes)s minutes after it is posted.")
            % {"minutes": settings.SHAREHUB_COMMENT_EDIT_MINUTES}
        )
    if body == current.body.replace("\r\n", "\n"):
        return current
    decision = _gate(current.author, body)
    changes = {"body": body, "edited_at": timezone.now()}
    before = current.status
    if before == Status.PUBLISHED and decision.verdict == policy.Verdict.HOLD:
        certain = sorted({f.kind for f in decision.certain})
        return transition(
            current,
            Action.PROPOSE_EDIT,
            actor=user,
            current=current,
            reason_code=ReasonCode.PERSONAL_DATA if certain else ReasonCode.FIELDS,
            detail={"fields": ["body"], **({"findings": certain} if certain else {})},
            changes=changes,
        )
    for name, value in changes.items():
        setattr(current, name, value)
    current.save(update_fields=["body", "edited_at", "updated_at"])
    record(
        actor=user,
        action=Action.EDIT,
        target=current,
        reason_code=ReasonCode.FIELDS,
        detail={"fields": ["body"]},
        status_before=before,
        status_after=current.status,
    )
    if decision.flagged:
        flag(current, decision)
    return current


@transaction.atomic
def comment_delete(comment: Comment, *, user) -> Comment:
    """The author deletes their comment: withdrawn (audited), shown to nobody; the
    replies to it stay, under "This comment was deleted"."""
    return transition(
        comment,
        Action.WITHDRAW,
        actor=user,
        owner=user,
        refused=lambda current: _("This comment has already been deleted."),
    )
