"""Pages for "we tried this too" and the spread of innovations across Wales: the
adoption form, the author's move to the "spreading" stage, and the spread maps.

Writes need a signed-in user with a verified e-mail address and go through
sharehub.catalogue.adoptions (the gate, the rate limit, the audit log)."""

from allauth.account.decorators import verified_email_required
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sharehub.catalogue import adoptions, spread
from sharehub.catalogue.forms.adoptions import AdoptionForm
from sharehub.catalogue.models import Innovation
from sharehub.catalogue.views import get_item_for_user
from sharehub.catalogue.workflow import WorkflowError, get_language_code
from sharehub.core.ratelimit import RateLimited
from sharehub.gate.transitions import TransitionRefused


@verified_email_required
def adoption_create(request: HttpRequest, slug: str) -> HttpResponse:
    """Any verified user records that their organisation took up a published innovation."""
    innovation = get_object_or_404(Innovation.objects.published(), slug=slug)
    form = AdoptionForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            adoption = adoptions.adoption_create(
                innovation=innovation,
                author=request.user,
                language=get_language_code(),
                **form.values(),
            )
        except RateLimited as exc:
            form.add_error(None, str(exc))
            status = 429
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
            status = 400
        except WorkflowError as exc:
            form.add_error(None, str(exc))
            status = 400
        else:
            if adoption.is_published:
                messages.success(request, _("Thank you. Your story is published."))
            else:
                messages.success(
                    request,
                    _(
                        "Thank you. A moderator will check your story before other people "
                        "can see it."
                    ),
                )
            return redirect(innovation.get_absolute_url() + "#adoptions")
    elif request.method == "POST":
        status = 400
    return render(
        request,
        "catalogue/adoption_form.html",
        {"item": innovation, "form": form},
        status=status,
    )


@require_POST
@verified_email_required
def innovation_spreading(request: HttpRequest, slug: str) -> HttpResponse:
    """The author confirms their innovation is spreading (the offer on its page).
    Anyone else, or an innovation not taken up elsewhere, is refused on the server."""
    innovation = get_object_or_404(Innovation.objects.visible_to(request.user), slug=slug)
    try:
        adoptions.innovation_move_to_spreading(innovation, user=request.user)
    except TransitionRefused as exc:
        if innovation.author_id != request.user.pk:
            return HttpResponse(str(exc), status=403, content_type="text/plain; charset=utf-8")
        messages.info(request, str(exc))
    else:
        messages.success(
            request, _("The stage of your innovation is now “Spreading to other places”.")
        )
    return redirect(innovation)


def innovation_spread(request: HttpRequest, slug: str) -> HttpResponse:
    """Where one innovation has been taken up: map and table."""
    innovation = get_item_for_user(Innovation.objects.all(), request.user, slug)
    return render(
        request,
        "catalogue/spread.html",
        {"item": innovation, "spread": spread.innovation_spread(innovation)},
    )


def catalogue_spread(request: HttpRequest) -> HttpResponse:
    """Where innovations have been taken up across Wales: map and table."""
    return render(request, "catalogue/spread.html", {"spread": spread.catalogue_spread()})
