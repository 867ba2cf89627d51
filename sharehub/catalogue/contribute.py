"""Pages for contributing: create, edit, preview, submit and withdraw innovations,
resources and needs; replies and "answered" for needs; the author's own list.

Every view that writes needs a signed-in user with a verified e-mail address
(allauth's verified_email_required) and reaches the item only through
`own_item`, which answers 404 for anything that is not the user's own, so an
unpublished item's existence is never revealed. Staff are no exception: they
change other people's content in the admin. Status changes go through
sharehub.catalogue.workflow.

An accepted co-author (sharehub.catalogue.coauthors) is let through `own_item`
like the author to edit, preview and submit; withdrawing, and inviting and
removing co-authors, stay the author's (`shared=False`).
"""

import hashlib
from dataclasses import dataclass
from typing import Any

from allauth.account.decorators import verified_email_required
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Model
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from sharehub.catalogue import coauthors, revisions, selectors, workflow
from sharehub.catalogue.forms import (
    InnovationDetailsForm,
    InnovationForm,
    NeedForm,
    NeedReplyForm,
    ResourceForm,
    SubmitForm,
)
from sharehub.catalogue.models import Innovation, Need, Resource
from sharehub.core.models import Status, owned_by
from sharehub.core.ratelimit import RateLimited
from sharehub.taxonomy.terms import attach_terms

SIMILAR_MAX_QUERY = 500
SIMILAR_CACHE_SECONDS = 120
CONTRIBUTION_FIELDS = (
    "pk",
    "slug",
    "title",
    "status",
    "updated_at",
    "language",
    "submitted_at",
    "moderator_message",
)


@dataclass(frozen=True)
class Flow:
    """One kind of content and the pieces its contribution pages use."""

    name: str  # innovation, resource, need: the URL names' prefix
    model: type[Model]
    form: type
    detail_template: str
    detail_queryset: Any
    noun: Any  # "innovation", translatable, for headings
    create_heading: Any
    details_form: type | None = None


FLOWS = {
    "innovation": Flow(
        "innovation",
        Innovation,
        InnovationForm,
        "catalogue/innovation_detail.html",
        selectors.innovation_detail_queryset,
        gettext_lazy("innovation"),
        gettext_lazy("Share an innovation"),
        details_form=InnovationDetailsForm,
    ),
    "resource": Flow(
        "resource",
        Resource,
        ResourceForm,
        "catalogue/resource_detail.html",
        selectors.resource_detail_queryset,
        gettext_lazy("resource"),
        gettext_lazy("Add a resource"),
    ),
    "need": Flow(
        "need",
        Need,
        NeedForm,
        "catalogue/need_detail.html",
        selectors.need_detail_queryset,
        gettext_lazy("question"),
        gettext_lazy("Ask the notice board"),
    ),
}


STATUS_TAG_CLASSES = {
    Status.DRAFT: "govuk-tag--grey",
    Status.SUBMITTED: "",  # the default tag colour, blue
    Status.PUBLISHED: "govuk-tag--green",
    Status.CHANGES_REQUESTED: "govuk-tag--orange",
    Status.REJECTED: "govuk-tag--red",
    Status.WITHDRAWN: "govuk-tag--grey",
    Status.HIDDEN: "govuk-tag--red",
}


@dataclass(frozen=True)
class Action:
    label: str
    url: str
    primary: bool = False


def author_actions(kind: str, item, *, is_author: bool = True) -> list[Action]:
    """What the author (or, not `is_author`, a co-author) can do next with their
    item, the next step first."""

    def url(action: str) -> str:
        return reverse(f"catalogue:{kind}_{action}", kwargs={"slug": item.slug})

    actions = []
    if workflow.can_submit(item):
        actions.append(Action(_("Preview and submit"), url("preview"), primary=True))
    if item.status == Status.CHANGES_REQUESTED:
        actions.insert(0, Action(_("Make changes"), url("edit"), primary=True))
    elif workflow.can_edit(item):
        actions.append(Action(_("Edit"), url("edit")))
    if workflow.can_edit(item) and FLOWS[kind].details_form:
        actions.append(Action(_("Add more details"), url("details")))
    if kind == "need" and item.status == Status.PUBLISHED:
        label = _("Open it again") if item.answered_at else _("Mark answered")
        actions.append(Action(label, url("answered")))
    if is_author and getattr(item, "shared_with", ""):
        actions.append(Action(_("Co-authors"), url("coauthors")))
    if is_author and workflow.can_withdraw(item):
        actions.append(Action(_("Withdraw"), url("withdraw")))
    return actions


def next_action(kind: str, item, *, is_author: bool = True) -> Action | None:
    """The one step that moves the item on, for the contributions list."""
    if item.status in (Status.SUBMITTED, Status.REJECTED, Status.WITHDRAWN, Status.HIDDEN):
        return None
    actions = author_actions(kind, item, is_author=is_author)
    return actions[0] if actions else None


def owner_context(item, user) -> dict:
    """What a detail page shows its author or a co-author (`user`): the status, what
    to do next, and the latest edit if it waits for review or was not published."""
    revision = revisions.latest_for(item) if item.status == Status.PUBLISHED else None
    is_author = item.author_id == user.pk
    return {
        "is_coauthor": not is_author,
        "coauthor_row": None
        if is_author
        else next(
            (c for c in getattr(item, "accepted_coauthors", ()) if c.user_id == user.pk), None
        ),
        "status_tag_class": STATUS_TAG_CLASSES[item.status],
        "owner_actions": author_actions(item._meta.model_name, item, is_author=is_author),
        "owner_kind": item._meta.model_name,
        "revision": revision,
        # The new version, for the personal-data check, while it waits.
        "revision_item": revisions.proposed_item(item, revision)
        if revision and revision.state == revision.State.PENDING
        else None,
    }


def own_item(request: HttpRequest, flow: Flow, slug: str, queryset=None, *, shared: bool = True):
    """The gatekeeper for every author action: the signed-in user's own item, or one
    they co-author unless `shared` is False (the author's alone), or 404 for
    everyone else (staff included) whatever its status."""
    queryset = flow.model.objects.all() if queryset is None else queryset
    mine = owned_by(flow.model, request.user, shared=shared)
    return get_object_or_404(queryset.filter(mine), slug=slug)


def _form_page(request, flow: Flow, template: str, form, *, item=None, status=200, **extra):
    previewing = "preview" in request.POST
    context = {
        "flow": flow,
        "form": form.for_preview() if previewing else form,
        "item": item,
        "previewing": previewing,
        "previews": form.previews() if previewing else {},
        **extra,
    }
    return render(request, template, context, status=status)


def _workflow_refused(request, item, exc) -> HttpResponse:
    messages.info(request, str(exc))
    return redirect(item)


@verified_email_required
def create(request: HttpRequest, kind: str) -> HttpResponse:
    flow = FLOWS[kind]
    template = f"catalogue/contribute/{kind}_form.html"
    if request.method != "POST":
        return _form_page(request, flow, template, flow.form(initial={"language": get_language()}))
    form = flow.form(data=request.POST, files=request.FILES)
    if "preview" in request.POST or not form.is_valid():
        return _form_page(request, flow, template, form)
    try:
        item = workflow.create_draft(
            flow.model, form.values(), author=request.user, language=get_language()
        )
    except RateLimited as exc:
        form.add_error(None, str(exc))
        return _form_page(request, flow, template, form, status=429)
    messages.success(request, _("Your draft is saved. Only you can see it."))
    return redirect(item)


def _edit(request: HttpRequest, flow: Flow, slug: str, form_class, template: str) -> HttpResponse:
    item = own_item(request, flow, slug)
    if not workflow.can_edit(item):
        return _workflow_refused(
            request,
            item,
            _("This can no longer be changed: its status is “%(status)s”.")
            % {"status": item.get_status_display()},
        )
    if request.method != "POST":
        pending = revisions.pending_for(item) if item.status == Status.PUBLISHED else None
        form = form_class(instance=item, initial=revisions.initial(pending))
        return _form_page(request, flow, template, form, item=item, revision=pending)
    was = item.status
    form = form_class(data=request.POST, files=request.FILES, instance=item)
    if "preview" in request.POST or not form.is_valid():
        return _form_page(request, flow, template, form, item=item)
    try:
        item = workflow.save_changes(item, form.values(), user=request.user)
    except workflow.WorkflowError as exc:
        return _workflow_refused(request, item, exc)
    if hasattr(item, "pending_revision"):
        messages.success(
            request,
            _(
                "Your changes are saved. A moderator will check them before they are "
                "published; until then people see the version below."
            )
            if item.pending_revision
            else _("Nothing has changed."),
        )
    elif was == Status.SUBMITTED and item.status == Status.DRAFT:
        messages.success(
            request,
            _("Your changes are saved. It is a draft again: submit it when it is ready."),
        )
    else:
        messages.success(request, _("Your changes are saved."))
    return redirect(item)


@verified_email_required
def edit(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    flow = FLOWS[kind]
    return _edit(request, flow, slug, flow.form, f"catalogue/contribute/{kind}_form.html")


@verified_email_required
def details(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    """The optional "add more details" page (innovations)."""
    flow = FLOWS[kind]
    return _edit(
        request, flow, slug, flow.details_form, f"catalogue/contribute/{kind}_details_form.html"
    )


@verified_email_required
def preview(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    """The item exactly as it will look when published, with similar innovations."""
    flow = FLOWS[kind]
    item = attach_terms([own_item(request, flow, slug, flow.detail_queryset())])[0]
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])  # after own_item: others get a 404
    context = {
        "item": item,
        "preview": True,  # no related items (the page's {% shared_part %} is left out)
        "is_owner": True,
        "can_submit": workflow.can_submit(item),
        "submit_url": reverse(f"catalogue:{kind}_submit", kwargs={"slug": slug}),
        "edit_url": reverse(f"catalogue:{kind}_edit", kwargs={"slug": slug}),
    }
    if kind == "innovation":
        exclude = [item.pk, *filter(None, [item.translation_of_id])]
        context["similar"] = selectors.similar_innovations(
            f"{item.title} {item.summary}", exclude=exclude
        )
    return render(request, flow.detail_template, context)


@verified_email_required
def submit(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    flow = FLOWS[kind]
    item = own_item(request, flow, slug)
    if not workflow.can_submit(item):
        return _workflow_refused(
            request,
            item,
            _("This has already been submitted.")
            if item.status in (Status.SUBMITTED, Status.PUBLISHED)
            else _("This cannot be submitted: its status is “%(status)s”.")
            % {"status": item.get_status_display()},
        )
    form = SubmitForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        try:
            item = workflow.submit(item, user=request.user, confirmed_no_personal_data=True)
        except workflow.WorkflowError as exc:
            return _workflow_refused(request, item, exc)
        if item.status == Status.PUBLISHED:
            messages.success(request, _("Thank you. It is published."))
        else:
            messages.success(
                request,
                _(
                    "Thank you. It is submitted: ShareHub staff will check it, then publish it. "
                    "Until then only you can see it."
                ),
            )
        return redirect(item)
    return render(
        request, "catalogue/contribute/submit.html", {"flow": flow, "item": item, "form": form}
    )


@verified_email_required
def withdraw(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    flow = FLOWS[kind]
    item = own_item(request, flow, slug, shared=False)
    if not workflow.can_withdraw(item):
        return _workflow_refused(request, item, _("This has already been withdrawn."))
    if request.method == "POST":
        try:
            workflow.withdraw(item, user=request.user)
        except workflow.WorkflowError as exc:
            return _workflow_refused(request, item, exc)
        messages.success(
            request,
            _("“%(title)s” is withdrawn. Only you can see it now.") % {"title": item.title},
        )
        return redirect("catalogue:contributions")
    return render(request, "catalogue/contribute/withdraw.html", {"flow": flow, "item": item})


@verified_email_required
def need_answered(request: HttpRequest, slug: str) -> HttpResponse:
    """The asker marks their question answered, or open again."""
    need = own_item(request, FLOWS["need"], slug)
    if need.status != Status.PUBLISHED:
        return _workflow_refused(
            request, need, _("Only a published question can be marked answered.")
        )
    if request.method == "POST":
        answered = request.POST.get("answered") != "0"
        try:
            workflow.mark_answered(need, user=request.user, answered=answered)
        except workflow.WorkflowError as exc:
            return _workflow_refused(request, need, exc)
        messages.success(
            request,
            _("Your question is marked answered.")
            if answered
            else _("Your question is open again."),
        )
        return redirect(need)
    return render(request, "catalogue/contribute/need_answered.html", {"item": need})


@verified_email_required
def need_reply(request: HttpRequest, slug: str) -> HttpResponse:
    """Any verified user may reply to a published question."""
    need = get_object_or_404(Need.objects.published(), slug=slug)
    form = NeedReplyForm(request.POST if request.method == "POST" else None, user=request.user)
    previewing = "preview" in request.POST
    status = 200
    if request.method == "POST" and not previewing and form.is_valid():
        try:
            reply = workflow.add_reply(need=need, author=request.user, **form.values())
        except RateLimited as exc:
            form.add_error(None, str(exc))
            status = 429
        except workflow.WorkflowError as exc:
            return _workflow_refused(request, need, exc)
        else:
            if reply.is_published:
                messages.success(request, _("Your reply is added."))
            else:
                messages.success(
                    request,
                    _(
                        "Thank you. A moderator will check your reply before other people "
                        "can see it."
                    ),
                )
            return redirect(reply.get_absolute_url())
    return render(
        request,
        "catalogue/contribute/need_reply.html",
        {
            "item": need,
            "form": form.for_preview() if previewing else form,
            "previewing": previewing,
            "previews": form.previews() if previewing else {},
        },
        status=status,
    )


@require_GET
@cache_control(max_age=60, private=True)
def similar(request: HttpRequest) -> HttpResponse:
    """A fragment for the share form's script: published innovations like the
    title and summary being typed. Read-only and public, like the lists."""
    query = " ".join(request.GET.get("q", "")[:SIMILAR_MAX_QUERY].lower().split())
    key = f"similar:{get_language()}:{hashlib.sha256(query.encode()).hexdigest()}"
    html = cache.get(key)
    if html is None:  # typing sends many requests; the same words are answered from the cache
        items = selectors.similar_innovations(query) if len(query) >= 3 else []
        html = render_to_string(
            "catalogue/contribute/includes/similar.html",
            {"similar": items, "compact": True},
            request=request,
        )
        cache.set(key, html, SIMILAR_CACHE_SECONDS)
    return HttpResponse(html)


@login_required
def contributions(request: HttpRequest) -> HttpResponse:
    """The signed-in user's own innovations, resources and questions, every status,
    those they co-author, and invitations to co-author waiting for their answer."""
    groups = []
    user = request.user
    latest = revisions.latest_by_item(user)
    for flow in FLOWS.values():
        content_type = ContentType.objects.get_for_model(flow.model)
        items = list(
            flow.model.objects.editable_by(user)
            .only(
                *CONTRIBUTION_FIELDS, "author_id", *(["answered_at"] if flow.model is Need else [])
            )
            .order_by("-updated_at", "-id")
        )
        for item in items:
            item.coauthored = item.author_id != user.pk
            item.tag_class = STATUS_TAG_CLASSES[item.status]
            item.next_action = next_action(flow.name, item, is_author=not item.coauthored)
            if item.status == Status.PUBLISHED:
                item.revision = latest.get((content_type.pk, item.pk))
        groups.append({"flow": flow, "items": items})
    return render(
        request,
        "catalogue/contribute/contributions.html",
        {"groups": groups, "invitations": coauthors.pending_invitations(user)},
    )
