import time

import pytest
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.test import Client

from sharehub.core.models import Status
from tests.accounts.conftest import PASSWORD
from tests.factories import InnovationFactory, UserFactory, sign_in_with_two_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(member):
    member.is_staff = True
    member.is_superuser = True
    member.save()
    return member


def test_the_admin_login_sends_people_to_the_throttled_sign_in(client, staff):
    response = client.get("/en/admin/login/?next=/en/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=%2Fen%2Fadmin%2F"


def test_posting_a_password_to_the_admin_login_never_signs_in(client, staff):
    response = client.post("/en/admin/login/", {"username": staff.username, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert "_auth_user_id" not in client.session


def test_admin_sign_in_attempts_are_throttled(staff):
    for _attempt in range(5):
        Client().post(
            "/en/accounts/login/?next=/en/admin/", {"login": staff.email, "password": "wrong"}
        )
    client = Client()
    response = client.post(
        "/en/accounts/login/?next=/en/admin/", {"login": staff.email, "password": PASSWORD}
    )
    assert "Too many failed login attempts" in response.content.decode()
    assert client.get("/en/admin/").status_code == 302


def _code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.fixture
def secret(staff):
    """The staff member has an authenticator app."""
    secret = generate_totp_secret()
    TOTP.activate(staff, secret)
    return secret


def test_staff_reach_the_admin_after_a_password_and_an_authenticator_code(client, staff, secret):
    response = client.post(
        "/en/accounts/login/?next=/en/admin/", {"login": staff.email, "password": PASSWORD}
    )
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    response = client.post("/en/accounts/2fa/authenticate/", {"code": _code(secret)})
    assert response["Location"] == "/en/admin/"
    assert client.get("/en/admin/").status_code == 200
    assert client.get("/en/admin/catalogue/innovation/").status_code == 200


def test_a_superuser_with_a_password_alone_is_sent_to_set_up_two_factor(client, staff):
    """No authenticator app: no admin page, no change list, no action; they are sent
    to set one up."""
    innovation = InnovationFactory(status=Status.SUBMITTED, published_at=None)
    response = client.post(
        "/en/accounts/login/?next=/en/admin/", {"login": staff.email, "password": PASSWORD}
    )
    assert response["Location"] == "/en/admin/"  # signed in: allauth had nothing more to ask
    for path in ("/en/admin/", "/en/admin/catalogue/innovation/", "/en/admin/login/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == "/en/accounts/2fa/totp/activate/"
    action = client.post(
        "/en/admin/catalogue/innovation/",
        {"action": "publish", "_selected_action": [innovation.pk]},
    )
    assert action.status_code == 302
    assert action["Location"] == "/en/accounts/2fa/totp/activate/"
    innovation.refresh_from_db()
    assert innovation.status == Status.SUBMITTED


def test_a_session_that_did_not_pass_two_factor_is_asked_for_a_code(client, staff, secret):
    """An authenticator app exists, but this session never passed it (here: signed in
    without allauth's two-factor step). The admin asks for a code, then lets them in."""
    client.force_login(staff)
    response = client.get("/en/admin/catalogue/innovation/")
    assert response.status_code == 302
    assert response["Location"] == (
        "/en/accounts/2fa/reauthenticate/?next=%2Fen%2Fadmin%2Fcatalogue%2Finnovation%2F"
    )
    assert client.get("/en/admin/").status_code == 302
    response = client.post(response["Location"], {"code": _code(secret)})
    assert response["Location"] == "/en/admin/catalogue/innovation/"
    assert client.get("/en/admin/catalogue/innovation/").status_code == 200


def test_two_factor_alone_does_not_open_the_admin_to_non_staff(client):
    sign_in_with_two_factor(client, UserFactory())
    assert client.get("/en/admin/").status_code == 302  # to the admin's (allauth) login
    assert client.get("/en/admin/login/").status_code == 403


def test_a_signed_in_non_staff_member_is_refused(signed_in):
    assert signed_in.get("/en/admin/login/").status_code == 403
