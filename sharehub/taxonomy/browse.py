"""The read path every list page shares: validate filters, page, count facets."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import models
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from sharehub.core.pagination import PageError, get_page
from sharehub.taxonomy import facet_arrays, facet_index
from sharehub.taxonomy.filters import (
    ORDER_BY,
    TOTAL,
    FacetGroup,
    Ordering,
    current_mask,
    facet_counts,
    facet_groups,
    filterset_for,
    without_blanks,
)
from sharehub.taxonomy.terms import TAG_ARRAY, TAGS, attach_terms


def for_display(queryset):
    """Rows about to be shown: tags prefetched, search vectors left in the
    database. Foreign keys to terms come from the term cache (attach_terms)."""
    return queryset.defer("search_vector").prefetch_related(*TAGS)


def for_list(queryset):
    """Rows shown in a list (for_display): their stored HTML, which only detail
    pages show, is left in the database too."""
    queryset = for_display(queryset)
    if any(f.name == "rendered" for f in queryset.model._meta.concrete_fields):
        queryset = queryset.defer("rendered")
    return queryset


def for_cards(queryset):
    """Rows shown as cards (a list, the combined search): for_list, but on
    PostgreSQL each row brings its tags in its own facet arrays, which
    `attach_terms` turns into terms from the term cache, instead of three
    prefetch queries. A card shows challenge areas and places
    (Tagged.places), which the arrays give exactly."""
    if not facet_arrays.uses_facet_arrays(queryset.model):
        return for_list(queryset)
    fields = ["search_vector"]
    if any(f.name == "rendered" for f in queryset.model._meta.concrete_fields):
        fields.append("rendered")
    return queryset.defer(*fields).annotate(
        **{TAG_ARRAY + name: facet_arrays.array(queryset.model, name) for name in TAGS}
    )


# An item's regions are the ones its author chose; its regions array also holds the
# regions its local authorities are in, so an item's own page reads the chosen ones
# from their link table.
ITEM_ARRAYS = ("challenge_areas", "local_authorities")


def for_item(queryset, *term_lists: str):
    """One item about to be shown on its own page (for_display). On PostgreSQL
    its terms come with its row, as ids that `attach_terms` makes terms: its
    challenge areas and local authorities from its facet arrays, its chosen
    regions and `term_lists` (more of its lists of terms: a resource's roles)
    each as an array read from its link table. Elsewhere they are prefetched."""
    if not facet_arrays.uses_facet_arrays(queryset.model):
        return for_display(queryset).prefetch_related(*term_lists)
    model = queryset.model
    arrays = {TAG_ARRAY + name: facet_arrays.array(model, name) for name in ITEM_ARRAYS}
    for name in ("regions", *term_lists):
        arrays[TAG_ARRAY + name] = facet_arrays.linked_ids(model, name)
    return queryset.defer("search_vector").annotate(**arrays)


class BadQuery(ValueError):
    """Filters or page that cannot be served; `messages` say why, per parameter."""

    def __init__(self, messages: list[str]):
        super().__init__("; ".join(messages))
        self.messages = messages


def filter_errors(errors) -> list[str]:
    return [f"{param}: {' '.join(str(m) for m in msgs)}" for param, msgs in errors.items()]


class Counted:
    """A queryset whose count is already known (from the facet query), so the
    paginator does not count it again."""

    def __init__(self, queryset, total: int):
        self.queryset = queryset
        self.total = total
        self.ordered = getattr(queryset, "ordered", True)  # a list is in its order

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, key):
        return self.queryset[key]


class Listed(Counted):
    """Newest-first results whose ids the facet index knows: a page is read
    by its ids, not found by walking the table past every filter."""

    def __init__(self, queryset, total: int, ids):
        super().__init__(queryset, total)
        self.ids = ids  # (start, stop) -> ids, newest first

    def __getitem__(self, key):
        ids = self.ids(key.start or 0, key.stop)
        rows = {row.pk: row for row in self.queryset.order_by().filter(pk__in=ids)}
        return [rows[pk] for pk in ids if pk in rows]


@dataclass
class Known:
    """What the facet index knows of a list's results (`known`)."""

    queryset: models.QuerySet  # the published items, told their newest matches
    index: object  # facet_index.FacetIndex, or None (SQLite)
    counted: object  # (filtered results, total) -> what the paginator reads


def known(model, published, data) -> Known:
    """What the facet index knows of `data`'s results among `published` (the
    model's published items). `queryset` is `published` told how to find the
    newest matches of a search in memory; `counted(results, total)` wraps the
    filtered `results` for the paginator, read by ids when they are newest
    first. Without an index (SQLite) neither changes anything."""
    index = facet_index.index_for(model, published)
    if index is None:
        return Known(published, None, Counted)
    mask = None

    def current():
        nonlocal mask
        if mask is None:
            mask = current_mask(index, model, published, data)
        return mask

    def newest(limit):
        return index.count(current()), index.ids(current(), 0, limit)

    def counted(results, total):
        if tuple(results.query.order_by) == ORDER_BY[Ordering.NEWEST]:
            return Listed(results, total, lambda start, stop: index.ids(current(), start, stop))
        return Counted(results, total)

    return Known(published.with_known_matches(newest, index.ranks), index, counted)


def filtered(model: type[models.Model], queryset: models.QuerySet, data: QueryDict):
    """The model's FilterSet over `queryset` (already published-only), checked:
    what every list, its API and its feed filter with. Raises BadQuery with one
    message per bad parameter."""
    filterset = filterset_for(model)(without_blanks(data), queryset=queryset)
    if not filterset.is_valid():
        raise BadQuery(filter_errors(filterset.errors))
    return filterset


@dataclass
class Browse:
    page: object
    query: str
    total: int
    facets: list[FacetGroup] = field(default_factory=list)
    filterset: object = None


def browse(
    model: type[models.Model],
    queryset: models.QuerySet,
    data: QueryDict,
    *,
    per_page: int | None = None,
    order_by: tuple = (),
) -> Browse:
    """Filter `queryset` (already published-only) with the model's FilterSet;
    `order_by`, if given, replaces the FilterSet's order (the notice board's
    "near me first", which depends on the reader, not on the query string).

    Raises BadQuery with one message per bad parameter.
    """
    data = without_blanks(data)
    seen = known(model, queryset, data)
    filterset = filtered(model, seen.queryset, data)
    results = filterset.qs.order_by(*order_by) if order_by else filterset.qs
    results = for_cards(results).with_headline(filterset.query)
    counts = facet_counts(model, queryset, data, index=seen.index)
    total = counts[TOTAL][""]
    try:
        page = get_page(
            seen.counted(results, total), data.get("page"), per_page or settings.SHAREHUB_PAGE_SIZE
        )
    except PageError as exc:
        raise BadQuery([f"page: {exc}"]) from None
    page.object_list = attach_terms(page.object_list)
    return Browse(
        page=page,
        query=filterset.query,
        total=page.paginator.count,
        facets=facet_groups(counts, data),
        filterset=filterset,
    )


@dataclass
class SelectedFilter:
    """One filter value in use, with the query string that drops it (and the page)."""

    name: str
    remove_query: str


@dataclass
class SelectedGroup:
    label: str
    filters: list[SelectedFilter]


def _query(data: QueryDict) -> str:
    encoded = data.urlencode()
    return f"?{encoded}" if encoded else ""


def selected_filters(result, data: QueryDict) -> list[SelectedGroup]:
    """The filter values in use, grouped by facet: the tags that remove one each
    (the MOJ "filter" component's selected filters)."""
    groups = [(group.facet.label, group.param, group.options) for group in result.facets]
    type_options = getattr(result, "type_options", None)  # the combined search page
    if type_options:
        groups.insert(0, (_("Content type"), "type", type_options))
    selected = []
    for label, param, options in groups:
        chosen = []
        for option in options:
            if not option.selected:
                continue
            rest = data.copy()
            rest.setlist(param, [v for v in data.getlist(param) if v != option.slug])
            rest.pop("page", None)
            chosen.append(SelectedFilter(option.name, _query(rest)))
        if chosen:
            selected.append(SelectedGroup(str(label), chosen))
    return selected


def page_context(result, data: QueryDict, orderings=None) -> dict:
    """What list and search templates need besides the results: the state to
    carry through the search box and the filter form, the filters in use, and
    the sort choices (by default those of the result's FilterSet)."""
    keep = [(k, v) for k, values in data.lists() if k not in ("q", "page") for v in values]
    ordering = data.get("ordering", "")
    if orderings is None:
        orderings = result.filterset.filters["ordering"].extra["choices"]
    selected = selected_filters(result, data)
    cleared = QueryDict(mutable=True)  # "Clear filters" keeps the words and the sort
    for name in ("q", "ordering"):
        if data.get(name):
            cleared[name] = data[name]
    return {
        "result": result,
        "keep": keep,
        "keep_ordering": [("ordering", ordering)] if ordering else [],
        "orderings": orderings,
        "current_ordering": ordering or ("relevance" if result.query else "newest"),
        "selected_filters": selected,
        "filter_count": sum(len(group.filters) for group in selected),
        "clear_filters_query": _query(cleared),
    }
