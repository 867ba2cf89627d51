"""Error pages that say why: a 400 naming what was wrong with the request, a 413 for
a body too large to read, and a 503 while the database is unreachable. Pages under
/api/ get the same words as JSON ({"detail": …})."""

import logging
import sys

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.views import defaults

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 120


def _is_api(request: HttpRequest) -> bool:
    return request.path_info.startswith("/api/")


def _language(request: HttpRequest) -> str:
    """The page's language from its address (/cy/…), even when the error came before
    LocaleMiddleware could set it."""
    return translation.get_language_from_path(request.path_info) or translation.get_language()


def reason_for(exception) -> str:
    """Why a request was refused, in words a person can act on."""
    if isinstance(exception, TooManyFieldsSent):
        return _(
            "The form sent more than %(limit)s fields, more than ShareHub accepts. "
            "Go back to the page and send the form again."
        ) % {"limit": settings.DATA_UPLOAD_MAX_NUMBER_FIELDS}
    if isinstance(exception, TooManyFilesSent):
        return _("Too many files were sent at once. Attach up to %(limit)s files to one item.") % {
            "limit": settings.SHAREHUB_UPLOAD_MAX_FILES
        }
    if isinstance(exception, RequestDataTooBig):
        return _(
            "The text sent is longer than ShareHub accepts (more than %(size)s). "
            "Shorten it and send it again."
        ) % {"size": filesizeformat(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)}
    if isinstance(exception, MultiPartParserError):
        # Django's parser refuses a part whose headers (the file's name among them) pass
        # 1 KB; it says so only in its English message.
        if "header size" in str(exception):
            return _(
                "A file's name is too long. Rename the file with a shorter name and "
                "upload it again."
            )
        return _("The files sent could not be read. Choose them again and send the form again.")
    return _("The request could not be understood.")


def bad_request(request: HttpRequest, exception=None) -> HttpResponse:
    """handler400: the page says why (too many fields, too much text, a file name too
    long…), never how the server failed."""
    with translation.override(_language(request)):
        reason = reason_for(exception)
        if _is_api(request):
            return JsonResponse({"detail": reason}, status=400)
        context = {
            "messages_list": [reason],
            "heading": _("What you sent could not be accepted"),
            "advice": _(
                "Nothing was saved. Go back to the page, change what is described above "
                "and send it again."
            ),
            "back_link": _("Go back to the page"),
        }
        try:
            return render(request, "400.html", context, status=400)
        except Exception:  # a page about a broken request must not break too
            logger.exception("The 400 page could not be shown")
            return HttpResponseBadRequest(reason, content_type="text/plain; charset=utf-8")


def request_too_large(request: HttpRequest) -> HttpResponse:
    """413 for a body over SHAREHUB_REQUEST_MAX_BYTES, decided before it is read."""
    with translation.override(_language(request)):
        if _is_api(request):
            return JsonResponse({"detail": _("What you sent is too large.")}, status=413)
        context = {
            "file_limit": filesizeformat(settings.SHAREHUB_UPLOAD_MAX_BYTES),
            "file_count": settings.SHAREHUB_UPLOAD_MAX_FILES,
        }
        return render(request, "413.html", context, status=413)


def database_unavailable(exception) -> bool:
    """Whether the exception (or one it came from) says the database cannot be reached."""
    seen = set()
    while exception is not None and id(exception) not in seen:
        if isinstance(exception, OperationalError | InterfaceError):
            return True
        seen.add(id(exception))
        exception = exception.__cause__ or exception.__context__
    return False


def service_unavailable(request: HttpRequest) -> HttpResponse:
    """503 with Retry-After. The page is drawn without the request's context (which
    would ask the database who is signed in) and names no account links."""
    with translation.override(_language(request)):
        detail = _("ShareHub is not available at the moment. Try again in a few minutes.")
        if _is_api(request):
            response = JsonResponse({"detail": detail}, status=503)
        else:
            html = render_to_string("503.html", {"retry_minutes": RETRY_AFTER_SECONDS // 60})
            response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a database outage is a 503 (the site will be back), anything else
    the static 500 page. Django calls this inside its `except` block."""
    if database_unavailable(sys.exc_info()[1]):
        return service_unavailable(request)
    if _is_api(request):
        return JsonResponse({"detail": _("Sorry, there is a problem with ShareHub.")}, status=500)
    return defaults.server_error(request)
