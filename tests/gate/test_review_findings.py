"""Routes a review found round the gate, each kept closed."""

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import translation

from sharehub.accounts.privacy import delete_account
from sharehub.attachments.services import attach_files
from sharehub.catalogue import workflow
from sharehub.catalogue.forms.needs import NeedReplyForm
from sharehub.catalogue.models import NeedReply, Revision
from sharehub.core.models import Status
from sharehub.core.personal_data import scan_text
from sharehub.gate.models import AuditEntry
from sharehub.moderation import services
from sharehub.taxonomy import models as tax
from tests.attachments.files import PDF_BYTES, upload
from tests.factories import InnovationFactory, NeedFactory
from tests.gate.text import CERTAIN

NHS = "943 476 5919"


@pytest.fixture
def published(trusted):
    return InnovationFactory(
        author=trusted, status=Status.PUBLISHED, title="Tea rounds", places=(["all-wales"], [])
    )


def details(client, item, **data):
    url = reverse("catalogue:innovation_details", kwargs={"slug": item.slug})
    form = {"contact_preference": item.contact_preference, "language": "en", **data}
    return client.post(url, form)


def edit(client, item, **data):
    url = reverse("catalogue:innovation_edit", kwargs={"slug": item.slug})
    form = {
        "title": item.title,
        "summary": item.summary,
        "body": item.body,
        "challenge_areas": [tax.ChallengeArea.objects.get(slug="value").pk],
        "regions": [tax.Region.objects.get(slug="all-wales").pk],
        "local_authorities": [],
        **data,
    }
    return client.post(url, form)


def test_a_held_edit_is_not_published_by_a_later_edit_through_the_other_form(
    client, trusted, published
):
    client.force_login(trusted)
    assert details(client, published, what_helped=CERTAIN).status_code == 302
    assert edit(client, published, title="Tea rounds, weekly").status_code == 302
    assert NHS not in Client().get(published.get_absolute_url()).text
    pending = Revision.objects.get(state=Revision.State.PENDING)
    assert pending.changes["what_helped"] == CERTAIN


def test_links_are_read_by_the_gate(client, trusted, published):
    client.force_login(trusted)
    details(client, published, links=f"Mr Davies NHS {NHS} https://example.org/a")
    published.refresh_from_db()
    assert published.links == []  # held, not published
    assert "links" in Revision.objects.get(state=Revision.State.PENDING).changes


def test_a_file_named_after_a_person_who_receives_care_is_refused(trusted, published):
    with pytest.raises(ValidationError, match="NHS number"):
        attach_files(published, [upload(f"Mr Davies NHS {NHS}.pdf", PDF_BYTES)], trusted)
    assert not published.attachments.exists()


def test_only_approved_posts_earn_trust(settings, user, moderator):
    settings.SHAREHUB_TRUST_AFTER = 2
    need = NeedFactory(status=Status.PUBLISHED)
    for text in ("Thanks, useful!", "Same here."):
        form = NeedReplyForm({"body": text}, user=user)
        assert form.is_valid()
        services.decision_approve(
            workflow.add_reply(need=need, author=user, **form.values()), moderator=moderator
        )
    user.refresh_from_db()
    assert not user.trusted


def test_replies_cannot_be_sent_back_for_changes(client, user, moderator):
    need = NeedFactory(status=Status.PUBLISHED)
    reply = NeedReply.objects.create(need=need, author=user, body="Hello", status=Status.SUBMITTED)
    client.force_login(moderator)
    url = reverse(
        "moderation:item_action",
        kwargs={"kind": "reply", "slug": reply.pk, "action": "request_changes"},
    )
    assert client.post(url, {"request_changes-text": "Change it"}).status_code == 404
    page = client.get(reverse("moderation:item", kwargs={"kind": "reply", "slug": reply.pk}))
    assert "Ask for changes" not in page.text


def test_a_reply_under_a_hidden_question_cannot_be_reported(client, user, trusted):
    need = NeedFactory(status=Status.HIDDEN, title="Secret title")
    reply = NeedReply.objects.create(need=need, author=trusted, body="Hi", status=Status.PUBLISHED)
    client.force_login(user)
    response = client.get(reverse("moderation:report", kwargs={"kind": "reply", "slug": reply.pk}))
    assert response.status_code == 404
    assert "Secret title" not in response.text


def test_the_user_page_lists_no_draft_its_author_never_sent(client, author, moderator):
    InnovationFactory(author=author, status=Status.DRAFT, title="My private draft")
    client.force_login(moderator)
    page = client.get(reverse("moderation:user", kwargs={"public_id": author.public_id}))
    assert page.status_code == 200 and "My private draft" not in page.text


def test_a_replys_audit_name_is_in_no_language(user):
    need = NeedFactory(status=Status.PUBLISHED, title="Drinks rounds?")
    with translation.override("cy"):
        form = NeedReplyForm({"body": "Helo"}, user=user)
        assert form.is_valid()
        reply = workflow.add_reply(need=need, author=user, **form.values())
    assert AuditEntry.objects.get(target_id=reply.pk).target_title == f"Drinks rounds? #{reply.pk}"


@pytest.mark.parametrize("text", [f"{NHS.replace(' ', '')}@nhs.net", f"+44 {NHS}"])
def test_an_nhs_number_inside_an_address_or_a_phone_number_is_still_one(text):
    assert "nhs_number" in {f.kind for f in scan_text(text)}


def test_a_deleted_accounts_waiting_replies_go_with_it(user):
    need = NeedFactory(status=Status.PUBLISHED)
    NeedReply.objects.create(need=need, author=user, body="Waiting", status=Status.SUBMITTED)
    NeedReply.objects.create(need=need, author=user, body="Public", status=Status.PUBLISHED)
    delete_account(user=user, remove_content=False)
    assert list(NeedReply.objects.values_list("body", "author")) == [("Public", None)]
