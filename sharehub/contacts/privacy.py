"""What the contacts directory holds about a person (see sharehub.accounts.privacy)."""

from django.utils.translation import gettext_lazy as _

from sharehub.accounts.models import User
from sharehub.accounts.privacy import (
    Contributions,
    export_section,
    on_account_delete,
    public_contributions,
    row,
)
from sharehub.contacts.models import Contact
from sharehub.contacts.selectors import messages_sent_by
from sharehub.taxonomy.terms import attach_terms


@export_section("contact_listings")
def _contact_listings(user: User) -> list[dict]:
    listings = Contact.objects.filter(user=user).order_by("created_at", "pk")
    listings = listings.prefetch_related("challenge_areas", "regions", "local_authorities")
    return [row(contact) for contact in attach_terms(listings)]


@on_account_delete
def _delete(user: User, *, remove_content: bool) -> None:
    """A listing is an invitation to contact this person: it always goes with the account."""
    Contact.objects.filter(user=user).delete()


@public_contributions
def _published(user: User) -> list[Contributions]:
    listings = list(
        Contact.objects.published()
        .filter(user=user)
        .order_by("name")
        .only("slug", "name", "language", "published_at")[:20]
    )
    return [Contributions(_("Listed as a contact"), listings, len(listings))] if listings else []


export_section("messages_sent")(messages_sent_by)
