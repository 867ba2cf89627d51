"""Who counts as staff, and what staff may open: a signed-in account with the
moderators' permission (members of the Moderators group; superusers have every
permission) and two-factor authentication (an allauth TOTP authenticator). The
moderators' pages (sharehub.moderation.access), the file views and the Django
admin (sharehub.accounts.admin_site) read it.

The Django admin asks for more: an authenticator and a session that passed it
(`two_factor_refusal`)."""

from urllib.parse import urlencode

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from sharehub.core.models import Status

MODERATE = "gate.moderate_content"
SUSPEND = "gate.suspend_users"
VIEW_AUDIT = "gate.view_audit_log"

# Drafts their author never submitted (and such drafts withdrawn): the author's alone.
# Anything that was ever submitted (submitted, published, hidden, rejected, changes
# requested, a submitted item edited back to draft, or withdrawn) moderators may see.
PRIVATE_STATUSES = (Status.DRAFT, Status.WITHDRAWN)


def never_submitted() -> Q:
    return Q(status__in=PRIVATE_STATUSES, submitted_at__isnull=True)


def moderated(queryset):
    """The items of `queryset` a moderator may open: everything but drafts never
    submitted. Kinds without a submission date (replies, listings) are created
    submitted or published, so a moderator may open all of them."""
    if not any(f.name == "submitted_at" for f in queryset.model._meta.get_fields()):
        return queryset
    return queryset.exclude(never_submitted())


def has_mfa(user) -> bool:
    """The account has an authenticator app (TOTP) set up."""
    return is_mfa_enabled(user, [Authenticator.Type.TOTP])


def is_moderator(user) -> bool:
    return user.is_authenticated and user.has_perm(MODERATE) and has_mfa(user)


def passed_mfa(request) -> bool:
    """This session's sign-in included a second factor: allauth records each step of
    authentication in the session ("mfa" after an authenticator code, at sign-in or
    when asked again), for the signed-in user only."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def two_factor_refusal(request, *, setup_message: str) -> HttpResponse | None:
    """None when the signed-in account has an authenticator app and this session
    passed it; otherwise where to go first: set one up (with `setup_message`), or
    enter a code from it, then come back."""
    if not has_mfa(request.user):
        messages.warning(request, setup_message)
        return redirect("mfa_activate_totp")
    if not passed_mfa(request):
        messages.info(
            request, _("Enter a code from your authenticator app to continue to this page.")
        )
        query = urlencode({REDIRECT_FIELD_NAME: request.get_full_path()})
        return redirect(f"{reverse('mfa_reauthenticate')}?{query}")
    return None
