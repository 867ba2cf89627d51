"""Parts of an item's page kept rendered in the cache for people who are not signed in
(`{% cached_for_readers item "name" %}…{% endcached_for_readers %}`): what everyone
reading without an account sees alike, such as an innovation's comments and adoptions.

A fragment's key carries the item's token, which `changed(item)` replaces whenever
something shown in it changes (the apps that own that something call it from their
save and delete signals), and the site's generation, which `everything_changed()`
replaces when something shown in every fragment changes (a person's public name, an
account deleted). Both are replaced at once and again when the transaction commits,
so a reader who rendered from the database before the commit cannot keep what it
saw under the new token. Tokens and fragments live in the shared cache; with the
cache down, pages are rendered as usual. Fragments expire after FRAGMENT_SECONDS
whatever happens, a bound on anything a signal cannot see.
"""

from uuid import uuid4

from asgiref.local import Local
from django.core.cache import cache
from django.db import transaction
from django.utils.safestring import mark_safe

FRAGMENT_SECONDS = 600
TOKEN_SECONDS = 24 * 60 * 60
GENERATION = "fragments:generation"
COUNTERS = "fragments:counters"


# The tokens a request has read, so the several parts of one page read each token
# once (a page is made from one reading of them). Only while a request runs (from
# request_started to request_finished, connected in CoreConfig.ready): a task worker
# or a command reads the cache every time.
_read = Local()


def start_request(**kwargs) -> None:
    _read.tokens = {}


def end_request(**kwargs) -> None:
    _read.tokens = None


def _token_key(item) -> str:
    return f"fragments:token:{item._meta.label_lower}:{item.pk}"


def _replace(key: str) -> None:
    def replace() -> None:
        token = uuid4().hex
        cache.set(key, token, TOKEN_SECONDS)
        read = getattr(_read, "tokens", None)
        if read is not None:  # this request goes on with the new token
            read[key] = token

    replace()
    transaction.on_commit(replace)


def changed(item) -> None:
    """Something the cached parts of `item`'s page show has changed."""
    if item is not None and item.pk is not None:
        _replace(_token_key(item))


def everything_changed() -> None:
    """Something every cached part may show has changed."""
    _replace(GENERATION)


def _tokens(*names: str) -> list[str] | None:
    """The current tokens under `names`, made where missing; None when the cache
    cannot give them."""
    read = getattr(_read, "tokens", None)
    if read is not None and all(name in read for name in names):
        return [read[name] for name in names]
    asked = list(names)
    if read is not None:  # the site's own tokens come along: most pages need them
        asked += [name for name in (GENERATION, COUNTERS) if name not in names]
    found = cache.get_many(asked)
    tokens = []
    for wanted in asked:
        token = found.get(wanted)
        if token is None:
            token = uuid4().hex
            cache.set(wanted, token, TOKEN_SECONDS)
            if cache.get(wanted) != token:  # the cache is down, or another token won
                return None
        tokens.append(token)
    if read is not None:
        read.update(zip(asked, tokens, strict=True))
    return tokens[: len(names)]


def key(item, name: str, *parts: str) -> str | None:
    """The cache key of fragment `name` of `item`'s page, varied by `parts`; None when
    the cache cannot give the tokens (the fragment is then rendered, not cached)."""
    tokens = _tokens(GENERATION, _token_key(item))
    if tokens is None:
        return None
    return ":".join(("fragments", name, item._meta.label_lower, str(item.pk), *tokens, *parts))


def counters_changed() -> None:
    """A counter shown beside items in lists (an innovation's useful marks), which
    changes no table version, has moved."""
    _replace(COUNTERS)


def shared_key(name: str, *parts: str) -> str | None:
    """The cache key of `name`, a page or part shown alike to every reader who is
    not signed in and made of many items (a list, a search): it carries the
    generation and the counters' token, and `parts` (the versions of the tables it
    shows). None when the cache cannot give the tokens."""
    tokens = _tokens(GENERATION, COUNTERS)
    if tokens is None:
        return None
    return ":".join(("fragments", name, *tokens, *parts))


def kept(key: str | None, render) -> str:
    """The part kept under `key`, or `render()`'s, kept under it (FRAGMENT_SECONDS);
    rendered every time when there is no key (the cache is down). Parts are the
    templates' own output, escaped as they were rendered."""
    if key is None:
        return render()
    html = cache.get(key)
    if html is None:
        html = str(render())
        cache.set(key, html, FRAGMENT_SECONDS)
    return mark_safe(html)
