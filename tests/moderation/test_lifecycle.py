"""The whole path of an item through moderation, as author and moderator see it,
with the audit entries and e-mails each step produces."""

import pytest
from django.core import mail
from django.urls import reverse

from sharehub.catalogue.models import Innovation
from sharehub.core.models import Status
from sharehub.gate.audit import entries_for
from sharehub.gate.models import Action
from sharehub.moderation.models import Report
from tests.factories import InnovationFactory, verified_user

pytestmark = pytest.mark.django_db


def act(client, item, action, **data):
    url = reverse(
        "moderation:item_action", kwargs={"kind": "innovation", "slug": item.slug, "action": action}
    )
    return client.post(url, data)


def actions(item) -> list[str]:
    return list(entries_for(item).order_by("created", "id").values_list("action", flat=True))


def test_approve_publishes_and_tells_the_author(client, moderator, submitted):
    client.force_login(moderator)
    response = act(client, submitted, "approve")
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == Status.PUBLISHED
    assert submitted.published_at is not None
    assert Innovation.objects.published().filter(pk=submitted.pk).exists()
    entry = entries_for(submitted).get()
    assert (entry.action, entry.actor, entry.status_before, entry.status_after) == (
        Action.APPROVE,
        moderator,
        "submitted",
        "published",
    )
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [submitted.author.email]
    assert "is published" in mail.outbox[0].subject
    assert "/en/innovations/hydration-stations/" in mail.outbox[0].body


def test_request_changes_then_resubmit_then_approve(client, moderator, author, submitted):
    client.force_login(moderator)
    # A message is required.
    response = act(client, submitted, "request_changes", **{"request_changes-text": " "})
    assert response.status_code == 400
    assert "There is a problem" in response.text
    submitted.refresh_from_db()
    assert submitted.status == Status.SUBMITTED

    act(client, submitted, "request_changes", **{"request_changes-text": "Remove the ward name."})
    submitted.refresh_from_db()
    assert submitted.status == Status.CHANGES_REQUESTED
    assert "Remove the ward name." in mail.outbox[-1].body
    assert "please change" in mail.outbox[-1].subject

    # The author sees the message on their contributions page and on the item.
    client.force_login(author)
    assert "Remove the ward name." in client.get(reverse("catalogue:contributions")).text
    assert "Remove the ward name." in client.get(submitted.get_absolute_url()).text
    # … and resubmits through the ordinary workflow.
    response = client.post(
        reverse("catalogue:innovation_submit", kwargs={"slug": submitted.slug}),
        {"confirm_no_personal_data": "on"},
    )
    submitted.refresh_from_db()
    assert submitted.status == Status.SUBMITTED, response.text[:500]

    client.force_login(moderator)
    act(client, submitted, "approve")
    submitted.refresh_from_db()
    assert submitted.status == Status.PUBLISHED
    assert actions(submitted) == [Action.REQUEST_CHANGES, Action.SUBMIT, Action.APPROVE]
    assert len(mail.outbox) == 2


def test_reject_needs_a_reason_and_tells_the_author(client, moderator, submitted):
    client.force_login(moderator)
    assert act(client, submitted, "reject", **{"reject-text": ""}).status_code == 400
    act(client, submitted, "reject", **{"reject-text": "It advertises a product."})
    submitted.refresh_from_db()
    assert submitted.status == Status.REJECTED
    entry = entries_for(submitted).get()
    assert entry.action == Action.REJECT
    assert entry.reason == "It advertises a product."
    assert "will not be published" in mail.outbox[0].subject
    assert "It advertises a product." in mail.outbox[0].body


def test_email_is_in_the_items_language(client, moderator, author):
    item = InnovationFactory(author=author, status=Status.SUBMITTED, language="cy", slug="cy-item")
    client.force_login(moderator)
    act(client, item, "approve")
    assert "/cy/innovations/cy-item/" in mail.outbox[0].body


def report(client, item, reporter):
    client.force_login(reporter)
    return client.post(
        reverse("moderation:report", kwargs={"kind": "innovation", "slug": item.slug}),
        {"reason": "personal_data", "text": "It names a resident."},
    )


def test_three_reports_hide_then_moderator_restores(client, settings, moderator, published):
    settings.SHAREHUB_REPORTS_TO_HIDE = 3
    reporters = [verified_user(username=f"reporter{n}") for n in range(3)]
    for reporter in reporters[:2]:
        assert report(client, published, reporter).status_code == 302
    published.refresh_from_db()
    assert published.status == Status.PUBLISHED
    # Once per person and item.
    report(client, published, reporters[0])
    assert Report.objects.filter(reporter=reporters[0]).count() == 1

    report(client, published, reporters[2])
    published.refresh_from_db()
    assert published.status == Status.HIDDEN
    assert not Innovation.objects.published().filter(pk=published.pk).exists()
    client.logout()
    assert client.get(published.get_absolute_url()).status_code == 404

    # It is in the queue, with its reports.
    client.force_login(moderator)
    page = client.get(reverse("moderation:queue")).text
    assert "Tea trolley rounds" in page
    assert "3 reports" in page

    mail.outbox.clear()
    act(client, published, "resolve", **{"resolve-outcome": "restored"})
    published.refresh_from_db()
    assert published.status == Status.PUBLISHED
    assert not Report.objects.filter(resolved_at__isnull=True).exists()
    assert Report.objects.filter(outcome="restored").count() == 3
    assert actions(published) == [
        Action.REPORT,
        Action.REPORT,
        Action.REPORT,
        Action.AUTO_HIDE,
        Action.RESOLVE_RESTORE,
    ]
    to = sorted(address for message in mail.outbox for address in message.to)
    assert sorted([*(r.email for r in reporters), published.author.email]) == to


def test_removing_reported_content_needs_a_reason(client, moderator, user, published):
    report(client, published, user)
    client.force_login(moderator)
    assert act(client, published, "resolve", **{"resolve-outcome": "removed"}).status_code == 400
    act(client, published, "resolve", **{"resolve-outcome": "removed", "resolve-text": "Spam."})
    published.refresh_from_db()
    assert published.status == Status.REJECTED
    assert published.moderator_message == "Spam."


def test_hide_unhide_feature(client, moderator, published):
    client.force_login(moderator)
    act(client, published, "feature")
    published.refresh_from_db()
    assert published.featured
    act(client, published, "hide", **{"hide-text": "Checking a claim."})
    published.refresh_from_db()
    assert published.status == Status.HIDDEN
    act(client, published, "unhide")
    published.refresh_from_db()
    assert published.status == Status.PUBLISHED
    act(client, published, "unfeature")
    published.refresh_from_db()
    assert not published.featured
    assert actions(published) == [Action.FEATURE, Action.HIDE, Action.UNHIDE, Action.UNFEATURE]


def test_second_action_is_told_it_was_already_handled(client, moderator, submitted):
    client.force_login(moderator)
    act(client, submitted, "approve")
    response = act(client, submitted, "reject", **{"reject-text": "No."})
    submitted.refresh_from_db()
    assert submitted.status == Status.PUBLISHED
    page = client.get(response.url).text
    assert "already handled by Mo" in page
    assert len(mail.outbox) == 1


def test_private_notes_are_for_moderators_only(client, moderator, author, published):
    client.force_login(moderator)
    act(client, published, "note", **{"note-text": "Author called us about this."})
    assert (
        "Author called us about this."
        in client.get(
            reverse("moderation:item", kwargs={"kind": "innovation", "slug": published.slug})
        ).text
    )
    client.force_login(author)
    assert "Author called us" not in client.get(published.get_absolute_url()).text


def test_mark_as_duplicate_hides_it_and_leads_to_the_original(client, moderator, author, published):
    repeat = InnovationFactory(author=author, status=Status.SUBMITTED, slug="tea-again")
    client.force_login(moderator)
    response = act(client, repeat, "duplicate", **{"duplicate-original": "/en/innovations/nope/"})
    assert response.status_code == 400
    act(client, repeat, "duplicate", **{"duplicate-original": "/en/innovations/tea-trolley/"})
    repeat.refresh_from_db()
    assert repeat.status == Status.HIDDEN
    assert repeat.duplicate_of == published
    assert entries_for(repeat).get().action == Action.DUPLICATE
    assert "repeats something already shared" in mail.outbox[0].subject
    assert "/en/innovations/tea-trolley/" in mail.outbox[0].body
    client.logout()
    response = client.get(repeat.get_absolute_url())
    assert response.status_code == 302
    assert response.url == published.get_absolute_url()
    # Its author still sees their own item, with the moderators' message.
    client.force_login(author)
    assert "Tea trolley rounds" in client.get(repeat.get_absolute_url()).text
