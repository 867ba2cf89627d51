import re

import pytest
from allauth.account.models import EmailAddress

from sharehub.accounts.models import User

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "lanterns over the menai strait"


def sign_up(client, email="newcomer@example.org", password=NEW_PASSWORD, password2=None):
    return client.post(
        "/en/accounts/signup/",
        {"email": email, "password1": password, "password2": password2 or password},
    )


def link_in(message) -> str:
    return re.search(r"https?://testserver(/\S+)", message.body).group(1)


def test_it_signs_up_verifies_through_the_link_and_signs_in(client, mailoutbox, queued_emails):
    response = sign_up(client)
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    # Not signed in until the address is confirmed.
    assert client.get("/en/accounts/profile/").status_code == 302

    assert len(mailoutbox) == 1
    assert len(queued_emails) == 1  # it left through the background task
    message = mailoutbox[0]
    assert message.to == ["newcomer@example.org"]
    assert message.subject == "ShareHub: Confirm your e-mail address to finish joining"
    assert "Thank you for joining ShareHub." in message.body

    confirm_url = link_in(message)
    page = client.get(confirm_url)
    assert page.status_code == 200  # a GET only shows the confirmation button
    assert not EmailAddress.objects.get(email="newcomer@example.org").verified
    assert b'<h1 class="govuk-heading-l">' in page.content

    response = client.post(confirm_url)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="newcomer@example.org").verified
    assert client.get("/en/accounts/profile/").status_code == 200  # signed in


def test_the_welsh_sign_up_sends_the_mail_through_the_task_too(client, mailoutbox, queued_emails):
    client.post(
        "/cy/accounts/signup/",
        {"email": "cymro@example.org", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert len(queued_emails) == 1
    assert "/cy/accounts/confirm-email/" in mailoutbox[0].body


def test_a_short_password_is_refused_with_a_form_error(client):
    response = sign_up(client, password="short pass")
    assert response.status_code == 200
    assert not User.objects.filter(email="newcomer@example.org").exists()
    html = response.content.decode()
    assert "govuk-error-summary" in html
    assert "This password is too short. It must contain at least 12 characters." in html
    assert 'href="#id_password1"' in html  # the summary links to the field
    assert 'class="govuk-error-message"' in html


def test_a_common_password_is_refused_with_a_form_error(client):
    response = sign_up(client, password="password1234")
    assert response.status_code == 200
    assert "This password is too common." in response.content.decode()
    assert not User.objects.filter(email="newcomer@example.org").exists()


def test_signing_up_with_a_taken_address_looks_the_same_as_a_new_one(client, member, mailoutbox):
    response = sign_up(client, email=member.email)
    fresh = sign_up(client.__class__(), email="someone-new@example.org")
    # The same redirect to "check your e-mail" either way; the owner gets a warning e-mail.
    assert response.status_code == fresh.status_code == 302
    assert response["Location"] == fresh["Location"]
    assert User.objects.filter(email=member.email).count() == 1
    warning = next(m for m in mailoutbox if m.to == [member.email])
    assert "You already have an account" in warning.body


def test_an_unverified_person_cannot_reach_pages_that_need_a_verified_address(
    client_as, mailoutbox
):
    unverified = User.objects.create_user("wyn", "wyn@example.org", NEW_PASSWORD)
    EmailAddress.objects.create(user=unverified, email=unverified.email, primary=True)
    response = client_as(unverified).get("/en/accounts/profile/")
    assert response.status_code == 200
    assert "Confirm your e-mail address" in response.content.decode()
    assert 'name="display_name"' not in response.content.decode()
    assert mailoutbox[0].to == ["wyn@example.org"]  # the link is sent again
