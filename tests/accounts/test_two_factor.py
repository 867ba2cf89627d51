"""Two-factor pages (for moderators later) render as ShareHub pages and work."""

import re
import time

import pytest
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
)

from tests.accounts.conftest import PASSWORD
from tests.accounts.test_account_pages import assert_is_a_sharehub_page

pytestmark = pytest.mark.django_db


def test_signing_in_asks_for_the_authenticator_code(client, member, secret):
    response = client.post("/en/accounts/login/", {"login": member.email, "password": PASSWORD})
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    page = client.get("/en/accounts/2fa/authenticate/")
    assert_is_a_sharehub_page(page)
    assert "_auth_user_id" not in client.session

    wrong = client.post("/en/accounts/2fa/authenticate/", {"code": "000000"})
    assert "govuk-error-summary" in wrong.content.decode()

    code = format_hotp_value(hotp_value(secret, int(time.time()) // 30))
    client.post("/en/accounts/2fa/authenticate/", {"code": code})
    assert "_auth_user_id" in client.session


@pytest.mark.parametrize(
    "path", ["accounts/2fa/", "accounts/2fa/recovery-codes/", "accounts/2fa/totp/deactivate/"]
)
def test_managing_two_factor_pages_render(client, member, secret, path):
    client.force_login(member)
    client.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    response = client.get(f"/cy/{path}")
    assert_is_a_sharehub_page(response)
    assert not re.search(r"<(section|div|p|table)>", response.content.decode())
