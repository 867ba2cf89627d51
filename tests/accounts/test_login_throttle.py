"""Failed sign-ins are counted per account and client (sharehub.accounts.throttle):
a guesser is stopped, the account's owner elsewhere is not locked out, and guessing
spread over many addresses meets a ceiling per account."""

import re
import time

import pytest
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
)
from django.conf import settings
from django.test import Client

from tests.accounts.conftest import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/en/accounts/login/"
MFA = "/en/accounts/2fa/authenticate/"
TOO_MANY_HERE = "Too many failed login attempts"
TOO_MANY_EVERYWHERE = "too many failed attempts to sign in to this account from different places"


def from_address(address: str, **extra) -> Client:
    return Client(REMOTE_ADDR=address, **extra)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def fail(client, email: str, times: int = 1) -> str:
    for _attempt in range(times):
        response = client.post(LOGIN, {"login": email, "password": "not the password"})
    return response.content.decode()


def test_a_guesser_is_stopped_after_five_tries_from_one_address(member):
    attacker = from_address("198.51.100.7")
    assert TOO_MANY_HERE not in fail(attacker, member.email, times=5)
    assert TOO_MANY_HERE in fail(attacker, member.email)
    # Changing the case of the address does not buy more tries.
    assert TOO_MANY_HERE in fail(attacker, member.email.upper())


def test_wrong_passwords_from_elsewhere_do_not_lock_the_owner_out(member):
    attacker = from_address("198.51.100.7")
    fail(attacker, member.email, times=5)
    assert TOO_MANY_HERE in fail(attacker, member.email)

    owner = from_address("203.0.113.5")
    response = owner.post(LOGIN, {"login": member.email, "password": PASSWORD})
    assert response.status_code == 302
    assert signed_in(owner)


def test_the_owners_right_password_does_not_count(member):
    owner = from_address("203.0.113.5")
    fail(owner, member.email, times=4)
    for _attempt in range(3):
        response = owner.post(LOGIN, {"login": member.email, "password": PASSWORD})
        assert response.status_code == 302
        owner.post("/en/accounts/logout/")
    assert TOO_MANY_HERE not in fail(owner, member.email)  # the fifth failure


def test_guessing_spread_over_many_addresses_meets_the_accounts_ceiling(member, mailoutbox):
    ceiling = int(settings.ACCOUNT_RATE_LIMITS["login_failed_account"].split("/")[0])
    assert ceiling == 100
    addresses = [f"198.51.100.{n}" for n in range(1, ceiling // 5 + 1)]
    for address in addresses:
        assert TOO_MANY_HERE not in fail(from_address(address), member.email, times=5)

    # Now the account's password sign-in is paused, from any address...
    owner = from_address("203.0.113.5")
    response = owner.post(LOGIN, {"login": member.email, "password": PASSWORD})
    assert TOO_MANY_EVERYWHERE in response.content.decode()
    assert "sign in with a code sent to your e-mail address" in response.content.decode()
    assert not signed_in(owner)
    # ...other accounts are not affected...
    other = fail(from_address("203.0.113.5"), "someone-else@example.org")
    assert TOO_MANY_EVERYWHERE not in other
    # ...and the owner can still sign in with a code by e-mail.
    response = owner.post("/en/accounts/login/code/", {"email": member.email})
    code = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", mailoutbox[-1].body, re.MULTILINE)[1]
    owner.post(response["Location"], {"code": code})
    assert signed_in(owner)


# --- two-factor codes ---


def current_code(secret) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def at_the_code_step(client, member) -> Client:
    response = client.post(LOGIN, {"login": member.email, "password": PASSWORD})
    assert response["Location"] == MFA
    return client


def test_wrong_codes_from_elsewhere_do_not_lock_the_owner_out(member, secret):
    # Someone who has the password tries codes from their address until stopped.
    attacker = at_the_code_step(from_address("198.51.100.7"), member)
    for _attempt in range(5):
        page = attacker.post(MFA, {"code": "000000"}).content.decode()
        assert TOO_MANY_HERE not in page
    page = attacker.post(MFA, {"code": current_code(secret)}).content.decode()
    assert TOO_MANY_HERE in page  # even a right code, from there
    assert not signed_in(attacker)

    owner = at_the_code_step(from_address("203.0.113.5"), member)
    owner.post(MFA, {"code": current_code(secret)})
    assert signed_in(owner)


def test_wrong_codes_spread_over_many_addresses_meet_a_lower_ceiling(member, secret):
    ceiling = int(settings.ACCOUNT_RATE_LIMITS["mfa_failed_account"].split("/")[0])
    for n in range(ceiling // 5):
        client = at_the_code_step(from_address(f"198.51.100.{n + 1}"), member)
        for _attempt in range(5):
            client.post(MFA, {"code": "000000"})
    owner = at_the_code_step(from_address("203.0.113.5"), member)
    page = owner.post(MFA, {"code": current_code(secret)}).content.decode()
    assert "too many wrong codes for this account" in page
    assert not signed_in(owner)


# --- behind the TLS proxy (TRUSTED_PROXY_COUNT) ---

PROXY = "10.0.0.2"


def behind_proxy(client_address: str, forged: str = "") -> Client:
    """A browser at client_address reaching ShareHub through the proxy, which adds
    the address it saw to whatever X-Forwarded-For the browser sent."""
    xff = f"{forged}, {client_address}" if forged else client_address
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=xff)


def test_behind_the_proxy_each_client_has_its_own_counter(settings, member):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    attacker = behind_proxy("198.51.100.7")
    fail(attacker, member.email, times=5)
    assert TOO_MANY_HERE in fail(attacker, member.email)

    owner = behind_proxy("203.0.113.5")
    response = owner.post(LOGIN, {"login": member.email, "password": PASSWORD})
    assert response.status_code == 302
    assert signed_in(owner)


def test_behind_the_proxy_a_forged_forwarded_for_buys_no_more_tries(settings, member):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    for n in range(5):
        fail(behind_proxy("198.51.100.7", forged=f"192.0.2.{n}"), member.email)
    page = fail(behind_proxy("198.51.100.7", forged="192.0.2.99"), member.email)
    assert TOO_MANY_HERE in page


def test_without_the_setting_everyone_behind_the_proxy_shares_one_counter(settings, member):
    """Why TRUSTED_PROXY_COUNT must be set behind a proxy (README)."""
    assert settings.ALLAUTH_TRUSTED_PROXY_COUNT == 0  # the default
    fail(behind_proxy("198.51.100.7"), member.email, times=5)
    response = behind_proxy("203.0.113.5").post(
        LOGIN, {"login": member.email, "password": PASSWORD}
    )
    assert TOO_MANY_HERE in response.content.decode()


def test_a_password_reset_lifts_the_ceiling(settings, member, mailoutbox):
    settings.ACCOUNT_RATE_LIMITS = {
        **settings.ACCOUNT_RATE_LIMITS,
        "login_failed_account": "10/h/key",
    }
    for address in ("198.51.100.1", "198.51.100.2"):
        fail(from_address(address), member.email, times=5)
    owner = from_address("203.0.113.5")
    page = owner.post(LOGIN, {"login": member.email, "password": PASSWORD}).content.decode()
    assert TOO_MANY_EVERYWHERE in page

    owner.post("/en/accounts/password/reset/", {"email": member.email})
    link = re.search(r"https?://testserver(/\S+)", mailoutbox[-1].body)[1]
    form_page = owner.get(link, follow=True)
    action = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link
    new = "a brand new passphrase for mair"
    assert owner.post(action, {"password1": new, "password2": new}).status_code == 302

    response = owner.post(LOGIN, {"login": member.email, "password": new})
    assert response.status_code == 302
    assert signed_in(owner)
