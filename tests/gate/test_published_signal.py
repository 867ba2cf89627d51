"""The gate says when content becomes public, once per publication, so notifications
fan out from one place and never about a draft or a held item."""

import pytest

from sharehub.catalogue import workflow
from sharehub.catalogue.forms.needs import NeedReplyForm
from sharehub.core.models import Status
from sharehub.gate.signals import published
from sharehub.moderation import services
from tests.factories import NeedFactory


@pytest.fixture
def heard():
    seen = []

    def listener(sender, item, first, **kwargs):
        seen.append((item._meta.model_name, item.pk, first, item.status))

    published.connect(listener)
    yield seen
    published.disconnect(listener)


def test_held_content_is_announced_only_when_a_moderator_approves_it(heard, submitted, moderator):
    assert heard == []
    services.decision_approve(submitted, moderator=moderator)
    assert heard == [("innovation", submitted.pk, True, Status.PUBLISHED)]


def test_content_back_from_hidden_is_not_announced_as_new(heard, published, moderator):
    services.item_hide(published, moderator=moderator, reason="Checking a name")
    assert heard == []
    services.item_unhide(published, moderator=moderator)
    assert heard == [("innovation", published.pk, False, Status.PUBLISHED)]


def test_a_trusted_reply_is_announced_when_it_is_posted_and_an_untrusted_one_is_not(
    heard, trusted, user
):
    need = NeedFactory(status=Status.PUBLISHED)
    form = NeedReplyForm(data={"body": "We tried a buddy rota for this."}, user=trusted)
    assert form.is_valid()
    reply = workflow.add_reply(need=need, author=trusted, **form.values())
    assert heard == [("needreply", reply.pk, True, Status.PUBLISHED)]
    form = NeedReplyForm(data={"body": "So did we, in Conwy."}, user=user)
    assert form.is_valid()
    workflow.add_reply(need=need, author=user, **form.values())
    assert len(heard) == 1
