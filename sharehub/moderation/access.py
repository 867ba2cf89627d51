"""Who may use the moderators' pages: a signed-in account with the permission
(members of the Moderators group; superusers have every permission) and with
two-factor authentication (an allauth TOTP authenticator). Without it the
account is sent to set it up first."""

from functools import wraps

from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from sharehub.core.models import Status

MODERATE = "moderation.moderate_content"
SUSPEND = "moderation.suspend_users"
VIEW_AUDIT = "moderation.view_audit_log"


# Drafts their author never submitted (and such drafts withdrawn): the author's alone.
# Anything that was ever submitted (submitted, published, hidden, rejected, changes
# requested, a submitted item edited back to draft, or withdrawn) moderators may see.
PRIVATE_STATUSES = (Status.DRAFT, Status.WITHDRAWN)


def never_submitted() -> Q:
    return Q(status__in=PRIVATE_STATUSES, submitted_at__isnull=True)


def moderated(queryset):
    """The items of `queryset` a moderator may open: everything but drafts never submitted."""
    return queryset.exclude(never_submitted())


def has_mfa(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def is_moderator(user) -> bool:
    return user.is_authenticated and user.has_perm(MODERATE) and has_mfa(user)


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
