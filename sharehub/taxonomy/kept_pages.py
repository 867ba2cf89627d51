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
A page also expires after KEPT_SECONDS whatever happens: the bound on what no
version sees (the home page's "waiting for an answer" list moves with the clock).
Kept pages are compressed (zlib), about a sixth of their size. With the cache
down, or on SQLite (no table versions), pages are rendered as usual.
"""

import hashlib
import zlib
from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language

from sharehub.core import fragments
from sharehub.taxonomy.facet_arrays import table_versions
from sharehub.taxonomy.terms import version as term_version

KEPT_SECONDS = fragments.FRAGMENT_SECONDS


def readers_request(request) -> bool:
    """A plain GET by someone who is not signed in, with no message waiting."""
    request = getattr(request, "_request", request)  # a DRF Request wraps Django's
    user = request.user  # None in the API, which knows no accounts
    if request.method != "GET" or (user is not None and user.is_authenticated):
        return False
    return not len(messages.get_messages(request))


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
    request, tables: tuple[str, ...], view: Callable[[], HttpResponse], *parts: str
) -> HttpResponse:
    """`view()`, kept for readers who are not signed in (see the module); `parts`
    name anything else the page depends on (a setting)."""
    if not readers_request(request):
        return view()
    return serve(request, page_key(request, *tables, parts=parts), view)


def kept_for_readers(*tables: str, vary: Callable[[], str] | None = None):
    """A view of many items from `tables`, kept for readers (`for_readers`);
    `vary()` names anything else it depends on."""

    def decorator(view):
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            parts = (vary(),) if vary else ()
            return for_readers(request, tables, lambda: view(request, *args, **kwargs), *parts)

        return wrapped

    return decorator
