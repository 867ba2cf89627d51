"""The Django admin behind the same gate as the moderators' pages, and more.

Staff sign in through allauth (its rate limits, e-mail verification and
two-factor step apply; the admin's own login form is never used), and every
admin page, action included, asks for two-factor authentication: an account
without an authenticator app is sent to set one up, and a session that did not
pass it (signed in before the app was added, say) is asked for a code first.
"""

from functools import wraps

from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from sharehub.gate.access import two_factor_refusal


def _refusal(request):
    """Where a signed-in member of staff goes first, or None when they may go on."""
    user = request.user
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return None  # the admin's own checks send them to sign in, or refuse them
    response = two_factor_refusal(
        request,
        setup_message=_(
            "Staff must use two-factor authentication. Set up an authenticator app, "
            "then go back to the admin."
        ),
    )
    if response is not None:
        add_never_cache_headers(response)
    return response


class ShareHubAdminSite(admin.AdminSite):
    def admin_view(self, view, cacheable=False):
        """Every admin page and action (ModelAdmin views are wrapped here too)."""
        inner = super().admin_view(view, cacheable)

        @wraps(inner)
        def gated(request, *args, **kwargs):
            return _refusal(request) or inner(request, *args, **kwargs)

        return gated

    def login(self, request, extra_context=None):
        """Signing in is allauth's; a signed-in member of staff still needs two factors."""

        @secure_admin_login
        def view(request):
            return _refusal(request) or super(ShareHubAdminSite, self).login(request, extra_context)

        return view(request)
