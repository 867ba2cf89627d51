import json

from allauth.account.decorators import reauthentication_required, verified_email_required
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from sharehub.accounts import privacy
from sharehub.accounts.forms import DeleteAccountForm, ProfileForm
from sharehub.accounts.models import User
from sharehub.taxonomy.terms import attach_terms


@verified_email_required
@require_http_methods(["GET", "POST"])
def profile_edit(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST if request.method == "POST" else None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:profile_edit")
    return render(request, "accounts/profile_form.html", {"form": form})


@require_GET
def person_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    """Anyone with an active account has a page: their public name, the profile
    fields they chose to show and what they have published. Nothing else."""
    person = get_object_or_404(User, public_id=public_id, is_active=True)
    attach_terms([person])
    return render(
        request,
        "accounts/person_detail.html",
        {"person": person, "contributions": privacy.contributions(person)},
    )


@login_required
@require_GET
def privacy_overview(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/privacy.html")


@login_required
@never_cache
@require_GET
def data_download(request: HttpRequest) -> HttpResponse:
    data = privacy.export_user_data(request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"sharehub-my-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@reauthentication_required
@require_http_methods(["GET", "POST"])
def account_delete(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        privacy.delete_account(
            user=request.user,
            remove_content=form.cleaned_data["content"] == DeleteAccountForm.REMOVE,
        )
        logout(request)
        return redirect("accounts:account_deleted")
    return render(request, "accounts/account_delete.html", {"form": form})


@require_GET
def account_deleted(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/account_deleted.html")
