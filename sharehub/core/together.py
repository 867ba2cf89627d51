"""The rows of several querysets in one statement, for a page that shows rows of
several models (the combined search): one query whatever mix of models the page
holds, not one for each model on it.

On PostgreSQL each queryset's own SQL runs as a part of one UNION ALL, each row
coming back as JSON (`to_jsonb`), which is turned back into the model's field
values with the fields' own `to_python`. Elsewhere, or for a single queryset,
each queryset is simply read. Querysets with prefetches or joined relations, or
that give values rather than objects, are read on their own."""

import json
import weakref

from django.db import connections
from django.db.models import JSONField, Model, QuerySet
from django.db.models.query import ModelIterable


def fetch_together(querysets: list[QuerySet]) -> list[list[Model]]:
    """Each queryset's objects, as `list(queryset)` would give them but in no set
    order: the caller puts them in the order it shows them."""
    db = querysets[0].db if querysets else "default"
    alone = [
        i
        for i, qs in enumerate(querysets)
        if qs._iterable_class is not ModelIterable
        or qs._prefetch_related_lookups
        or qs.query.select_related
        or qs.db != db
    ]
    together = [i for i in range(len(querysets)) if i not in alone]
    if len(together) < 2 or connections[db].vendor != "postgresql":
        return [list(qs) for qs in querysets]
    parts, params = [], []
    for i in together:
        sql, own = querysets[i].query.sql_with_params()
        parts.append(f"SELECT {i} AS part, to_jsonb(r) AS row FROM ({sql}) r")
        params.extend(own)
    results: list[list[Model]] = [[] for _ in querysets]
    with connections[db].cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        rows = cursor.fetchall()
    build = {i: _builder(querysets[i]) for i in together}
    for part, row in rows:
        # Django reads jsonb as text and decodes it itself.
        results[part].append(build[part](json.loads(row) if isinstance(row, str) else row))
    for i in alone:
        results[i] = list(querysets[i])
    for i in together:
        fetch_mode = querysets[i]._fetch_mode
        if fetch_mode.track_peers:  # as Django's own iterable does (FETCH_PEERS)
            peers = [weakref.ref(obj) for obj in results[i]]
            for obj in results[i]:
                obj._state.peers = peers
    return results


def _builder(queryset: QuerySet):
    """Turns one of `queryset`'s rows, decoded from JSON, into its model object."""
    model, annotations = queryset.model, queryset.query.annotation_select
    fields: list = []

    def build(row: dict) -> Model:
        if not fields:  # every row of a queryset has the same columns
            fields.extend(f for f in model._meta.concrete_fields if f.column in row)
        obj = model.from_db(
            queryset.db,
            [f.attname for f in fields],
            [_value(f, row[f.column]) for f in fields],
            fetch_mode=queryset._fetch_mode,
        )
        for name, annotation in annotations.items():
            setattr(obj, name, _value(annotation.output_field, row[name]))
        return obj

    return build


def _value(field, value):
    if value is None or isinstance(field, JSONField):  # JSON is decoded already
        return value
    return field.to_python(value)
