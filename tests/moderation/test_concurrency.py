"""Two moderators acting on one item at once, from two database connections: the
first wins, the second is told it was already handled, and nothing is applied twice."""

import threading

import pytest
from django.core import mail
from django.db import connection, transaction

from sharehub.catalogue.models import Innovation
from sharehub.core.models import Status
from sharehub.moderation import services
from sharehub.moderation.audit import entries_for
from tests.conftest import seed_taxonomy
from tests.factories import InnovationFactory
from tests.moderation.conftest import moderator_user

# Row locks (SELECT … FOR UPDATE) are PostgreSQL's; SQLite locks whole tables.
pytestmark = pytest.mark.postgres


@pytest.mark.django_db(transaction=True)
def test_concurrent_approve_and_reject():
    seed_taxonomy()  # transactional tests start from a flushed database
    first, second = moderator_user("mo"), moderator_user("max")
    item = InnovationFactory(status=Status.SUBMITTED, published_at=None, title="Contested")
    holding, release = threading.Event(), threading.Event()
    outcome = {}

    def approve():
        try:
            with transaction.atomic():
                services.decision_approve(Innovation.objects.get(pk=item.pk), moderator=first)
                holding.set()  # the row is locked and approved, not yet committed
                release.wait(10)
            outcome["first"] = "done"
        finally:
            connection.close()

    def reject():
        try:
            services.decision_reject(
                Innovation.objects.get(pk=item.pk), moderator=second, reason="No."
            )
            outcome["second"] = "done"
        except services.AlreadyHandled as exc:
            outcome["second"] = str(exc)
        finally:
            connection.close()

    a = threading.Thread(target=approve)
    a.start()
    assert holding.wait(10)
    b = threading.Thread(target=reject)
    b.start()
    b.join(0.5)
    assert b.is_alive(), "the second moderator must wait for the first's lock"
    release.set()
    a.join(10)
    b.join(10)

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
    from sharehub.moderation.models import Revision

    seed_taxonomy()
    first, second = moderator_user("mo"), moderator_user("max")
    item = InnovationFactory(title="Before")
    Revision.objects.create(target=item, author=item.author, changes={"title": "After"})
    holding, release = threading.Event(), threading.Event()
    outcome = {}

    def approve():
        try:
            with transaction.atomic():
                services.revision_approve(Innovation.objects.get(pk=item.pk), moderator=first)
                holding.set()
                release.wait(10)
            outcome["first"] = "done"
        finally:
            connection.close()

    def decline():
        try:
            services.revision_decline(
                Innovation.objects.get(pk=item.pk), moderator=second, reason="No."
            )
            outcome["second"] = "done"
        except services.AlreadyHandled as exc:
            outcome["second"] = str(exc)
        finally:
            connection.close()

    a = threading.Thread(target=approve)
    a.start()
    assert holding.wait(10)
    b = threading.Thread(target=decline)
    b.start()
    b.join(0.5)
    assert b.is_alive(), "the second moderator must wait for the first's lock"
    release.set()
    a.join(10)
    b.join(10)

    assert outcome["first"] == "done"
    assert "already handled by Mo" in outcome["second"]
    item.refresh_from_db()
    assert item.title == "After"
    assert Revision.objects.get().state == Revision.State.APPLIED
    assert list(entries_for(item).values_list("action", flat=True)) == ["approve_edit"]
    assert len(mail.outbox) == 1
