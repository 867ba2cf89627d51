"""What a reader sees of an item's comments: a page of threads, with their authors, in
three queries whatever the number of comments on the item (how many there are, the
page's top-level comments, their replies; one query when there are none)."""

from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Q

from sharehub.comments.models import Comment
from sharehub.core.models import Status

# What the author still sees of their own comment that others do not.
OWN_STATUSES = (Status.SUBMITTED, Status.HIDDEN, Status.REJECTED)


@dataclass
class Thread:
    """A top-level comment and the replies to it the reader may see. `shown` is False
    when the comment itself is not (deleted, hidden) but replies to it are."""

    comment: Comment
    shown: bool
    replies: list[Comment] = field(default_factory=list)


@dataclass
class Threads:
    """One page of an item's threads, oldest first; `count` is every comment the reader
    sees on the item, on every page."""

    threads: list[Thread]
    count: int
    page: int
    pages: int


def visible(comment: Comment, user) -> bool:
    if comment.status == Status.PUBLISHED:
        return True
    return user.is_authenticated and comment.author_id == user.pk and comment.status in OWN_STATUSES


def _visible_q(user) -> Q:
    """`visible`, as a filter."""
    wanted = Q(status=Status.PUBLISHED)
    if user.is_authenticated:
        wanted |= Q(author=user, status__in=OWN_STATUSES)
    return wanted


def threads_for(item, user, *, page: int = 1, per_page: int | None = None) -> Threads:
    """The threads on a published item, a page of `per_page` (all of them when None).
    Comments waiting for a moderator (or hidden) are the author's alone; a top-level
    comment that is not shown stays as a placeholder while replies to it are. A page
    out of range is the first."""
    comments = Comment.objects.on(item)
    seen = _visible_q(user)
    replies = comments.filter(seen, reply_to__isnull=False)
    tops = comments.filter(reply_to__isnull=True).filter(
        seen | Q(Exists(replies.filter(reply_to=OuterRef("pk"))))
    )
    totals = comments.aggregate(
        count=Count("pk", filter=seen),
        threads=Count(
            "pk",
            filter=Q(reply_to__isnull=True)
            & (seen | Q(Exists(replies.filter(reply_to=OuterRef("pk"))))),
        ),
    )
    per_page = per_page or max(totals["threads"], 1)
    pages = max(1, -(-totals["threads"] // per_page))
    page = page if 1 <= page <= pages else 1
    ordered = ("created_at", "id")
    start = (page - 1) * per_page
    page_of_tops = tops.select_related("author").order_by(*ordered)[start : start + per_page]
    shown = {
        comment.pk: Thread(comment, visible(comment, user))
        for comment in (page_of_tops if totals["threads"] else ())
    }
    if shown:
        for reply in replies.filter(reply_to__in=shown).select_related("author").order_by(*ordered):
            shown[reply.reply_to_id].replies.append(reply)
    threads = list(shown.values())
    for thread in threads:
        for comment in (thread.comment, *thread.replies):
            comment.item = item  # no query for the item each comment names
    return Threads(threads, totals["count"], page, pages)
