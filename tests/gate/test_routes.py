"""Each route that went round moderation, walked over HTTP as the new user, the
trusted author and the moderator would: nothing with a checksum-valid NHS
number is public before a moderator has seen it."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from sharehub.catalogue.models import NeedReply, Revision
from sharehub.contacts.models import Contact, ContactMessage
from sharehub.core.models import Status
from sharehub.gate.audit import entries_for
from sharehub.gate.models import Action, AuditEntry, ReasonCode
from sharehub.moderation.models import Report
from sharehub.taxonomy import models as tax
from tests.factories import ContactFactory, InnovationFactory, NeedFactory
from tests.gate.text import CERTAIN

NHS = "943 476 5919"


def public(url: str) -> str:
    response = Client().get(url)
    assert response.status_code == 200
    return response.text


def queue_keys(client) -> str:
    return client.get(reverse("moderation:queue")).text


def test_a_new_accounts_reply_waits_and_every_reply_can_be_reported(
    client, user, moderator, trusted
):
    need = NeedFactory(status=Status.PUBLISHED, published_at="2026-11-01T10:00Z")
    client.force_login(user)
    response = client.post(
        reverse("catalogue:need_reply", kwargs={"slug": need.slug}), {"body": CERTAIN}
    )
    reply = NeedReply.objects.get(need=need)
    assert response.status_code == 302 and response["Location"].endswith(f"#reply-{reply.pk}")
    assert reply.status == Status.SUBMITTED
    # Its author sees it, marked as waiting; nobody else does.
    assert "Waiting for review" in client.get(need.get_absolute_url()).text
    assert NHS not in public(need.get_absolute_url())
    # The moderator finds it in the queue, sees it all, and releases it (audited).
    client.force_login(moderator)
    assert f"/en/moderation/reply/{reply.pk}/" in queue_keys(client)
    page = client.get(reverse("moderation:item", kwargs={"kind": "reply", "slug": reply.pk}))
    assert page.status_code == 200 and NHS in page.text
    client.post(
        reverse(
            "moderation:item_action",
            kwargs={"kind": "reply", "slug": reply.pk, "action": "approve"},
        )
    )
    reply.refresh_from_db()
    assert reply.status == Status.PUBLISHED
    assert (
        entries_for(reply).get(action=Action.APPROVE).reason_code
        == ReasonCode.PERSONAL_DATA_RELEASED
    )
    # A single reply can be reported, by anyone signed in but its author.
    client.force_login(trusted)
    page = client.get(need.get_absolute_url()).text
    report_url = reverse("moderation:report", kwargs={"kind": "reply", "slug": reply.pk})
    assert report_url in page
    client.post(report_url, {"reason": "personal_data", "text": "It names a resident."})
    assert Report.objects.filter(target_id=reply.pk, reporter=trusted).exists()


def test_a_new_accounts_contact_listing_waits(client, user):
    client.force_login(user)
    area = tax.ChallengeArea.objects.get(slug="value")
    data = {
        "name": "Ursula",
        "can_help_with": CERTAIN,
        "challenge_areas": [area.pk],
        "email": user.email,
    }
    response = client.post(reverse("contacts:list_me"), data)
    assert response.status_code == 302
    contact = Contact.objects.get(user=user)
    assert contact.status == Status.SUBMITTED
    assert "A moderator will check your listing" in client.get(contact.get_absolute_url()).text
    assert Client().get(contact.get_absolute_url()).status_code == 404
    assert "Ursula" not in public(reverse("contacts:contact_list"))


def test_a_relayed_message_with_certain_data_is_refused_and_the_sender_keeps_it(client, user):
    contact = ContactFactory(status=Status.PUBLISHED, email="rhian@example.org")
    client.force_login(user)
    url = reverse("contacts:message_contact", kwargs={"slug": contact.slug})
    response = client.post(url, {"subject": "About Mr Davies", "body": CERTAIN})
    assert response.status_code == 200
    assert "NHS number" in response.text  # the reason, naming what was found
    assert "943 476 5919" in response.text  # their text is still in the form
    assert not ContactMessage.objects.exists()


def test_a_trusted_authors_edit_adding_certain_data_waits(client, trusted, moderator):
    item = InnovationFactory(
        author=trusted, status=Status.PUBLISHED, title="Tea rounds", places=(["all-wales"], [])
    )
    client.force_login(trusted)
    data = {
        "title": "Tea rounds",
        "summary": item.summary,
        "body": f"{item.body}\n\n{CERTAIN}",
        "challenge_areas": [tax.ChallengeArea.objects.get(slug="value").pk],
        "regions": [tax.Region.objects.get(slug="all-wales").pk],
        "local_authorities": [],
    }
    response = client.post(reverse("catalogue:innovation_edit", kwargs={"slug": item.slug}), data)
    assert response.status_code == 302
    assert NHS not in public(item.get_absolute_url())
    assert Revision.objects.get(state=Revision.State.PENDING).changes["body"].endswith(CERTAIN)
    entry = entries_for(item).get(action=Action.PROPOSE_EDIT)
    assert (
        entry.reason_code == ReasonCode.PERSONAL_DATA and "nhs_number" in entry.detail["findings"]
    )
    client.force_login(moderator)
    assert item.get_absolute_url().replace(
        "/innovations/", "/moderation/innovation/"
    ) in queue_keys(client)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["Hidden after reports", "3 reports", "Published → Hidden"]),
        ("cy", ["3 adroddiad"]),
    ],
)
def test_the_audit_log_reads_in_the_readers_language(
    client, moderator, settings, user, language, words
):
    """Entries store codes; the page says them in the reader's language, whoever acted."""
    from sharehub.moderation import services
    from tests.factories import verified_user

    settings.SHAREHUB_REPORTS_TO_HIDE = 3
    item = InnovationFactory(status=Status.PUBLISHED)
    with translation.override("cy"):  # the reporters use ShareHub in Welsh
        for n in range(3):
            reporter = verified_user(username=f"r{n}")
            services.report_create(item, reporter=reporter, reason="spam", text=f"Hysbyseb {n}")
    entry = entries_for(item).get(action=Action.AUTO_HIDE)
    assert (entry.reason, entry.reason_code, entry.detail) == ("", ReasonCode.REPORTS, {"n": 3})
    client.force_login(moderator)
    page = client.get(f"/{language}/moderation/audit/").text
    for word in words:
        assert word in page


def test_no_stored_entry_holds_translated_text(client, moderator, author, trusted, settings):
    """Whatever language people act in, the log stores codes and people's own words."""
    from sharehub.catalogue import workflow
    from sharehub.moderation import services

    settings.SHAREHUB_TRUST_AFTER = 1
    own_words = {"Please add the outcomes.", "Nid yw'n addas.", "Nodyn preifat"}
    with translation.override("cy"):
        first = InnovationFactory(author=author, status=Status.DRAFT)
        workflow.submit(first, user=author, confirmed_no_personal_data=True)
        services.decision_request_changes(
            first, moderator=moderator, message="Please add the outcomes."
        )
        workflow.submit(first, user=author, confirmed_no_personal_data=True)
        services.decision_approve(first, moderator=moderator)  # the author becomes trusted
        services.item_hide(first, moderator=moderator, reason="Nid yw'n addas.")
        services.note_add(first, moderator=moderator, text="Nodyn preifat")
        services.user_set_trust(author, moderator=moderator, trusted=False)
    entries = list(AuditEntry.objects.all())
    assert {e.action for e in entries} >= {
        Action.SUBMIT, Action.REQUEST_CHANGES, Action.APPROVE, Action.TRUST, Action.HIDE,
        Action.NOTE, Action.UNTRUST,
    }  # fmt: skip
    for entry in entries:
        assert entry.action in Action.values
        assert entry.reason_code in ReasonCode.values
        assert entry.status_before in ("", *Status.values)
        assert entry.status_after in ("", *Status.values)
        assert entry.reason in ("", *own_words), entry.reason
