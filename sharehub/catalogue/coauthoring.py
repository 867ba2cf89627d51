"""Pages for co-authors (sharehub.catalogue.coauthors): the author's page for
inviting and removing them, the invitee's page to accept or decline, and removing
(the author) or leaving (the co-author). Writes are POSTs by signed-in users with a
verified e-mail address; anyone else gets a 404."""

from allauth.account.decorators import verified_email_required
from django.contrib import messages
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from sharehub.catalogue import coauthors
from sharehub.catalogue.contribute import FLOWS, own_item
from sharehub.catalogue.forms.coauthors import InviteForm
from sharehub.catalogue.models import CoAuthor
from sharehub.core.ratelimit import RateLimited


def neutral_message() -> str:
    """What the author is told after every invitation, whether or not the address
    has an account: nothing here says which ShareHub addresses exist."""
    return _(
        "If that address belongs to a ShareHub account, we have invited them to co-author this."
    )


@verified_email_required
@require_http_methods(["GET", "HEAD", "POST"])
def manage(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    """The author's page: who is invited, who co-authors, who declined; invite more."""
    item = own_item(request, FLOWS[kind], slug, shared=False)
    form = InviteForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                coauthors.invite(item, author=request.user, email=form.cleaned_data["email"])
            except RateLimited as exc:
                form.add_error("email", str(exc))
                status = 429
            else:
                messages.success(request, neutral_message())
                return redirect(coauthors.manage_url(item))
        else:
            status = 400
    return render(
        request,
        "catalogue/coauthors/manage.html",
        {"item": item, "form": form, "coauthors": coauthors.coauthors_of(item)},
        status=status,
    )


@verified_email_required
@require_http_methods(["GET", "HEAD", "POST"])
def invitation(request: HttpRequest, pk: int) -> HttpResponse:
    """The invitee's page: accept or decline. Only they may see it."""
    invite = get_object_or_404(
        CoAuthor.objects.select_related("innovation", "resource", "invited_by"),
        pk=pk,
        user=request.user,
    )
    item = invite.item
    if invite.state != CoAuthor.State.INVITED:
        messages.info(request, _("You have already answered this invitation."))
        return redirect(
            item if invite.state == CoAuthor.State.ACCEPTED else "catalogue:contributions"
        )
    if request.method == "POST":
        choice = request.POST.get("answer")
        if choice in ("accept", "decline"):
            invite = coauthors.answer(invite, accepted=choice == "accept")
            if invite.state == CoAuthor.State.ACCEPTED:
                messages.success(
                    request,
                    _("You are a co-author of “%(title)s”. You can edit it now.")
                    % {"title": item.title},
                )
                return redirect(item)
            messages.success(request, _("You have declined the invitation."))
            return redirect("catalogue:contributions")
        error = _("Choose whether to accept or decline the invitation")
        return render(
            request,
            "catalogue/coauthors/invitation.html",
            {"invite": invite, "item": item, "error": error},
            status=400,
        )
    return render(request, "catalogue/coauthors/invitation.html", {"invite": invite, "item": item})


@verified_email_required
@require_http_methods(["GET", "HEAD", "POST"])
def remove(request: HttpRequest, pk: int) -> HttpResponse:
    """GET asks "are you sure?"; POST removes. The item's author removes anyone
    invited; a co-author removes only themself (leaves)."""
    user = request.user
    coauthor = get_object_or_404(
        CoAuthor.objects.filter(
            Q(user=user) | Q(innovation__author=user) | Q(resource__author=user)
        ).select_related("innovation", "resource", "user"),
        pk=pk,
    )
    item = coauthor.item
    leaving = coauthor.user_id == user.pk
    if request.method == "POST":
        coauthors.remove(coauthor, actor=user)
        if leaving:
            messages.success(
                request, _("You are no longer a co-author of “%(title)s”.") % {"title": item.title}
            )
            return redirect("catalogue:contributions")
        messages.success(
            request,
            _("%(name)s is no longer a co-author.") % {"name": coauthor.shown_name},
        )
        return redirect(coauthors.manage_url(item))
    return render(
        request,
        "catalogue/coauthors/remove.html",
        {
            "coauthor": coauthor,
            "item": item,
            "leaving": leaving,
            "back": item.get_absolute_url() if leaving else coauthors.manage_url(item),
        },
    )
