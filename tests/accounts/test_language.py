"""The language ShareHub writes to a person in: the one they signed up in, which
they can change on their profile; moderation e-mails follow it."""

import pytest
from django.core import mail
from django.urls import reverse

from sharehub.accounts.models import User
from sharehub.moderation import services
from tests.factories import InnovationFactory, verified_user

pytestmark = pytest.mark.django_db

PASSWORD = "lanterns over the menai strait"


@pytest.mark.parametrize(("prefix", "language"), [("en", "en"), ("cy", "cy")])
def test_signing_up_remembers_the_language(client, prefix, language):
    client.post(
        f"/{prefix}/accounts/signup/",
        {"email": "newcomer@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert User.objects.get(email="newcomer@example.org").language == language


def test_the_profile_changes_it_and_refuses_a_made_up_one(client):
    member = verified_user(username="mair", display_name="Mair")
    client.force_login(member)
    page = client.get("/en/accounts/profile/").text
    assert "Which language should ShareHub write to you in?" in page
    response = client.post("/en/accounts/profile/", {"display_name": "Mair", "language": "xx"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    client.post("/en/accounts/profile/", {"display_name": "Mair", "language": "cy"})
    member.refresh_from_db()
    assert member.language == "cy"


def test_a_moderation_decision_is_written_in_the_authors_language(db):
    author = verified_user(username="mair", language="cy")
    moderator = verified_user(username="mo")
    item = InnovationFactory(author=author, status="submitted", published_at=None, language="en")
    services.decision_reject(item, moderator=moderator, reason="Not about social care.")
    assert mail.outbox[-1].subject.startswith("ShareHub: ni fydd")
    assert "Not about social care." in mail.outbox[-1].body


def test_without_a_language_the_decision_follows_the_item(db):
    author = verified_user(username="mair", language="")
    moderator = verified_user(username="mo")
    item = InnovationFactory(author=author, status="submitted", published_at=None, language="cy")
    services.decision_approve(item, moderator=moderator)
    assert "wedi'i gyhoeddi" in mail.outbox[-1].subject


def test_moderators_see_a_link_to_the_queue_in_the_header(client):
    from tests.moderation.conftest import moderator_user

    member = verified_user(username="mair")
    client.force_login(member)
    assert reverse("moderation:queue") not in client.get("/en/").text
    client.force_login(moderator_user("mo"))
    page = client.get("/en/").text
    assert f'href="{reverse("moderation:queue")}"' in page
    assert ">Moderation<" in page
