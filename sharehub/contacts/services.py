"""Every write in contacts: listings (opt-in, by the person themselves) and messages."""

from dataclasses import dataclass
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from sharehub.contacts.models import Contact, ContactMessage
from sharehub.core.mail import queue_email
from sharehub.core.models import Status
from sharehub.core.slugs import unique_slug
from sharehub.core.validators import clean_with_relations
from sharehub.gate import policy
from sharehub.gate.audit import record
from sharehub.gate.kinds import KINDS
from sharehub.gate.models import Action, ReasonCode
from sharehub.gate.transitions import flag, lock, record_created, set_first_state, transition
from sharehub.organisations.services import link as link_organisation

# Addresses under /contacts/ that a slug must not take.
RESERVED_SLUGS = {"list-me", "innovation", "feed"}


class ContactRefused(Exception):
    """Why a listing or a message was refused, in words for the person."""


class RateLimited(ContactRefused):
    """Too many messages: nothing was sent."""


# --- listings -------------------------------------------------------------------------


def check_can_list(user) -> None:
    limit = settings.SHAREHUB_CONTACT_MAX_LISTINGS
    if Contact.objects.filter(user=user).count() >= limit:
        raise ContactRefused(
            _("You already have %(limit)s contact listings, the most one account can have.")
            % {"limit": limit}
        )


LISTING_RELATIONS = ("challenge_areas", "regions", "local_authorities")


def _listing_value(contact: Contact, name: str):
    if name in LISTING_RELATIONS:
        return {term.pk for term in getattr(contact, name).all()} if contact.pk else set()
    return getattr(contact, contact._meta.get_field(name).attname)


def _comparable(name: str, value):
    if name in LISTING_RELATIONS:
        return {term.pk for term in value}
    return getattr(value, "pk", value)


@transaction.atomic
def save_listing(
    values: dict,
    *,
    user,
    language: str,
    contact: Contact | None = None,
    slug: str = "",
    limited: bool = True,
) -> Contact:
    """Create `user`'s listing (or update `contact`, theirs) from plain values (a
    form's cleaned_data, a command's; terms as model instances), through the gate:
    a trusted account's listing publishes at once; anyone else's (and any holding
    certain personal data) waits for a moderator, and an edit of a published listing
    takes it off the public list until then. Validated by the model (ValidationError
    naming the field); refused: nothing is saved. `slug` keeps a given address
    (an import); `limited=False` skips the per-account limit (an operator's import)."""
    values = dict(values)
    relations = {name: values.pop(name) for name in LISTING_RELATIONS if name in values}
    email = values.pop("email", "") or ""
    if contact is None:
        contact = Contact()
        before = None
        changed = sorted([*values, *relations])
    else:
        before = lock(contact, owner=user)
        changed = sorted(
            name
            for name, value in [*values.items(), *relations.items()]
            if _comparable(name, value) != _listing_value(before, name)
        )
    for name, value in values.items():
        contact._meta.get_field(name).save_form_data(contact, value)
    decision = policy.decide(KINDS["contact"], user, policy.texts_of(KINDS["contact"], contact))
    if decision.verdict == policy.Verdict.REFUSE:
        raise ContactRefused(decision.message)
    # The account's own address is not copied, so the listing follows it if it changes.
    contact.email = "" if email.lower() == (user.email or "").lower() else email
    if before is None:
        get_user_model().objects.select_for_update().filter(pk=user.pk).first()
        if limited:
            check_can_list(user)
        contact.user = user
        contact.language = language
        slug = slug or unique_slug(Contact, contact.name)
        while slug in RESERVED_SLUGS:
            slug = unique_slug(Contact, f"{contact.name} contact")
        contact.slug = slug
        set_first_state(contact, decision)
    else:
        contact.status = before.status
    clean_with_relations(contact, relations, exclude=["slug"])
    contact.save()
    for name, value in relations.items():
        getattr(contact, name).set(value)
    link_organisation(contact)
    if before is None:
        record_created(contact, decision, actor=user)
        return contact
    if before.status == Status.PUBLISHED and decision.verdict == policy.Verdict.HOLD:
        contact = transition(
            contact,
            Action.HOLD,
            actor=user,
            current=contact,
            reason_code=policy.audit_action(decision, user)[1] or ReasonCode.FIELDS,
            detail={"fields": changed},
        )
    elif before.status == Status.PUBLISHED and changed:
        record(
            actor=user,
            action=Action.EDIT,
            target=contact,
            reason_code=ReasonCode.FIELDS,
            detail={"fields": changed},
            status_before=contact.status,
            status_after=contact.status,
        )
    if decision.flagged and contact.status == Status.PUBLISHED:
        flag(contact, decision)
    return contact


def remove_listing(contact: Contact) -> None:
    """The listing goes completely; messages already sent keep only the name."""
    contact.delete()


# --- messages ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Recipient:
    """Who a message goes to. `email` is used only to send: never shown, never stored."""

    name: str
    email: str
    user: object | None = None
    contact: Contact | None = None
    about: str = ""
    why: str = ""  # one line for the e-mail: why they receive messages, and how to stop
    url: str = ""  # the page the message was sent from


def sender_addresses(user) -> set[str]:
    emails = {user.email.lower()} if user.email else set()
    emails |= {
        email.lower()
        for email in EmailAddress.objects.filter(user=user).values_list("email", flat=True)
    }
    return emails


def reply_address(user) -> str:
    """The sender's confirmed address (the primary one first): replies go there."""
    confirmed = EmailAddress.objects.filter(user=user, verified=True).order_by("-primary", "pk")
    address = confirmed.values_list("email", flat=True).first()
    return address or user.email


def check_can_message(sender, recipient: Recipient) -> None:
    if (recipient.user is not None and recipient.user.pk == sender.pk) or (
        recipient.email.lower() in sender_addresses(sender)
    ):
        raise ContactRefused(_("You cannot send a message to yourself."))
    now = timezone.now()
    sent = ContactMessage.objects.filter(sender=sender, created_at__gt=now - timedelta(days=1))
    per_hour = settings.SHAREHUB_MESSAGES_PER_HOUR
    per_day = settings.SHAREHUB_MESSAGES_PER_DAY
    if sent.filter(created_at__gt=now - timedelta(hours=1)).count() >= per_hour:
        raise RateLimited(
            _(
                "You have sent %(count)s messages in the last hour, the most ShareHub allows. "
                "Your message has not been sent: please try again later."
            )
            % {"count": per_hour}
        )
    if sent.count() >= per_day:
        raise RateLimited(
            _(
                "You have sent %(count)s messages in the last day, the most ShareHub allows. "
                "Your message has not been sent: please try again tomorrow."
            )
            % {"count": per_day}
        )


@transaction.atomic
def send_message(*, sender, recipient: Recipient, subject: str, body: str) -> ContactMessage:
    """Relay a message by e-mail: to the recipient with Reply-To set to the sender,
    and a copy to the sender that does not contain the recipient's address.

    The sender's row is locked while counting, so parallel posts cannot pass the
    rate limit together. Nothing is stored or sent when refused.
    """
    decision = policy.decide(KINDS["message"], sender, {"subject": subject, "body": body})
    if decision.verdict == policy.Verdict.REFUSE:
        raise ContactRefused(decision.message)
    get_user_model().objects.select_for_update().filter(pk=sender.pk).first()
    check_can_message(sender, recipient)
    message = ContactMessage.objects.create(
        sender=sender,
        recipient=recipient.user,
        contact=recipient.contact,
        recipient_name=recipient.name,
        about=recipient.about,
        subject=subject,
        body=body,
    )
    reply_to = reply_address(sender)
    context = {
        "sender_name": sender.public_name,
        "recipient": recipient,
        "subject": subject,
        "body": body,
        "site_url": settings.SITE_URL,
    }
    queue_email(
        subject=_("%(name)s sent you a message through ShareHub: %(subject)s")
        % {"name": sender.public_name, "subject": subject},
        body=render_to_string("emails/contact_message.txt", context),
        to=[recipient.email],
        reply_to=[reply_to],
    )
    queue_email(
        subject=_("Copy of your message to %(name)s: %(subject)s")
        % {"name": recipient.name, "subject": subject},
        body=render_to_string("emails/contact_message_copy.txt", context),
        to=[reply_to],
    )
    return message
