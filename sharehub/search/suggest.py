"""“Did you mean …?” for searches that find nothing (PostgreSQL, pg_trgm)."""

import difflib
import re

from django.contrib.postgres.search import TrigramWordSimilarity

from sharehub.catalogue.models import Innovation, Resource
from sharehub.core.search import is_postgres

WORD = re.compile(r"[\w'\u2019-]+", re.UNICODE)
MAX_WORDS = 5  # a long nonsense query must not cost dozens of queries


def _similar_titles(model, word: str):
    return (
        model.objects.published()
        .filter(title__trigram_word_similar=word)
        .annotate(similarity=TrigramWordSimilarity(word, "title"))
        .order_by("-similarity")
        .values_list("title", flat=True)[:5]
    )


def suggest(q: str) -> str:
    """A close spelling built from words in published titles, or "" if none."""
    if not q or not is_postgres():
        return ""
    changed = False
    words = []
    for position, word in enumerate(q.split()):
        bare = word.strip('"-').lower()
        if position >= MAX_WORDS or len(bare) < 4:
            words.append(word)
            continue
        titles = _similar_titles(Innovation, bare).union(_similar_titles(Resource, bare))
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
