"""Who is told what when something is published: the fan-out matrix."""

import pytest

from sharehub.core.models import Status
from sharehub.moderation import services as moderation
from sharehub.notifications.models import Event, Follow, Notification
from tests.factories import NeedFactory, ResourceFactory, verified_user
from tests.notifications.helpers import approve, follow, held_innovation, reply, told

pytestmark = pytest.mark.django_db


def test_a_follower_of_a_challenge_area_is_told_when_an_innovation_in_it_is_approved(
    author, follower, bystander, moderator
):
    follow(follower, challenge_area="risk")
    follow(bystander, challenge_area="value")
    innovation = held_innovation(author, challenge_areas=["risk", "leadership"])
    assert told(follower) == []  # held: nobody hears of it yet
    approve(innovation, moderator)
    assert told(follower) == [(Event.MATCH, innovation.pk)]
    assert told(bystander) == []


def test_the_author_is_never_told_about_their_own_post(author, moderator):
    follow(author, challenge_area="risk")
    approve(held_innovation(author), moderator)
    assert told(author) == []


def test_one_notification_however_many_follows_match(author, follower, moderator):
    follow(follower, challenge_area="risk")
    follow(follower, region="gwent")
    follow(follower, local_authority="newport")
    follow(follower, list_name="innovations", query="region=gwent")
    innovation = approve(held_innovation(author), moderator)
    assert told(follower) == [(Event.MATCH, innovation.pk)]


@pytest.mark.parametrize(
    ("followed", "places", "expected"),
    [
        ({"region": "gwent"}, (["gwent"], []), True),
        ({"region": "gwent"}, ([], ["newport"]), True),  # a region includes its authorities
        ({"region": "powys"}, ([], ["newport"]), False),
        ({"local_authority": "newport"}, ([], ["newport"]), True),
        ({"local_authority": "torfaen"}, ([], ["newport"]), False),
        ({"local_authority": "newport"}, (["gwent"], []), False),  # the region is wider
    ],
)
def test_region_and_local_authority_follows(
    author, follower, moderator, followed, places, expected
):
    follow(follower, **followed)
    innovation = approve(held_innovation(author, places=places), moderator)
    assert told(follower) == ([(Event.MATCH, innovation.pk)] if expected else [])


def test_other_content_types_match_follows_too(author, follower, moderator):
    follow(follower, challenge_area="requirements")
    resource = ResourceFactory(
        author=author, status=Status.SUBMITTED, published_at=None, challenge_areas=["requirements"]
    )
    need = NeedFactory(
        author=author, status=Status.SUBMITTED, published_at=None, challenge_areas=["requirements"]
    )
    approve(resource, moderator)
    approve(need, moderator)
    assert told(follower) == [(Event.MATCH, resource.pk), (Event.MATCH, need.pk)]


def test_nobody_is_told_about_rejected_or_withdrawn_content(author, follower, moderator):
    follow(follower, challenge_area="risk")
    rejected = held_innovation(author)
    moderation.decision_reject(rejected, moderator=moderator, reason="Off topic")
    assert told(follower) == []


def test_publishing_again_after_a_hide_tells_nobody_twice(author, follower, moderator):
    follow(follower, challenge_area="risk")
    innovation = approve(held_innovation(author), moderator)
    moderation.item_hide(innovation, moderator=moderator, reason="Checking a name")
    assert Notification.objects.filter(recipient=follower).visible().count() == 0
    moderation.item_unhide(innovation, moderator=moderator)
    assert told(follower) == [(Event.MATCH, innovation.pk)]
    assert Notification.objects.filter(recipient=follower).visible().count() == 1


def test_an_inactive_account_is_not_told(author, follower, moderator):
    follow(follower, challenge_area="risk")
    follower.is_active = False
    follower.save(update_fields=["is_active"])
    approve(held_innovation(author), moderator)
    assert told(follower) == []


# --- Replies: the generic rule by kind.parent_of --------------------------------------


@pytest.fixture
def question(author):
    return NeedFactory(author=author, title="Has anyone tried night-time hydration?")


def test_a_reply_tells_the_asker_and_the_questions_followers_not_the_replier(
    author, trusted, follower, bystander, question
):
    follow(follower, need=question)
    follow(trusted, need=question)  # the replier follows it too
    answer = reply(question, trusted)  # trusted: published at once
    assert told(author) == [(Event.ANSWER, answer.pk)]
    assert told(follower) == [(Event.ACTIVITY, answer.pk)]
    assert told(trusted) == []
    assert told(bystander) == []


def test_a_held_reply_tells_nobody_until_a_moderator_approves_it(
    author, user, follower, moderator, question
):
    follow(follower, need=question)
    answer = reply(question, user)  # untrusted: held
    assert answer.status == Status.SUBMITTED
    assert told(author) == [] and told(follower) == []
    approve(answer, moderator)
    assert told(author) == [(Event.ANSWER, answer.pk)]
    assert told(follower) == [(Event.ACTIVITY, answer.pk)]


def test_the_asker_answering_their_own_question_is_not_told(author, question):
    author.trusted = True
    author.save(update_fields=["trusted"])
    reply(question, author)
    assert told(author) == []


def test_the_asker_following_their_own_question_is_told_once(author, trusted, question):
    follow(author, need=question)
    answer = reply(question, trusted)
    assert told(author) == [(Event.ANSWER, answer.pk)]


def test_a_reply_whose_question_is_hidden_drops_out(author, trusted, moderator, question):
    answer = reply(question, trusted)
    assert Notification.objects.filter(recipient=author).visible().count() == 1
    moderation.item_hide(question, moderator=moderator, reason="Checking a name")
    assert Notification.objects.filter(recipient=author).visible().count() == 0
    assert answer.pk


def test_a_fan_out_reads_the_same_number_of_queries_for_3_or_30_followers(author, moderator):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def approve_with(followers: int) -> int:
        for _n in range(followers):
            follow(verified_user(), challenge_area="risk")
        follow(verified_user(), list_name="innovations", query="region=gwent")
        innovation = held_innovation(author)
        with CaptureQueriesContext(connection) as queries:
            approve(innovation, moderator)
        assert Notification.objects.filter(object_id=innovation.pk).count() >= followers
        Follow.objects.all().delete()
        return len(queries)

    few = approve_with(3)
    # The taxonomy's per-process cache (2 seconds) may need one more read: not per follower.
    assert approve_with(30) <= few + 2


def test_the_questions_followers_hear_when_the_asker_marks_it_answered_once(
    author, follower, bystander, question
):
    from sharehub.catalogue import workflow

    follow(follower, need=question)
    follow(author, need=question)  # the asker is the one marking it
    workflow.mark_answered(question, user=author)
    workflow.mark_answered(question, user=author, answered=False)
    workflow.mark_answered(question, user=author)
    assert told(follower) == [(Event.ANSWERED, question.pk)]
    assert told(author) == [] and told(bystander) == []


def test_a_contact_listing_matches_follows(author, follower, moderator):
    from tests.factories import ContactFactory

    follow(follower, region="west-wales")
    listing = ContactFactory(
        user=author, status=Status.SUBMITTED, published_at=None, places=([], ["ceredigion"])
    )
    approve(listing, moderator)
    assert told(follower) == [(Event.MATCH, listing.pk)]


def test_a_failing_fan_out_never_stops_the_publication(author, follower, moderator, monkeypatch):
    from sharehub.notifications import fanout

    def broken(item):
        raise RuntimeError("a bug in notifications")

    monkeypatch.setattr(fanout, "fan_out", broken)
    follow(follower, challenge_area="risk")
    innovation = approve(held_innovation(author), moderator)
    innovation.refresh_from_db()
    assert innovation.status == Status.PUBLISHED
    assert told(follower) == []


def test_a_reply_or_comment_is_public_only_while_what_it_answers_is(trusted, published, moderator):
    """One rule, on the kind (gate.kinds.ContentKind.public_rows), for notifications
    and the report form alike: hide the innovation and its comments go with it."""
    from sharehub.comments.services import comment_create
    from sharehub.gate.kinds import KINDS
    from sharehub.moderation import services

    assert KINDS["reply"].parent_links == ("need",)
    assert KINDS["comment"].parent_links == ("innovation", "resource", "need")
    comment = comment_create(item=published, author=trusted, body="Lovely idea.", language="en")
    assert list(KINDS["comment"].public_rows()) == [comment]
    services.item_hide(published, moderator=moderator, reason="Checking a name")
    assert list(KINDS["comment"].public_rows()) == []


# --- Comments and adoptions (kinds other apps register; the same generic rule) ---------


def test_a_comment_tells_the_author_the_followers_and_on_a_reply_the_commenter(
    author, trusted, follower, bystander, published
):
    from sharehub.comments.services import comment_create

    follow(follower, innovation=published)
    comment = comment_create(item=published, author=trusted, body="Lovely idea.", language="en")
    assert told(author) == [(Event.COMMENT, comment.pk)]
    assert told(follower) == [(Event.ACTIVITY, comment.pk)]
    assert told(trusted) == []
    bystander.trusted = True
    bystander.save(update_fields=["trusted"])
    answer = comment_create(
        item=published, author=bystander, body="We did too.", language="en", reply_to=comment
    )
    assert told(trusted) == [(Event.COMMENT, answer.pk)]
    assert told(author)[-1] == (Event.COMMENT, answer.pk)
    assert told(bystander) == []


def test_an_adoption_tells_the_innovations_author(author, trusted, follower, published):
    import datetime

    from sharehub.catalogue.adoptions import adoption_create
    from sharehub.taxonomy import models as tax

    follow(follower, innovation=published)
    adoption = adoption_create(
        innovation=published,
        author=trusted,
        organisation="A care home in Conwy",
        local_authority=tax.LocalAuthority.objects.get(slug="conwy"),
        started=datetime.date(2026, 1, 1),
        progress="trying",
        story="We tried it too.",
    )
    assert adoption.status == Status.PUBLISHED
    assert told(author) == [(Event.ADOPTION, adoption.pk)]
    assert told(follower) == [(Event.ACTIVITY, adoption.pk)]
