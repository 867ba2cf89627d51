"""Signing up with an address that already has an account takes about as long as
with a new one, so the time taken does not tell which addresses are registered."""

import statistics
import time

import pytest
from django.conf import global_settings
from django.test import Client

from tests.accounts.test_signup import NEW_PASSWORD

pytestmark = pytest.mark.django_db

ROUNDS = 5


def timed_sign_up(email: str) -> float:
    client = Client()
    data = {"email": email, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    started = time.perf_counter()
    response = client.post("/en/accounts/signup/", data)
    took = time.perf_counter() - started
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    return took


def test_a_taken_address_takes_as_long_as_a_new_one(settings, member, mailoutbox):
    # Production's password hasher (the tests' fast MD5 one would hide the difference).
    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS
    timed_sign_up("warm-up@example.org")

    taken, new = [], []
    for n in range(ROUNDS):  # interleaved, so a slow moment hits both
        taken.append(timed_sign_up(member.email))
        new.append(timed_sign_up(f"newcomer{n}@example.org"))
    taken_median, new_median = statistics.median(taken), statistics.median(new)

    slower, faster = max(taken_median, new_median), min(taken_median, new_median)
    assert slower < 2 * faster, f"taken {taken_median:.3f}s, new {new_median:.3f}s"
    print(f"sign-up medians: taken {taken_median:.3f}s, new {new_median:.3f}s")
    # The owner was warned (allauth sends that at most once in 3 minutes per address).
    assert any(m.to == [member.email] for m in mailoutbox)
