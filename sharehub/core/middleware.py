from django.conf import settings
from django.http import HttpRequest

from sharehub.core.errors import request_too_large
from sharehub.core.views import healthz


class HealthCheckMiddleware:
    """Answer /healthz before host validation and the HTTPS redirect, so load
    balancers and container health checks can probe any address over HTTP."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if request.path == "/healthz":
            return healthz(request)
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
