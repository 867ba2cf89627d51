import pytest
from allauth.account.models import EmailAddress


@pytest.fixture
def verified():
    """Mark a user's e-mail address as confirmed (allauth), as after sign-up."""

    def verify(user):
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        return user

    return verify
