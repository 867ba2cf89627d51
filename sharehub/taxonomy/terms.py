"""Cached reads of the (small, rarely edited) taxonomy tables.

Lists and facets need every term's slug and bilingual name on every request;
reading them from the shared cache keeps that off the database. Staff edits
through the admin clear the cache at once; otherwise entries expire after
TERM_CACHE_SECONDS. Each process also keeps what it read for LOCAL_SECONDS, so
the dozens of look-ups one request makes unpickle each table once.
"""

import time

from django.core.cache import cache
from django.db import models

TERM_CACHE_SECONDS = 300
LOCAL_SECONDS = 2.0
_VERSION_KEY = "taxonomy:version"
_local: dict[str, tuple[float, list, dict, dict]] = {}


def _version() -> int:
    return cache.get_or_set(_VERSION_KEY, 1, None)


def _read(model: type[models.Model]) -> tuple[float, list, dict, dict]:
    label = model._meta.label_lower
    held = _local.get(label)
    if held is not None and time.monotonic() - held[0] < LOCAL_SECONDS:
        return held
    key = f"taxonomy:{_version()}:{label}"
    found = cache.get(key)
    if found is None:
        found = list(model.objects.all())
        cache.set(key, found, TERM_CACHE_SECONDS)
    held = (
        time.monotonic(),
        found,
        {term.slug: term for term in found},
        {term.pk: term for term in found},
    )
    _local[label] = held
    return held


def version() -> int:
    """The term cache's version: it changes whenever staff edit a term."""
    return _version()


def terms(model: type[models.Model]) -> list:
    """Every term of `model`, in display order (local authorities carry region_id)."""
    return _read(model)[1]


def by_slug(model: type[models.Model]) -> dict[str, models.Model]:
    return _read(model)[2]


def by_pk(model: type[models.Model]) -> dict[int, models.Model]:
    return _read(model)[3]


def clear_term_cache() -> None:
    _local.clear()
    try:
        cache.incr(_VERSION_KEY)
    except ValueError:
        cache.set(_VERSION_KEY, 2, None)


TAGS = ("challenge_areas", "regions", "local_authorities")
TAG_ARRAY = "tag_array_"  # + a tag: the row's facet array, read with it (browse.for_cards)


def attach_terms(objects):
    """Fill every foreign key to a taxonomy term from the cache: what
    select_related would join, without the join or its planning time. A term
    missing from the cache is left to load normally. Rows read with their tag
    arrays (browse.for_cards) get their tags from the cache too; others of a
    tagged model that were not prefetched are prefetched here, in one query
    per tag, never one per row."""
    from sharehub.taxonomy.models import Tagged, Term

    objects = list(objects)
    if not objects:
        return objects
    fields = [
        field
        for field in objects[0]._meta.concrete_fields
        if field.many_to_one and issubclass(field.related_model, Term)
    ]
    tables = {field.name: by_pk(field.related_model) for field in fields}
    for obj in objects:
        for field in fields:
            pk = getattr(obj, field.attname)
            if pk is None:
                field.set_cached_value(obj, None)
            elif pk in tables[field.name]:
                field.set_cached_value(obj, tables[field.name][pk])
    if isinstance(objects[0], Tagged):
        _attach_tags(objects)
    return objects


def _attach_tags(objects) -> None:
    model = type(objects[0])
    more = [  # other lists of terms read with the rows (browse.for_item's term_lists)
        field.name
        for field in model._meta.many_to_many
        if field.name not in TAGS and hasattr(objects[0], TAG_ARRAY + field.name)
    ]
    missing = set()
    for name in (*TAGS, *more):
        read = [obj for obj in objects if getattr(obj, TAG_ARRAY + name, None) is not None]
        if name in TAGS and any(
            getattr(obj, TAG_ARRAY + name, None) is None
            and name not in getattr(obj, "_prefetched_objects_cache", {})
            for obj in objects
        ):
            missing.add(name)
        if not read:
            continue
        related = model._meta.get_field(name).related_model
        found, position = by_pk(related), {term.pk: n for n, term in enumerate(terms(related))}
        for obj in read:
            shown = models.QuerySet(model=related)
            shown._result_cache = sorted(
                (found[pk] for pk in getattr(obj, TAG_ARRAY + name) if pk in found),
                key=lambda term: position[term.pk],
            )
            shown._prefetch_done = True
            if not hasattr(obj, "_prefetched_objects_cache"):
                obj._prefetched_objects_cache = {}
            obj._prefetched_objects_cache[name] = shown
    if missing:
        models.prefetch_related_objects(objects, *sorted(missing))
