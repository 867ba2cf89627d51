"""Comments through the gate: held or published, one level of replies, edits within
the window, deleting one's own, the rate limit, and only on published content."""

from datetime import timedelta

import pytest
from django.utils import timezone

from sharehub.comments import services
from sharehub.comments.models import Comment
from sharehub.core.models import Status
from sharehub.core.ratelimit import RateLimited
from sharehub.gate.kinds import KINDS, kind_of
from sharehub.gate.models import Action, AuditEntry
from sharehub.gate.signals import published as published_signal
from sharehub.moderation import services as moderation
from tests.factories import NeedFactory, ResourceFactory
from tests.gate.text import CERTAIN, POSSIBLE

pytestmark = pytest.mark.django_db


@pytest.fixture
def heard():
    seen = []

    def listener(sender, item, first, **kwargs):
        seen.append((item, first))

    published_signal.connect(listener)
    yield seen
    published_signal.disconnect(listener)


def actions(comment) -> list[str]:
    return list(
        AuditEntry.objects.filter(target_id=comment.pk, target_type__model="comment")
        .order_by("pk")
        .values_list("action", flat=True)
    )


def test_an_untrusted_authors_comment_waits_for_a_moderator(say, published, user, heard):
    comment = say(published, user)
    assert comment.status == Status.SUBMITTED
    assert comment.published_at is None
    assert actions(comment) == [Action.SUBMIT]
    assert heard == []


def test_a_trusted_authors_comment_is_published_and_announced(say, published, trusted, heard):
    comment = say(published, trusted)
    assert comment.status == Status.PUBLISHED
    assert actions(comment) == [Action.PUBLISH]
    assert heard == [(comment, True)]


def test_the_announcement_leads_to_the_item_and_its_owner(say, published, trusted, heard):
    comment = say(published, trusted)
    kind = kind_of(comment)
    assert kind is KINDS["comment"]
    assert kind.parent_of(comment) == published
    assert KINDS["innovation"].owner_of(kind.parent_of(comment)) == published.author
    reply = say(published, trusted, "And a reply.", reply_to=comment)
    assert kind.parent_of(reply) == published
    assert reply.reply_to == comment


def test_certain_personal_data_is_held_even_for_a_trusted_author(say, published, trusted, heard):
    comment = say(published, trusted, CERTAIN)
    assert comment.status == Status.SUBMITTED
    assert actions(comment) == [Action.HOLD]
    assert heard == []


def test_possible_personal_data_from_a_trusted_author_is_published_and_flagged(
    say, published, trusted
):
    comment = say(published, trusted, POSSIBLE)
    assert comment.status == Status.PUBLISHED
    assert actions(comment) == [Action.PUBLISH, Action.FLAG]
    assert moderation.open_reports(comment).count() == 1


def test_a_moderator_approves_a_held_comment(say, published, user, moderator, heard):
    comment = say(published, user)
    moderation.decision_approve(comment, moderator=moderator)
    comment.refresh_from_db()
    assert comment.status == Status.PUBLISHED
    assert heard == [(comment, True)]


def test_comments_are_taken_on_resources_and_questions_too(say, trusted):
    resource, need = ResourceFactory(), NeedFactory()
    assert say(resource, trusted).item == resource
    assert say(need, trusted).item == need
    assert Comment.objects.on(resource).count() == 1


@pytest.mark.parametrize("status", [Status.DRAFT, Status.SUBMITTED, Status.HIDDEN])
def test_content_that_is_not_published_takes_no_comments(say, published, trusted, status):
    Comment.objects.none()
    type(published).objects.filter(pk=published.pk).update(status=status)
    with pytest.raises(services.CommentRefused):
        say(published, trusted)
    assert not Comment.objects.exists()


def test_replies_are_one_level_deep(say, published, trusted, user):
    top = say(published, trusted)
    reply = say(published, trusted, "A reply", reply_to=top)
    answer = say(published, user, "A reply to the reply", reply_to=reply)
    assert reply.reply_to == top
    assert answer.reply_to == top  # joins the thread, not a third level


def test_a_held_comment_takes_no_replies(say, published, user, trusted):
    held = say(published, user)
    with pytest.raises(services.CommentRefused):
        say(published, trusted, "Hello", reply_to=held)


def test_a_reply_is_on_its_comments_item_whatever_item_is_given(say, published, trusted):
    other = ResourceFactory()
    top = say(published, trusted)
    reply = say(other, trusted, "A reply", reply_to=top)
    assert reply.item == published


def test_an_empty_or_too_long_comment_is_refused(say, published, trusted):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        say(published, trusted, "   ")
    with pytest.raises(ValidationError):
        say(published, trusted, "x" * 2001)
    assert say(published, trusted, "x" * 2000).body == "x" * 2000


def test_a_suspended_author_cannot_comment(say, published, trusted):
    trusted.is_active = False
    trusted.save()
    with pytest.raises(services.CommentRefused):
        say(published, trusted)


def test_the_rate_limit_counts_comments(say, published, trusted, settings):
    settings.SHAREHUB_NEW_CONTENT_PER_HOUR = 2
    say(published, trusted)
    say(published, trusted)
    with pytest.raises(RateLimited):
        say(published, trusted)
    assert Comment.objects.count() == 2


def test_a_refused_comment_does_not_use_the_allowance(say, published, trusted, settings):
    settings.SHAREHUB_NEW_CONTENT_PER_HOUR = 1
    trusted.is_active = False
    trusted.save()
    with pytest.raises(services.CommentRefused):
        say(published, trusted)
    trusted.is_active = True
    trusted.save()
    say(published, trusted)


# --- Editing ------------------------------------------------------------------------


def test_a_trusted_author_edits_within_the_window(say, published, trusted):
    comment = say(published, trusted)
    edited = services.comment_edit(comment, user=trusted, body="Changed **words**")
    assert edited.status == Status.PUBLISHED
    assert edited.edited_at is not None
    assert "<strong>words</strong>" in edited.rendered_html("body")
    assert actions(comment) == [Action.PUBLISH, Action.EDIT]


def test_an_edit_after_the_window_is_refused(say, published, trusted, settings):
    settings.SHAREHUB_COMMENT_EDIT_MINUTES = 15
    comment = say(published, trusted)
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(minutes=16))
    comment.refresh_from_db()
    assert not services.can_edit(comment, trusted)
    with pytest.raises(services.CommentRefused, match="15 minutes"):
        services.comment_edit(comment, user=trusted, body="Too late")
    comment.refresh_from_db()
    assert comment.body != "Too late"


def test_only_the_author_edits(say, published, trusted, user):
    comment = say(published, trusted)
    with pytest.raises(services.CommentRefused):
        services.comment_edit(comment, user=user, body="Not mine")


def test_an_edit_the_gate_holds_hides_the_comment_until_approved(
    say, published, trusted, moderator, heard
):
    comment = say(published, trusted)
    edited = services.comment_edit(comment, user=trusted, body=CERTAIN)
    assert edited.status == Status.SUBMITTED
    assert edited.body == CERTAIN
    assert actions(comment) == [Action.PUBLISH, Action.PROPOSE_EDIT]
    moderation.decision_approve(edited, moderator=moderator)
    edited.refresh_from_db()
    assert edited.status == Status.PUBLISHED
    assert heard == [(comment, True), (edited, False)]  # not announced as new again


def test_an_untrusted_authors_edit_of_a_published_comment_waits(say, published, user, moderator):
    comment = say(published, user)
    moderation.decision_approve(comment, moderator=moderator)
    edited = services.comment_edit(comment, user=user, body="Second thoughts")
    assert edited.status == Status.SUBMITTED


def test_editing_a_waiting_comment_keeps_it_waiting(say, published, user):
    comment = say(published, user)
    edited = services.comment_edit(comment, user=user, body="Better words")
    assert edited.status == Status.SUBMITTED
    assert actions(comment) == [Action.SUBMIT, Action.EDIT]


# --- Deleting -----------------------------------------------------------------------


def test_the_author_deletes_their_comment_and_the_replies_stay(say, published, trusted, user):
    top = say(published, trusted)
    reply = say(published, trusted, "A reply", reply_to=top)
    deleted = services.comment_delete(top, user=trusted)
    assert deleted.status == Status.WITHDRAWN
    assert actions(top)[-1] == Action.WITHDRAW
    reply.refresh_from_db()
    assert reply.status == Status.PUBLISHED
    with pytest.raises(services.CommentRefused):
        services.comment_delete(top, user=trusted)


def test_nobody_else_deletes_a_comment(say, published, trusted, user, moderator):
    comment = say(published, trusted)
    for other in (user, moderator):
        with pytest.raises(services.CommentRefused):
            services.comment_delete(comment, user=other)
    comment.refresh_from_db()
    assert comment.status == Status.PUBLISHED


# --- Markdown ----------------------------------------------------------------------


def test_markdown_is_sanitised(say, published, trusted):
    comment = say(
        published,
        trusted,
        "<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> **ok**",
    )
    html = comment.rendered_html("body")
    assert "<script" not in html
    assert 'href="javascript' not in html
    assert "<img" not in html
    assert "<strong>ok</strong>" in html


def test_the_bench_generator_makes_published_comments_one_level_deep(published):
    from sharehub.comments.demo import generate_comments

    assert generate_comments(published, 40) == 40
    comments = Comment.objects.on(published)
    assert comments.published().count() == 40
    assert comments.filter(reply_to__isnull=False).exists()
    assert not comments.filter(reply_to__reply_to__isnull=False).exists()
    assert "<strong>" in "".join(c.rendered_html("body") for c in comments)
