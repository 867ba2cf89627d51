"""Cached reads of the (small, rarely edited) taxonomy tables.

Lists and facets need every term's slug and bilingual name on every request;
reading them from the shared cache keeps that off the database. Staff edits
through the admin clear the cache at once; otherwise entries expire after
TERM_CACHE_SECONDS.
"""

from django.core.cache import cache
from django.db import models

TERM_CACHE_SECONDS = 300
_VERSION_KEY = "taxonomy:version"


def _version() -> int:
    return cache.get_or_set(_VERSION_KEY, 1, None)


def terms(model: type[models.Model]) -> list:
    """Every term of `model`, in display order (local authorities carry region_id)."""
    key = f"taxonomy:{_version()}:{model._meta.label_lower}"
    found = cache.get(key)
    if found is None:
        found = list(model.objects.all())
        cache.set(key, found, TERM_CACHE_SECONDS)
    return found


def by_slug(model: type[models.Model]) -> dict[str, models.Model]:
    return {term.slug: term for term in terms(model)}


def by_pk(model: type[models.Model]) -> dict[int, models.Model]:
    return {term.pk: term for term in terms(model)}


def clear_term_cache() -> None:
    try:
        cache.incr(_VERSION_KEY)
    except ValueError:
        cache.set(_VERSION_KEY, 2, None)
