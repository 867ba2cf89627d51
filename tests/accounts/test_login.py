import re

import pytest
from django.test import Client

from tests.accounts.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def is_signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_it_signs_in_with_the_password(client, member):
    response = client.post("/en/accounts/login/", {"login": member.email, "password": PASSWORD})
    assert response.status_code == 302
    assert is_signed_in(client)


def test_a_wrong_password_is_a_form_error_in_the_summary(client, member):
    response = client.post("/en/accounts/login/", {"login": member.email, "password": "nope"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "govuk-error-summary" in html
    assert 'href="#id_login"' in html
    assert not is_signed_in(client)


def test_the_sixth_failed_sign_in_within_five_minutes_is_refused(client, member):
    for _attempt in range(5):
        response = client.post("/en/accounts/login/", {"login": member.email, "password": "wrong"})
        assert "Too many failed login attempts" not in response.content.decode()
    # Even the right password is refused now, from this address (the guesser's);
    # elsewhere the owner can still sign in (test_login_throttle).
    response = client.post("/en/accounts/login/", {"login": member.email, "password": PASSWORD})
    assert "Too many failed login attempts" in response.content.decode()
    assert not is_signed_in(client)


def test_the_throttle_counts_per_account_from_any_browser_at_one_address(member):
    for _attempt in range(5):
        Client().post("/en/accounts/login/", {"login": member.email, "password": "wrong"})
    response = Client().post(
        "/en/accounts/login/", {"login": member.email.upper(), "password": PASSWORD}
    )
    assert "Too many failed login attempts" in response.content.decode()


def test_a_sign_in_without_a_csrf_token_is_refused(member):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/en/accounts/login/", {"login": member.email, "password": PASSWORD})
    assert response.status_code == 403
    assert not is_signed_in(client)


def test_it_signs_in_with_a_code_sent_by_email(client, member, mailoutbox, queued_emails):
    response = client.post("/en/accounts/login/code/", {"email": member.email})
    assert response.status_code == 302
    confirm_url = response["Location"]
    assert confirm_url.startswith("/en/accounts/login/code/confirm/")
    page = client.get(confirm_url)
    assert page.status_code == 200
    assert page.content.decode().count("<h1") == 1

    assert len(queued_emails) == 1
    message = mailoutbox[0]
    assert message.to == [member.email]
    assert message.subject == "ShareHub: Your sign-in code"
    code = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", message.body, re.MULTILINE).group(1)

    response = client.post(confirm_url, {"code": code})
    assert response.status_code == 302
    assert is_signed_in(client)


def test_a_wrong_code_does_not_sign_in(client, member, mailoutbox):
    client.post("/en/accounts/login/code/", {"email": member.email})
    response = client.post("/en/accounts/login/code/confirm/", {"code": "000000"})
    assert "govuk-error-summary" in response.content.decode()
    assert not is_signed_in(client)


def test_asking_for_a_code_for_an_unknown_address_looks_the_same(client, member, mailoutbox):
    known = client.post("/en/accounts/login/code/", {"email": member.email})
    unknown = Client().post("/en/accounts/login/code/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"].split("?")[0] == unknown["Location"].split("?")[0]


def test_sign_out_is_a_post(signed_in):
    page = signed_in.get("/en/accounts/logout/")
    assert page.status_code == 200
    assert is_signed_in(signed_in)  # a GET only asks
    signed_in.post("/en/accounts/logout/")
    assert not is_signed_in(signed_in)


def test_the_header_offers_sign_in_or_your_account(client, member):
    html = client.get("/en/").content.decode()
    assert 'href="/en/accounts/login/"' in html
    assert 'href="/en/accounts/signup/"' in html
    assert "Sign out" not in html
    client.force_login(member)
    html = client.get("/en/").content.decode()
    assert 'href="/en/accounts/profile/"' in html
    assert re.search(
        r'<form method="post" action="/en/accounts/logout/"[^>]*>\s*<input type="hidden" name="csrfmiddlewaretoken"',
        html,
    )
