"""What notifications hold about a person (see sharehub.accounts.privacy): what they
follow and their e-mail choices go into "Download my data"; everything goes with
the account."""

from sharehub.accounts.models import User
from sharehub.accounts.privacy import export_section, on_account_delete
from sharehub.notifications.display import describe_follow
from sharehub.notifications.models import FOLLOW_RELATED, Digest, Follow, Notification, Preference


@export_section("follows")
def _follows(user: User) -> list[dict]:
    follows = (
        Follow.objects.filter(user=user)
        .select_related(*FOLLOW_RELATED)
        .only(
            "created_at",
            "list_name",
            "query",
            *(f"{name}__slug" for name in FOLLOW_RELATED),
            *(f"{name}__name_en" for name in ("challenge_area", "region", "local_authority")),
            *(f"{name}__name_cy" for name in ("challenge_area", "region", "local_authority")),
            "innovation__title",
            "need__title",
        )
        .order_by("created_at", "pk")
    )
    return [
        {
            "what": follow.target_field,
            "slug": getattr(follow.target, "slug", None),
            "list": follow.list_name,
            "query": follow.query,
            "description": describe_follow(follow),
            "created_at": follow.created_at.isoformat(),
        }
        for follow in follows
    ]


@export_section("notification_email_choices")
def _preferences(user: User) -> dict[str, str]:
    return dict(Preference.objects.filter(user=user).values_list("event", "delivery"))


@on_account_delete
def _delete(user: User, *, remove_content: bool) -> None:
    """Follows, notifications and choices are the person's own: they always go."""
    Notification.objects.filter(recipient=user).delete()
    Follow.objects.filter(user=user).delete()
    Preference.objects.filter(user=user).delete()
    Digest.objects.filter(user=user).delete()
