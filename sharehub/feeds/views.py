"""Atom feeds: every list page and the search page with the same filters, and
each challenge area, region and local authority (docs/feeds.md)."""

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.functional import Promise
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from sharehub.catalogue.models import Innovation, Need, Resource
from sharehub.contacts.models import Contact
from sharehub.core.views import bad_request
from sharehub.feeds.atom import AtomFeed, plain_summary, xml_text
from sharehub.feeds.selectors import KIND_OF_MODEL, feed_query, list_entries, search_entries
from sharehub.search.selectors import CONTENT_TYPES
from sharehub.taxonomy.browse import BadQuery
from sharehub.taxonomy.filters import FACETS_BY_PARAM
from sharehub.taxonomy.models import ChallengeArea, LocalAuthority, Region
from sharehub.taxonomy.terms import by_slug

# The date in every entry's tag: URI (RFC 4151): fixed, so ids never change.
TAG_DATE = "2026"
# When a feed has no entries: a fixed date, so an empty feed keeps its ETag.
EMPTY_FEED_UPDATED = datetime(2026, 1, 1, tzinfo=UTC)
CACHE_SECONDS = 300
SUMMARY_FIELD = {Innovation: "summary", Resource: "summary", Need: "body", Contact: "can_help_with"}


@dataclass(frozen=True)
class ListFeed:
    model: type
    page: str  # the list page's URL name
    name: Promise
    subtitle: Promise


LIST_FEEDS = {
    "innovation_list": ListFeed(
        Innovation,
        "catalogue:innovation_list",
        gettext_lazy("Innovations"),
        gettext_lazy("The newest innovations shared on ShareHub."),
    ),
    "resource_list": ListFeed(
        Resource,
        "catalogue:resource_list",
        gettext_lazy("Resources"),
        gettext_lazy("The newest resources shared on ShareHub."),
    ),
    "need_list": ListFeed(
        Need,
        "catalogue:need_list",
        gettext_lazy("Notice board"),
        gettext_lazy("The newest questions and requests on ShareHub's notice board."),
    ),
    "contact_list": ListFeed(
        Contact,
        "contacts:contact_list",
        gettext_lazy("Contacts"),
        gettext_lazy("The newest people and organisations listed as contacts on ShareHub."),
    ),
}
# The feed of each page that has one (the feeds:feed_link template tag).
FEED_OF_PAGE = {spec.page: name for name, spec in LIST_FEEDS.items()} | {"search:search": "search"}


def page_feed_title(feed_name: str, data: QueryDict) -> str:
    """The name of the list a feed follows: what its title says."""
    if feed_name == "search":
        query = " ".join((data.get("q") or "").split())
        if query:
            return _("Search results for “%(q)s”") % {"q": query}
        return _("Search")
    return str(LIST_FEEDS[feed_name].name)


def filters_in_words(data: QueryDict, *, with_types: bool = False) -> str:
    """The filters in use, named as the page names them ("Region: Gwent");
    `with_types`: the search page's content types too."""
    parts = []
    for param, values in data.lists():
        facet = FACETS_BY_PARAM.get(param)
        if param == "q":
            parts.append(f"{_('Search')}: “{' '.join(values[-1].split())}”")
            continue
        if param == "type" and with_types:
            names = {t.slug: str(t.label) for t in CONTENT_TYPES}
            parts.append(f"{_('Content type')}: {', '.join(names.get(v, v) for v in values)}")
            continue
        if facet is None:
            continue
        if facet.model is None:
            names = dict(facet.choices)
        else:
            names = {slug: term.name for slug, term in by_slug(facet.model).items()}
        parts.append(f"{facet.label}: {', '.join(str(names.get(v, v)) for v in values)}")
    if not parts:
        return ""
    return _("Filtered by %(filters)s.") % {"filters": "; ".join(parts)}


def absolute(url: str) -> str:
    return settings.SITE_URL.rstrip("/") + url


def _with_query(url: str, query: QueryDict) -> str:
    encoded = query.urlencode()
    return f"{url}?{encoded}" if encoded else url


def entry_id(item) -> str:
    """A tag: URI that names the item, whatever its title, address or language."""
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    return f"tag:{host},{TAG_DATE}:{KIND_OF_MODEL[type(item)]}/{item.pk}"


def _author(item) -> tuple[str, str | None]:
    """The name shown with the item, never an address; and the person's page."""
    if isinstance(item, Contact):
        return item.name, None
    author = item.author
    if author is None:
        return _("A ShareHub member"), None
    link = absolute(author.get_absolute_url()) if author.is_active else None
    return str(author.public_name), link


def build_feed(*, title: str, subtitle: str, alternate: str, self_url: str, items) -> AtomFeed:
    published = [item.published_at or item.created_at for item in items]
    updated = [max(at, item.updated_at) for at, item in zip(published, items, strict=True)]
    feed = AtomFeed(
        title=xml_text(_("%(name)s – ShareHub") % {"name": title}),  # noqa: RUF001 as <title>
        link=alternate,
        description="",
        subtitle=xml_text(subtitle),
        language=get_language(),
        feed_url=self_url,
        feed_guid=self_url,
        author_name="ShareHub",
        author_link=absolute("/"),
        updated=max(updated, default=EMPTY_FEED_UPDATED),
    )
    for item, item_published, item_updated in zip(items, published, updated, strict=True):
        author_name, author_link = _author(item)
        feed.add_item(
            title=xml_text(item.title),
            link=absolute(item.get_absolute_url()),
            description=plain_summary(getattr(item, SUMMARY_FIELD[type(item)])),
            unique_id=entry_id(item),
            pubdate=item_published,
            updateddate=item_updated,
            author_name=xml_text(author_name),
            author_link=author_link,
            language=item.language,
            category_labels=[
                (area.slug, xml_text(area.name)) for area in item.challenge_areas.all()
            ],
        )
    return feed


def respond(request: HttpRequest, feed: AtomFeed) -> HttpResponse:
    """The feed, with an ETag of its bytes: a reader that has it gets a 304."""
    content = feed.writeString("utf-8").encode()
    etag = f'"{hashlib.sha256(content).hexdigest()[:32]}"'
    conditional = get_conditional_response(request, etag=etag)
    response = conditional or HttpResponse(content, content_type=feed.content_type)
    response["ETag"] = etag
    response["Content-Language"] = get_language()
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    return response


def list_feed(request: HttpRequest, name: str) -> HttpResponse:
    """The feed of a list page, with the page's filters and words."""
    spec = LIST_FEEDS[name]
    query = feed_query(request.GET)
    try:
        items = list_entries(spec.model, request.GET)  # checks the order asked for too
    except BadQuery as exc:
        return bad_request(request, exc.messages)
    subtitle = " ".join(filter(None, [str(spec.subtitle), filters_in_words(query)]))
    feed = build_feed(
        title=page_feed_title(name, query),
        subtitle=subtitle,
        alternate=absolute(_with_query(reverse(spec.page), query)),
        self_url=absolute(_with_query(request.path, query)),
        items=items,
    )
    return respond(request, feed)


def search(request: HttpRequest) -> HttpResponse:
    """The feed of the search page: every content type it lists, the newest first."""
    query = feed_query(request.GET)
    try:
        items = search_entries(request.GET)
    except BadQuery as exc:
        return bad_request(request, exc.messages)
    subtitle = _("The newest innovations, resources, contacts and needs on ShareHub.")
    feed = build_feed(
        title=page_feed_title("search", query),
        subtitle=" ".join(filter(None, [subtitle, filters_in_words(query, with_types=True)])),
        alternate=absolute(_with_query(reverse("search:search"), query)),
        self_url=absolute(_with_query(request.path, query)),
        items=items,
    )
    return respond(request, feed)


def _term_feed(request: HttpRequest, model, param: str, slug: str, subtitle: str) -> HttpResponse:
    term = by_slug(model).get(slug)
    if term is None:
        raise Http404
    query = QueryDict(mutable=True)
    query[param] = slug
    try:
        items = search_entries(query)
    except BadQuery as exc:  # not expected: the slug is known
        return bad_request(request, exc.messages)
    feed = build_feed(
        title=term.name,
        subtitle=subtitle % {"name": term.name},
        alternate=absolute(_with_query(reverse("search:search"), query)),
        self_url=absolute(request.path),
        items=items,
    )
    return respond(request, feed)


def challenge_area(request: HttpRequest, slug: str) -> HttpResponse:
    return _term_feed(
        request,
        ChallengeArea,
        "challenge_area",
        slug,
        _("The newest innovations, resources, contacts and needs about %(name)s."),
    )


def region(request: HttpRequest, slug: str) -> HttpResponse:
    return _term_feed(
        request,
        Region,
        "region",
        slug,
        _("The newest innovations, resources, contacts and needs in %(name)s."),
    )


def local_authority(request: HttpRequest, slug: str) -> HttpResponse:
    return _term_feed(
        request,
        LocalAuthority,
        "local_authority",
        slug,
        _("The newest innovations, resources, contacts and needs in %(name)s."),
    )
