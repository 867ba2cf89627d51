import logging
import time
from urllib.parse import unquote_plus

from django.conf import settings
from django.http import HttpRequest

from sharehub.core import metrics
from sharehub.core.errors import request_too_large
from sharehub.core.logging import request_id, request_id_from
from sharehub.core.views import healthz

request_logger = logging.getLogger("sharehub.request")


def signed_in_user_id(request: HttpRequest) -> int | None:
    """The signed-in account's id, only if the request already looked it up (reading
    request.user here would cost a session and a user query on pages that never did)."""
    user = getattr(request, "_cached_user", None)
    if user is not None and user.is_authenticated:
        return user.pk
    return None


def query_parameter_names(query_string: str) -> list[str]:
    """The names in a query string, never their values (a search may hold a name or an
    address); at most 20, each cut to 64 characters. Never fails on a malformed one."""
    names = {unquote_plus(part.partition("=")[0])[:64] for part in query_string.split("&") if part}
    return sorted(names)[:20]


class RequestIdMiddleware:
    """First in MIDDLEWARE: give the request an id (the proxy's X-Request-ID when it is
    a safe token, otherwise a new one), put it in every log record made while it is
    answered (sharehub.core.logging) and on the response, then log one line for it and
    count it in the metrics. The line has the path without its query string (only the
    parameters' names), the status, the time taken, the pid and the user's id if signed
    in: no query values, addresses or e-mail addresses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        rid = request_id_from(request.META.get("HTTP_X_REQUEST_ID"))
        token = request_id.set(rid)
        request.request_id = rid
        started = time.perf_counter()
        status = 500
        try:
            response = self.get_response(request)
            status = response.status_code
            response["X-Request-ID"] = rid
            return response
        finally:
            elapsed = time.perf_counter() - started
            try:
                metrics.observe(request, status, elapsed)
                self.log(request, status, elapsed)
            finally:
                request_id.reset(token)

    def log(self, request: HttpRequest, status: int, elapsed: float) -> None:
        fields = {
            "method": request.method,
            "path": request.path,
            "status": status,
            "duration_ms": round(elapsed * 1000, 1),
            "user_id": signed_in_user_id(request),
        }
        names = query_parameter_names(request.META.get("QUERY_STRING", ""))
        if names:
            fields["query_params"] = names
        # Probes every few seconds would drown the rest: /healthz and /metrics at DEBUG.
        level = logging.DEBUG if request.path in ("/healthz", "/metrics") else logging.INFO
        request_logger.log(
            level,
            "%s %s %s %.1fms",
            request.method,
            request.path,
            status,
            fields["duration_ms"],
            extra=fields,
        )


class HealthCheckMiddleware:
    """Answer /healthz before host validation and the HTTPS redirect, so load
    balancers and container health checks can probe any address over HTTP."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if request.path == "/healthz":
            return healthz(request)
        return self.get_response(request)


class MetricsMiddleware:
    """Answer /metrics, like /healthz, before host validation and the HTTPS redirect:
    Prometheus scrapes each web process by its own address over plain HTTP. Only
    operators get the figures (an allowed address or the token, see
    sharehub.core.metrics); anyone else gets a 404."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if request.path == "/metrics":
            return metrics.metrics(request)
        return self.get_response(request)


# Browser features ShareHub never uses, switched off for its pages and anything they
# embed. Only features Chromium knows (an unknown one is a console error).
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)


class PermissionsPolicyMiddleware:
    """Permissions-Policy on every response (first in MIDDLEWARE, so /healthz, static
    files and error pages carry it too)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class RequestSizeLimitMiddleware:
    """Refuse a body over SHAREHUB_REQUEST_MAX_BYTES from its Content-Length, before a
    byte of it is read: Django's DATA_UPLOAD_MAX_MEMORY_SIZE leaves files out, and
    would otherwise write a 200 MB upload to a temporary file before the form could
    refuse it. (A chunked body has no Content-Length; Django reads none of it, and
    the proxy's own limit applies: see the README.)"""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0  # Django refuses a malformed length itself when it reads the body
        if length > settings.SHAREHUB_REQUEST_MAX_BYTES:
            return request_too_large(request)
        return self.get_response(request)
