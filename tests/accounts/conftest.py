import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.tasks.signals import task_enqueued

from sharehub.core.mail import send_email
from tests.factories import UserFactory

PASSWORD = "correct horse battery staple 42"


@pytest.fixture
def member(db):
    """A person with a verified address and a password, signed out."""
    user = UserFactory(username="mair", email="mair@example.org", display_name="Mair Jones")
    user.set_password(PASSWORD)
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.fixture
def signed_in(client, member):
    """The member signed in through the sign-in form, as a person would be (so
    allauth records a recent authentication and the session)."""
    response = client.post("/en/accounts/login/", {"login": member.email, "password": PASSWORD})
    assert response.status_code == 302, response.content
    return client


@pytest.fixture
def queued_emails():
    """Every e-mail queued on the background task (the immediate backend runs it at once)."""
    queued = []

    def record(sender, task_result, **kwargs):
        if task_result.task.func is send_email.func:
            queued.append(task_result)

    task_enqueued.connect(record)
    yield queued
    task_enqueued.disconnect(record)


@pytest.fixture
def secret(member):
    """`member` with an authenticator app (TOTP) and recovery codes; the TOTP secret."""
    secret = generate_totp_secret()
    TOTP.activate(member, secret)
    RecoveryCodes.activate(member)
    return secret
