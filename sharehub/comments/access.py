"""The gatekeepers every comments view calls: what may be commented on, and which
comment a person may reply to, change or delete. Anything else is a 404, so a
hidden item's or a held comment's existence is never revealed."""

from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404

from sharehub.comments.models import ITEM_FIELDS, Comment
from sharehub.core.models import Status
from sharehub.gate.kinds import models_for

# The kinds of content that take comments, by the name the URLs and the gate use.
MODELS = models_for(ITEM_FIELDS)


def get_item_for_comment(kind: str, slug: str):
    """A published innovation, resource or question."""
    if kind not in MODELS:
        raise Http404
    return get_object_or_404(MODELS[kind].objects.published(), slug=slug)


def _on_published_item():
    """Comments whose item is published (one of the three is set)."""
    item_published = Q()
    for name in ITEM_FIELDS:
        item_published |= Q(**{f"{name}__status": Status.PUBLISHED})
    rows = Comment.objects.select_related("author", "reply_to", *ITEM_FIELDS)
    return rows.filter(item_published)


# The largest id a comment can have (a bigint): larger numbers in an address are a 404.
MAX_ID = 2**63 - 1


def get_comment_to_reply(pk: int) -> Comment:
    """A published comment on a published item."""
    if pk > MAX_ID:
        raise Http404
    return get_object_or_404(_on_published_item().filter(status=Status.PUBLISHED), pk=pk)


def get_own_comment(user, pk: int) -> Comment:
    """The user's own comment (not deleted) on a published item."""
    if pk > MAX_ID:
        raise Http404
    rows = _on_published_item().filter(author=user).exclude(status=Status.WITHDRAWN)
    return get_object_or_404(rows, pk=pk)
