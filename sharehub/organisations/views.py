from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sharehub.core.pagination import PageError, get_page
from sharehub.core.ratelimit import RateLimited
from sharehub.core.views import bad_request
from sharehub.gate.access import is_moderator
from sharehub.organisations import selectors, services
from sharehub.organisations.forms import JoinForm, MergeForm
from sharehub.organisations.models import Membership, Organisation

PER_PAGE = 50
Q_MAX = 200


@require_GET
def organisation_list(request: HttpRequest) -> HttpResponse:
    q = " ".join(request.GET.get("q", "").split())
    if len(q) > Q_MAX:
        return bad_request(request, [_("Search words must be 200 characters or fewer.")])
    try:
        page = get_page(
            selectors.organisations_for(request.user, q), request.GET.get("page"), PER_PAGE
        )
    except PageError as exc:
        return bad_request(request, [str(exc)])
    return render(
        request,
        "organisations/organisation_list.html",
        {"page": page, "query": q, "result": {"total": page.paginator.count, "query": q}},
    )


@require_GET
def organisation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = selectors.organisation_for(request.user, slug)
    if organisation is None:
        raise Http404
    shared = selectors.shared_by(organisation)
    return render(
        request,
        "organisations/organisation_detail.html",
        {
            "organisation": organisation,
            "innovations": shared["innovation"],
            "resources": shared["resource"],
            "adoptions": shared["adoption"],
            "contacts": shared["contact"],
            "limit": selectors.PAGE_LIMIT,
            "can_merge": is_moderator(request.user),
        },
    )


@require_http_methods(["GET", "POST"])
def organisation_merge(request: HttpRequest, slug: str) -> HttpResponse:
    """Moderators only: merge a duplicate into this organisation (audited)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not is_moderator(request.user):
        raise PermissionDenied
    keep = get_object_or_404(Organisation, slug=slug)
    form = MergeForm(request.POST if request.method == "POST" else None, keep=keep)
    if request.method == "POST" and form.is_valid():
        duplicate = form.cleaned_data["duplicate"]
        name = duplicate.name
        try:
            services.merge(keep=keep, duplicate=duplicate, actor=request.user)
        except Organisation.DoesNotExist:  # merged or deleted by someone else just now
            form.add_error("duplicate", _("There is no organisation at that address"))
        else:
            messages.success(
                request,
                _("“%(duplicate)s” has been merged into “%(keep)s”.")
                % {"duplicate": name, "keep": keep.name},
            )
            return redirect(keep)
    return render(
        request, "organisations/organisation_merge.html", {"organisation": keep, "form": form}
    )


# --- A person's own organisations ---------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def my_organisations(request: HttpRequest) -> HttpResponse:
    user = request.user
    initial = {}
    if not Membership.objects.filter(user=user).exists() and user.organisation:
        initial = {"name": user.organisation}  # what their profile says, offered
    form = JoinForm(request.POST if request.method == "POST" else None, initial=initial)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            organisation = services.join(user, form.cleaned_data["name"])
        except RateLimited as exc:
            form.add_error(None, str(exc))
            status = 429
        else:
            messages.success(
                request,
                _("You have been added to “%(name)s”.") % {"name": organisation.name},
            )
            return redirect("organisations:mine")
    public = set(
        selectors.public_organisations().filter(memberships__user=user).values_list("pk", flat=True)
    )
    memberships = (
        Membership.objects.filter(user=user)
        .select_related("organisation")
        .order_by("organisation__name", "id")
    )
    return render(
        request,
        "organisations/membership_list.html",
        {"form": form, "memberships": memberships, "public": public},
        status=status,
    )


@login_required
@require_POST
def leave_organisation(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(
        Organisation.objects.filter(memberships__user=request.user), slug=slug
    )
    try:
        services.leave(request.user, organisation)
    except RateLimited as exc:
        return bad_request(request, [str(exc)], status=429)
    messages.success(
        request,
        _("You have been removed from “%(name)s”.") % {"name": organisation.name},
    )
    return redirect("organisations:mine")
