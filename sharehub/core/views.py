from datetime import date

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache

from sharehub.core.cache import cache_status

# Update these when the statement or the notice is reviewed, or the site is tested again.
ACCESSIBILITY_STATEMENT_PREPARED = date(2026, 11, 22)
ACCESSIBILITY_LAST_TESTED = date(2026, 11, 22)
PRIVACY_NOTICE_UPDATED = date(2026, 11, 22)


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """For load balancers: 200 when the database answers, 503 when it does not.

    The shared cache is reported too: without it pages are still served (reads miss,
    rate-limited actions are refused with a message; sharehub.core.cache), so a
    stopped cache is 200 with "status": "degraded" and "cache": "down" for
    monitoring to alert on, rather than taking every web process out of service."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any database failure means "not healthy"
        return JsonResponse(
            {
                "status": "error",
                "database": str(exc.__class__.__name__),
                "cache": cache_status(cache),
            },
            status=503,
        )
    cache_state = cache_status(cache)
    return JsonResponse(
        {
            "status": "ok" if cache_state == "ok" else "degraded",
            "database": "ok",
            "cache": cache_state,
        }
    )


def safe_next(request: HttpRequest, default: str) -> str:
    """Where to go after a form: its `next` (POST, then GET) when it is a page on
    this site, else `default`. Never another site (no open redirect)."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def bad_request(request: HttpRequest, messages: list[str], status: int = 400):
    """A page that says what was wrong with the request, in the site's look."""
    return render(request, "400.html", {"messages_list": messages}, status=status)


def accessibility(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "pages/accessibility.html",
        {
            "prepared": ACCESSIBILITY_STATEMENT_PREPARED,
            "tested": ACCESSIBILITY_LAST_TESTED,
            "contact_email": settings.SHAREHUB_CONTACT_EMAIL,
        },
    )


def cookies() -> list[tuple[str, str, str]]:
    """The only cookies ShareHub sets, all essential: (name, purpose, how long)."""
    weeks = settings.SESSION_COOKIE_AGE // (7 * 24 * 3600)
    return [
        (
            settings.SESSION_COOKIE_NAME,
            _("Keeps you signed in as you move from page to page."),
            ngettext(
                "%(weeks)s week, or until you sign out",
                "%(weeks)s weeks, or until you sign out",
                weeks,
            )
            % {"weeks": weeks},
        ),
        (
            settings.CSRF_COOKIE_NAME,
            _("Protects the forms you fill in from being sent by another website."),
            _("1 year"),
        ),
        (
            settings.LANGUAGE_COOKIE_NAME,
            _("Remembers whether you chose English or Welsh."),
            _("Until you close your browser"),
        ),
        (
            "messages",
            _("Shows a one-off confirmation, such as “You have signed in”."),
            _("Until the message has been shown"),
        ),
    ]


def privacy(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "pages/privacy.html",
        {
            "updated": PRIVACY_NOTICE_UPDATED,
            "cookies": cookies(),
            "contact_email": settings.SHAREHUB_CONTACT_EMAIL,
        },
    )
