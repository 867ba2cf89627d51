"""Every moderator action: one home for each write, each in one transaction.

Status changes go through the one transition function (sharehub.gate.transitions),
which locks the item's row, checks its state against the transition table, saves,
writes the audit entry and queues the author's e-mail. Two moderators acting on
one item at once cannot both succeed: the second waits for the first to commit,
finds the new state and is told who already handled it (AlreadyHandled).
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from sharehub.accounts.models import User
from sharehub.attachments.models import Attachment
from sharehub.attachments.services import pending_files, remove_attachment
from sharehub.catalogue import revisions
from sharehub.catalogue.models import Revision
from sharehub.core import fragments
from sharehub.core.mail import queue_email
from sharehub.core.models import Status
from sharehub.gate import policy
from sharehub.gate.audit import entries_for, record
from sharehub.gate.kinds import KINDS as ALL_KINDS
from sharehub.gate.kinds import QUEUED
from sharehub.gate.models import Action, ReasonCode, about
from sharehub.gate.signals import flagged
from sharehub.gate.transitions import (
    TransitionRefused,
    already_handled,
    language_of,
    lock,
    notify_author,
    transition,
)
from sharehub.moderation.models import Note, Outcome, Report, ReportReason

# Someone else acted on the item first; the message says who and what.
AlreadyHandled = TransitionRefused
# The kinds of content moderators look after, by the name the URLs use.
KINDS = {name: kind.model for name, kind in QUEUED.items()}
_REPORT_KIND = ALL_KINDS["report"]
_NOTE_KIND = ALL_KINDS["note"]


def _required(text: str, message: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError(message)
    return text


def _release(item) -> tuple[str, dict | None]:
    """Approving something the gate held for certain personal data releases it:
    the audit entry says so, with what was found."""
    decision = policy.decide_on(item)
    if decision.certain:
        return ReasonCode.PERSONAL_DATA_RELEASED, {"findings": decision.finding_kinds}
    return "", None


@transaction.atomic
def decision_approve(item, *, moderator):
    current = lock(item)
    code, detail = _release(current)
    return transition(
        item, Action.APPROVE, actor=moderator, current=current, reason_code=code, detail=detail
    )


@transaction.atomic
def decision_request_changes(item, *, moderator, message: str):
    message = _required(message, _("Tell the author what to change."))
    return transition(item, Action.REQUEST_CHANGES, actor=moderator, reason=message)


@transaction.atomic
def decision_reject(item, *, moderator, reason: str):
    reason = _required(reason, _("Give the reason it cannot be published."))
    return transition(item, Action.REJECT, actor=moderator, reason=reason)


@transaction.atomic
def item_hide(item, *, moderator, reason: str):
    reason = _required(reason, _("Give the reason for hiding it."))
    return transition(item, Action.HIDE, actor=moderator, reason=reason)


@transaction.atomic
def item_unhide(item, *, moderator):
    current = transition(item, Action.UNHIDE, actor=moderator)
    _resolve_reports(current, Outcome.RESTORED)
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
    return transition(
        item,
        Action.DUPLICATE,
        actor=moderator,
        reason=settings.SITE_URL + original.get_absolute_url(),
        changes={"duplicate_of": original},
    )


@transaction.atomic
def item_feature(item, *, moderator, featured: bool):
    current = lock(item)
    if current.featured == featured:
        raise already_handled(current)
    action = Action.FEATURE if featured else Action.UNFEATURE
    return transition(
        item, action, actor=moderator, current=current, changes={"featured": featured}
    )


# --- Edits to published items ------------------------------------------------------


def _pending_edit(item):
    """The item's row (locked), its pending revision (locked, or None) and the files
    added to it that wait for review; AlreadyHandled when there is neither, because
    someone decided first."""
    current = lock(item)
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


def _what_changed(revision, files) -> dict:
    return {
        "fields": sorted(revision.changes) if revision else [],
        "files": [f.original_name for f in files],
    }


@transaction.atomic
def revision_approve(item, *, moderator):
    """Publish the author's pending edit: its changes are applied to the item and the
    files they added are shown with it."""
    current, revision, files = _pending_edit(item)
    code, detail = _release(revisions.proposed_item(current, revision) if revision else current)
    if revision is not None:
        revisions.apply(current, revision.changes)
        revisions.close(current, revision, Revision.State.APPLIED, by=moderator)
    Attachment.objects.filter(pk__in=[f.pk for f in files]).update(pending=False)
    fragments.changed(current)  # its page now shows them
    record(
        actor=moderator,
        action=Action.APPROVE_EDIT,
        target=current,
        reason_code=code or ReasonCode.FIELDS,
        detail={**_what_changed(revision, files), **(detail or {})},
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
        reason=reason,
        reason_code=ReasonCode.FIELDS,
        detail=what,
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
    open reports from people the item is hidden until a moderator reviews it."""
    current = lock(item)
    if current.status != Status.PUBLISHED:
        raise ValidationError(_("Only published content can be reported."))
    decision = policy.decide(_REPORT_KIND, reporter, {"text": text})
    if decision.verdict == policy.Verdict.REFUSE:
        raise ValidationError(decision.message)
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
        reason=report.text,
        detail={"reason": report.reason},
        status_before=current.status,
        status_after=current.status,
    )
    threshold = settings.SHAREHUB_REPORTS_TO_HIDE
    if open_reports(current).filter(reporter__isnull=False).count() >= threshold:
        transition(
            current,
            Action.AUTO_HIDE,
            actor=None,
            current=current,
            reason_code=ReasonCode.REPORTS,
            detail={"n": threshold},
        )
    return report


@receiver(flagged)
def flag_for_moderators(sender, item, findings, **kwargs) -> None:
    """The gate published a trusted author's text with possible personal data in
    it: an open report from ShareHub itself puts it in the queue (it never counts
    towards hiding the item)."""
    content_type = ContentType.objects.get_for_model(item)
    Report.objects.create(
        target_type=content_type,
        target_id=item.pk,
        reporter=None,
        reason=ReportReason.PERSONAL_DATA,
        text=", ".join(findings),  # codes: pages name them in the reader's language
    )


def _resolve_reports(item, outcome: str) -> None:
    """Close the item's open reports and tell each reporter the outcome."""
    reports = list(open_reports(item).select_related("reporter"))
    if not reports:
        return
    open_reports(item).update(resolved_at=timezone.now(), outcome=outcome)
    for report in reports:
        reporter = report.reporter
        if reporter is None or not reporter.email:  # ShareHub's own flag
            continue
        with translation.override(language_of(reporter, item.language)):
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
    current = lock(item)
    if not open_reports(current).exists():
        raise already_handled(current)
    action = {
        Outcome.RESTORED: Action.RESOLVE_RESTORE,
        Outcome.KEPT_HIDDEN: Action.RESOLVE_KEEP_HIDDEN,
        Outcome.REMOVED: Action.RESOLVE_REMOVE,
    }[Outcome(outcome)]
    current = transition(current, action, actor=moderator, current=current, reason=reason)
    _resolve_reports(current, outcome)
    return current


# --- Notes, trust and suspension --------------------------------------------------


@transaction.atomic
def note_add(target, *, moderator, text: str) -> Note:
    text = _required(text, _("Write the note."))
    decision = policy.decide(_NOTE_KIND, moderator, {"text": text})
    if decision.verdict == policy.Verdict.REFUSE:
        raise ValidationError(decision.message)
    note = Note.objects.create(
        author=moderator,
        author_name=moderator.display_name or moderator.email or moderator.get_username(),
        target_type=ContentType.objects.get_for_model(target),
        target_id=target.pk,
        text=text[:4000],
    )
    record(actor=moderator, action=Action.NOTE, target=target, reason=note.text)
    return note


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
        for kind in QUEUED.values():
            owned = kind.model.objects.select_for_update(of=("self",)).filter(
                **{kind.owner_field: current, "status": Status.PUBLISHED}
            )
            for item in owned:
                transition(
                    item, Action.HIDE, actor=moderator, current=item, reason=reason, notify=False
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
