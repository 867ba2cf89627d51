"""“Did you mean …?” for searches that find nothing (PostgreSQL, pg_trgm)."""

import difflib
import re

from django.contrib.postgres.search import TrigramWordSimilarity

from sharehub.catalogue.models import Innovation, Resource
from sharehub.core.search import is_postgres

WORD = re.compile(r"[\w'\u2019-]+", re.UNICODE)


def suggest(q: str) -> str:
    """A close spelling built from words in published titles, or "" if none."""
    if not q or not is_postgres():
        return ""
    changed = False
    words = []
    for word in q.split():
        bare = word.strip('"-').lower()
        if len(bare) < 4 or bare in ("or",):
            words.append(word)
            continue
        titles = []
        for model in (Innovation, Resource):
            titles += list(
                model.objects.published()
                .filter(title__trigram_word_similar=bare)
                .annotate(similarity=TrigramWordSimilarity(bare, "title"))
                .order_by("-similarity")
                .values_list("title", flat=True)[:5]
            )
        vocabulary = {w.lower() for title in titles for w in WORD.findall(title)}
        if bare in vocabulary:
            words.append(word)
            continue
        close = difflib.get_close_matches(bare, vocabulary, n=1, cutoff=0.7)
        if close:
            words.append(word.replace(word.strip('"-'), close[0]))
            changed = True
        else:
            words.append(word)
    return " ".join(words) if changed else ""
