"""Who is told when something is published (sharehub.gate.signals.published).

Only a first publication tells anyone: an item back from being hidden is not news.
Two shapes of content, read from the kinds registry (sharehub.gate.kinds):

- Something that stands alone (an innovation, resource, question, contact listing):
  everyone whose follow it matches is told (Event.MATCH): a challenge area it has, a
  region it is in (or one of whose local authorities it is in), a local authority, or
  a saved search whose page lists it (sharehub.notifications.saved).
- Something about another item (`kind.parent_of(item)`: a reply, a comment, an
  adoption): the owner of that item is told (a reply on their question is
  Event.ANSWER, an adoption Event.ADOPTION, anything else Event.COMMENT), and the
  people who follow that innovation or question hear of it (Event.ACTIVITY).

Nobody is told about their own writing, and nobody about something that is not
public (the item and what it answers must both be published). Notifications are
written in one bulk insert; the unique constraint (person, event, item) keeps a
second announcement of the same item from telling anyone twice. The fan-out itself
is a task queued in the publisher's transaction (fan_out_later), so publishing never
waits for it; e-mail straight away is a task (sharehub.notifications.email) that checks again when it runs.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.tasks import task

from sharehub.gate.kinds import kind_of
from sharehub.notifications import saved
from sharehub.notifications.models import Event, Follow, Notification
from sharehub.notifications.visibility import is_public

logger = logging.getLogger(__name__)

# The event an item's owner gets, by the kind of what was published about it.
OWNER_EVENTS = {"reply": Event.ANSWER, "adoption": Event.ADOPTION}
# The follow field for each followable parent model.
FOLLOWED_BY = {"catalogue.Innovation": "innovation", "catalogue.Need": "need"}


def on_published(sender, item, first: bool, **kwargs) -> None:
    """A first publication queues its fan-out in the publisher's transaction: the
    worker finds who to tell (saved searches cost a query each), off the request."""
    if first:
        content_type = ContentType.objects.get_for_model(item)
        _safely(fan_out_later.enqueue, content_type_id=content_type.pk, object_id=item.pk)


@task
def fan_out_later(*, content_type_id: int, object_id: int) -> None:
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    item = model.objects.filter(pk=object_id).first()
    if item is not None:  # deleted since: nobody to tell about it
        _safely(fan_out, item)


def _safely(function, *args, **kwargs) -> None:
    """Run a fan-out in a savepoint: a failure here is logged and undone, and never
    undoes the publication that called it (the signal is sent in its transaction)."""
    try:
        with transaction.atomic():
            function(*args, **kwargs)
    except Exception:
        logger.exception("Notifications could not be written for %r", args)


def on_answered(sender, need, actor, **kwargs) -> None:
    _safely(answered, need, actor)


def answered(need, actor) -> None:
    """The asker marked their question answered: its followers hear of it, once."""
    if not is_public(need):
        return
    told = {
        user_id: (Event.ANSWERED, follow_id)
        for user_id, follow_id in Follow.objects.filter(
            need=need, user__is_active=True
        ).values_list("user_id", "pk")
    }
    told.pop(getattr(actor, "pk", None), None)
    _write(need, told, actor_id=getattr(actor, "pk", None))


def fan_out(item) -> list[Notification]:
    """Write the notifications `item`'s first publication brings; returns them."""
    try:
        kind = kind_of(item)
    except LookupError:
        return []
    if not is_public(item):
        return []
    actor_id = _owner_id(kind, item)
    parent = kind.parent_of(item)
    told = _followers_of_new(item) if parent is None else _about_parent(kind, item, parent)
    told.pop(actor_id, None)
    return _write(item, told, actor_id=actor_id)


def _write(item, told: dict[int, tuple[str, int | None]], *, actor_id) -> list[Notification]:
    """One bulk insert of the notifications (duplicates ignored), and the task that
    e-mails those who want it straight away."""
    if not told:
        return []
    content_type = ContentType.objects.get_for_model(item)
    rows = [
        Notification(
            recipient_id=user_id,
            event=event,
            content_type=content_type,
            object_id=item.pk,
            actor_id=actor_id,
            follow_id=follow_id,
        )
        for user_id, (event, follow_id) in sorted(told.items())
    ]
    Notification.objects.bulk_create(rows, ignore_conflicts=True)
    if rows:
        from sharehub.notifications.email import send_immediate

        send_immediate.enqueue(content_type_id=content_type.pk, object_id=item.pk)
    return rows


def _followers_of_new(item) -> dict[int, tuple[str, int]]:
    """{user id: (Event.MATCH, follow id)} for the follows a new item matches."""
    condition = Q(pk__in=[])
    fields = {f.name for f in item._meta.get_fields()}
    if "challenge_areas" in fields:
        condition |= Q(challenge_area__in=[a.pk for a in item.challenge_areas.all()])
    if "regions" in fields:
        region_ids = {r.pk for r in item.regions.all()}
        la_ids = set()
        if "local_authorities" in fields:
            for la in item.local_authorities.all():
                la_ids.add(la.pk)
                region_ids.add(la.region_id)
        condition |= Q(region__in=region_ids) | Q(local_authority__in=la_ids)
    searches = set(
        Follow.objects.filter(list_name__in=saved.list_names_for(type(item)))
        .values_list("list_name", "query")
        .distinct()
    )
    for list_name, query in searches:
        if saved.shows(list_name, query, item):
            condition |= Q(list_name=list_name, query=query)
    told: dict[int, tuple[str, int]] = {}
    for user_id, follow_id in (
        Follow.objects.filter(condition, user__is_active=True)
        .order_by("created_at", "pk")
        .values_list("user_id", "pk")
    ):
        told.setdefault(user_id, (Event.MATCH, follow_id))
    return told


def _about_parent(kind, item, parent) -> dict[int, tuple[str, int | None]]:
    """The parent's owner and its followers, for a reply, comment or adoption; and,
    for a reply to a comment, the comment's author."""
    told: dict[int, tuple[str, int | None]] = {}
    field = FOLLOWED_BY.get(parent._meta.label)
    if field:
        followers = Follow.objects.filter(**{field: parent}, user__is_active=True)
        for user_id, follow_id in followers.values_list("user_id", "pk"):
            told[user_id] = (Event.ACTIVITY, follow_id)
    replied_to = getattr(item, "reply_to", None) if hasattr(item, "reply_to_id") else None
    if replied_to is not None and is_public(replied_to):
        author = kind_of(replied_to).owner_of(replied_to)
        if author is not None and author.is_active:
            told[author.pk] = (Event.COMMENT, None)
    try:
        owner = kind_of(parent).owner_of(parent)
    except LookupError:
        owner = None
    if owner is not None and owner.is_active:
        told[owner.pk] = (OWNER_EVENTS.get(kind.name, Event.COMMENT), None)
    return told


def _owner_id(kind, item) -> int | None:
    """Who wrote `item`, without loading them."""
    if kind.owner_field == "pk":
        return item.pk
    return getattr(item, f"{kind.owner_field}_id", None)
