"""Comments in the moderators' queue and pages: they read the kinds registry."""

import pytest

from sharehub.comments.models import Comment
from sharehub.core.models import Status
from sharehub.moderation import services
from tests.factories import NeedFactory

pytestmark = pytest.mark.django_db


def test_a_held_comment_is_in_the_queue_named_after_its_item(
    client_as, moderator, published, say, user
):
    comment = say(published, user, "Please check me")
    response = client_as(moderator).get("/en/moderation/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"/en/moderation/comment/{comment.pk}/" in html
    assert "Comment on “Tea trolley rounds”" in html


def test_the_queue_filters_to_comments(client_as, moderator, published, say, user):
    say(published, user)
    NeedFactory(status=Status.SUBMITTED, published_at=None)
    html = client_as(moderator).get("/en/moderation/?type=comment").content.decode()
    assert "Comment on" in html
    assert html.count("/en/moderation/comment/") >= 1
    assert "/en/moderation/need/" not in html


def test_a_moderator_opens_and_approves_a_comment(client_as, moderator, published, say, user):
    comment = say(published, user, "Please check me")
    client = client_as(moderator)
    response = client.get(f"/en/moderation/comment/{comment.pk}/")
    assert response.status_code == 200
    assert "Please check me" in response.content.decode()
    response = client.post(f"/en/moderation/comment/{comment.pk}/approve/")
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == Status.PUBLISHED


def test_a_moderator_rejects_a_comment_with_a_reason(client_as, moderator, published, say, user):
    comment = say(published, user)
    client_as(moderator).post(
        f"/en/moderation/comment/{comment.pk}/reject/", {"reject-text": "Off topic"}
    )
    comment.refresh_from_db()
    assert comment.status == Status.REJECTED


def test_a_reported_comment_is_in_the_queue_and_enough_reports_hide_it(
    settings, published, say, trusted, user, moderator, author, client_as
):
    settings.SHAREHUB_REPORTS_TO_HIDE = 2
    comment = say(published, trusted)
    services.report_create(comment, reporter=user, reason="spam", text="An advert")
    html = client_as(moderator).get("/en/moderation/").content.decode()
    assert f"/en/moderation/comment/{comment.pk}/" in html
    services.report_create(comment, reporter=author, reason="spam", text="An advert")
    comment.refresh_from_db()
    assert comment.status == Status.HIDDEN


def test_suspending_an_author_hides_their_comments(published, say, trusted, moderator):
    comment = say(published, trusted)
    services.user_suspend(trusted, moderator=moderator, reason="Spam", hide_content=True)
    assert Comment.objects.get(pk=comment.pk).status == Status.HIDDEN


def test_the_moderators_page_of_a_user_lists_their_comments(
    client_as, moderator, published, say, user
):
    say(published, user)
    response = client_as(moderator).get(f"/en/moderation/users/{user.public_id}/")
    assert response.status_code == 200
    assert "Comment on" in response.content.decode()
