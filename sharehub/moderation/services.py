"""Every moderator action: one home for each write, each in one transaction.

Each action locks the item's row (SELECT … FOR UPDATE) and checks its status
before changing it, so two moderators acting on one item at once cannot both
succeed: the second waits for the first to commit, finds the new status and is
told who already handled it (AlreadyHandled). Every action writes an audit entry;
decisions the author must know about are e-mailed to them in their own language.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from sharehub.accounts.models import User
from sharehub.attachments.models import Attachment
from sharehub.attachments.services import pending_files, remove_attachment
from sharehub.catalogue import revisions
from sharehub.catalogue.models import Innovation, Need, Resource
from sharehub.core.mail import queue_email
from sharehub.core.models import Status
from sharehub.moderation.audit import entries_for, record
from sharehub.moderation.models import Action, Note, Outcome, Report, Revision, about

# The kinds of content moderators look after, by the name the URLs use.
KINDS = {"innovation": Innovation, "resource": Resource, "need": Need}
REVIEWABLE = frozenset({Status.SUBMITTED})
PUBLISHED = frozenset({Status.PUBLISHED})


class AlreadyHandled(Exception):
    """Someone else acted on the item first; the message says who and what."""


def kind_of(item) -> str:
    return item._meta.model_name


def _already_handled(item) -> AlreadyHandled:
    latest = entries_for(item).exclude(action=Action.NOTE).first()
    status = item.get_status_display()
    if latest is None:
        return AlreadyHandled(
            _("This was already handled: its status is now “%(status)s”.") % {"status": status}
        )
    return AlreadyHandled(
        _("This was already handled by %(name)s (%(action)s): its status is now “%(status)s”.")
        % {"name": latest.actor_name, "action": latest.get_action_display(), "status": status}
    )


def _locked(item, expected: frozenset):
    current = (
        type(item).objects.select_for_update(of=("self",)).select_related("author").get(pk=item.pk)
    )
    if current.status not in expected:
        raise _already_handled(current)
    return current


def _required(text: str, message: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError(message)
    return text


def _language_of(user, fallback: str) -> str:
    return getattr(user, "language", "") or fallback


def notify_author(item, *, action: str, message: str = "") -> None:
    """E-mail the author about a decision on their item, in their language (the
    item's when they have not chosen one)."""
    author = item.author
    if author is None or not author.email:
        return
    with translation.override(_language_of(author, item.language)):
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


def _absolute(name: str) -> str:
    return settings.SITE_URL + reverse(name)


def _transition(item, *, moderator, action, expected, to, reason="", message=None):
    current = _locked(item, expected)
    before = current.status
    fields = ["status", "updated_at"]
    if to == Status.PUBLISHED:
        current.mark_published(at=timezone.now())
        fields.append("published_at")
    else:
        current.status = to
    if message is not None:
        current.moderator_message = message
        fields.append("moderator_message")
    current.save(update_fields=fields)
    record(
        actor=moderator,
        action=action,
        target=current,
        reason=reason,
        status_before=before,
        status_after=current.status,
    )
    return current


def _count_approval(author) -> None:
    """The trust rule: reaching SHAREHUB_TRUST_AFTER approvals makes an author trusted.
    Only the approval that reaches the threshold grants it, so trust a moderator
    removed later is not granted back by the next approval."""
    if author is None:
        return
    User.objects.filter(pk=author.pk).update(approved_count=F("approved_count") + 1)
    author.refresh_from_db(fields=["approved_count", "trusted"])
    if author.approved_count == settings.SHAREHUB_TRUST_AFTER and not author.trusted:
        User.objects.filter(pk=author.pk).update(trusted=True)
        record(
            actor=None,
            action=Action.TRUST,
            target=author,
            reason=_("%(n)s submissions approved") % {"n": author.approved_count},
        )


@transaction.atomic
def decision_approve(item, *, moderator):
    current = _transition(
        item,
        moderator=moderator,
        action=Action.APPROVE,
        expected=REVIEWABLE,
        to=Status.PUBLISHED,
        message="",
    )
    _count_approval(current.author)
    notify_author(current, action=Action.APPROVE)
    return current


@transaction.atomic
def decision_request_changes(item, *, moderator, message: str):
    message = _required(message, _("Tell the author what to change."))
    current = _transition(
        item,
        moderator=moderator,
        action=Action.REQUEST_CHANGES,
        expected=REVIEWABLE,
        to=Status.CHANGES_REQUESTED,
        reason=message,
        message=message,
    )
    notify_author(current, action=Action.REQUEST_CHANGES, message=message)
    return current


@transaction.atomic
def decision_reject(item, *, moderator, reason: str):
    reason = _required(reason, _("Give the reason it cannot be published."))
    current = _transition(
        item,
        moderator=moderator,
        action=Action.REJECT,
        expected=REVIEWABLE,
        to=Status.REJECTED,
        reason=reason,
        message=reason,
    )
    notify_author(current, action=Action.REJECT, message=reason)
    return current


@transaction.atomic
def item_hide(item, *, moderator, reason: str):
    reason = _required(reason, _("Give the reason for hiding it."))
    current = _transition(
        item,
        moderator=moderator,
        action=Action.HIDE,
        expected=PUBLISHED,
        to=Status.HIDDEN,
        reason=reason,
        message=reason,
    )
    notify_author(current, action=Action.HIDE, message=reason)
    return current


@transaction.atomic
def item_unhide(item, *, moderator):
    current = _transition(
        item,
        moderator=moderator,
        action=Action.UNHIDE,
        expected=frozenset({Status.HIDDEN}),
        to=Status.PUBLISHED,
        message="",
    )
    _resolve_reports(current, Outcome.RESTORED)
    notify_author(current, action=Action.UNHIDE)
    return current


@transaction.atomic
def item_mark_duplicate(item, *, moderator, original_slug: str):
    """Hide `item` as a repeat of another published item of the same kind; its
    address leads to the original and its author is told."""
    slug = (original_slug or "").strip().rstrip("/").rsplit("/", 1)[-1]
    model = type(item)
    original = model.objects.published().exclude(pk=item.pk).filter(slug=slug).first()
    if original is None:
        raise ValidationError(
            _("Give the address of the published original (of the same kind of content).")
        )
    message = _("This repeats “%(title)s”, which is already on ShareHub: %(url)s") % {
        "title": original.title,
        "url": settings.SITE_URL + original.get_absolute_url(),
    }
    current = _locked(item, frozenset({Status.SUBMITTED, Status.PUBLISHED}))
    before = current.status
    current.status = Status.HIDDEN
    current.duplicate_of = original
    current.moderator_message = message
    current.save(update_fields=["status", "duplicate_of", "moderator_message", "updated_at"])
    record(
        actor=moderator,
        action=Action.DUPLICATE,
        target=current,
        reason=message,
        status_before=before,
        status_after=current.status,
    )
    notify_author(current, action=Action.DUPLICATE, message=message)
    return current


@transaction.atomic
def item_feature(item, *, moderator, featured: bool):
    current = _locked(item, PUBLISHED)
    if current.featured == featured:
        raise _already_handled(current)
    current.featured = featured
    current.save(update_fields=["featured", "updated_at"])
    record(
        actor=moderator,
        action=Action.FEATURE if featured else Action.UNFEATURE,
        target=current,
        status_before=current.status,
        status_after=current.status,
    )
    return current


# --- Edits to published items ------------------------------------------------------


def _pending_edit(item):
    """The item's row (locked), its pending revision (locked, or None) and the files
    added to it that wait for review; AlreadyHandled when there is neither, because
    someone decided first."""
    current = (
        type(item).objects.select_for_update(of=("self",)).select_related("author").get(pk=item.pk)
    )
    revision = revisions.pending_for(current, lock=True)
    files = pending_files(current)
    if revision is None and not files:
        entry = (
            entries_for(current)
            .filter(action__in=(Action.APPROVE_EDIT, Action.DECLINE_EDIT))
            .first()
        )
        if entry is not None:
            raise AlreadyHandled(
                _("These changes were already handled by %(name)s (%(action)s).")
                % {"name": entry.actor_name, "action": entry.get_action_display()}
            )
        raise AlreadyHandled(_("There are no changes waiting for review on this."))
    return current, revision, files


def _what_changed(revision, files) -> str:
    return ", ".join([*(revision.changes if revision else ()), *(f.original_name for f in files)])


@transaction.atomic
def revision_approve(item, *, moderator):
    """Publish the author's pending edit: its changes are applied to the item and the
    files they added are shown with it."""
    current, revision, files = _pending_edit(item)
    if revision is not None:
        revisions.apply(current, revision.changes)
        revisions.close(current, revision, Revision.State.APPLIED, by=moderator)
    Attachment.objects.filter(pk__in=[f.pk for f in files]).update(pending=False)
    record(
        actor=moderator,
        action=Action.APPROVE_EDIT,
        target=current,
        reason=_what_changed(revision, files),
        status_before=current.status,
        status_after=current.status,
    )
    notify_author(current, action=Action.APPROVE_EDIT)
    return current


@transaction.atomic
def revision_decline(item, *, moderator, reason: str):
    """Keep the published version and remove the files added with the edit; the
    author is told why (by e-mail, and on their item through the declined revision)."""
    reason = _required(reason, _("Give the reason the changes cannot be published."))
    current, revision, files = _pending_edit(item)
    what = _what_changed(revision, files)
    if revision is None and current.author is not None:  # only files: keep the reason
        revision = Revision.objects.create(target=current, author=current.author, changes={})
    if revision is not None:
        revisions.close(current, revision, Revision.State.DECLINED, by=moderator, reason=reason)
    for attachment in files:
        remove_attachment(attachment)
    record(
        actor=moderator,
        action=Action.DECLINE_EDIT,
        target=current,
        reason=f"{reason} ({what})",
        status_before=current.status,
        status_after=current.status,
    )
    notify_author(current, action=Action.DECLINE_EDIT, message=reason)
    return current


# --- Reports -------------------------------------------------------------------


def open_reports(item):
    return about(Report, item).filter(resolved_at__isnull=True)


@transaction.atomic
def report_create(item, *, reporter, reason: str, text: str) -> Report:
    """A signed-in user reports a published item, once. At SHAREHUB_REPORTS_TO_HIDE
    open reports the item is hidden until a moderator reviews it."""
    current = type(item).objects.select_for_update().get(pk=item.pk)
    if current.status != Status.PUBLISHED:
        raise ValidationError(_("Only published content can be reported."))
    content_type = ContentType.objects.get_for_model(current)
    if Report.objects.filter(
        target_type=content_type, target_id=current.pk, reporter=reporter
    ).exists():
        raise ValidationError(_("You have already reported this. Moderators will look at it."))
    report = Report(
        target_type=content_type,
        target_id=current.pk,
        reporter=reporter,
        reason=reason,
        text=_required(text, _("Tell us what is wrong.")),
    )
    report.full_clean()
    report.save()
    record(
        actor=reporter,
        action=Action.REPORT,
        target=current,
        reason=f"{report.get_reason_display()}: {report.text}",
        status_before=current.status,
        status_after=current.status,
    )
    if open_reports(current).count() >= settings.SHAREHUB_REPORTS_TO_HIDE:
        current.status = Status.HIDDEN
        current.save(update_fields=["status", "updated_at"])
        record(
            actor=None,
            action=Action.AUTO_HIDE,
            target=current,
            reason=_("%(n)s reports") % {"n": settings.SHAREHUB_REPORTS_TO_HIDE},
            status_before=Status.PUBLISHED,
            status_after=Status.HIDDEN,
        )
    return report


def _resolve_reports(item, outcome: str) -> None:
    """Close the item's open reports and tell each reporter the outcome."""
    reports = list(open_reports(item).select_related("reporter"))
    if not reports:
        return
    open_reports(item).update(resolved_at=timezone.now(), outcome=outcome)
    for report in reports:
        reporter = report.reporter
        if not reporter.email:
            continue
        with translation.override(_language_of(reporter, item.language)):
            context = {
                "title": item.title,
                "outcome": Outcome(outcome).label,
                "reason": report.get_reason_display(),
            }
            subject = _("ShareHub: what we did about your report")
            body = render_to_string("emails/moderation_report_outcome.txt", context)
        queue_email(subject=str(subject), body=body, to=[reporter.email])


@transaction.atomic
def reports_resolve(item, *, moderator, outcome: str, reason: str = ""):
    """A moderator's answer to the reports about an item: restore it, keep it hidden
    (the author is asked to change it) or remove it for good."""
    if outcome not in Outcome.values:
        raise ValidationError(_("Choose what to do with the reported content."))
    if outcome != Outcome.RESTORED:
        reason = _required(reason, _("Give the reason, for the author."))
    current = (
        type(item).objects.select_for_update(of=("self",)).select_related("author").get(pk=item.pk)
    )
    if not open_reports(current).exists():
        raise _already_handled(current)
    before = current.status
    action, to = {
        Outcome.RESTORED: (Action.RESOLVE_RESTORE, Status.PUBLISHED),
        Outcome.KEPT_HIDDEN: (Action.RESOLVE_KEEP_HIDDEN, Status.HIDDEN),
        Outcome.REMOVED: (Action.RESOLVE_REMOVE, Status.REJECTED),
    }[Outcome(outcome)]
    if to == Status.PUBLISHED:
        current.mark_published()
    else:
        current.status = to
    current.moderator_message = reason
    current.save(update_fields=["status", "published_at", "moderator_message", "updated_at"])
    record(
        actor=moderator,
        action=action,
        target=current,
        reason=reason,
        status_before=before,
        status_after=current.status,
    )
    _resolve_reports(current, outcome)
    if before != current.status:
        notify_author(current, action=action, message=reason)
    return current


# --- Notes, trust and suspension --------------------------------------------------


@transaction.atomic
def note_add(target, *, moderator, text: str) -> Note:
    text = _required(text, _("Write the note."))
    return Note.objects.create(
        author=moderator,
        author_name=moderator.display_name or moderator.email or moderator.get_username(),
        target_type=ContentType.objects.get_for_model(target),
        target_id=target.pk,
        text=text[:4000],
    )


def notes_for(target):
    return about(Note, target)


@transaction.atomic
def user_set_trust(user, *, moderator, trusted: bool, reason: str = "") -> User:
    current = User.objects.select_for_update().get(pk=user.pk)
    if current.trusted == trusted:
        raise _user_already(current)
    current.trusted = trusted
    current.save(update_fields=["trusted"])
    record(
        actor=moderator,
        action=Action.TRUST if trusted else Action.UNTRUST,
        target=current,
        reason=reason,
    )
    return current


def _user_already(user) -> AlreadyHandled:
    latest = entries_for(user).exclude(action=Action.NOTE).first()
    if latest is None:
        return AlreadyHandled(_("Nothing to change: someone may have done it already."))
    return AlreadyHandled(
        _("This was already done by %(name)s (%(action)s).")
        % {"name": latest.actor_name, "action": latest.get_action_display()}
    )


@transaction.atomic
def user_suspend(user, *, moderator, reason: str, hide_content: bool) -> User:
    """Suspend an account: it can no longer sign in (is_active off ends its sessions
    at the next request) nor post. Optionally hide its published content for review."""
    reason = _required(reason, _("Give the reason for suspending this account."))
    current = User.objects.select_for_update().get(pk=user.pk)
    if not current.is_active:
        raise _user_already(current)
    if current.is_superuser:
        raise ValidationError(_("A superuser's account cannot be suspended here."))
    current.is_active = False
    current.save(update_fields=["is_active"])
    record(actor=moderator, action=Action.SUSPEND, target=current, reason=reason)
    if hide_content:
        for model in KINDS.values():
            for item in model.objects.select_for_update().filter(
                author=current, status=Status.PUBLISHED
            ):
                item.status = Status.HIDDEN
                item.moderator_message = reason
                item.save(update_fields=["status", "moderator_message", "updated_at"])
                record(
                    actor=moderator,
                    action=Action.HIDE,
                    target=item,
                    reason=reason,
                    status_before=Status.PUBLISHED,
                    status_after=Status.HIDDEN,
                )
    return current


@transaction.atomic
def user_reinstate(user, *, moderator, reason: str = "") -> User:
    current = User.objects.select_for_update().get(pk=user.pk)
    if current.is_active:
        raise _user_already(current)
    current.is_active = True
    current.save(update_fields=["is_active"])
    record(actor=moderator, action=Action.REINSTATE, target=current, reason=reason)
    return current
