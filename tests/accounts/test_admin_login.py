import pytest
from django.test import Client

from tests.accounts.conftest import PASSWORD

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


def test_staff_reach_the_admin_after_signing_in_through_allauth(client, staff):
    response = client.post(
        "/en/accounts/login/?next=/en/admin/", {"login": staff.email, "password": PASSWORD}
    )
    assert response["Location"] == "/en/admin/"
    assert client.get("/en/admin/").status_code == 200


def test_a_signed_in_non_staff_member_is_refused(signed_in):
    assert signed_in.get("/en/admin/login/").status_code == 403
