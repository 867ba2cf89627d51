"""Reads for the catalogue pages: what each list and detail page fetches."""

import re

from django.db.models import Case, Exists, OuterRef, Prefetch, Value, When

from sharehub.catalogue.models import CoAuthor, Innovation, Need, NeedReply, Resource
from sharehub.core.search import is_postgres
from sharehub.taxonomy.browse import for_cards, for_item
from sharehub.taxonomy.filters import tagged_with
from sharehub.taxonomy.terms import attach_terms

# What a page reads of an item's counterpart in the other language: whether it is
# published, its language and its address (other_language_version, hreflang links).
COUNTERPART_FIELDS = {"id", "slug", "language", "status"}


def with_other_language(queryset):
    """Fetch the item's counterpart in the other language (either direction of
    the link) in the same query, for other_language_version(): only the columns
    a page reads of it (COUNTERPART_FIELDS)."""
    unread = [
        f.name for f in queryset.model._meta.concrete_fields if f.name not in COUNTERPART_FIELDS
    ]
    return queryset.select_related("translation_of", "translated_as").defer(
        *(f"{link}__{name}" for link in ("translation_of", "translated_as") for name in unread)
    )


def with_coauthored(queryset):
    """Whether each item has accepted co-authors comes with its row (`coauthored`):
    most have none, and reading `item.accepted_coauthors` then costs no query."""
    accepted = CoAuthor.objects.accepted().filter(
        **{queryset.model._meta.model_name: OuterRef("pk")}
    )
    return queryset.annotate(coauthored=Exists(accepted))


def innovation_detail_queryset():
    # Its adoptions are read by its page (Innovation.published_adoptions) inside a part
    # cached for readers who are not signed in (sharehub.core.fragments).
    return with_coauthored(
        for_item(
            with_other_language(Innovation.objects.select_related("author", "organisation_record"))
        )
    )


def resource_detail_queryset():
    return with_coauthored(
        for_item(
            with_other_language(Resource.objects.select_related("author", "organisation_record")),
            "roles",
            "job_roles",
        )
    )


def need_detail_queryset(user=None):
    """A question with its replies: the published ones, and `user`'s own that wait
    for a moderator (shown to them with a tag)."""
    replies = (
        NeedReply.objects.visible_to(user) if user is not None else NeedReply.objects.published()
    )
    replies = replies.select_related("author").prefetch_related(
        Prefetch("innovations", queryset=Innovation.objects.published()),
        Prefetch("resources", queryset=Resource.objects.published()),
    )
    return for_item(with_other_language(Need.objects.select_related("author"))).prefetch_related(
        Prefetch("replies", queryset=replies)
    )


def related(item, *, limit: int = 4) -> list:
    """Published items of the same type sharing a challenge area, nearest first
    (shown as cards, so read as cards are: browse.for_cards):
    those in the same regions (by the same rules as the region filter), then
    the rest; newest first within each. Walks the newest-first index, so it
    stays fast on a large catalogue."""
    model = type(item)
    area_ids = [area.pk for area in item.challenge_areas.all()]
    if not area_ids:
        return []
    region_ids = {region.pk for _la, region in item.places()}
    base = tagged_with(model.objects.published().exclude(pk=item.pk), "challenge_areas", area_ids)
    base = base.order_by("-published_at", "-id")
    found = list(for_cards(tagged_with(base, "regions", region_ids))[:limit]) if region_ids else []
    if len(found) < limit:
        found += list(for_cards(base.exclude(pk__in=[f.pk for f in found]))[: limit - len(found)])
    return attach_terms(found)


SIMILAR_WORDS = 30
# Words too common to say two innovations are alike (the SQLite fallback; on
# PostgreSQL the english configuration drops stop words itself).
COMMON_WORDS = frozenset({
    "about", "after", "also", "been", "before", "being", "could", "each", "every", "from",
    "have", "into", "just", "like", "made", "make", "many", "more", "most", "much", "only",
    "other", "over", "same", "some", "such", "than", "that", "their", "them", "then", "there",
    "these", "they", "this", "very", "were", "what", "when", "where", "which", "while", "will",
    "with", "would", "your", "gyda", "hefyd", "mewn", "oedd", "sydd", "wedi", "bydd", "maen",
})  # fmt: skip


def similar_published(
    queryset,
    text: str,
    *,
    limit: int = 5,
    weighted_fields: tuple[tuple[str, int], ...] = (("title", 2), ("summary", 1)),
):
    """The rows of `queryset` (published, of any searchable model) most like
    `text`: on PostgreSQL, full-text matches of any of its words, best ranked
    first; on SQLite, those whose `weighted_fields` contain the most of its
    longer words. A queryset of at most `limit` rows: one query."""
    words = list(dict.fromkeys(w.lower() for w in re.findall(r"\w{3,}", text or "")))
    words = words[:SIMILAR_WORDS]
    if not words:
        return queryset.none()
    if is_postgres():
        # websearch syntax: "a or b or c" matches any of the words, ranked by how well.
        found = queryset.search(" or ".join(words)).order_by("-rank", "-published_at", "-id")
    else:
        score = sum(
            (
                Case(When(**{f"{field}__icontains": word}, then=Value(weight)), default=Value(0))
                for word in words
                if len(word) >= 4 and word not in COMMON_WORDS
                for field, weight in weighted_fields
            ),
            Value(0),
        )
        found = (
            queryset.annotate(score=score)
            .filter(score__gt=0)
            .order_by("-score", "-published_at", "-id")
        )
    return found[:limit]


def similar_innovations(text: str, *, exclude: list[int] = (), limit: int = 5) -> list:
    """Published innovations most like `text` (a title and summary being written)."""
    base = Innovation.objects.published().exclude(pk__in=list(exclude))
    base = base.only("pk", "slug", "title", "summary", "published_at", "language")
    return list(similar_published(base, text, limit=limit))
