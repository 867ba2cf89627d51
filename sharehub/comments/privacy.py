"""What the comments app holds about a person (see sharehub.accounts.privacy)."""

from sharehub.accounts.models import User
from sharehub.accounts.privacy import export_section, on_account_delete, row
from sharehub.comments.models import ITEM_FIELDS, Comment
from sharehub.core.models import Status


@export_section("comments")
def _comments(user: User) -> list[dict]:
    mine = Comment.objects.filter(author=user).select_related(*ITEM_FIELDS)
    return [row(c) for c in mine.order_by("created_at", "pk")]


@on_account_delete
def _delete(user: User, *, remove_content: bool) -> None:
    """With `remove_content`, every comment the person wrote goes; otherwise what
    was published stays, its author cleared when the account goes. A comment others
    replied to is emptied rather than deleted, so their replies stay (under "This
    comment was deleted")."""
    mine = Comment.objects.filter(author=user)
    if not remove_content:
        mine = mine.exclude(status=Status.PUBLISHED)
    answered = set(
        Comment.objects.filter(reply_to__in=mine)
        .exclude(author=user)
        .values_list("reply_to_id", flat=True)
    )
    Comment.objects.filter(pk__in=answered).update(
        body="", rendered={}, status=Status.WITHDRAWN, author=None
    )
    mine.exclude(pk__in=answered).delete()
