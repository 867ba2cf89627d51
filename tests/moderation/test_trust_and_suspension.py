"""The trust rule (SHAREHUB_TRUST_AFTER approvals, or a moderator's grant) and
suspension (no sign-in, no posting, content optionally hidden)."""

import pytest
from django.urls import reverse

from sharehub.catalogue import workflow
from sharehub.catalogue.models import Innovation
from sharehub.core.models import Status
from sharehub.gate.audit import entries_for
from sharehub.gate.models import Action
from sharehub.moderation import services
from tests.factories import InnovationFactory

pytestmark = pytest.mark.django_db


def submit_new(author, n):
    item = InnovationFactory(author=author, status=Status.DRAFT, published_at=None, slug=f"i{n}")
    return workflow.submit(item, user=author, confirmed_no_personal_data=True)


def test_trust_after_n_approvals(settings, author, moderator):
    settings.SHAREHUB_TRUST_AFTER = 2
    first = submit_new(author, 1)
    assert first.status == Status.SUBMITTED
    services.decision_approve(first, moderator=moderator)
    author.refresh_from_db()
    assert not author.trusted

    second = submit_new(author, 2)
    assert second.status == Status.SUBMITTED  # still pre-moderated: one approval so far
    services.decision_approve(second, moderator=moderator)
    author.refresh_from_db()
    assert author.trusted
    assert author.approved_count == 2
    assert entries_for(author).get().action == Action.TRUST

    third = submit_new(author, 3)
    assert third.status == Status.PUBLISHED  # published at once
    assert entries_for(third).get().action == Action.PUBLISH
    assert Innovation.objects.published().filter(pk=third.pk).exists()


def test_trusted_posts_can_still_be_reported_and_hidden(settings, client, trusted, user):
    settings.SHAREHUB_REPORTS_TO_HIDE = 1
    item = submit_new(trusted, 1)
    assert item.status == Status.PUBLISHED
    client.force_login(user)
    client.post(
        reverse("moderation:report", kwargs={"kind": "innovation", "slug": item.slug}),
        {"reason": "spam", "text": "An advert."},
    )
    item.refresh_from_db()
    assert item.status == Status.HIDDEN


def test_removed_trust_is_not_granted_back_by_the_next_approval(settings, author, moderator):
    settings.SHAREHUB_TRUST_AFTER = 1
    services.decision_approve(submit_new(author, 1), moderator=moderator)
    author.refresh_from_db()
    assert author.trusted
    services.user_set_trust(author, moderator=moderator, trusted=False)
    assert submit_new(author, 2).status == Status.SUBMITTED
    services.decision_approve(Innovation.objects.get(slug="i2"), moderator=moderator)
    author.refresh_from_db()
    assert not author.trusted


def test_moderator_grants_trust_by_hand(client, author, moderator):
    client.force_login(moderator)
    client.post(reverse("moderation:user_action", args=[author.public_id, "trust"]))
    author.refresh_from_db()
    assert author.trusted
    assert submit_new(author, 1).status == Status.PUBLISHED


def test_suspended_user_cannot_sign_in(client, author, moderator):
    author.set_password("a long passphrase 42")
    author.save()
    services.user_suspend(author, moderator=moderator, reason="Spam", hide_content=False)
    response = client.post(
        reverse("account_login"), {"login": author.email, "password": "a long passphrase 42"}
    )
    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        assert "inactive" in response.url


def test_suspended_user_cannot_post(client, author, moderator, innovation_form_data):
    client.force_login(author)
    services.user_suspend(author, moderator=moderator, reason="Spam", hide_content=False)
    response = client.post(reverse("catalogue:innovation_create"), innovation_form_data)
    assert response.status_code == 302
    assert "/accounts/login/" in response.url
    assert not Innovation.objects.filter(author=author).exists()


def test_suspension_can_hide_their_content(client, author, moderator, published):
    client.force_login(moderator)
    url = reverse("moderation:user_action", args=[author.public_id, "suspend"])
    assert client.post(url, {"suspend-text": ""}).status_code == 400  # a reason is required
    client.post(url, {"suspend-text": "Repeated spam", "suspend-hide_content": "on"})
    published.refresh_from_db()
    author.refresh_from_db()
    assert not author.is_active
    assert published.status == Status.HIDDEN
    client.post(reverse("moderation:user_action", args=[author.public_id, "reinstate"]))
    author.refresh_from_db()
    assert author.is_active
    assert [e.action for e in entries_for(author).order_by("id")] == [
        Action.SUSPEND,
        Action.REINSTATE,
    ]


def test_suspension_keeps_content_when_asked(author, moderator, published):
    services.user_suspend(author, moderator=moderator, reason="Spam", hide_content=False)
    published.refresh_from_db()
    assert published.status == Status.PUBLISHED


@pytest.fixture
def innovation_form_data(db):
    from sharehub.taxonomy import models as tax

    return {
        "title": "Hydration stations",
        "body": "Water.",
        "summary": "Fewer falls.",
        "challenge_areas": [str(tax.ChallengeArea.objects.get(slug="risk").pk)],
    }
