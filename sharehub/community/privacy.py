"""What a person marked useful and saved (see sharehub.accounts.privacy). Their marks
go with their account (sharehub.community.receivers), moving the counts down."""

from sharehub.accounts.models import User
from sharehub.accounts.privacy import export_section
from sharehub.community.models import Bookmark, Reaction


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
