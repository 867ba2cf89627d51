"""Passwords are stored with Argon2id in production; one stored with PBKDF2 (before
the change) still signs in and is re-hashed with Argon2 when it does."""

import pytest
from django.contrib.auth.hashers import make_password
from django.test import override_settings

from sharehub import settings as production
from tests.factories import verified_user

pytestmark = pytest.mark.django_db


@override_settings(PASSWORD_HASHERS=production.PASSWORD_HASHERS)
def test_a_pbkdf2_password_signs_in_and_is_stored_again_with_argon2(client):
    person = verified_user(username="olwen", email="olwen@example.org")
    person.password = make_password("a long and quiet river", hasher="pbkdf2_sha256")
    person.save(update_fields=["password"])
    response = client.post(
        "/en/accounts/login/", {"login": "olwen@example.org", "password": "a long and quiet river"}
    )
    assert response.status_code == 302 and "_auth_user_id" in client.session
    person.refresh_from_db()
    assert person.password.startswith("argon2$argon2id$")
    assert person.check_password("a long and quiet river")
    assert not person.check_password("a long and quiet rivers")
