"""Messages relayed by e-mail: Reply-To is the sender, the recipient's address is never shown."""

import pytest
from django.test import Client

from sharehub.contacts.models import ContactMessage
from sharehub.contacts.selectors import messages_sent_by
from sharehub.core.models import Status
from tests.factories import ContactFactory, InnovationFactory

pytestmark = pytest.mark.django_db

SECRET = "hidden.person@private.example"
MESSAGE = {"subject": "Peer support in Gwent", "body": "Could we talk about your group?"}


@pytest.fixture
def contact():
    return ContactFactory(slug="bryn", name="Bryn Davies", email=SECRET)


@pytest.fixture
def sender(alice, verified):
    return verified(alice)


def everything_the_sender_saw(responses) -> str:
    return "".join(r.content.decode() + str(r.headers) for r in responses)


def test_a_message_is_relayed_with_reply_to_the_sender_and_a_copy(
    client_as, sender, contact, mailoutbox
):
    client = client_as(sender)
    detail = client.get("/en/contacts/bryn/")
    assert "/en/contacts/bryn/message/" in detail.content.decode()
    form = client.get("/en/contacts/bryn/message/")
    posted = client.post("/en/contacts/bryn/message/", MESSAGE)
    assert posted.status_code == 302
    sent = client.get(posted["Location"])
    assert "Message sent" in sent.content.decode()

    assert len(mailoutbox) == 2
    to_recipient, copy = mailoutbox
    assert to_recipient.to == [SECRET]
    assert to_recipient.reply_to == ["alice@example.org"]
    assert "Peer support in Gwent" in to_recipient.subject
    assert "Alice Jones" in to_recipient.subject
    assert "Could we talk about your group?" in to_recipient.body

    assert copy.to == ["alice@example.org"]
    assert copy.reply_to == []
    assert "Could we talk about your group?" in copy.body
    assert "Bryn Davies" in copy.subject
    # The recipient's address appears nowhere the sender can see.
    assert SECRET not in everything_the_sender_saw([detail, form, posted, sent])
    assert SECRET not in copy.body + copy.subject + str(copy.message())

    stored = ContactMessage.objects.get()
    assert (stored.sender, stored.contact, stored.recipient_name) == (
        sender,
        contact,
        "Bryn Davies",
    )
    assert messages_sent_by(sender) == [
        {
            "sent_at": stored.created_at.isoformat(),
            "to": "Bryn Davies",
            "about": "",
            "subject": "Peer support in Gwent",
            "message": "Could we talk about your group?",
        }
    ]


def test_a_listing_without_its_own_address_uses_the_accounts(client_as, sender, eve, mailoutbox):
    ContactFactory(slug="eve", name="Eve Evans", email="", user=eve)
    client_as(sender).post("/en/contacts/eve/message/", MESSAGE)
    assert mailoutbox[0].to == ["eve@example.org"]


def test_the_sixth_message_within_an_hour_is_refused_and_nothing_is_sent(
    client_as, sender, contact, mailoutbox
):
    client = client_as(sender)
    for _ in range(5):
        assert client.post("/en/contacts/bryn/message/", MESSAGE).status_code == 302
    assert len(mailoutbox) == 10
    refused = client.post("/en/contacts/bryn/message/", MESSAGE)
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "govuk-error-summary" in html
    assert "You have sent 5 messages in the last hour" in html
    assert len(mailoutbox) == 10
    assert ContactMessage.objects.count() == 5


def test_the_daily_limit_counts_messages_older_than_an_hour(
    client_as, sender, contact, mailoutbox, settings
):
    from datetime import timedelta

    from django.utils import timezone

    settings.SHAREHUB_MESSAGES_PER_DAY = 3
    for hours in (2, 5, 20):
        ContactMessage.objects.create(
            sender=sender,
            recipient_name="Someone",
            subject="Earlier",
            body="…",
            created_at=timezone.now() - timedelta(hours=hours),
        )
    ContactMessage.objects.create(
        sender=sender,
        recipient_name="Someone",
        subject="Yesterday",
        body="…",
        created_at=timezone.now() - timedelta(hours=25),
    )
    refused = client_as(sender).post("/en/contacts/bryn/message/", MESSAGE)
    assert "You have sent 3 messages in the last day" in refused.content.decode()
    assert mailoutbox == []


@pytest.mark.parametrize(
    "subject",
    [
        "Hello\r\nBcc: victim@example.org",
        "Hello\nBcc: victim@example.org",
        "Hello\rBcc: victim@example.org",
        "Hello\u2028Bcc: victim@example.org",
    ],
)
def test_header_injection_in_the_subject_is_refused(
    client_as, sender, contact, mailoutbox, subject
):
    response = client_as(sender).post(
        "/en/contacts/bryn/message/", {"subject": subject, "body": "Hi"}
    )
    assert response.status_code == 200
    assert "The subject must be a single line of text." in response.content.decode()
    assert mailoutbox == []
    assert ContactMessage.objects.count() == 0


def test_a_display_name_with_line_breaks_cannot_break_the_subject(
    client_as, sender, contact, mailoutbox
):
    sender.display_name = "Alice\r\nBcc: victim@example.org"
    sender.save()
    client_as(sender).post("/en/contacts/bryn/message/", MESSAGE)
    assert "\n" not in mailoutbox[0].subject and "\r" not in mailoutbox[0].subject
    assert mailoutbox[0].bcc == []


def test_messages_to_yourself_are_refused(client_as, sender, mailoutbox):
    ContactFactory(slug="me", name="Alice Jones", email="", user=sender)
    ContactFactory(slug="my-org", name="Conwy Carers", email="alice@example.org")
    for slug in ("me", "my-org"):
        response = client_as(sender).post(f"/en/contacts/{slug}/message/", MESSAGE)
        assert "You cannot send a message to yourself." in response.content.decode()
    assert mailoutbox == []


def test_anonymous_and_unverified_people_cannot_send(client, client_as, eve, contact, mailoutbox):
    response = client.post("/en/contacts/bryn/message/", MESSAGE)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    response = client_as(eve).post("/en/contacts/bryn/message/", MESSAGE)
    assert "confirm your e-mail address" in response.content.decode().lower()
    # The only mail is allauth's confirmation link to eve, not a relayed message.
    assert all(message.to == ["eve@example.org"] for message in mailoutbox)
    assert ContactMessage.objects.count() == 0


def test_posts_without_a_csrf_token_are_refused(sender, contact, mailoutbox):
    client = Client(enforce_csrf_checks=True)
    client.force_login(sender)
    assert client.post("/en/contacts/bryn/message/", MESSAGE).status_code == 403
    assert mailoutbox == []


def test_unpublished_listings_cannot_be_messaged(client_as, sender, mailoutbox):
    ContactFactory(slug="hidden", status=Status.DRAFT, published_at=None)
    assert client_as(sender).get("/en/contacts/hidden/message/").status_code == 404


def test_innovation_authors_who_accept_messages_can_be_contacted(
    client_as, sender, eve, mailoutbox
):
    eve.email = SECRET
    eve.save()
    innovation = InnovationFactory(author=eve, slug="memory-boxes", title="Memory boxes")
    client = client_as(sender)
    page = client.get(innovation.get_absolute_url())
    assert "/en/contacts/innovation/memory-boxes/message/" in page.content.decode()
    posted = client.post("/en/contacts/innovation/memory-boxes/message/", MESSAGE)
    sent = client.get(posted["Location"])
    assert mailoutbox[0].to == [SECRET]
    assert mailoutbox[0].reply_to == ["alice@example.org"]
    assert "Memory boxes" in mailoutbox[0].body
    assert "Eve Evans" in mailoutbox[1].subject
    assert SECRET not in everything_the_sender_saw([page, posted, sent])
    assert SECRET not in str(mailoutbox[1].message())
    assert messages_sent_by(sender)[0]["about"] == "Memory boxes"


def test_authors_who_asked_not_to_be_contacted_cannot_be(client_as, sender, eve):
    innovation = InnovationFactory(author=eve, slug="quiet", contact_preference="none")
    page = client_as(sender).get(innovation.get_absolute_url()).content.decode()
    assert "/en/contacts/innovation/quiet/message/" not in page
    assert client_as(sender).get("/en/contacts/innovation/quiet/message/").status_code == 404


def test_authors_of_drafts_cannot_be_messaged(client_as, sender, eve):
    InnovationFactory(author=eve, slug="draft", status=Status.DRAFT, published_at=None)
    assert client_as(sender).get("/en/contacts/innovation/draft/message/").status_code == 404


def test_authors_do_not_see_a_link_to_message_themselves(client_as, sender):
    innovation = InnovationFactory(author=sender, slug="mine")
    page = client_as(sender).get(innovation.get_absolute_url()).content.decode()
    assert "/message/" not in page
