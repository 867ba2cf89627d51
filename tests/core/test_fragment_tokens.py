"""A request reads each fragment token once: the parts of one page are made from
one reading of them (a page with four kept parts reads the item's token once, not
four times), and a change the request makes itself is seen at once. Outside a
request (a task, a command) every read goes to the cache."""

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from sharehub.core import fragments
from tests.factories import InnovationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def in_request():
    """The request signals, without Django's closing of database connections
    (the test's transaction holds one)."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    request_started.send(sender=None)
    yield
    request_finished.send(sender=None)
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


def another_process_changes(item) -> None:
    cache.set(fragments._token_key(item), "changed elsewhere", fragments.TOKEN_SECONDS)


def test_a_request_reads_each_token_once(in_request):
    item = InnovationFactory()
    first = fragments.key(item, "files")
    reads = []
    real = cache.get_many
    try:
        cache.get_many = lambda keys: reads.append(keys) or real(keys)
        assert fragments.key(item, "comments") == first.replace(":files:", ":comments:")
        another_process_changes(item)
        assert fragments.key(item, "files") == first  # the request's own reading
    finally:
        del cache.get_many
    assert reads == []


def test_a_change_made_in_the_request_is_seen_at_once(in_request):
    item = InnovationFactory()
    before = fragments.key(item, "files")
    fragments.changed(item)
    assert fragments.key(item, "files") != before


def test_outside_a_request_every_read_goes_to_the_cache():
    item = InnovationFactory()
    before = fragments.key(item, "files")
    another_process_changes(item)
    assert fragments.key(item, "files") != before


def test_the_next_request_sees_what_changed_elsewhere(in_request):
    item = InnovationFactory()
    before = fragments.key(item, "files")
    another_process_changes(item)
    request_finished.send(sender=None)
    request_started.send(sender=None)
    assert fragments.key(item, "files") != before
