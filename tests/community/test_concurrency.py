"""Many people marking one item at the same moment, each request on its own database
connection: Innovation.useful_count stays equal to the number of marks."""

import threading

import pytest
from django.db import connection

from sharehub.catalogue.models import Innovation
from sharehub.community.models import Bookmark, Reaction
from sharehub.community.services import bookmark_set, useful_set
from tests.conftest import seed_taxonomy
from tests.factories import InnovationFactory, UserFactory

# Row locks and unique-index waits as PostgreSQL does them; SQLite locks whole tables.
pytestmark = pytest.mark.postgres

THREADS = 8


def at_once(actions) -> list[BaseException]:
    """Run every action in its own thread and connection, released together."""
    start = threading.Barrier(len(actions))
    errors: list[BaseException] = []

    def run(action):
        try:
            start.wait(10)
            action()
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(action,)) for action in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return errors


def exact(item) -> tuple[int, int]:
    counter = Innovation.objects.get(pk=item.pk).useful_count
    return counter, Reaction.objects.filter(innovation=item).count()


@pytest.mark.django_db(transaction=True)
def test_eight_people_marking_at_once_are_all_counted():
    seed_taxonomy()  # transactional tests start from a flushed database
    item = InnovationFactory()
    people = UserFactory.create_batch(THREADS)
    errors = at_once([lambda p=p: useful_set(user=p, item=item, useful=True) for p in people])
    assert errors == []
    assert exact(item) == (THREADS, THREADS)


@pytest.mark.django_db(transaction=True)
def test_one_person_pressing_many_times_at_once_counts_once():
    seed_taxonomy()
    item = InnovationFactory()
    person = UserFactory()
    errors = at_once([lambda: useful_set(user=person, item=item, useful=True)] * THREADS)
    assert errors == []
    assert exact(item) == (1, 1)

    errors = at_once([lambda: useful_set(user=person, item=item, useful=False)] * THREADS)
    assert errors == []
    assert exact(item) == (0, 0)


@pytest.mark.django_db(transaction=True)
def test_marks_and_unmarks_mixed_keep_the_count_exact():
    seed_taxonomy()
    item = InnovationFactory()
    people = UserFactory.create_batch(THREADS)
    for person in people[::2]:  # half of them marked it already
        useful_set(user=person, item=item, useful=True)
    actions = []
    for i, person in enumerate(people):
        # Those who marked it take it back; the others mark it, each twice over.
        wanted = i % 2 == 1
        actions += [lambda p=person, w=wanted: useful_set(user=p, item=item, useful=w)] * 2
    errors = at_once(actions)
    assert errors == []
    assert exact(item) == (THREADS // 2, THREADS // 2)
    marked = set(Reaction.objects.values_list("user_id", flat=True))
    assert marked == {p.pk for p in people[1::2]}


@pytest.mark.django_db(transaction=True)
def test_saving_at_once_keeps_one_bookmark():
    seed_taxonomy()
    item = InnovationFactory()
    person = UserFactory()
    errors = at_once([lambda: bookmark_set(user=person, item=item, saved=True)] * THREADS)
    assert errors == []
    assert Bookmark.objects.filter(user=person, innovation=item).count() == 1
