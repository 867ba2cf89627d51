"""Helpers that publish content through the real gate, so the `published` signal
fans out as it does for people."""

from sharehub.catalogue import workflow
from sharehub.catalogue.forms.needs import NeedReplyForm
from sharehub.core.models import Status
from sharehub.moderation import services as moderation
from sharehub.notifications.models import Follow, Notification
from sharehub.taxonomy import models as tax
from tests.factories import InnovationFactory


def follow(person, **target) -> Follow:
    terms = {
        "challenge_area": tax.ChallengeArea,
        "region": tax.Region,
        "local_authority": tax.LocalAuthority,
    }
    values = {
        name: (terms[name].objects.get(slug=value) if name in terms else value)
        for name, value in target.items()
    }
    return Follow.objects.create(user=person, **values)


def held_innovation(writer, **kwargs):
    """An innovation waiting for a moderator (what an untrusted author's submission is)."""
    kwargs.setdefault("places", (["gwent"], ["newport"]))
    kwargs.setdefault("challenge_areas", ["risk"])
    return InnovationFactory(author=writer, status=Status.SUBMITTED, published_at=None, **kwargs)


def approve(item, by):
    return moderation.decision_approve(item, moderator=by)


def reply(need, writer, body="We tried a buddy rota for this."):
    form = NeedReplyForm(data={"body": body}, user=writer)
    assert form.is_valid(), form.errors
    return workflow.add_reply(need=need, author=writer, **form.values())


def told(person) -> list[tuple[str, int]]:
    """(event, item id) of every notification `person` has, oldest first."""
    return list(
        Notification.objects.filter(recipient=person)
        .order_by("created_at", "id")
        .values_list("event", "object_id")
    )
