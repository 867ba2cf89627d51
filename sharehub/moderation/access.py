"""Who may use the moderators' pages: a signed-in account with the permission and
with two-factor authentication (sharehub.gate.access). Without it the account is
sent to set it up first."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from sharehub.gate.access import (
    MODERATE,
    SUSPEND,
    VIEW_AUDIT,
    has_mfa,
    is_moderator,
    moderated,
)

__all__ = ["MODERATE", "SUSPEND", "VIEW_AUDIT", "is_moderator", "moderated", "moderator_required"]


def moderator_required(permission: str = MODERATE):
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            user = request.user
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not user.has_perm(permission):
                raise PermissionDenied
            if not has_mfa(user):
                messages.warning(
                    request,
                    _(
                        "Moderators must use two-factor authentication. Set up an "
                        "authenticator app, then go back to the moderation pages."
                    ),
                )
                return redirect("mfa_activate_totp")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
