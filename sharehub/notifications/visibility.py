"""Who may see an item, as notifications ask it: published content is public, and
a reply or comment only while what it answers is published too (the gate's rule)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q

from sharehub.core.models import Status
from sharehub.gate.kinds import KINDS, REVIEWED, kind_of


def public_kinds():
    """The kinds of content everyone can read once published (the gate's REVIEWED)."""
    return [kind for kind in KINDS.values() if kind.policy == REVIEWED]


def visible_items(prefix: str = "") -> Q:
    """A filter on notifications: their item is published now (one EXISTS per kind,
    all in the same query)."""
    condition = Q(pk__in=[])
    kinds = public_kinds()
    types = content_types(kinds)
    for kind in kinds:
        content_type = types[kind.model]
        rows = kind.public_rows().filter(pk=OuterRef(f"{prefix}object_id"))
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
