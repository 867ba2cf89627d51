"""Two moderators acting on one item at once, from two database connections: the
first wins, the second is told it was already handled, and nothing is applied twice."""

import threading

import pytest
from django.core import mail
from django.db import connection, transaction

from sharehub.catalogue.models import Innovation, Revision
from sharehub.core.models import Status
from sharehub.gate.audit import entries_for
from sharehub.moderation import services
from tests.conftest import seed_taxonomy
from tests.factories import InnovationFactory
from tests.moderation.conftest import moderator_user

# Row locks (SELECT … FOR UPDATE) are PostgreSQL's; SQLite locks whole tables.
pytestmark = pytest.mark.postgres


def race(first_action, second_action) -> dict:
    """Run `first_action` in a transaction that holds its row lock until the second
    (on another connection) has had to wait for it; then let both finish. Returns
    "done" or the AlreadyHandled message for each."""
    holding, release = threading.Event(), threading.Event()
    outcome = {}

    def first():
        try:
            with transaction.atomic():
                first_action()
                holding.set()  # the row is locked and changed, not yet committed
                release.wait(10)
            outcome["first"] = "done"
        finally:
            connection.close()

    def second():
        try:
            second_action()
            outcome["second"] = "done"
        except services.AlreadyHandled as exc:
            outcome["second"] = str(exc)
        finally:
            connection.close()

    a = threading.Thread(target=first)
    a.start()
    assert holding.wait(10)
    b = threading.Thread(target=second)
    b.start()
    b.join(0.5)
    assert b.is_alive(), "the second moderator must wait for the first's lock"
    release.set()
    a.join(10)
    b.join(10)
    return outcome


@pytest.mark.django_db(transaction=True)
def test_concurrent_approve_and_reject():
    seed_taxonomy()  # transactional tests start from a flushed database
    first, second = moderator_user("mo"), moderator_user("max")
    item = InnovationFactory(status=Status.SUBMITTED, published_at=None, title="Contested")
    outcome = race(
        lambda: services.decision_approve(Innovation.objects.get(pk=item.pk), moderator=first),
        lambda: services.decision_reject(
            Innovation.objects.get(pk=item.pk), moderator=second, reason="No."
        ),
    )
    assert outcome["first"] == "done"
    assert "already handled by Mo" in outcome["second"]
    item.refresh_from_db()
    assert item.status == Status.PUBLISHED
    assert list(entries_for(item).values_list("action", flat=True)) == ["approve"]
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_two_approvals_at_once_publish_once():
    seed_taxonomy()
    moderators = [moderator_user("mo"), moderator_user("max")]
    item = InnovationFactory(status=Status.SUBMITTED, published_at=None)
    barrier = threading.Barrier(2)
    results = []

    def approve(moderator):
        try:
            barrier.wait(5)
            services.decision_approve(Innovation.objects.get(pk=item.pk), moderator=moderator)
            results.append("done")
        except services.AlreadyHandled:
            results.append("already")
        finally:
            connection.close()

    threads = [threading.Thread(target=approve, args=(m,)) for m in moderators]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert sorted(results) == ["already", "done"]
    assert entries_for(item).count() == 1
    item.author.refresh_from_db()
    assert item.author.approved_count == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_approve_and_decline_of_an_edit():
    """The same for an edit waiting for review: applied once, or declined, never both."""
    seed_taxonomy()
    first, second = moderator_user("mo"), moderator_user("max")
    item = InnovationFactory(title="Before")
    Revision.objects.create(target=item, author=item.author, changes={"title": "After"})
    outcome = race(
        lambda: services.revision_approve(Innovation.objects.get(pk=item.pk), moderator=first),
        lambda: services.revision_decline(
            Innovation.objects.get(pk=item.pk), moderator=second, reason="No."
        ),
    )
    assert outcome["first"] == "done"
    assert "already handled by Mo" in outcome["second"]
    item.refresh_from_db()
    assert item.title == "After"
    assert Revision.objects.get().state == Revision.State.APPLIED
    assert list(entries_for(item).values_list("action", flat=True)) == ["approve_edit"]
    assert len(mail.outbox) == 1
