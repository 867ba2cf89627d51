"""What a feed lists: the newest published items of a list or a search, read
through the same FilterSet and search code as the pages (never a second filter)."""

from django.http import QueryDict

from sharehub.accounts.models import User
from sharehub.contacts.models import Contact
from sharehub.search.selectors import CONTENT_TYPES, combined_search
from sharehub.taxonomy.browse import filtered, for_list
from sharehub.taxonomy.filters import ORDER_BY, Ordering
from sharehub.taxonomy.terms import attach_terms

FEED_SIZE = 50
KIND_OF_MODEL = {t.model: t.slug for t in CONTENT_TYPES}
# Parameters that choose a page or an order of a list, not what is in it.
NOT_FILTERS = ("page", "ordering", "page_size")


def feed_query(data: QueryDict) -> QueryDict:
    """The filters of a list's address, as its feed takes them: blanks, the page
    and the order dropped (a feed is the newest first, from the start)."""
    query = QueryDict(mutable=True)
    for key, values in data.lists():
        kept = [value for value in values if value.strip()]
        if kept and key not in NOT_FILTERS:
            query.setlist(key, kept)
    return query


def list_entries(model, data: QueryDict) -> list:
    """The newest FEED_SIZE published items of `model` that the list page with
    `data` shows. Raises BadQuery, as the page does, for filters it refuses."""
    filterset = filtered(model, model.objects.published(), data)
    rows = for_list(filterset.qs).order_by(*ORDER_BY[Ordering.NEWEST])[:FEED_SIZE]
    return with_authors(attach_terms(rows))


def search_entries(data: QueryDict) -> list:
    """The newest FEED_SIZE results of the search page with `data`, every content
    type it lists. Raises BadQuery, as the page does."""
    data = data.copy()
    data.pop("page", None)
    result = combined_search(data, per_page=FEED_SIZE, force_ordering=Ordering.NEWEST)
    return with_authors([hit.item for hit in result.page.object_list])


def with_authors(items: list) -> list:
    """Fill each item's author in one query (contacts have none: a listing is
    shown under its own name)."""
    ids = {item.author_id for item in items if not isinstance(item, Contact) and item.author_id}
    if ids:
        authors = User.objects.only(
            "pk", "display_name", "public_fields", "public_id", "is_active"
        ).in_bulk(ids)
        for item in items:
            if not isinstance(item, Contact) and item.author_id:
                item.author = authors.get(item.author_id)
    return items
