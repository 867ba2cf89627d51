"""An innovation's or a resource's page is kept for readers who are not signed in
(catalogue.views.cached_for_readers) and is never served stale: every change to what
it shows is on the next request. PostgreSQL only (the cache is keyed by table
versions that SQLite does not keep)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sharehub.attachments.services import attach_files
from sharehub.catalogue import coauthors
from sharehub.community.services import useful_set
from sharehub.gate.transitions import Action, transition
from tests.attachments.files import PDF_BYTES
from tests.factories import InnovationFactory, NeedFactory, ResourceFactory, verified_user

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def read(path: str) -> tuple[int, str, int]:
    with CaptureQueriesContext(connection) as queries:
        response = Client().get(path)
    return response.status_code, response.text, len(queries)


def was_made(path: str) -> bool:
    """Whether the page was made, not served as kept: only a made page reads the
    item's whole row (its stored HTML among it)."""
    with CaptureQueriesContext(connection) as queries:
        assert Client().get(path).status_code == 200
    return any('"catalogue_innovation"."rendered"' in q["sql"] for q in queries.captured_queries)


@pytest.fixture
def item(author):
    return InnovationFactory(author=author, challenge_areas=["risk"], title="Night-time checks")


def test_a_second_reader_costs_a_few_queries_and_gets_the_same_page(item):
    status, first, cold = read(item.get_absolute_url())
    again, second, warm = read(item.get_absolute_url())
    assert status == again == 200 and second == first
    assert warm <= 3 < cold


def test_a_hidden_item_is_gone_at_once(item, moderator):
    read(item.get_absolute_url())
    transition(item, Action.HIDE, actor=moderator, reason="Personal data")
    assert read(item.get_absolute_url())[0] == 404


def test_an_edit_a_new_related_item_and_a_useful_mark_show_at_once(item, user):
    read(item.get_absolute_url())
    item.title = "Night-time checks, revised"
    item.save()
    InnovationFactory(challenge_areas=["risk"], title="Another way with risk")
    useful_set(user=user, item=item, useful=True)
    html = read(item.get_absolute_url())[1]
    assert "Night-time checks, revised" in html
    assert "Another way with risk" in html  # related
    assert "1 person found this useful." in html


def test_files_and_co_authors_show_at_once(item, author, user):
    read(item.get_absolute_url())
    attach_files(item, [SimpleUploadedFile("plan.pdf", PDF_BYTES, "application/pdf")], author)
    invitation = coauthors.invite(item, author=author, email=user.email)
    coauthors.answer(invitation, accepted=True)
    html = read(item.get_absolute_url())[1]
    assert "plan.pdf" in html
    assert user.public_name in html


def test_a_new_name_shows_at_once(item, author):
    read(item.get_absolute_url())
    author.display_name = "Alys Jones-Price"
    author.save()
    assert "Alys Jones-Price" in read(item.get_absolute_url())[1]


def test_signed_in_people_and_other_queries_get_the_page_made_for_them(item, author, client):
    read(item.get_absolute_url())
    assert not was_made(item.get_absolute_url())  # kept for readers
    client.force_login(author)
    assert "Edit" in client.get(item.get_absolute_url()).text  # the author's panel
    for query in ("?utm_source=x", "?comments=2&x=1"):
        assert was_made(item.get_absolute_url() + query)


def test_resources_are_kept_too(author):
    resource = ResourceFactory(author=author, title="A toolkit for night staff")
    read(resource.get_absolute_url())
    _status, html, warm = read(resource.get_absolute_url())
    assert "A toolkit for night staff" in html and warm <= 3
    resource.title = "A toolkit for night and day staff"
    resource.save()
    assert "A toolkit for night and day staff" in read(resource.get_absolute_url())[1]


def test_questions_are_kept_and_show_replies_at_once(author, user):
    from sharehub.catalogue.workflow import add_reply

    need = NeedFactory(author=author, challenge_areas=["risk"], title="Who has tried night checks?")
    url = need.get_absolute_url()
    read(url)
    _status, _html, warm = read(url)
    assert warm <= 3
    add_reply(need=need, author=author, body="We did, in Conwy: ask me.")
    html = read(url)[1]
    assert "We did, in Conwy: ask me." in html


def test_a_welsh_reader_gets_the_welsh_page(item):
    english = read(item.get_absolute_url())[1]
    welsh = read(item.get_absolute_url().replace("/en/", "/cy/", 1))[1]
    assert 'lang="cy"' in welsh and welsh != english


@pytest.fixture
def author(db):
    return verified_user(username="alys", display_name="Alys Jones", trusted=True)


@pytest.fixture
def user(db):
    return verified_user(username="bryn", display_name="Bryn Evans")


@pytest.fixture
def moderator(db):
    from tests.moderation.conftest import moderator_user

    return moderator_user("mo")


def test_a_made_pages_kept_file_list_shows_a_file_once_a_moderator_approves_it(user, moderator):
    """The file list is kept for readers within pages that are made (here with a
    parameter the page ignores): a file waiting for review stays out of it, and is
    in it on the next request once a moderator approves it."""
    from sharehub.moderation.services import revision_approve

    item = InnovationFactory(author=user, title="Night-time checks")
    url = item.get_absolute_url() + "?utm_source=x"
    assert "plan.pdf" not in read(url)[1]
    attach_files(item, [SimpleUploadedFile("plan.pdf", PDF_BYTES, "application/pdf")], user)
    assert "plan.pdf" not in read(url)[1]  # an untrusted author's file waits for review
    revision_approve(item, moderator=moderator)
    assert "plan.pdf" in read(url)[1]
    with CaptureQueriesContext(connection) as queries:
        assert "plan.pdf" in Client().get(url).text
    assert not any("attachments_attachment" in q["sql"] for q in queries.captured_queries)
