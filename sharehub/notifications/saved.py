"""Saved searches: a list or search page's name and its filters, kept as a normalised
query string, and whether one new item is among what that page shows.

Matching reuses the page's own FilterSet (sharehub.taxonomy.filters.filterset_for)
over published rows restricted to the one item, so a saved search finds exactly
what its page lists; there is no second implementation of the filters."""

from urllib.parse import urlencode

from django.apps import apps
from django.http import QueryDict
from django.urls import NoReverseMatch, reverse

from sharehub.notifications.models import ListName
from sharehub.taxonomy.filters import FACETS, facet_field, filterset_for, without_blanks

# The page behind each list name: its URL name and the model(s) it lists. The search
# page lists every type; its `type` parameter chooses among them.
PAGES = {
    ListName.INNOVATIONS: ("catalogue:innovation_list", "catalogue.Innovation"),
    ListName.RESOURCES: ("catalogue:resource_list", "catalogue.Resource"),
    ListName.NEEDS: ("catalogue:need_list", "catalogue.Need"),
    ListName.CONTACTS: ("contacts:contact_list", "contacts.Contact"),
    ListName.SEARCH: ("search:search", ""),
}
# The search page's type slugs (sharehub.search.selectors.CONTENT_TYPES).
SEARCH_TYPES = {
    "catalogue.Innovation": "innovation",
    "catalogue.Resource": "resource",
    "contacts.Contact": "contact",
    "catalogue.Need": "need",
}
# Parameters that change the order or the page, not what is listed.
NOT_FILTERS = ("page", "ordering", "page_size")


def list_name_for(request) -> str:
    """The list name of the page `request` shows, or "" if it is not a list page."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        return ""
    for name, (url_name, _model) in PAGES.items():
        if match.view_name == url_name:
            return name
    return ""


def normalise(data: QueryDict) -> str:
    """The filters of a query string, sorted, without blanks or paging."""
    data = without_blanks(data)
    pairs = sorted(
        (key, value)
        for key in data
        if key not in NOT_FILTERS
        for value in sorted(set(data.getlist(key)))
    )
    return urlencode(pairs)


def page_url(list_name: str, query: str) -> str:
    try:
        path = reverse(PAGES[list_name][0])
    except (KeyError, NoReverseMatch):
        return ""
    return f"{path}?{query}" if query else path


def models_for(list_name: str) -> list:
    if list_name == ListName.SEARCH:
        return [apps.get_model(label) for label in SEARCH_TYPES]
    return [apps.get_model(PAGES[list_name][1])]


def list_names_for(model) -> list[str]:
    """The list names whose page can show `model`'s rows."""
    label = model._meta.label
    names = [name for name, (_url, m) in PAGES.items() if m == label]
    if label in SEARCH_TYPES:
        names.append(ListName.SEARCH)
    return names


def _filters_for(list_name: str, model, data: QueryDict) -> QueryDict | None:
    """The FilterSet data `model` gets on the page `list_name`, or None when that page
    does not show `model` with these filters (the search page drops a type whose
    facets do not fit, as sharehub.search.selectors does)."""
    if list_name != ListName.SEARCH:
        return data if PAGES[list_name][1] == model._meta.label else None
    slug = SEARCH_TYPES.get(model._meta.label)
    chosen = data.getlist("type")
    if slug is None or (chosen and slug not in chosen):
        return None
    if any(data.getlist(f.param) and facet_field(model, f.param) is None for f in FACETS):
        return None
    own = data.copy()
    own.pop("type", None)
    return own


def shows(list_name: str, query: str, item) -> bool:
    """Whether the page `list_name?query` lists `item` (published) now."""
    model = type(item)
    data = _filters_for(list_name, model, without_blanks(QueryDict(query)))
    if data is None:
        return False
    filterset = filterset_for(model)(data, queryset=model.objects.published().filter(pk=item.pk))
    return filterset.is_valid() and filterset.qs.exists()


def valid(list_name: str, query: str) -> bool:
    """Whether the page `list_name?query` would answer (rather than a 400): every
    filter known to the FilterSets it uses, every content type known."""
    data = without_blanks(QueryDict(query))
    if list_name == ListName.SEARCH:
        if any(slug not in SEARCH_TYPES.values() for slug in data.getlist("type")):
            return False
        data.pop("type", None)
    for model in models_for(list_name):
        own = data.copy()
        if list_name == ListName.SEARCH:  # the search page drops a facet a type lacks
            for facet in FACETS:
                if facet_field(model, facet.param) is None:
                    own.pop(facet.param, None)
        if not filterset_for(model)(own, queryset=model.objects.none()).is_valid():
            return False
    return True
