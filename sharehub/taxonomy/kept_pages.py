"""Whole pages kept in the shared cache for readers who are not signed in: the
home page, the lists, the combined search, the API's lists and an item's page.

Everyone without an account sees such a page alike, so it is rendered once and
served from the cache until something it shows changes. What it shows is named
in its key:

- the versions of the tables whose rows it shows (`table_versions`), which the
  database bumps in the transaction that publishes, hides, edits or re-tags a
  row, so a kept page is never older than the request that changed it;
- the term cache's version (staff edited a region's name);
- the generation and, for pages of many items, the counters' token
  (sharehub.core.fragments: a person's public name, an innovation's useful marks);
- the language and the whole address, with its host and query string.

Only a plain GET by someone not signed in, with no message waiting, is kept, and
only a 200 that sets no cookie, asked for no CSRF token and touched no session.

Pages whose only parts that are a person's own are marked as such (the header's
account links, "Follow this search") are shared with people who are signed in
too (`people=True`: the home page, the innovation, resource and contact lists,
the combined search): they get the readers' page with each marked part made for
them (OWN). When the page is not kept yet, it is made as a reader would get it,
kept, and then given its owner's parts.
A page also expires after KEPT_SECONDS whatever happens: the bound on what no
version sees (the home page's "waiting for an answer" list moves with the clock).
Kept pages are compressed (zlib), about a sixth of their size. With the cache
down, or on SQLite (no table versions), pages are rendered as usual.
"""

import copy
import functools
import hashlib
import zlib
from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.template import engines
from django.utils.translation import get_language

from sharehub.core import fragments
from sharehub.taxonomy.facet_arrays import table_versions
from sharehub.taxonomy.terms import version as term_version

KEPT_SECONDS = fragments.FRAGMENT_SECONDS
# The parts of a shared page that are the person's own, as the templates mark them
# (`<!--own:NAME-->…<!--/own-->`), and how each is made for them.
OWN = {
    b"account-links": '{% include "includes/account_links.html" %}',  # includes/header.html
    b"follow-search": "{% load notifications %}{% follow_search_button request %}",
}
OWN_START, OWN_END = b"<!--own:", b"<!--/own-->"


def _plain_get(request) -> bool:
    """A GET with no message waiting."""
    return request.method == "GET" and not len(messages.get_messages(request))


def readers_request(request) -> bool:
    """A plain GET by someone who is not signed in, with no message waiting."""
    request = getattr(request, "_request", request)  # a DRF Request wraps Django's
    user = request.user  # None in the API, which knows no accounts
    if user is not None and user.is_authenticated:
        return False
    return _plain_get(request)


def _keepable(request, response) -> bool:
    """The page is the same for every reader: nothing in it or about it is theirs."""
    request = getattr(request, "_request", request)
    session = getattr(request, "session", None)
    return (
        response.status_code == 200
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not (session is not None and session.modified)
    )


def serve(request, key: str | None, view: Callable[[], HttpResponse]) -> HttpResponse:
    """The page kept under `key`, or `view()`'s response, kept under it when it
    can be (rendered first where it renders late, as the API's responses do).
    No key (the cache is down): `view()` alone."""
    if key is None:
        return view()
    found = cache.get(key)
    if found is not None:
        headers, body = found
        return HttpResponse(zlib.decompress(body), headers=headers)
    response = view()

    def keep(response):
        if _keepable(request, response):
            body = zlib.compress(response.content, 1)
            cache.set(key, (dict(response.items()), body), KEPT_SECONDS)

    if getattr(response, "is_rendered", True):
        keep(response)
    else:
        response.add_post_render_callback(keep)
    return response


def page_key(request, *tables: str, parts: tuple[str, ...] = ()) -> str | None:
    """The key of a page of many items from `tables`, as readers who are not
    signed in see it at this address; None when it cannot be kept (SQLite, or
    the cache down)."""
    versions = table_versions(*tables)
    if versions is None:
        return None
    address = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return fragments.shared_key(
        "kept-page", get_language() or "", address, versions, str(term_version()), *parts
    )


def for_readers(
    request,
    tables: tuple[str, ...],
    view: Callable[[HttpRequest], HttpResponse],
    *parts: str,
    people: bool = False,
) -> HttpResponse:
    """`view(request)`, kept for readers who are not signed in (see the module);
    `parts` name anything else the page depends on (a setting). With `people`, the
    page is the same for everyone but the header's account links, and is shared
    with people who are signed in (`_for_person`)."""
    if readers_request(request):
        return serve(request, page_key(request, *tables, parts=parts), lambda: view(request))
    if people and _plain_get(request):
        return _for_person(request, page_key(request, *tables, parts=parts), view)
    return view(request)


def _as_reader(request: HttpRequest) -> HttpRequest:
    """The same request from someone not signed in: what it does to the CSRF
    cookie is its own, not the person's."""
    reader = copy.copy(request)
    reader.user = AnonymousUser()
    reader.META = request.META.copy()
    return reader


def _for_person(request, key: str | None, view) -> HttpResponse:
    """The readers' page under `key` (made as a reader gets it and kept, if it was
    not), with the signed-in person's own parts made for them. A page that could
    not be kept is made for them."""
    if key is None:
        return view(request)
    reader = _as_reader(request)
    shared = serve(reader, key, lambda: view(reader))
    if not (getattr(shared, "is_rendered", True) and _keepable(reader, shared)):
        return view(request)
    shared.content = _made_for(request, shared.content)
    return shared


@functools.cache
def _own_template(name: bytes):
    """The template of the part OWN names, compiled once a process."""
    return engines["django"].from_string(OWN[name])


def _made_for(request, body: bytes) -> bytes:
    """`body` with each part marked as a person's own (OWN) made for them."""
    made, at = [], 0
    while (start := body.find(OWN_START, at)) >= 0:
        name_end = body.index(b"-->", start)
        end = body.index(OWN_END, name_end)
        own = _own_template(body[start + len(OWN_START) : name_end]).render({}, request)
        made += [body[at : name_end + 3], own.encode()]
        at = end
    made.append(body[at:])
    return b"".join(made)


def shared_part(item, name: str, render: Callable[[], str]) -> str:
    """Part `name` of `item`'s page that is the same for everyone, signed in or not
    (its related items' cards), made by `render()` and kept under the item's token
    (it changed), its table's version (another row of it was published, hidden,
    edited or re-tagged), the term cache's version, the generation, the counters'
    token and the language. Rendered every time where that cannot be kept."""
    versions = table_versions(item._meta.db_table)
    own = fragments.key(item, name)
    if versions is None or own is None:
        return render()
    key = fragments.shared_key(name, own, get_language() or "", versions, str(term_version()))
    return fragments.kept(key, render)


def kept_for_readers(*tables: str, vary: Callable[[], str] | None = None, people: bool = False):
    """A view of many items from `tables`, kept for readers (`for_readers`);
    `vary()` names anything else it depends on; `people`: shared with people who
    are signed in but for the header's account links."""

    def decorator(view):
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            parts = (vary(),) if vary else ()
            return for_readers(
                request, tables, lambda r: view(r, *args, **kwargs), *parts, people=people
            )

        return wrapped

    return decorator
