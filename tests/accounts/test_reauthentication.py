import pytest
from allauth.account.models import EmailAddress

from sharehub.accounts.models import User
from tests.accounts.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_adding_an_email_address_asks_for_the_password_first(client, member, mailoutbox):
    client.force_login(member)  # signed in, but not recently authenticated
    response = client.post(
        "/en/accounts/email/", {"action_add": "", "email": "mair.new@example.org"}
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/reauthenticate/")
    assert not EmailAddress.objects.filter(email="mair.new@example.org").exists()

    wrong = client.post(response["Location"], {"password": "not it"})
    assert "govuk-error-summary" in wrong.content.decode()
    assert not EmailAddress.objects.filter(email="mair.new@example.org").exists()

    client.post(response["Location"], {"password": PASSWORD})
    # The suspended request is carried out once the password is given.
    assert EmailAddress.objects.filter(email="mair.new@example.org", user=member).exists()


def test_changing_the_password_needs_the_current_one(client, member, mailoutbox):
    client.force_login(member)
    new = "another good passphrase 2026"
    response = client.post(
        "/en/accounts/password/change/",
        {"oldpassword": "not it", "password1": new, "password2": new},
    )
    assert response.status_code == 200
    assert "govuk-error-summary" in response.content.decode()
    assert User.objects.get(pk=member.pk).check_password(PASSWORD)

    response = client.post(
        "/en/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": new, "password2": new},
    )
    assert response.status_code == 302
    assert User.objects.get(pk=member.pk).check_password(new)
    # The owner is told, in case it was not them.
    assert [m.subject for m in mailoutbox] == ["ShareHub: Your password was changed"]
    assert "If you did not do this" in mailoutbox[0].body


def test_a_new_password_follows_the_same_rules(client, member):
    client.force_login(member)
    response = client.post(
        "/en/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": "qwertyuiop12", "password2": "qwertyuiop12"},
    )
    assert "This password is too common." in response.content.decode()
