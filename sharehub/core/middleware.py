from django.http import HttpRequest

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
