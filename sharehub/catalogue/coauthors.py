"""Co-authors: an author invites other ShareHub accounts to write an innovation or a
resource with them (sharehub.catalogue.models.CoAuthor).

- Invite: the author types the e-mail address of a verified, active ShareHub
  account. Whatever the address, the author is told the same thing ("if that person
  has a ShareHub account, we have invited them"), and every attempt counts against
  SHAREHUB_COAUTHOR_INVITES_PER_HOUR, found or not. The invitee is told by e-mail
  (the outbox, in their language) and on their contributions page.
- The invitee accepts or declines. An accepted co-author edits and submits the item
  like its author, through the same gate and revision flow (the gatekeepers ask
  sharehub.core.models.owned_by); the gate weighs the co-author's own trust. Only the
  author withdraws the item, invites and removes.
- The author removes a co-author (or an invitation), or a co-author leaves: the row
  goes and the audit log keeps who removed whom from what.
"""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from sharehub.catalogue.models import CoAuthor, Innovation, Resource
from sharehub.core.mail import queue_email
from sharehub.core.ratelimit import take_slot
from sharehub.gate.audit import record
from sharehub.gate.models import Action
from sharehub.gate.transitions import language_of

# The kinds people co-author, by the name the URLs use.
MODELS = {"innovation": Innovation, "resource": Resource}


def may_edit(item, user) -> bool:
    """Whether `user` is the item's author or an accepted co-author: the in-memory
    reading of sharehub.core.models.owned_by, from the co-authors its page shows
    (item.accepted_coauthors: at most one query, none for most items)."""
    if not user.is_authenticated:
        return False
    if item.author_id == user.pk:
        return True
    if not getattr(item, "shared_with", ""):
        return False
    return any(c.user_id == user.pk for c in item.accepted_coauthors)


def manage_url(item) -> str:
    return reverse(f"catalogue:{item._meta.model_name}_coauthors", kwargs={"slug": item.slug})


def invitee_for(email: str):
    """The active account whose verified address is `email`, or None."""
    address = (
        EmailAddress.objects.filter(
            email__iexact=email.strip(), verified=True, user__is_active=True
        )
        .select_related("user")
        .first()
    )
    return address.user if address else None


def invite(item, *, author, email: str) -> CoAuthor | None:
    """Invite the account behind `email` to co-author `item` (the caller checked that
    `author` is its author). The new invitation, or None when nobody new was invited:
    no such account, the author themself, or someone already invited, co-authoring
    or who declined. The caller tells the author the same thing either way."""
    take_slot(
        "coauthor:invite",
        author,
        settings.SHAREHUB_COAUTHOR_INVITES_PER_HOUR,
        _(
            "You have sent %(limit)s invitations to co-author in the last hour, the most "
            "anyone can. Try again in an hour."
        ),
    )
    user = invitee_for(email)
    if user is None or user.pk == author.pk:
        return None
    try:
        with transaction.atomic():
            invitation = CoAuthor.objects.create(
                **{item._meta.model_name: item},
                user=user,
                invited_by=author,
                address=email.strip(),
            )
    except IntegrityError:  # already invited, co-authoring or declined
        return None
    _email_invitation(invitation, item, author)
    return invitation


def _email_invitation(invitation: CoAuthor, item, author) -> None:
    user = invitation.user
    if not user.email:
        return
    with translation.override(language_of(user, item.language)):
        context = {
            "name": user.display_name,
            "author": author.display_name or _("A ShareHub member"),
            "title": item.title,
            "url": settings.SITE_URL + invitation_url(invitation),
        }
        subject = render_to_string("emails/coauthor_invitation_subject.txt", context).strip()
        body = render_to_string("emails/coauthor_invitation.txt", context)
    queue_email(subject=subject, body=body, to=[user.email])


def invitation_url(invitation: CoAuthor) -> str:
    return reverse("catalogue:coauthor_invitation", kwargs={"pk": invitation.pk})


def answer(invitation: CoAuthor, *, accepted: bool) -> CoAuthor:
    """The invitee accepts or declines (only an invitation still waiting)."""
    with transaction.atomic():
        current = CoAuthor.objects.select_for_update().get(pk=invitation.pk)
        if current.state == CoAuthor.State.INVITED:
            current.answer(accepted)
    return current


def remove(coauthor: CoAuthor, *, actor) -> None:
    """The author removes a co-author or an invitation, or a co-author leaves:
    the row goes, and the audit log says who removed whom from what."""
    item = coauthor.item
    leaving = actor.pk == coauthor.user_id
    with transaction.atomic():
        deleted, _rows = CoAuthor.objects.filter(pk=coauthor.pk).delete()
        if not deleted:
            return  # removed already (a double click)
        record(
            actor=actor,
            action=Action.COAUTHOR_LEAVE if leaving else Action.COAUTHOR_REMOVE,
            target=item,
            detail={
                "coauthor": coauthor.user.display_name or coauthor.user.get_username(),
                "coauthor_id": coauthor.user_id,
                "state": coauthor.state,
            },
            status_before=item.status,
            status_after=item.status,
        )


def coauthors_of(item) -> list[CoAuthor]:
    """Every invitation for `item`, with its people, for the author's page."""
    return list(CoAuthor.objects.for_item(item).select_related("user"))


def pending_invitations(user) -> list[CoAuthor]:
    """The invitations waiting for `user`'s answer, with their items and authors."""
    return list(
        CoAuthor.objects.filter(user=user, state=CoAuthor.State.INVITED).select_related(
            "innovation", "resource", "invited_by"
        )
    )
