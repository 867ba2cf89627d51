"""What a hostile-input run found, through the pages people use: one reply or one
contact listing must never break a public page, the Preview button renders only
text that passed its length check, and one-line fields stay on one line."""

import pytest
from allauth.account.models import EmailAddress
from django.test import Client
from markdown_it import MarkdownIt

from sharehub.catalogue.models import Innovation, Need, NeedReply
from sharehub.contacts.models import Contact
from sharehub.core.models import Status
from sharehub.taxonomy.models import ChallengeArea
from tests.factories import InnovationFactory, NeedFactory

pytestmark = pytest.mark.django_db

NESTED_LIST = "- " * 600 + "a"
NESTED_NUMBERED_LIST = "1. " * 700 + "a"


@pytest.fixture
def renders(monkeypatch):
    """How many times Markdown is rendered."""
    calls = []
    real = MarkdownIt.render

    def counting(self, *args, **kwargs):
        calls.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(MarkdownIt, "render", counting)
    return calls


def test_a_deeply_nested_reply_does_not_break_the_question_page(
    client_as, author, other, django_assert_max_num_queries
):
    need = NeedFactory(author=author)
    other.trusted = True  # published at once (a new account's reply waits: tests/gate)
    other.save(update_fields=["trusted"])
    response = client_as(other).post(f"/en/needs/{need.slug}/reply/", {"body": NESTED_LIST})
    assert response.status_code == 302
    assert NeedReply.objects.get().body == NESTED_LIST
    with django_assert_max_num_queries(14):  # 2 of them look for a page kept for readers
        page = Client().get(need.get_absolute_url())  # signed out
    assert page.status_code == 200
    assert "<ul>" in page.content.decode()


def test_a_deeply_nested_contact_bio_does_not_break_the_contact_page(client_as, author):
    EmailAddress.objects.filter(user=author).update(verified=True)
    author.trusted = True  # listed at once (a new account's listing waits: tests/gate)
    author.save(update_fields=["trusted"])
    response = client_as(author).post(
        "/en/contacts/list-me/",
        {
            "name": "Alice Jones",
            "can_help_with": NESTED_NUMBERED_LIST[:2000],
            "bio": NESTED_NUMBERED_LIST,
            "challenge_areas": [str(ChallengeArea.objects.get(slug="value").pk)],
            "email": author.email,
        },
    )
    assert response.status_code == 302
    contact = Contact.objects.get()
    assert Client().get(contact.get_absolute_url()).status_code == 200


def test_a_contact_bio_over_the_limit_is_refused_with_a_message(client_as, author):
    response = client_as(author).post(
        "/en/contacts/list-me/",
        {
            "name": "Alice Jones",
            "can_help_with": "x" * 2_001,
            "bio": "1. " * 1_700,
            "challenge_areas": [str(ChallengeArea.objects.get(slug="value").pk)],
            "email": author.email,
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "What you can help with must be 2000 characters or fewer." in html
    assert "About you or your organisation must be 5000 characters or fewer." in html
    assert not Contact.objects.exists()


@pytest.mark.parametrize(
    ("url", "field", "limit", "message"),
    [
        ("/en/innovations/new/", "body", 20_000, "What changed and why must be 20,000"),
        ("/en/needs/new/", "body", 10_000, "Details must be 10,000"),
        ("/en/resources/new/", "body", 20_000, "Description must be 20,000"),
    ],
)
def test_the_preview_of_text_over_the_limit_is_an_error_not_a_render(
    client_as,
    author,
    innovation_data,
    need_data,
    resource_data,
    renders,
    url,
    field,
    limit,
    message,
):
    data = {"/en/innovations/new/": innovation_data, "/en/needs/new/": need_data}.get(
        url, resource_data
    )
    response = client_as(author).post(url, {**data, field: "[" * (limit + 1), "preview": "1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert (
        "Correct the error above to see the preview." in html.split(f'id="id_{field}-preview"')[1]
    )
    assert renders == []


def test_the_preview_of_a_reply_over_the_limit_is_an_error(client_as, author, other, renders):
    need = NeedFactory(author=author)
    renders.clear()
    response = client_as(other).post(
        f"/en/needs/{need.slug}/reply/", {"body": "[" * 10_001, "preview": "1"}
    )
    assert response.status_code == 200
    assert "Reply must be 10,000 characters or fewer" in response.content.decode()
    assert renders == []
    assert not NeedReply.objects.exists()


def test_the_preview_of_text_within_the_limit_is_rendered_once(
    client_as, author, innovation_data, renders
):
    response = client_as(author).post(
        "/en/innovations/new/", {**innovation_data, "body": "We **changed** it", "preview": "1"}
    )
    assert "<strong>changed</strong>" in response.content.decode()
    assert len(renders) == 1
    assert not Innovation.objects.exists()


def test_a_published_reply_of_brackets_costs_nothing_to_show(client_as, author, other, renders):
    need = NeedFactory(author=author)
    renders.clear()
    client_as(other).post(f"/en/needs/{need.slug}/reply/", {"body": "[" * 6_000})
    assert len(renders) == 1  # when it was saved
    assert Client().get(need.get_absolute_url()).status_code == 200
    assert len(renders) == 1  # not again for the page


@pytest.mark.parametrize(
    "title", ["CRLF test\r\nBcc: someone@example.org", "Bell\x07", "Line\u2028separator"]
)
def test_a_title_with_a_line_break_or_control_character_is_refused(
    client_as, author, innovation_data, title
):
    response = client_as(author).post("/en/innovations/new/", {**innovation_data, "title": title})
    assert response.status_code == 200
    assert "Write this on one line, without line breaks or special control characters." in (
        response.content.decode()
    )
    assert not Innovation.objects.exists()


def test_a_question_title_is_one_line_too(client_as, author, need_data):
    response = client_as(author).post("/en/needs/new/", {**need_data, "title": "Two\nlines"})
    assert "Write this on one line" in response.content.decode()
    assert not Need.objects.exists()


def test_an_edit_of_a_published_item_is_rendered_when_applied(client_as, author, innovation_data):
    """A trusted author's edit is saved with update_fields: its HTML is rendered too."""
    author.trusted = True
    author.save(update_fields=["trusted"])
    item = InnovationFactory(author=author, status=Status.PUBLISHED, body="Old")
    response = client_as(author).post(
        f"/en/innovations/{item.slug}/edit/",
        {**innovation_data, "title": item.title, "body": "The **new** text"},
    )
    assert response.status_code == 302
    html = Client().get(item.get_absolute_url()).content.decode()
    assert "The <strong>new</strong> text" in html
