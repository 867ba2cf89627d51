"""What organisations hold about a person: which ones they said they belong to
(see sharehub.accounts.privacy). Memberships are never shown to anyone else."""

from sharehub.accounts.models import User
from sharehub.accounts.privacy import export_section, on_account_delete
from sharehub.organisations.models import Membership


@export_section("organisations")
def _organisations(user: User) -> list[dict]:
    memberships = Membership.objects.filter(user=user).select_related("organisation")
    return [
        {
            "organisation": membership.organisation.name,
            "slug": membership.organisation.slug,
            "added": membership.created_at,
        }
        for membership in memberships.order_by("created_at", "pk")
    ]


@on_account_delete
def _delete(user: User, *, remove_content: bool) -> None:
    """Saying where one works goes with the account."""
    Membership.objects.filter(user=user).delete()
