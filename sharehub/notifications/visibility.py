"""Who may see an item, as notifications ask it: published content is public, and
a reply or comment only while what it answers is published too (the gate's rule)."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Exists, OuterRef, Q

from sharehub.core.models import Status
from sharehub.gate.kinds import KINDS, REVIEWED, kind_of


def _has_status(model) -> bool:
    try:
        model._meta.get_field("status")
    except FieldDoesNotExist:
        return False
    return True


def public_kinds():
    """The kinds of content everyone can read once published (the gate's REVIEWED)."""
    return [kind for kind in KINDS.values() if kind.policy == REVIEWED and _has_status(kind.model)]


def _link(model, name: str):
    """The foreign key `name` of `model` when the database can follow it to a model
    with a status; None otherwise (a generic relation, a property, no such field)."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    if not (field.concrete and field.many_to_one) or not _has_status(field.related_model):
        return None
    return field


def parent_links(kind) -> list:
    """The foreign keys that lead to what `kind` answers (a reply's question; a
    comment's innovation, resource or question: exactly one is set), when the
    database can follow every one; [] for no parent, or one it cannot (checked in
    Python instead, `is_public`)."""
    names = getattr(kind, "parent_links", None) or ((kind.parent,) if kind.parent else ())
    fields = [_link(kind.model, name) for name in names]
    return fields if fields and all(fields) else []


def published_rows(kind):
    """`kind`'s published rows, and, where the database can tell, only those whose
    parent is published too."""
    rows = kind.model.objects.filter(status=Status.PUBLISHED)
    links = parent_links(kind)
    if links:
        parent_public = Q(pk__in=[])
        for field in links:
            parent_public |= Q(**{f"{field.name}__status": Status.PUBLISHED})
        rows = rows.filter(parent_public)
    return rows


def visible_items(prefix: str = "") -> Q:
    """A filter on notifications: their item is published now (one EXISTS per kind,
    all in the same query)."""
    condition = Q(pk__in=[])
    kinds = public_kinds()
    types = content_types(kinds)
    for kind in kinds:
        content_type = types[kind.model]
        rows = published_rows(kind).filter(pk=OuterRef(f"{prefix}object_id"))
        condition |= Q(**{f"{prefix}content_type": content_type}) & Exists(rows)
    return condition


def content_types(kinds) -> dict:
    """{model: its ContentType} for `kinds`, in at most one query (then cached)."""
    return ContentType.objects.get_for_models(*(kind.model for kind in kinds))


def is_public(item) -> bool:
    """`item` (a row just read) is published, and what it answers is too."""
    if getattr(item, "status", None) != Status.PUBLISHED:
        return False
    try:
        kind = kind_of(item)
    except LookupError:
        return False
    if kind.policy != REVIEWED:
        return False
    parent = kind.parent_of(item)
    return parent is None or getattr(parent, "status", None) == Status.PUBLISHED
