"""The moderators' pages (every view behind access.moderator_required), the
report form for signed-in users and the public content guidelines."""

from allauth.account.decorators import verified_email_required
from django.conf import settings
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from sharehub.accounts.models import User
from sharehub.catalogue import revisions, selectors
from sharehub.core.models import Status
from sharehub.core.pagination import PageError, get_page
from sharehub.core.views import bad_request
from sharehub.gate import policy
from sharehub.gate.audit import entries_for
from sharehub.gate.kinds import QUEUED
from sharehub.gate.models import Action, AuditEntry, about
from sharehub.moderation import services
from sharehub.moderation.access import SUSPEND, VIEW_AUDIT, moderated, moderator_required
from sharehub.moderation.display import item_rows
from sharehub.moderation.forms import (
    BulkForm,
    DuplicateForm,
    MessageForm,
    ReportForm,
    ResolveForm,
    SuspendForm,
)
from sharehub.moderation.models import Report, ReportReason
from sharehub.moderation.queue import materialise, waiting
from sharehub.taxonomy import models as tax
from sharehub.taxonomy.terms import attach_terms, by_slug

AUDIT_LIMIT = 200
DETAIL_QUERYSETS = {
    "innovation": selectors.innovation_detail_queryset,
    "resource": selectors.resource_detail_queryset,
    "need": selectors.need_detail_queryset,
}
KIND_LABELS = {name: kind.plural for name, kind in QUEUED.items()}
CHECKLIST = [
    gettext_lazy(
        "Nothing identifies a person who receives care: no names, ages, addresses, "
        "dates of birth, NHS numbers, photos or stories only one person fits."
    ),
    gettext_lazy(
        "It describes safe practice, and claims are supported or clearly presented as experience."
    ),
    gettext_lazy(
        "It is not advertising: products are described for what they helped with, not sold."
    ),
    gettext_lazy("It is respectful and follows the content guidelines."),
    gettext_lazy(
        "It is in the right place (innovation, resource or question) and is not a duplicate."
    ),
]


def _kind(kind: str):
    if kind not in services.KINDS:
        raise Http404
    return services.KINDS[kind]


def _lookup(kind: str, slug: str) -> dict:
    """The query that finds one item of `kind` from its URL part."""
    if QUEUED[kind].lookup == "pk":
        if not slug.isdigit():
            raise Http404
        return {"pk": int(slug)}
    return {"slug": slug}


def _rows(kind: str):
    if kind in DETAIL_QUERYSETS:
        return DETAIL_QUERYSETS[kind]()
    content = QUEUED[kind]
    return content.model.objects.select_related(*content.related)


def _item(kind: str, slug: str):
    _kind(kind)
    return get_object_or_404(moderated(_rows(kind)), **_lookup(kind, slug))


# --- The queue --------------------------------------------------------------------


class BadFilter(ValueError):
    """A filter in the address has a value ShareHub does not know; `messages` name
    each parameter. The page answers 400 and says which, as the public lists do."""

    def __init__(self, messages: list[str]):
        super().__init__("; ".join(messages))
        self.messages = messages


def _unknown(parameter: str) -> str:
    return _("%(parameter)s: this is not a value ShareHub knows.") % {"parameter": parameter}


def _choice(request, parameter: str, allowed, errors: list[str]) -> str:
    """One value of `allowed` (or "" for no filter), checked in memory: never sent
    to the database, so a NUL byte or any other junk is a 400, not a 500."""
    value = request.GET.get(parameter, "")
    if value and value not in allowed:
        errors.append(_unknown(parameter))
        return ""
    return value


def _text(request, parameter: str, errors: list[str], *, limit: int = 100) -> str:
    """Free text to search for: control characters (a NUL byte above all, which
    PostgreSQL refuses) make it a 400."""
    value = request.GET.get(parameter, "").strip()[:limit]
    if any(ord(char) < 32 and char not in "\t\n\r" for char in value):
        errors.append(
            _("%(parameter)s: it contains characters that cannot be searched for.")
            % {"parameter": parameter}
        )
        return ""
    return value


def _queue_filters(request):
    errors: list[str] = []
    kind = _choice(request, "type", services.KINDS, errors)
    reasons = {"submitted", "edit", *ReportReason.values}
    reason = _choice(request, "reason", reasons, errors)
    regions = by_slug(tax.Region)
    region = regions.get(_choice(request, "region", regions, errors))
    if errors:
        raise BadFilter(errors)
    return kind, region, reason


QUEUE_PAGE = 25  # entries a page of the queue shows, oldest first


@moderator_required()
def queue(request: HttpRequest) -> HttpResponse:
    try:
        kind, region, reason = _queue_filters(request)
    except BadFilter as exc:
        return bad_request(request, exc.messages)
    entries = waiting(kind=kind, region=region, reason=reason)
    try:
        page = get_page(entries, request.GET.get("page"), QUEUE_PAGE)
    except PageError as exc:
        return bad_request(request, [str(exc)])
    choices = [(e.key, e.key) for e in entries]  # any page's entries may be chosen
    form = BulkForm(choices=choices)
    if request.method == "POST":
        form = BulkForm(request.POST, choices=choices)
        if form.is_valid():
            chosen = set(form.cleaned_data["selected"])
            chosen = materialise([e for e in entries if e.key in chosen])
            _bulk(request, form.cleaned_data, {e.key: e for e in chosen})
            return redirect(request.get_full_path())
    page.object_list = materialise(list(page.object_list))
    context = {
        "entries": entries,
        "page": page,
        "form": form,
        "kinds": KIND_LABELS,
        "regions": tax.Region.objects.order_by("slug"),
        "reasons": ReportReason.choices,
        "selected": {"type": kind, "region": region.slug if region else "", "reason": reason},
    }
    return render(request, "moderation/queue.html", context, status=400 if form.errors else 200)


def _bulk(request, data, entries) -> None:
    done, refused = 0, []
    for key in data["selected"]:
        entry = entries.get(key)
        if entry is None:  # gone from the database since the page was read
            continue
        try:
            if data["action"] == "approve" and entry.is_edit:
                services.revision_approve(entry.item, moderator=request.user)
            elif data["action"] == "approve":
                services.decision_approve(entry.item, moderator=request.user)
            elif data["action"] == "reject" and entry.is_edit:
                services.revision_decline(entry.item, moderator=request.user, reason=data["reason"])
            elif data["action"] == "reject":
                services.decision_reject(entry.item, moderator=request.user, reason=data["reason"])
            elif entry.reports:
                services.reports_resolve(entry.item, moderator=request.user, outcome="restored")
            else:
                raise ValidationError(_("It has no reports to mark reviewed."))
            done += 1
        except (services.AlreadyHandled, ValidationError) as exc:
            message = exc.messages[0] if isinstance(exc, ValidationError) else str(exc)
            refused.append(f"{entry.item.title}: {message}")
    if done:
        messages.success(request, _("%(n)s items done.") % {"n": done})
    for line in refused:
        messages.warning(request, line)


# --- One item -----------------------------------------------------------------------


def _author_history(author) -> dict:
    """What the author has had decided before, over every kind of content: two
    statements (their items counted by status, and the reports about them)."""
    if author is None:
        return {}
    counts = {Status.PUBLISHED: 0, Status.REJECTED: 0, Status.SUBMITTED: 0, Status.HIDDEN: 0}
    by_status, reported = [], Q()
    for content in QUEUED.values():
        owned = content.model.objects.filter(**{content.owner_field: author})
        by_status.append(owned.order_by().values("status").annotate(n=Count("id")))
        content_type = ContentType.objects.get_for_model(content.model)
        reported |= Q(target_type=content_type, target_id__in=owned.values("pk"))
    for row in by_status[0].union(*by_status[1:], all=True):
        if row["status"] in counts:
            counts[row["status"]] += row["n"]
    return {
        "approved": counts[Status.PUBLISHED],
        "rejected": counts[Status.REJECTED],
        "waiting": counts[Status.SUBMITTED],
        "hidden": counts[Status.HIDDEN],
        "reports": Report.objects.filter(reported).count(),
        "approved_total": author.approved_count,
    }


MESSAGE_FORMS = {
    "request_changes": {
        "label": gettext_lazy("What should the author change?"),
        "help_text": gettext_lazy("The author sees this message on their item and by e-mail."),
    },
    "reject": {
        "label": gettext_lazy("Why can it not be published?"),
        "help_text": gettext_lazy("The author sees this reason."),
    },
    "decline_edit": {
        "label": gettext_lazy("Why can the changes not be published?"),
        "help_text": gettext_lazy(
            "The author sees this reason. The published version stays as it is."
        ),
    },
    "hide": {
        "label": gettext_lazy("Why hide it?"),
        "help_text": gettext_lazy("The author sees this reason."),
    },
    "note": {
        "label": gettext_lazy("Private note"),
        "help_text": gettext_lazy("Only moderators see notes."),
    },
}


def message_form(action: str, data=None) -> MessageForm:
    return MessageForm(data, prefix=action, **MESSAGE_FORMS[action])


def _forms(bound=None) -> dict:
    forms = {action: message_form(action) for action in MESSAGE_FORMS}
    forms["resolve"] = ResolveForm(prefix="resolve")
    forms["duplicate"] = DuplicateForm(prefix="duplicate")
    forms.update(bound or {})
    return forms


def _findings(kind: str, item) -> list:
    content = QUEUED[kind]
    return policy.scan(content, policy.texts_of(content, item), policy.labels_of(content))[0]


def _proposed_file(kind: str, item, revision) -> str:
    """Where a moderator opens the new file a pending edit of a resource would add."""
    if kind != "resource" or revision is None or not revision.changes.get("file"):
        return ""
    return reverse("attachments:proposed_resource_file", kwargs={"slug": item.slug})


def _item_page(request, kind: str, slug: str, *, bound=None, status=200) -> HttpResponse:
    item = _item(kind, slug)
    if hasattr(item, "challenge_areas"):
        item = attach_terms([item])[0]
    owner = QUEUED[kind].owner_of(item)
    revision = revisions.pending_for(item)
    attachments = list(item.attachments.all()) if hasattr(item, "attachments") else []
    files = [a for a in attachments if a.pending]  # added to the published item
    context = {
        "kind": kind,
        "kind_label": QUEUED[kind].label,
        "item": item,
        "rows": item_rows(item),
        "findings": _findings(kind, item),
        "revision": revision,
        "pending_files": files,
        "edit_waiting": revision is not None or bool(files),
        "attachments": attachments,
        "differences": revisions.differences(item, revision) if revision else [],
        "applied_edits": revisions.applied_edits(item) if kind in DETAIL_QUERYSETS else [],
        "proposed_file": _proposed_file(kind, item, revision),
        "revision_findings": (
            _findings(kind, revisions.proposed_item(item, revision)) if revision else []
        ),
        "owner": owner,
        "catalogue_item": kind in DETAIL_QUERYSETS,  # can be featured or marked a duplicate
        "history": _author_history(owner),
        "reports": about(Report, item).select_related("reporter").order_by("-created"),
        "open_reports": services.open_reports(item).count(),
        "audit": entries_for(item)[:50],
        "notes": services.notes_for(item)[:50],
        "checklist": CHECKLIST,
        "forms": _forms(bound),
        "can_suspend": request.user.has_perm(SUSPEND),
        "error_form": next(iter((bound or {}).values()), None),
    }
    return render(request, "moderation/item.html", context, status=status)


@moderator_required()
def item_view(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    return _item_page(request, kind, slug)


ITEM_ACTIONS = ("approve", "request_changes", "reject", "hide", "unhide", "feature", "unfeature")
ITEM_ACTIONS += ("resolve", "duplicate", "note", "approve_edit", "decline_edit")
# Not for replies and listings: they cannot be featured or duplicated, and have no
# draft to change (a moderator publishes or rejects them).
CATALOGUE_ACTIONS = ("feature", "unfeature", "duplicate", "request_changes")


@require_POST
@moderator_required()
def item_action(request: HttpRequest, kind: str, slug: str, action: str) -> HttpResponse:
    if action not in ITEM_ACTIONS:
        raise Http404
    if action in CATALOGUE_ACTIONS and kind not in DETAIL_QUERYSETS:
        raise Http404
    item = _item(kind, slug)
    back = reverse("moderation:item", kwargs={"kind": kind, "slug": slug})
    moderator = request.user
    form = None
    try:
        if action == "approve":
            services.decision_approve(item, moderator=moderator)
            done = _("Approved and published.")
        elif action == "approve_edit":
            services.revision_approve(item, moderator=moderator)
            done = _("The changes are published. The author has been told.")
        elif action in ("feature", "unfeature"):
            services.item_feature(item, moderator=moderator, featured=action == "feature")
            done = _("Featured.") if action == "feature" else _("No longer featured.")
        elif action == "unhide":
            services.item_unhide(item, moderator=moderator)
            done = _("It is published again.")
        elif action == "resolve":
            form = ResolveForm(request.POST, prefix="resolve")
            if not form.is_valid():
                return _item_page(request, kind, slug, bound={action: form}, status=400)
            services.reports_resolve(
                item,
                moderator=moderator,
                outcome=form.cleaned_data["outcome"],
                reason=form.cleaned_data["text"],
            )
            done = _("The reports are closed and the reporters told.")
        elif action == "duplicate":
            form = DuplicateForm(request.POST, prefix="duplicate")
            if not form.is_valid():
                return _item_page(request, kind, slug, bound={action: form}, status=400)
            try:
                services.item_mark_duplicate(
                    item, moderator=moderator, original_slug=form.cleaned_data["original"]
                )
            except ValidationError as exc:
                form.add_error("original", exc.messages[0])
                return _item_page(request, kind, slug, bound={action: form}, status=400)
            done = _("Marked as a duplicate and hidden. The author has been told.")
        else:
            form = message_form(action, request.POST)
            if not form.is_valid():
                return _item_page(request, kind, slug, bound={action: form}, status=400)
            text = form.cleaned_data["text"]
            if action == "request_changes":
                services.decision_request_changes(item, moderator=moderator, message=text)
                done = _("The author has been asked for changes.")
            elif action == "reject":
                services.decision_reject(item, moderator=moderator, reason=text)
                done = _("Rejected. The author has been told why.")
            elif action == "decline_edit":
                services.revision_decline(item, moderator=moderator, reason=text)
                done = _("The changes are not published. The author has been told why.")
            elif action == "hide":
                services.item_hide(item, moderator=moderator, reason=text)
                done = _("Hidden. The author has been told why.")
            else:
                services.note_add(item, moderator=moderator, text=text)
                done = _("Note added.")
    except services.AlreadyHandled as exc:
        messages.warning(request, str(exc))
        return redirect(back)
    except ValidationError as exc:
        messages.warning(request, exc.messages[0])
        return redirect(back)
    messages.success(request, done)
    return redirect(back)


# --- Users -----------------------------------------------------------------------


def _user_page(request, public_id: str, *, bound=None, status=200) -> HttpResponse:
    person = get_object_or_404(User, public_id=public_id)
    items = []
    for kind in QUEUED:
        owned = moderated(_rows(kind)).filter(**{QUEUED[kind].owner_field: person})
        for item in owned.order_by("-updated_at")[:50]:
            items.append((kind, item))
    forms = {"suspend": SuspendForm(prefix="suspend"), "note": message_form("note")}
    forms.update(bound or {})
    context = {
        "person": person,
        "items": items,
        "history": _author_history(person),
        "audit": entries_for(person)[:50],
        "notes": services.notes_for(person)[:50],
        "forms": forms,
        "can_suspend": request.user.has_perm(SUSPEND),
        "error_form": next(iter((bound or {}).values()), None),
    }
    return render(request, "moderation/user.html", context, status=status)


@moderator_required()
def user_view(request: HttpRequest, public_id: str) -> HttpResponse:
    return _user_page(request, public_id)


@require_POST
@moderator_required()
def user_action(request: HttpRequest, public_id: str, action: str) -> HttpResponse:
    if action not in ("trust", "untrust", "suspend", "reinstate", "note"):
        raise Http404
    if action in ("suspend", "reinstate") and not request.user.has_perm(SUSPEND):
        return HttpResponse(_("You do not have permission to suspend accounts."), status=403)
    person = get_object_or_404(User, public_id=public_id)
    moderator = request.user
    try:
        if action in ("trust", "untrust"):
            services.user_set_trust(person, moderator=moderator, trusted=action == "trust")
            done = (
                _("Trusted: their posts publish at once.")
                if action == "trust"
                else _("No longer trusted: their posts wait for review.")
            )
        elif action == "reinstate":
            services.user_reinstate(person, moderator=moderator)
            done = _("Reinstated: they can sign in again.")
        elif action == "suspend":
            form = SuspendForm(request.POST, prefix="suspend")
            if not form.is_valid():
                return _user_page(request, public_id, bound={"suspend": form}, status=400)
            services.user_suspend(
                person,
                moderator=moderator,
                reason=form.cleaned_data["text"],
                hide_content=form.cleaned_data["hide_content"],
            )
            done = _("Suspended: they cannot sign in or post.")
        else:
            form = message_form("note", request.POST)
            if not form.is_valid():
                return _user_page(request, public_id, bound={"note": form}, status=400)
            services.note_add(person, moderator=moderator, text=form.cleaned_data["text"])
            done = _("Note added.")
    except services.AlreadyHandled as exc:
        messages.warning(request, str(exc))
    except ValidationError as exc:
        messages.warning(request, exc.messages[0])
    else:
        messages.success(request, done)
    return redirect("moderation:user", public_id=public_id)


# --- Audit log ---------------------------------------------------------------------


@moderator_required(VIEW_AUDIT)
def audit_log(request: HttpRequest) -> HttpResponse:
    entries = AuditEntry.objects.select_related("target_type")
    errors: list[str] = []
    action = _choice(request, "action", Action.values, errors)
    who = _text(request, "who", errors)
    what = _text(request, "q", errors)
    if errors:
        return bad_request(request, errors)
    if action:
        entries = entries.filter(action=action)
    if who:
        entries = entries.filter(actor_name__icontains=who)
    if what:
        entries = entries.filter(Q(target_title__icontains=what) | Q(reason__icontains=what))
    context = {
        "entries": entries[:AUDIT_LIMIT],
        "limit": AUDIT_LIMIT,
        "actions": Action.choices,
        "selected": {"action": action, "who": who, "q": what},
    }
    return render(request, "moderation/audit_log.html", context)


# --- Reporting and guidelines (not moderator pages) ------------------------------------


def _reportable(kind: str):
    """What people can report: published content, and a published reply only under a
    published question (a hidden question's title is nobody's business)."""
    _kind(kind)  # an unknown kind is a 404
    return QUEUED[kind].public_rows()


@verified_email_required
def report(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    item = get_object_or_404(_reportable(kind), **_lookup(kind, slug))
    if about(Report, item).filter(reporter=request.user).exists():
        messages.info(request, _("You have already reported this. Moderators will look at it."))
        return redirect(item)
    form = ReportForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        try:
            services.report_create(
                item,
                reporter=request.user,
                reason=form.cleaned_data["reason"],
                text=form.cleaned_data["text"],
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages[0])
        else:
            # Not back to the item: enough reports hide it, and its page is then a 404.
            return redirect("moderation:report_sent", kind=kind)
    status = 400 if form.errors else 200
    return render(
        request, "moderation/report_form.html", {"item": item, "form": form}, status=status
    )


LIST_URLS = {
    "innovation": ("catalogue:innovation_list", gettext_lazy("Back to innovations")),
    "resource": ("catalogue:resource_list", gettext_lazy("Back to resources")),
    "need": ("catalogue:need_list", gettext_lazy("Back to questions")),
    "reply": ("catalogue:need_list", gettext_lazy("Back to questions")),
    "adoption": ("catalogue:innovation_list", gettext_lazy("Back to innovations")),
    "comment": ("search:home", gettext_lazy("Back to the home page")),
    "contact": ("contacts:contact_list", gettext_lazy("Back to contacts")),
}


@require_GET
def report_sent(request: HttpRequest, kind: str) -> HttpResponse:
    """Where a reporter lands: thanks, and what happens next. It names no item (the
    report may just have hidden it)."""
    _kind(kind)
    url_name, label = LIST_URLS[kind]
    return render(
        request, "moderation/report_sent.html", {"list_url": reverse(url_name), "list_label": label}
    )


def guidelines(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "moderation/guidelines.html",
        {"contact_email": settings.SHAREHUB_CONTACT_EMAIL},
    )
