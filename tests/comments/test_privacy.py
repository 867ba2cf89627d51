"""A person's comments in their data download, and when they delete their account."""

import pytest

from sharehub.accounts.privacy import delete_account, export_user_data
from sharehub.comments.models import Comment
from sharehub.core.models import Status

pytestmark = pytest.mark.django_db


def test_the_download_holds_every_comment_whatever_its_status(say, published, user):
    say(published, user, "Mine")
    data = export_user_data(user)
    assert [c["body"] for c in data["comments"]] == ["Mine"]
    assert data["comments"][0]["innovation"] == published.slug
    assert data["comments"][0]["status"] == Status.SUBMITTED


def test_published_comments_stay_without_their_author(say, published, trusted, user):
    kept = say(published, trusted, "Kept")
    held = say(published, trusted, "Never published")
    Comment.objects.filter(pk=held.pk).update(status=Status.SUBMITTED)
    delete_account(user=trusted, remove_content=False)
    assert list(Comment.objects.values_list("body", flat=True)) == ["Kept"]
    kept.refresh_from_db()
    assert kept.author is None


def test_removing_everything_keeps_other_peoples_replies(say, published, trusted, user):
    top = say(published, trusted, "Mine")
    say(published, trusted, "Also mine")
    their_reply = say(published, user, "Someone's reply", reply_to=top)
    delete_account(user=trusted, remove_content=True)
    top.refresh_from_db()
    assert top.status == Status.WITHDRAWN
    assert top.body == ""
    assert not Comment.objects.filter(body="Also mine").exists()
    assert Comment.objects.filter(pk=their_reply.pk).exists()
