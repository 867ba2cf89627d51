"""The moderation personas (tests/moderation/conftest.py), shared here, and comments
made through the real service."""

import pytest

from sharehub.comments import services
from tests.moderation.conftest import (  # noqa: F401
    author,
    moderator,
    published,
    submitted,
    trusted,
    user,
)


@pytest.fixture
def say():
    """say(item, writer, body, reply_to=None): a comment through the service."""

    def post(item, writer, body="Thank you, we will try this.", reply_to=None, language="en"):
        return services.comment_create(
            item=item, author=writer, body=body, language=language, reply_to=reply_to
        )

    return post
