"""Hourly allowances per person, counted in the cache every web process shares.

One home for "how many of these may one person do in an hour": new content
(SHAREHUB_NEW_CONTENT_PER_HOUR) and any other write that needs a ceiling. When the
count cannot be kept (the cache is down) the write is refused: limits fail closed."""

import time

from django.core.cache import cache
from django.utils.translation import gettext as _

from sharehub.core.cache import CacheUnavailable


class RateLimited(Exception):
    """The person has used this hour's allowance, or it cannot be counted just now;
    the message says which, for the page (views answer 429)."""


def take_slot(scope: str, user, limit: int, refused_message: str) -> None:
    """Count one `scope` write by `user`; RateLimited past `limit` an hour.
    `refused_message` may use %(limit)s."""
    key = f"{scope}:{user.pk}:{int(time.time() // 3600)}"
    try:
        cache.add(key, 0, 3600)
        try:
            used = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, 3600)
            used = 1
    except CacheUnavailable:  # the count cannot be kept: refuse (fail closed)
        raise RateLimited(
            _(
                "ShareHub cannot add new things just now because part of the service is "
                "unavailable. Your work has not been lost: copy it somewhere safe and try "
                "again in a few minutes."
            )
        ) from None
    if used > limit:
        raise RateLimited(refused_message % {"limit": limit})
