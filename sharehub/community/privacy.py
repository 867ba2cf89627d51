"""What a person marked useful and saved (see sharehub.accounts.privacy)."""

from sharehub.accounts.models import User
from sharehub.accounts.privacy import export_section, on_account_delete
from sharehub.community.models import Bookmark, Reaction
from sharehub.community.services import marks_delete_for_user


def _marks(queryset) -> list[dict]:
    rows = queryset.select_related(*queryset.model.targets).order_by("created_at", "pk")
    return [
        {"kind": mark.kind, "slug": mark.item.slug, "created_at": mark.created_at.isoformat()}
        for mark in rows
    ]


@export_section("marked_useful")
def _marked_useful(user: User) -> list[dict]:
    return _marks(Reaction.objects.filter(user=user))


@export_section("saved")
def _saved(user: User) -> list[dict]:
    return _marks(Bookmark.objects.filter(user=user))


@on_account_delete
def _delete(user: User, *, remove_content: bool) -> None:
    """Marks are the person's own: they always go with the account, and the counts
    they added go down."""
    marks_delete_for_user(user)
