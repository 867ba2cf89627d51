"""Request metrics in Prometheus's text format, at /metrics, for operators only.

Counted by `sharehub.core.middleware.RequestIdMiddleware` for every response:
requests by method, view and status, and their duration by method and view. The
view is the URL pattern's name (a bounded set), never the path, so personal data in
URLs never becomes a label.

With several gunicorn workers each has its own counters: set PROMETHEUS_MULTIPROC_DIR
to an empty directory writable by the workers (emptied before each start) and every
scrape adds up all of them (prometheus_client's multiprocess mode).

Who may read it (`metrics_allowed`): a client address in METRICS_ALLOWED_IPS
(addresses or networks; default 127.0.0.1) or `Authorization: Bearer <METRICS_TOKEN>`.
Everyone else is answered 404, as if there were nothing there.
"""

import hmac
import ipaddress
import os

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotFound
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client import REGISTRY as DEFAULT_REGISTRY

METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}

REQUESTS = Counter(
    "sharehub_http_requests",
    "HTTP requests answered, by method, view and status code.",
    ["method", "view", "status"],
)
DURATION = Histogram(
    "sharehub_http_request_duration_seconds",
    "Time to answer an HTTP request, by method and view.",
    ["method", "view"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)


def view_label(request: HttpRequest) -> str:
    match = getattr(request, "resolver_match", None)
    if match is None:
        if request.path == "/healthz":
            return "healthz"
        if request.path == "/metrics":
            return "metrics"
        if request.path.startswith(settings.STATIC_URL):
            return "static"
        return "unresolved"
    return match.view_name or "unnamed"


def observe(request: HttpRequest, status: int, seconds: float) -> None:
    method = request.method if request.method in METHODS else "other"
    view = view_label(request)
    REQUESTS.labels(method=method, view=view, status=str(status)).inc()
    DURATION.labels(method=method, view=view).observe(seconds)


def _networks(values: list[str]):
    for value in values:
        try:
            yield ipaddress.ip_network(value, strict=False)
        except ValueError:
            continue


def client_address(request: HttpRequest) -> str | None:
    """The address to check against METRICS_ALLOWED_IPS, or None when it cannot be told.

    Behind TRUSTED_PROXY_COUNT proxies of our own it is the X-Forwarded-For entry the
    nearest of them added. With none configured a request that carries forwarding
    headers came through a proxy anyway (REMOTE_ADDR would be the proxy's own, often
    127.0.0.1), so it is not let in by address at all: only by token."""
    proxies = settings.ALLAUTH_TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies:
        entries = [entry.strip() for entry in forwarded.split(",") if entry.strip()]
        return entries[-proxies] if len(entries) >= proxies else None
    if forwarded or request.META.get("HTTP_FORWARDED") or request.META.get("HTTP_X_REAL_IP"):
        return None
    return request.META.get("REMOTE_ADDR")


def metrics_allowed(request: HttpRequest) -> bool:
    token = settings.METRICS_TOKEN
    if token:
        auth = request.META.get("HTTP_AUTHORIZATION", "")
        scheme, _, presented = auth.partition(" ")
        if scheme.lower() == "bearer" and hmac.compare_digest(
            presented.strip().encode(), token.encode()
        ):
            return True
    address = client_address(request)
    if not address:
        return False
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in _networks(settings.METRICS_ALLOWED_IPS))


def registry():
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        collected = CollectorRegistry()
        multiprocess.MultiProcessCollector(collected)
        return collected
    return DEFAULT_REGISTRY


def metrics(request: HttpRequest) -> HttpResponse:
    if request.method not in ("GET", "HEAD") or not metrics_allowed(request):
        return HttpResponseNotFound("Not Found", content_type="text/plain")
    response = HttpResponse(generate_latest(registry()), content_type=CONTENT_TYPE_LATEST)
    response["Cache-Control"] = "no-store"
    return response
