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

from django.core.cache import cache
from django.db import transaction

FRAGMENT_SECONDS = 600
TOKEN_SECONDS = 24 * 60 * 60
GENERATION = "fragments:generation"


def _token_key(item) -> str:
    return f"fragments:token:{item._meta.label_lower}:{item.pk}"


def _replace(key: str) -> None:
    def replace() -> None:
        cache.set(key, uuid4().hex, TOKEN_SECONDS)

    replace()
    transaction.on_commit(replace)


def changed(item) -> None:
    """Something the cached parts of `item`'s page show has changed."""
    if item is not None and item.pk is not None:
        _replace(_token_key(item))


def everything_changed() -> None:
    """Something every cached part may show has changed."""
    _replace(GENERATION)


def key(item, name: str, *parts: str) -> str | None:
    """The cache key of fragment `name` of `item`'s page, varied by `parts`; None when
    the cache cannot give the tokens (the fragment is then rendered, not cached)."""
    token_key = _token_key(item)
    found = cache.get_many([GENERATION, token_key])
    tokens = []
    for wanted in (GENERATION, token_key):
        token = found.get(wanted)
        if token is None:
            token = uuid4().hex
            cache.set(wanted, token, TOKEN_SECONDS)
            if cache.get(wanted) != token:  # the cache is down, or another token won
                return None
        tokens.append(token)
    return ":".join(("fragments", name, item._meta.label_lower, str(item.pk), *tokens, *parts))
