"""What a reader sees of an item's comments: one query for the comments with their
authors, whatever their number."""

from dataclasses import dataclass, field

from django.db.models import Q

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


def visible(comment: Comment, user) -> bool:
    if comment.status == Status.PUBLISHED:
        return True
    return user.is_authenticated and comment.author_id == user.pk and comment.status in OWN_STATUSES


def threads_for(item, user) -> tuple[list[Thread], int]:
    """The threads on a published item, oldest first, and how many comments the reader
    sees. Comments waiting for a moderator (or hidden) are the author's alone; a
    top-level comment that is not shown stays as a placeholder while replies to it are."""
    rows = Comment.objects.on(item)
    wanted = Q(status=Status.PUBLISHED) | Q(reply_to__isnull=True)
    if user.is_authenticated:
        wanted |= Q(author=user, status__in=OWN_STATUSES)
    rows = rows.filter(wanted).select_related("author").order_by("created_at", "id")
    threads: dict[int, Thread] = {}
    replies: list[Comment] = []
    count = 0
    for comment in rows:
        comment.item = item  # no query for the item each comment names
        if comment.reply_to_id is None:
            threads[comment.pk] = Thread(comment, visible(comment, user))
        elif visible(comment, user):
            replies.append(comment)
    for reply in replies:
        thread = threads.get(reply.reply_to_id)
        if thread is not None:
            thread.replies.append(reply)
    shown = [t for t in threads.values() if t.shown or t.replies]
    count = sum(t.shown for t in shown) + sum(len(t.replies) for t in shown)
    return shown, count
