"""Reads that span the catalogue and contacts: the home page and the one search page."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import CharField, Exists, FloatField, OuterRef, QuerySet, Value
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sharehub.catalogue.models import Innovation, Need, NeedReply, Resource
from sharehub.contacts.models import Contact
from sharehub.core.pagination import PageError, get_page
from sharehub.core.together import fetch_together
from sharehub.taxonomy.browse import (
    BadQuery,
    Counted,
    filter_errors,
    for_cards,
    for_list,
    known,
)
from sharehub.taxonomy.filters import (
    FACETS,
    TOTAL,
    FacetGroup,
    FacetOption,
    facet_counts,
    facet_field,
    facet_groups,
    facets_for,
    filterset_for,
    without_blanks,
)
from sharehub.taxonomy.terms import attach_terms


@dataclass(frozen=True)
class ContentType:
    slug: str
    label: str
    model: type


CONTENT_TYPES = [
    ContentType("innovation", _("Innovations"), Innovation),
    ContentType("resource", _("Resources"), Resource),
    ContentType("contact", _("Contacts"), Contact),
    ContentType("need", _("Needs"), Need),
]
TYPES_BY_SLUG = {t.slug: t for t in CONTENT_TYPES}


@dataclass
class SearchResult:
    type: ContentType
    item: object


@dataclass
class CombinedSearch:
    query: str
    page: object
    total: int
    facets: list[FacetGroup]
    types: list[tuple[ContentType, int, bool]]  # type, count, selected
    suggestion: str = ""

    @property
    def type_options(self) -> list[FacetOption]:
        return [FacetOption(t.slug, str(t.label), n, chosen) for t, n, chosen in self.types]


def _applies(content_type: ContentType, data: QueryDict) -> bool:
    """A type drops out when a filter it does not have is in use (e.g. stage for needs)."""
    return all(
        facet_field(content_type.model, facet.param) is not None
        for facet in FACETS
        if data.getlist(facet.param)
    )


def combined_search(
    data: QueryDict, *, per_page: int | None = None, force_ordering: str | None = None
) -> CombinedSearch:
    """Search and filter innovations, resources, contacts and needs at once.

    `per_page` overrides the page size; `force_ordering` ("newest") the order the
    query asks for, once that has been checked (the Atom feeds: the newest first)."""
    errors = []
    chosen = list(dict.fromkeys(data.getlist("type")))
    unknown = [slug for slug in chosen if slug not in TYPES_BY_SLUG]
    if unknown:
        errors.append(
            "type: "
            + str(_("Unknown content type “%(value)s”. Choose from %(choices)s."))
            % {"value": unknown[0], "choices": ", ".join(TYPES_BY_SLUG)}
        )
    ordering = data.get("ordering") or ""
    if ordering not in ("", "relevance", "newest"):
        errors.append("ordering: " + str(_("Choose relevance or newest.")))
    filters = without_blanks(data)
    for name in ("type", "ordering", "page"):
        filters.pop(name, None)

    querysets: dict[str, QuerySet] = {}
    counts_by_type: dict[str, dict] = {}
    query = ""
    for content_type in CONTENT_TYPES:
        model = content_type.model
        published = model.objects.published()
        own = filters.copy()  # a filter this type lacks drops the type (below), not an error
        for facet in FACETS:
            if facet_field(model, facet.param) is None:
                own.pop(facet.param, None)
        seen = known(model, published, own)
        filterset = filterset_for(model)(own, queryset=seen.queryset)
        if not filterset.is_valid():
            for message in filter_errors(filterset.errors):
                if message not in errors:
                    errors.append(message)
            continue
        query = filterset.query
        if not _applies(content_type, filters):
            continue
        counts_by_type[content_type.slug] = facet_counts(model, published, own, index=seen.index)
        if seen.index is None:
            querysets[content_type.slug] = filterset.qs
        else:  # the matches are known: the ids carry every filter (_union)
            querysets[content_type.slug] = seen.queryset.search(query)
    if errors:
        raise BadQuery(errors)

    selected = [slug for slug in chosen if slug in querysets] if chosen else list(querysets)
    types = [
        (t, counts_by_type[t.slug][TOTAL][""] if t.slug in counts_by_type else 0, t.slug in chosen)
        for t in CONTENT_TYPES
    ]
    total = sum(counts_by_type[slug][TOTAL][""] for slug in selected)

    merged: dict[str, dict] = {}
    for slug in selected:
        for param, per_value in counts_by_type[slug].items():
            if param == TOTAL:
                continue
            bucket = merged.setdefault(param, {})
            for value, n in per_value.items():
                bucket[value] = bucket.get(value, 0) + n
    order = [f.param for f in FACETS]
    merged = {param: merged[param] for param in order if param in merged}

    matches = {slug: counts_by_type[slug][TOTAL][""] for slug in selected}
    rows = _union(querysets, matches, query, force_ordering or ordering)
    try:
        page = get_page(
            Counted(rows, total), data.get("page"), per_page or settings.SHAREHUB_PAGE_SIZE
        )
    except PageError as exc:
        raise BadQuery([f"page: {exc}"]) from None
    page.object_list = _materialise(list(page.object_list), query)
    return CombinedSearch(
        query=query,
        page=page,
        total=total,
        facets=facet_groups(merged, data),
        types=types,
    )


def _union(querysets: dict[str, QuerySet], matches: dict[str, int], query: str, ordering: str):
    """The selected types' rows, best first or newest first; `matches` holds
    each selected type's number of results, already counted."""
    parts = []
    best_first = bool(query) and ordering != "newest"
    if best_first and matches and all(querysets[s]._known is not None for s in matches):
        # Every type's candidates are known: ranked once per word (kept with the
        # facet index) and merged here, not in a union statement.
        rows = [
            (slug, pk, rank, published)
            for slug, n in matches.items()
            for pk, rank, published in querysets[slug].known_ranks(matches=n)
        ]
        rows.sort(key=lambda row: (row[2], row[3], row[1]), reverse=True)
        return rows
    for slug, n in matches.items():
        qs = querysets[slug]
        if qs._known is not None:
            qs = qs.known_candidates(best_first=best_first, matches=n)
        elif best_first:  # each type's bounded candidate set (SearchableQuerySet)
            qs = qs.order_by().best_candidates(matches=n)
        else:
            qs = qs.order_by()
        if not query:
            qs = qs.annotate(rank=Value(0.0, output_field=FloatField()))
        parts.append(
            qs.annotate(content_type=Value(slug, output_field=CharField())).values_list(
                "content_type", "pk", "rank", "published_at"
            )
        )
    if not parts:
        return Innovation.objects.none().values_list("pk")
    rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    if best_first:
        return rows.order_by("-rank", "-published_at", "-pk")
    return rows.order_by("-published_at", "-pk")


def _materialise(rows: list, query: str) -> list[SearchResult]:
    """Fetch the page's objects: on PostgreSQL one query whichever content types
    the page holds (fetch_together); elsewhere one (plus prefetches) per type."""
    wanted: dict[str, list[int]] = {}
    for slug, pk, _rank, _published in rows:
        wanted.setdefault(slug, []).append(pk)
    slugs = list(wanted)
    querysets = [
        for_cards(TYPES_BY_SLUG[slug].model.objects.filter(pk__in=wanted[slug])).with_headline(
            query
        )
        for slug in slugs
    ]
    found = {}
    for slug, objects in zip(slugs, fetch_together(querysets), strict=True):
        for obj in attach_terms(objects):
            found[(slug, obj.pk)] = SearchResult(TYPES_BY_SLUG[slug], obj)
    return [found[(slug, pk)] for slug, pk, _r, _p in rows if (slug, pk) in found]


def home_page() -> dict:
    published = Innovation.objects.published()
    facets = [f for f in facets_for(Innovation) if f.param in ("challenge_area", "region")]
    counts = facet_counts(Innovation, published, QueryDict(), facets=facets)
    recent = attach_terms(for_list(published.order_by("-published_at", "-id"))[:6])
    featured = attach_terms(
        for_list(published.filter(featured=True)).order_by("-published_at", "-id")[:3]
    )
    return {
        "counts": counts,
        "total": counts[TOTAL][""],
        "recent": recent,
        "featured": featured,
        "waiting": waiting_needs(),
    }


WAITING_SHOWN = 5


def waiting_needs(*, limit: int = WAITING_SHOWN) -> list[Need]:
    """The home page's "Questions waiting for an answer": published questions,
    not marked answered, that nobody has replied to (no published reply) for at
    least SHAREHUB_UNANSWERED_AFTER_DAYS days; the longest-waiting first. One query."""
    cutoff = timezone.now() - timedelta(days=settings.SHAREHUB_UNANSWERED_AFTER_DAYS)
    replied = NeedReply.objects.published().filter(need=OuterRef("pk"))
    return list(
        Need.objects.published()
        .filter(answered_at__isnull=True, published_at__lte=cutoff)
        .filter(~Exists(replied))
        .order_by("published_at", "id")
        .only("pk", "slug", "title", "language", "published_at")[:limit]
    )
