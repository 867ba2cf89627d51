"""The comments and adoptions on an item's page are rendered once for everyone who is
not signed in (sharehub.core.fragments) and stop being served the moment what they
show changes: a moderator's decision, a new comment or adoption, a person's name."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sharehub.core.models import Status
from sharehub.moderation import services as moderation
from tests.factories import AdoptionFactory

pytestmark = pytest.mark.django_db


def read(client, item, **params) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as queries:
        html = client.get(item.get_absolute_url(), params).text
    return html, len(queries)


def test_a_second_reader_gets_the_comments_without_asking_the_database(
    client, published, say, trusted
):
    top = say(published, trusted, "First thoughts")
    say(published, trusted, "A reply", reply_to=top)
    AdoptionFactory(innovation=published, organisation="Conwy Care Co-op")
    first, cold = read(client, published)
    second, warm = read(client, published)
    assert second == first
    assert "First thoughts" in second and "A reply" in second and "Conwy Care Co-op" in second
    assert warm <= cold - 3  # the count, the threads, their replies and the adoptions


def test_a_comment_a_moderator_hides_goes_at_once(client, published, say, trusted, moderator):
    comment = say(published, trusted, "Mrs Jones in room 4 fell again")
    assert "Mrs Jones" in read(client, published)[0]
    moderation.user_suspend(trusted, moderator=moderator, reason="Personal data", hide_content=True)
    assert "Mrs Jones" not in read(client, published)[0]
    comment.refresh_from_db()
    assert comment.status == Status.HIDDEN


def test_a_new_comment_and_adoption_show_at_once(client, published, say, trusted):
    assert "No comments yet." in read(client, published)[0]
    say(published, trusted, "Now there is one")
    AdoptionFactory(innovation=published, organisation="Gwynedd Home Care")
    html = read(client, published)[0]
    assert "Now there is one" in html and "Gwynedd Home Care" in html


def test_a_new_display_name_shows_at_once(client, published, say, trusted):
    say(published, trusted, "Signed with my name")
    assert trusted.public_name in read(client, published)[0]
    trusted.display_name = "Dr Renamed"
    trusted.save()
    assert "Dr Renamed" in read(client, published)[0]


def test_signing_in_is_not_a_change_to_anyones_name(client, published, say, trusted):
    """Sign-ins save the account (last_login): that must not throw every part away."""
    from sharehub.core import fragments

    say(published, trusted)
    read(client, published)
    before = fragments.key(published, "comments")
    trusted.save(update_fields=["last_login"])
    assert fragments.key(published, "comments") == before


def test_signed_in_people_get_their_own_view(client, client_as, published, say, trusted, user):
    """Someone's comment waiting for a moderator is theirs alone, cached part or not."""
    say(published, trusted, "Seen by all")
    read(client, published)  # cached for readers
    say(published, user, "Waiting for a moderator")
    mine = client_as(user).get(published.get_absolute_url()).text
    assert "Waiting for a moderator" in mine and "Seen by all" in mine
    assert "Waiting for a moderator" not in read(Client(), published)[0]  # not signed in


def test_each_page_of_comments_is_kept_apart(client, published, say, trusted, settings):
    settings.SHAREHUB_NEW_CONTENT_PER_HOUR = 100
    settings.SHAREHUB_COMMENT_THREADS_PER_PAGE = 1
    say(published, trusted, "Thread one")
    say(published, trusted, "Thread two")
    assert "Thread one" in read(client, published)[0]
    second = read(client, published, comments="2")[0]
    assert "Thread two" in second and "Thread one" not in second
    assert "Thread one" in read(client, published, comments="not a page")[0]


def test_without_a_cache_the_page_is_rendered_as_usual(client, published, say, trusted, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    say(published, trusted, "Still here")
    AdoptionFactory(innovation=published, organisation="Powys Care")
    for _ in range(2):
        html = read(client, published)[0]
        assert "Still here" in html and "Powys Care" in html


@pytest.mark.parametrize("odd", ["+2", " 2", "2 ", "\uff12"])
def test_a_page_number_written_oddly_cannot_fill_the_first_pages_copy(
    client, published, say, trusted, settings, odd
):
    """The page read and the copy it is kept as come from one reading of `?comments=`:
    a number the cache key takes for "no page" must not be read as page 2 and then
    served to every reader of the first page."""
    settings.SHAREHUB_NEW_CONTENT_PER_HOUR = 100
    settings.SHAREHUB_COMMENT_THREADS_PER_PAGE = 1
    say(published, trusted, "Thread one")
    say(published, trusted, "Thread two")
    read(client, published, comments=odd)
    first = read(Client(), published)[0]
    assert "Thread one" in first and "Thread two" not in first
