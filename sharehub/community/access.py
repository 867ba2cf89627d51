"""The gatekeeper for marking an item: only what is published can be marked, by
anyone signed in. Anything else (a draft, held, hidden or unknown) is a 404, so
marking never reveals that an item exists."""

from django.db import models
from django.http import Http404

from sharehub.gate import kinds


def get_markable(kind_name: str, slug: str, targets: tuple[str, ...]) -> models.Model:
    if kind_name not in targets:
        raise Http404
    kind = kinds.get(kind_name)
    if kind is None:
        raise Http404
    item = kind.model.objects.published().filter(slug=slug).only("pk", "slug").first()
    if item is None:
        raise Http404
    return item
