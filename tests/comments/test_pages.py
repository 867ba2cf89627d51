"""The comments section and the comment pages, for each persona: anonymous, the
author, another user and a moderator."""

from datetime import timedelta

import pytest
from django.utils import timezone

from sharehub.comments.models import Comment
from sharehub.core.models import Status
from sharehub.moderation.models import Report
from tests.factories import InnovationFactory, NeedFactory, ResourceFactory

pytestmark = pytest.mark.django_db


def page(client, item) -> str:
    response = client.get(item.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


# --- The section on an item's page -----------------------------------------------------


@pytest.mark.parametrize("factory", [InnovationFactory, ResourceFactory, NeedFactory])
def test_every_kind_of_item_shows_its_comments(client, factory, say, trusted):
    item = factory()
    say(item, trusted, "We tried **this** in Gwent.")
    html = page(client, item)
    assert 'id="comments"' in html
    assert "1 comment" in html
    assert "We tried <strong>this</strong> in Gwent." in html
    assert "Sign in to comment" in html


def test_a_signed_in_reader_sees_the_form(client_as, published, user):
    html = page(client_as(user), published)
    assert 'action="/en/comments/on/innovation/tea-trolley/"' in html
    assert "govuk-character-count" in html
    assert "Sign in to comment" not in html


def test_a_held_comment_is_shown_to_its_author_only(
    client, client_as, published, say, user, trusted
):
    say(published, user, "Waiting words")
    html = page(client_as(user), published)
    assert "Waiting words" in html
    assert "Waiting for a moderator" in html
    client.logout()
    assert "Waiting words" not in page(client, published)
    assert "Waiting words" not in page(client_as(trusted), published)


def test_replies_sit_under_their_comment_and_a_deleted_comment_leaves_a_placeholder(
    client, published, say, trusted
):
    from sharehub.comments import services

    top = say(published, trusted, "First words")
    say(published, trusted, "Reply words", reply_to=top)
    services.comment_delete(top, user=trusted)
    html = page(client, published)
    assert "First words" not in html
    assert "This comment was deleted." in html
    assert "Reply words" in html
    assert "1 comment" in html
    assert "/reply/" not in html  # the thread takes no more replies


def test_a_deleted_comment_without_replies_leaves_nothing(client, published, say, trusted):
    from sharehub.comments import services

    services.comment_delete(say(published, trusted, "Gone words"), user=trusted)
    html = page(client, published)
    assert "Gone words" not in html
    assert "This comment was deleted." not in html
    assert "No comments yet." in html


def test_a_draft_item_shows_its_owner_no_comments_section(client_as, author):
    draft = InnovationFactory(author=author, status=Status.DRAFT, published_at=None)
    html = page(client_as(author), draft)
    assert 'id="comments"' not in html


def test_comments_on_a_hidden_item_are_not_shown(client, published, say, trusted):
    say(published, trusted, "Hidden words")
    type(published).objects.filter(pk=published.pk).update(status=Status.HIDDEN)
    assert client.get(published.get_absolute_url()).status_code == 404
    assert client.get(f"/en/report/comment/{Comment.objects.get().pk}/").status_code != 200


def test_the_section_reads_comments_in_a_constant_number_of_queries(
    client_as, published, say, trusted, user, django_assert_num_queries, settings
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.SHAREHUB_NEW_CONTENT_PER_HOUR = 100
    settings.SHAREHUB_COMMENT_THREADS_PER_PAGE = 50  # every thread on the one page
    client = client_as(user)
    top = say(published, trusted)
    say(published, trusted, reply_to=top)
    page(client, published)  # caches warmed (terms, the session)
    # A new comment changes the item's token, so its parts kept for everyone (the
    # related cards) are made again on the next page: as they will be below.
    say(published, trusted, "Comment before")
    with CaptureQueriesContext(connection) as few:
        page(client, published)
    for n in range(20):
        comment = say(published, [trusted, user][n % 2], f"Comment {n}")
        if n % 3 == 0:
            say(published, trusted, f"Reply {n}", reply_to=top)
        del comment
    with django_assert_num_queries(len(few.captured_queries)):
        html = page(client, published)
    assert "Comment 19" in html


# --- Posting ---------------------------------------------------------------------------


def test_anonymous_people_are_asked_to_sign_in(client, published, say, trusted):
    comment = say(published, trusted)
    for url in (
        f"/en/comments/on/innovation/{published.slug}/",
        f"/en/comments/{comment.pk}/reply/",
        f"/en/comments/{comment.pk}/edit/",
        f"/en/comments/{comment.pk}/delete/",
        f"/en/report/comment/{comment.pk}/",
    ):
        response = client.post(url, {"body": "Hello", "reason": "spam", "text": "x"})
        assert response.status_code == 302, url
        assert "/accounts/login/" in response["Location"], url
    assert Comment.objects.count() == 1
    assert not Report.objects.exists()


def test_a_user_posts_a_comment(client_as, published, user):
    response = client_as(user).post(
        f"/en/comments/on/innovation/{published.slug}/", {"body": "Hello there"}
    )
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/en/innovations/{published.slug}/#comment-{comment.pk}"
    assert comment.author == user
    assert comment.innovation == published
    assert comment.status == Status.SUBMITTED


def test_a_comment_posted_in_welsh_is_in_welsh(client_as, published, trusted):
    client_as(trusted).post(f"/cy/comments/on/innovation/{published.slug}/", {"body": "Diolch"})
    assert Comment.objects.get().language == "cy"


def test_an_empty_comment_shows_the_form_with_an_error_summary(client_as, published, user):
    response = client_as(user).post(f"/en/comments/on/innovation/{published.slug}/", {"body": ""})
    assert response.status_code == 400
    html = response.content.decode()
    assert "govuk-error-summary" in html
    assert "Enter your comment" in html
    assert html.count("<title>Error:") == 1 or "Error:" in html
    assert not Comment.objects.exists()


def test_a_too_long_comment_keeps_what_was_typed(client_as, published, user):
    text = "y" * 2001
    response = client_as(user).post(f"/en/comments/on/innovation/{published.slug}/", {"body": text})
    assert response.status_code == 400
    assert "Comment must be 2,000 characters or fewer" in response.content.decode()
    assert text in response.content.decode()


def test_the_rate_limit_answers_429(client_as, published, trusted, settings):
    settings.SHAREHUB_NEW_CONTENT_PER_HOUR = 1
    client = client_as(trusted)
    url = f"/en/comments/on/innovation/{published.slug}/"
    assert client.post(url, {"body": "One"}).status_code == 302
    response = client.post(url, {"body": "Two"})
    assert response.status_code == 429
    assert "in the last hour" in response.content.decode()
    assert Comment.objects.count() == 1


@pytest.mark.parametrize("status", [Status.DRAFT, Status.SUBMITTED, Status.HIDDEN])
def test_nobody_comments_on_content_that_is_not_published(client_as, author, status):
    draft = InnovationFactory(author=author, status=status)
    url = f"/en/comments/on/innovation/{draft.slug}/"
    assert client_as(author).post(url, {"body": "Hello"}).status_code == 404
    assert not Comment.objects.exists()


def test_an_unknown_kind_is_a_404(client_as, user, published):
    assert client_as(user).get(f"/en/comments/on/contact/{published.slug}/").status_code == 404
    assert client_as(user).get("/en/comments/99999999999999999999/reply/").status_code == 404


# --- Replying ----------------------------------------------------------------------------


def test_the_reply_page_works_without_javascript(client_as, published, say, trusted, user):
    top = say(published, trusted, "Top words")
    client = client_as(user)
    response = client.get(f"/en/comments/{top.pk}/reply/")
    assert response.status_code == 200
    assert "Top words" in response.content.decode()
    response = client.post(f"/en/comments/{top.pk}/reply/", {"body": "My reply"})
    reply = Comment.objects.get(body="My reply")
    assert response.status_code == 302
    assert reply.reply_to == top


def test_a_held_comment_cannot_be_replied_to(client_as, published, say, user, trusted):
    held = say(published, user)
    assert client_as(trusted).get(f"/en/comments/{held.pk}/reply/").status_code == 404


# --- Editing and deleting: the permission matrix -------------------------------------------


@pytest.mark.parametrize("who", ["user", "moderator"])
def test_only_the_author_may_edit_or_delete(request, client_as, published, say, trusted, who):
    comment = say(published, trusted, "Original")
    client = client_as(request.getfixturevalue(who))
    for url in (f"/en/comments/{comment.pk}/edit/", f"/en/comments/{comment.pk}/delete/"):
        assert client.get(url).status_code == 404
        assert client.post(url, {"body": "Hacked"}).status_code == 404
    comment.refresh_from_db()
    assert comment.body == "Original"
    assert comment.status == Status.PUBLISHED


def test_the_author_edits_within_the_window(client_as, published, say, trusted):
    comment = say(published, trusted, "Original")
    client = client_as(trusted)
    html = page(client, published)
    assert f"/en/comments/{comment.pk}/edit/" in html
    assert "Original" in client.get(f"/en/comments/{comment.pk}/edit/").content.decode()
    response = client.post(f"/en/comments/{comment.pk}/edit/", {"body": "Better"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.body == "Better"
    assert "edited" in page(client, published)


def test_after_the_window_there_is_no_edit(client_as, published, say, trusted):
    comment = say(published, trusted, "Original")
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(hours=1))
    client = client_as(trusted)
    assert f"/en/comments/{comment.pk}/edit/" not in page(client, published)
    assert f"/en/comments/{comment.pk}/delete/" in page(client, published)
    response = client.post(f"/en/comments/{comment.pk}/edit/", {"body": "Late"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.body == "Original"


def test_an_edit_with_errors_shows_them(client_as, published, say, trusted):
    comment = say(published, trusted)
    response = client_as(trusted).post(f"/en/comments/{comment.pk}/edit/", {"body": ""})
    assert response.status_code == 400
    assert "govuk-error-summary" in response.content.decode()


def test_the_author_deletes_after_confirming(client_as, published, say, trusted):
    comment = say(published, trusted, "Regretted words")
    client = client_as(trusted)
    response = client.get(f"/en/comments/{comment.pk}/delete/")
    assert response.status_code == 200
    assert "Are you sure" in response.content.decode()
    response = client.post(f"/en/comments/{comment.pk}/delete/")
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == Status.WITHDRAWN
    assert "Regretted words" not in page(client, published)
    assert client.get(f"/en/comments/{comment.pk}/delete/").status_code == 404


# --- Reporting --------------------------------------------------------------------------


def test_a_signed_in_user_reports_a_published_comment(client_as, published, say, trusted, user):
    comment = say(published, trusted)
    client = client_as(user)
    assert f"/en/report/comment/{comment.pk}/" in page(client, published)
    response = client.post(
        f"/en/report/comment/{comment.pk}/", {"reason": "spam", "text": "An advert"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/report/sent/comment/"
    assert client.get(response["Location"]).status_code == 200
    report = Report.objects.get()
    assert report.target == comment


def test_the_author_is_not_offered_to_report_their_own(client_as, published, say, trusted):
    comment = say(published, trusted)
    assert f"/en/report/comment/{comment.pk}/" not in page(client_as(trusted), published)


def test_a_held_comment_cannot_be_reported(client_as, published, say, user, trusted):
    held = say(published, user)
    assert client_as(trusted).get(f"/en/report/comment/{held.pk}/").status_code == 404


def test_three_queries_read_a_page_of_comments_with_their_authors(
    published, say, trusted, user, django_assert_num_queries, settings
):
    """How many there are, the page's top-level comments, their replies: the same three
    queries whatever the number of comments on the item, authors included."""
    from django.contrib.auth.models import AnonymousUser

    from sharehub.comments.selectors import threads_for

    settings.SHAREHUB_NEW_CONTENT_PER_HOUR = 100
    top = say(published, trusted)
    for n in range(5):
        say(published, trusted, f"Reply {n}", reply_to=top)
    say(published, user, "Held")
    for expected in (7, 17):
        with django_assert_num_queries(3):
            found = threads_for(published, user, per_page=20)
            names = [c.author.public_name for t in found.threads for c in (t.comment, *t.replies)]
            urls = [c.get_absolute_url() for t in found.threads for c in (t.comment, *t.replies)]
        assert found.count == expected
        assert len(names) == len(urls) == expected
        for n in range(10):
            say(published, trusted, f"Thread {n}")
    assert threads_for(published, AnonymousUser()).count == 26  # 10 more since
    assert threads_for(published, user).count == 27  # and the held one


def test_a_removed_comment_with_replies_keeps_its_place_in_the_pages(
    published, say, trusted, settings
):
    """A top-level comment no longer shown still holds its thread (and its place in
    the paging) while a reply to it is shown; one without replies drops out."""
    from django.contrib.auth.models import AnonymousUser

    from sharehub.comments.selectors import threads_for

    settings.SHAREHUB_NEW_CONTENT_PER_HOUR = 100
    first = say(published, trusted, "First")
    say(published, trusted, "Reply to first", reply_to=first)
    gone = say(published, trusted, "Gone alone")
    last = say(published, trusted, "Last")
    Comment.objects.filter(pk__in=[first.pk, gone.pk]).update(status=Status.WITHDRAWN)
    pages = [threads_for(published, AnonymousUser(), page=n, per_page=1) for n in (1, 2)]
    assert [(p.pages, p.count) for p in pages] == [(2, 2), (2, 2)]
    assert [(t.comment.pk, t.shown, len(t.replies)) for t in pages[0].threads] == [
        (first.pk, False, 1)
    ]
    assert [t.comment.pk for t in pages[1].threads] == [last.pk]


def test_an_unverified_account_changes_nothing(client_as, published, say, trusted):
    from tests.factories import UserFactory

    comment = say(published, trusted, "Original")
    client = client_as(UserFactory(username="unverified"))
    for url in (
        f"/en/comments/on/innovation/{published.slug}/",
        f"/en/comments/{comment.pk}/reply/",
        f"/en/comments/{comment.pk}/edit/",
        f"/en/comments/{comment.pk}/delete/",
        f"/en/report/comment/{comment.pk}/",
    ):
        response = client.post(url, {"body": "Hello", "reason": "spam", "text": "x"})
        assert response.status_code in (200, 302, 404), url
    assert list(Comment.objects.values_list("body", "status")) == [("Original", Status.PUBLISHED)]
    assert not Report.objects.exists()


def test_threads_come_a_page_at_a_time(client, published, say, trusted, settings):
    """Hundreds of comments do not make the item's page slow: its threads come
    SHAREHUB_COMMENT_THREADS_PER_PAGE at a time, oldest first, with links between."""
    settings.SHAREHUB_NEW_CONTENT_PER_HOUR = 100
    settings.SHAREHUB_COMMENT_THREADS_PER_PAGE = 3
    first = say(published, trusted, "Thread 0")
    say(published, trusted, "A reply to thread 0", reply_to=first)
    for n in range(1, 5):
        say(published, trusted, f"Thread {n}")
    url = published.get_absolute_url()
    html = client.get(url).text
    assert "Thread 0" in html and "A reply to thread 0" in html and "Thread 2" in html
    assert "Thread 3" not in html
    assert "6 comments" in html  # the heading counts them all
    assert 'href="?comments=2#comments" rel="next"' in html
    later = client.get(url, {"comments": "2"}).text
    assert "Thread 3" in later and "Thread 4" in later and "Thread 0" not in later
    assert 'href="?comments=1#comments" rel="prev"' in later
    for odd in ("0", "3", "x", "-1", "99999999999999999999"):
        response = client.get(url, {"comments": odd})
        assert response.status_code == 200
        assert "Thread 0" in response.text  # the first page
