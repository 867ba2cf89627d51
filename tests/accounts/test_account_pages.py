"""Every account page is a ShareHub page: one h1, GOV.UK markup, English and Welsh."""

import re

import pytest
from django.test import Client

from tests.accounts.conftest import PASSWORD

pytestmark = pytest.mark.django_db

SIGNED_OUT = [
    "accounts/login/",
    "accounts/signup/",
    "accounts/login/code/",
    "accounts/password/reset/",
    "accounts/password/reset/done/",
    "accounts/password/reset/key/1-set-password/",
    "accounts/confirm-email/",
    "accounts/confirm-email/not-a-real-key/",
    "accounts/inactive/",
    "accounts/deleted/",
]
SIGNED_IN = [
    "accounts/email/",
    "accounts/password/change/",
    "accounts/reauthenticate/",
    "accounts/logout/",
    "accounts/sessions/",
    "accounts/2fa/",
    "accounts/2fa/totp/activate/",
    "accounts/profile/",
    "accounts/privacy/",
    "accounts/delete/",
]


def assert_is_a_sharehub_page(response) -> None:
    assert response.status_code == 200
    html = response.content.decode()
    assert len(re.findall(r"<h1[ >]", html)) == 1
    assert 'class="govuk-template__body"' in html
    assert "ShareHub" in html
    # No unstyled controls: every input, button and select carries a GOV.UK class.
    for tag in re.findall(r"<(?:input|select|textarea|button)\b[^>]*>", html):
        if 'type="hidden"' in tag:
            continue
        assert 'class="govuk-' in tag or 'class="sh-link-button' in tag or "govuk-" in tag, tag


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("path", SIGNED_OUT)
def test_signed_out_pages_render(language, path, db):
    response = Client().get(f"/{language}/{path}")
    assert_is_a_sharehub_page(response)
    assert f'<html lang="{language}"' in response.content.decode()


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("path", SIGNED_IN)
def test_signed_in_pages_render(language, path, signed_in):
    # Some pages (two-factor set-up, deletion) first ask for the password again.
    signed_in.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    response = signed_in.get(f"/{language}/{path}")
    assert_is_a_sharehub_page(response)


def test_the_login_code_confirmation_page_renders(client, member):
    client.post("/cy/accounts/login/code/", {"email": member.email})
    assert_is_a_sharehub_page(client.get("/cy/accounts/login/code/confirm/"))


def test_the_public_profile_page_renders(client, member):
    for language in ("en", "cy"):
        assert_is_a_sharehub_page(client.get(f"/{language}/people/{member.public_id}/"))


def test_a_form_with_errors_shows_the_error_summary_first(client, member):
    response = client.post("/en/accounts/login/", {"login": "", "password": ""})
    html = response.content.decode()
    assert html.index("govuk-error-summary") < html.index("<h1")
    assert "<title>Error: Sign in \N{EN DASH} ShareHub</title>" in " ".join(html.split())
    assert 'class="govuk-form-group govuk-form-group--error"' in html
    assert 'aria-describedby="id_login-error"' in html


def test_unknown_account_pages_are_404_not_500(client):
    assert client.get("/en/people/nobody-here/").status_code == 404
    assert (
        client.post("/en/accounts/login/", {"login": "x" * 5000, "password": PASSWORD}).status_code
        == 200
    )
