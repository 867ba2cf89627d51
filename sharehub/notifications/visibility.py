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


def parent_field(kind):
    """The foreign key to what `kind` answers, when it is one the database can follow
    (a column to a model with a status); None for no parent, or a generic relation or
    a property, whose parent is checked in Python (`is_public`)."""
    if not kind.parent:
        return None
    try:
        field = kind.model._meta.get_field(kind.parent)
    except FieldDoesNotExist:
        return None
    if not (field.concrete and field.many_to_one) or not _has_status(field.related_model):
        return None
    return field


def published_rows(kind):
    """`kind`'s published rows, and, where the database can tell, only those whose
    parent is published too."""
    rows = kind.model.objects.filter(status=Status.PUBLISHED)
    if parent_field(kind) is not None:
        rows = rows.filter(**{f"{kind.parent}__status": Status.PUBLISHED})
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
