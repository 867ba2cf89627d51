# ruff: noqa: RUF001 (Welsh and Django write the curly apostrophe)
"""allauth's pages read like the rest of ShareHub: headings in sentence case,
ShareHub's words, and Welsh under /cy/ (sharehub/locale_vendor)."""

import re

import pytest

from tests.accounts.conftest import PASSWORD
from tests.accounts.test_account_pages import SIGNED_IN, SIGNED_OUT

pytestmark = pytest.mark.django_db

STOCK = [
    "Verify Your Email Address",
    "Enter Sign-In Code",
    "Password Reset",
    "Change Password",
    "Confirm Access",
    "Sign Out",
    "Two-Factor Authentication",
    "Recovery Codes",
    "Activate Authenticator App",
    "Bad Token",
    "Request Code",
    "Your password can’t",
    "finalize",
]


def heading(html: str) -> str:
    return re.sub(r"<[^>]+>|\s+", " ", re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)[1]).strip()


def test_no_page_keeps_allauths_stock_wording(client, signed_in):
    signed_in.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    pages = [signed_in.get(f"/en/{path}") for path in SIGNED_IN]
    pages += [client.__class__().get(f"/en/{path}") for path in SIGNED_OUT]
    for response in pages:
        html = response.content.decode()
        for stock in STOCK:
            assert stock not in html, (response.request["PATH_INFO"], stock)
        words = heading(html).split()
        # Sentence case: after the first word, only names keep capitals.
        assert all(w[0].islower() or w in ("ShareHub", "IP") for w in words[1:]), words


def test_the_check_your_email_page_after_signing_up(client):
    client.post(
        "/cy/accounts/signup/",
        {
            "email": "cymro@example.org",
            "password1": "lanterns over the menai",
            "password2": "lanterns over the menai",
        },
    )
    html = client.get("/cy/accounts/confirm-email/").content.decode()
    assert heading(html) == "Cadarnhewch eich cyfeiriad e-bost"
    assert "Rydym wedi anfon dolen atoch drwy e-bost" in html
    assert "Verify" not in html


def test_the_sign_in_code_pages_in_welsh(client, member):
    html = client.get("/cy/accounts/login/code/").content.decode()
    assert heading(html) == "Anfon cod mewngofnodi ataf drwy e-bost"
    assert "heb eich cyfrinair" in html
    client.post("/cy/accounts/login/code/", {"email": member.email})
    html = client.get("/cy/accounts/login/code/confirm/").content.decode()
    assert heading(html) == "Rhowch eich cod mewngofnodi"
    assert "Dim ond am ychydig funudau y mae’n gweithio" in html
    assert "Enter Sign-In Code" not in html


def test_the_password_rules_are_welsh_on_the_change_page(signed_in):
    html = signed_in.get("/cy/accounts/password/change/").content.decode()
    assert heading(html) == "Newid eich cyfrinair"
    assert "Defnyddiwch o leiaf 12 nod" in html  # the plain hint, not the rule list
    assert "Your password" not in html and "Ni all eich cyfrinair" not in html
    for new, welsh in (
        ("short pass", "Mae’r cyfrinair hwn yn rhy fyr. Rhaid iddo gynnwys o leiaf 12 nod."),
        ("password1234", "Mae’r cyfrinair hwn yn rhy gyffredin."),
        ("123456789012345", "Mae’r cyfrinair hwn yn rhifau i gyd."),
    ):
        response = signed_in.post(
            "/cy/accounts/password/change/",
            {"oldpassword": PASSWORD, "password1": new, "password2": new},
        )
        html = response.content.decode()
        assert welsh in html, new
        assert "This password" not in html


def test_the_password_reset_pages_in_both_languages(client):
    assert heading(client.get("/en/accounts/password/reset/").content.decode()) == (
        "Reset your password"
    )
    html = client.get("/cy/accounts/password/reset/").content.decode()
    assert heading(html) == "Ailosod eich cyfrinair"
    assert "Anfon y ddolen ataf" in html
    html = client.get("/cy/accounts/password/reset/key/1-set-password/").content.decode()
    assert heading(html) == "Nid yw’r ddolen hon yn gweithio"
    assert '<a class="govuk-link" href="/cy/accounts/password/reset/">' in html


def test_the_sign_up_page_asks_for_a_name_in_welsh(client):
    html = client.get("/cy/accounts/signup/").content.decode()
    assert '<label class="govuk-label" for="id_display_name">' in html
    assert "Eich enw" in html
