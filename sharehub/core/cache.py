"""The shared cache (Redis in production), kept from taking the site down with it.

Django's RedisCache raises on every connection error, so with Redis stopped every
page answered 500. ResilientRedisCache degrades instead:

- reads (get, get_many, has_key, get_or_set) are misses and writes (set, set_many,
  touch, delete, delete_many, clear) do nothing: pages are served from the database;
- add, incr and decr, the atomic operations rate limits and locks are built on
  (allauth's sign-in limits, sharehub.core.ratelimit.take_slot), raise
  CacheUnavailable: limits fail closed, and the action is refused with a message
  (CacheUnavailableMiddleware answers 503 where no caller turned it into a form error).

After a failure the cache is not tried again for RETRY_SECONDS (per process and
thread), so a Redis that does not answer costs one timeout, not one per call.
Errors are logged, at most once a minute. `/healthz` reports the cache (cache_status).
Sessions are cached_db in production (settings.py), so they survive an outage.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5.0
LOG_EVERY_SECONDS = 60.0


class CacheUnavailable(Exception):
    """The shared cache could not be reached for an operation that must not be
    skipped (a counter or a lock)."""

    message = _(
        "ShareHub cannot check this just now because part of the service is unavailable. "
        "Nothing has been saved. Try again in a few minutes."
    )


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._down_until = 0.0
        self._last_logged = 0.0

    # --- bookkeeping ---

    def _available(self) -> bool:
        return time.monotonic() >= self._down_until

    def _failed(self, operation: str, exc: Exception) -> None:
        now = time.monotonic()
        self._down_until = now + RETRY_SECONDS
        if now - self._last_logged >= LOG_EVERY_SECONDS or not self._last_logged:
            self._last_logged = now
            logger.warning(
                "Cache unavailable (%s: %s: %s); serving without it",
                operation,
                exc.__class__.__name__,
                exc,
            )

    def _degrade(self, operation: str, fallback, call, *args, **kwargs):
        if not self._available():
            return fallback
        try:
            return call(*args, **kwargs)
        except RedisError as exc:
            self._failed(operation, exc)
            return fallback

    def _must(self, operation: str, call, *args, **kwargs):
        if not self._available():
            raise CacheUnavailable(operation)
        try:
            return call(*args, **kwargs)
        except RedisError as exc:
            self._failed(operation, exc)
            raise CacheUnavailable(operation) from exc

    # --- reads: a miss ---

    def get(self, key, default=None, version=None):
        return self._degrade("get", default, super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._degrade("get_many", {}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._degrade("has_key", False, super().has_key, key, version)

    def get_or_set(self, key, default, timeout=DEFAULT_TIMEOUT, version=None):
        value = self.get(key, self._missing_key, version=version)
        if value is not self._missing_key:
            return value
        if callable(default):
            default = default()
        try:
            self.add(key, default, timeout=timeout, version=version)
        except CacheUnavailable:
            return default
        return self.get(key, default, version=version)

    # --- writes: nothing happens ---

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._degrade("set", None, super().set, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._degrade("set_many", list(data), super().set_many, data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._degrade("touch", False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._degrade("delete", False, super().delete, key, version)

    def delete_many(self, keys, version=None):
        self._degrade("delete_many", None, super().delete_many, keys, version)

    def clear(self):
        return self._degrade("clear", False, super().clear)

    # --- counters and locks: fail closed ---

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._must("add", super().add, key, value, timeout, version)

    def incr(self, key, delta=1, version=None):
        return self._must("incr", super().incr, key, delta, version)

    # --- for /healthz ---

    def ping(self) -> bool:
        """Ask Redis itself, whatever the last call found."""
        try:
            self._cache.get_client(write=True).ping()
        except RedisError as exc:
            self._failed("ping", exc)
            return False
        self._down_until = 0.0
        return True


def cache_status(cache) -> str:
    """ "ok" or "down", for /healthz. Caches without ping (in-process) are "ok"."""
    ping = getattr(cache, "ping", None)
    if ping is None:
        return "ok"
    return "ok" if ping() else "down"


class CacheUnavailableMiddleware:
    """An action refused because its counter or lock could not be reached answers
    503 with a page that says so, instead of a server error."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception):
        if not isinstance(exception, CacheUnavailable):
            return None
        response = render(
            request,
            "core/unavailable.html",
            {"message": CacheUnavailable.message},
            status=503,
        )
        response["Retry-After"] = "60"
        return response
