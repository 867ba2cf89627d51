"""Writes: following, reading notifications, e-mail preferences, unsubscribing."""

from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Case, CharField, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from sharehub.core.models import Status
from sharehub.core.ratelimit import take_slot
from sharehub.gate.kinds import models_for
from sharehub.notifications import saved
from sharehub.notifications.models import (
    DEFAULT_DELIVERY,
    Delivery,
    Event,
    Follow,
    ListName,
    Notification,
    Preference,
)
from sharehub.taxonomy.models import ChallengeArea, LocalAuthority, Region
from sharehub.taxonomy.terms import by_slug

FOLLOWS_PER_HOUR = 100
SEARCH_MAX = Follow._meta.get_field("query").max_length
TERM_MODELS = {
    "challenge_area": ChallengeArea,
    "region": Region,
    "local_authority": LocalAuthority,
}
ITEM_MODELS = models_for(("innovation", "need"))


NOT_FOLLOWABLE = _lazy("Only published innovations and questions can be followed.")


class FollowRefused(ValueError):
    """The target cannot be followed (unknown, not published); the message says why."""


def resolve_target(kind: str, value: str, query: str = "") -> dict:
    """The Follow fields naming a target, from what a follow button sends."""
    if kind in TERM_MODELS:
        term = by_slug(TERM_MODELS[kind]).get(value)
        if term is None:
            raise FollowRefused(_("There is nothing to follow there."))
        return {kind: term}
    if kind in ITEM_MODELS:
        # Any status: a follow of something hidden since can still be stopped;
        # toggle_follow starts a follow of published ones only.
        item = ITEM_MODELS[kind].objects.filter(slug=value).only("pk", "status").first()
        if item is None:
            raise FollowRefused(NOT_FOLLOWABLE)
        return {kind: item}
    if kind == "search" and value in ListName.values:
        normalised = saved.normalise(QueryDict(query))
        if len(normalised) > SEARCH_MAX or not saved.valid(value, normalised):
            raise FollowRefused(_("This search cannot be followed: check its filters."))
        return {"list_name": value, "query": normalised}
    raise FollowRefused(_("There is nothing to follow there."))


def is_following(user, target: dict) -> bool:
    return user.is_authenticated and Follow.objects.filter(user=user, **target).exists()


@transaction.atomic
def toggle_follow(*, user, target: dict) -> bool:
    """Follow the target, or stop following it; True when `user` follows it now."""
    take_slot(
        "notifications:follow",
        user,
        FOLLOWS_PER_HOUR,
        _("You have changed what you follow %(limit)s times in the last hour. Try again later."),
    )
    deleted, _rows = Follow.objects.filter(user=user, **target).delete()
    if deleted:
        return False
    if any(
        getattr(value, "status", Status.PUBLISHED) != Status.PUBLISHED for value in target.values()
    ):
        raise FollowRefused(NOT_FOLLOWABLE)
    try:
        with transaction.atomic():
            Follow.objects.create(user=user, **target)
    except IntegrityError:  # a double click: the other request followed it
        pass
    return True


def unfollow(*, user, follow_id: int) -> None:
    Follow.objects.filter(user=user, pk=follow_id).delete()


def mark_read(*, user, notification_id: int) -> None:
    Notification.objects.filter(recipient=user, pk=notification_id, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def mark_all_read(*, user) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


# --- E-mail preferences -------------------------------------------------------------


def delivery_expression(user_field: str = "recipient", event_field: str = "event"):
    """An annotation: the delivery each row's person chose for its event (or the default)."""
    chosen = Preference.objects.filter(
        user=OuterRef(user_field), event=OuterRef(event_field)
    ).values("delivery")[:1]
    default = Case(
        *(
            When(**{event_field: event}, then=Value(str(d)))
            for event, d in DEFAULT_DELIVERY.items()
        ),
        default=Value(Delivery.OFF),
        output_field=CharField(),
    )
    return Coalesce(Subquery(chosen, output_field=CharField()), default)


def preferences_for(user) -> dict[str, str]:
    """{event: delivery} for every event, defaults filled in."""
    chosen = dict(Preference.objects.filter(user=user).values_list("event", "delivery"))
    return {event: chosen.get(event, DEFAULT_DELIVERY[event]) for event in Event.values}


@transaction.atomic
def set_preferences(*, user, choices: dict[str, str]) -> None:
    for event, delivery in choices.items():
        if event in Event.values and delivery in Delivery.values:
            Preference.objects.update_or_create(
                user=user, event=event, defaults={"delivery": delivery}
            )


# --- One-click unsubscribe -------------------------------------------------------------

UNSUBSCRIBE_SALT = "sharehub.notifications.unsubscribe"
DIGEST = "digest"  # a token for the weekly digest: every event it carries


def unsubscribe_token(user, event: str) -> str:
    return signing.dumps({"u": user.pk, "e": event}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token: str) -> tuple[int, str]:
    """(user id, event) from a token; signing.BadSignature if it was not ours."""
    data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    if not isinstance(data, dict) or data.get("e") not in (*Event.values, DIGEST):
        raise signing.BadSignature("not an unsubscribe token")
    return int(data["u"]), data["e"]


@transaction.atomic
def unsubscribe(*, user, event: str) -> list[str]:
    """Turn off the e-mail a token names; the events turned off."""
    if event == DIGEST:
        events = [e for e, d in preferences_for(user).items() if d == Delivery.DIGEST]
    else:
        events = [event]
    set_preferences(user=user, choices=dict.fromkeys(events, Delivery.OFF))
    return events
