"""Reads for the marks a person made: the buttons on a detail page and the "Saved" page."""

from dataclasses import dataclass

from django.db import models
from django.db.models import Count, Exists, OuterRef, Q

from sharehub.community.models import BOOKMARK_TARGETS, REACTION_TARGETS, Bookmark, Reaction
from sharehub.core.models import Status
from sharehub.gate.kinds import models_for
from sharehub.taxonomy.browse import for_list
from sharehub.taxonomy.terms import attach_terms

MODELS: dict[str, type[models.Model]] = models_for(BOOKMARK_TARGETS)


@dataclass
class Marks:
    """What the buttons on one item's page show."""

    kind: str
    slug: str
    can_react: bool
    useful_count: int
    useful: bool
    saved: bool


def has_counter(model) -> bool:
    """The model keeps its count of useful marks in a column (Innovation.useful_count)."""
    return any(f.name == "useful_count" for f in model._meta.concrete_fields)


def marks_for(item: models.Model, user) -> Marks:
    """The count of useful marks and whether `user` marked and saved `item`, in at
    most one query (none for an innovation seen by someone signed out: its count
    is a column, loaded with it)."""
    kind = item._meta.model_name
    can_react = kind in REACTION_TARGETS
    counted = can_react and has_counter(type(item))
    fields: list[str] = []
    annotations: dict = {}
    if can_react and not counted:
        annotations["n"] = models.Subquery(
            Reaction.objects.filter(**{kind: OuterRef("pk")})
            .order_by()
            .values(kind)
            .annotate(n=Count("pk"))
            .values("n")[:1]
        )
    if counted and "useful_count" in item.get_deferred_fields():
        fields.append("useful_count")
    if user.is_authenticated:
        if can_react:
            mine = Reaction.objects.filter(user=user, **{kind: OuterRef("pk")})
            annotations["mine"] = Exists(mine)
        saved = Bookmark.objects.filter(user=user, **{kind: OuterRef("pk")})
        annotations["saved"] = Exists(saved)
    row: dict = {}
    if fields or annotations:
        query = type(item).objects.filter(pk=item.pk).values(*fields, **annotations)
        row = query.first() or {}
    if not counted:
        count = row.get("n") or 0
    elif "useful_count" in row:  # it was deferred: read with the marks
        count = row["useful_count"]
    else:
        count = item.useful_count
    return Marks(
        kind, item.slug, can_react, count or 0, bool(row.get("mine")), bool(row.get("saved"))
    )


def _published_target() -> Q:
    condition = Q()
    for name in BOOKMARK_TARGETS:
        condition |= Q(**{f"{name}__status": Status.PUBLISHED})
    return condition


def saved_counts(user) -> dict[str, int]:
    """How many of `user`'s bookmarks point at published items, by kind."""
    return Bookmark.objects.filter(user=user).aggregate(
        **{
            name: Count("pk", filter=Q(**{f"{name}__status": Status.PUBLISHED}))
            for name in BOOKMARK_TARGETS
        }
    )


def saved_bookmarks(user, kind: str = ""):
    """`user`'s bookmarks of published items (of one kind, if given), newest first.
    Bookmarks of items that are not published stay, but are not listed."""
    bookmarks = Bookmark.objects.filter(user=user)
    if kind:
        bookmarks = bookmarks.filter(**{f"{kind}__status": Status.PUBLISHED})
    else:
        bookmarks = bookmarks.filter(_published_target())
    return bookmarks.order_by("-created_at", "-id")


def attach_items(bookmarks: list[Bookmark]) -> list[Bookmark]:
    """Load the items of a page of bookmarks as the cards show them: one query per
    kind on the page (plus its tags), whatever the page size. A bookmark whose item
    stopped being published since the page was counted is left out."""
    loaded: set[int] = set()
    for name, model in MODELS.items():
        ids = [getattr(b, f"{name}_id") for b in bookmarks if getattr(b, f"{name}_id")]
        if not ids:
            continue
        items = {
            item.pk: item
            for item in attach_terms(for_list(model.objects.published().filter(pk__in=ids)))
        }
        for bookmark in bookmarks:
            item = items.get(getattr(bookmark, f"{name}_id"))
            if item is not None:
                setattr(bookmark, name, item)
                loaded.add(bookmark.pk)
    return [b for b in bookmarks if b.pk in loaded]
