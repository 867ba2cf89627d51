"""Passwords are stored with Argon2id in production, with OWASP's parameters
(sharehub.accounts.hashers); one stored before (PBKDF2, or Argon2 with Django's
heavier parameters) still signs in and is stored again with them when it does."""

import pytest
from django.contrib.auth.hashers import Argon2PasswordHasher, PBKDF2PasswordHasher
from django.test import override_settings

from sharehub import settings as production
from tests.factories import verified_user

pytestmark = pytest.mark.django_db
PASSWORD = "a long and quiet river"


@pytest.mark.parametrize(
    "stored_with", [PBKDF2PasswordHasher, Argon2PasswordHasher], ids=["pbkdf2", "argon2-django"]
)
@override_settings(PASSWORD_HASHERS=production.PASSWORD_HASHERS)
def test_a_password_stored_before_signs_in_and_is_stored_again_with_owasp_argon2id(
    client, stored_with
):
    person = verified_user(username="olwen", email="olwen@example.org")
    person.password = stored_with().encode(PASSWORD, stored_with().salt())
    person.save(update_fields=["password"])
    response = client.post(
        "/en/accounts/login/", {"login": "olwen@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302 and "_auth_user_id" in client.session
    person.refresh_from_db()
    # argon2id, version 19, 46 MiB, one pass, one lane
    assert person.password.startswith("argon2$argon2id$v=19$m=47104,t=1,p=1$")
    assert person.check_password(PASSWORD)
    assert not person.check_password(PASSWORD + "s")
