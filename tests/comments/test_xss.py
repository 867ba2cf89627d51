"""Script injection through a comment, a reply and an edit: the OWASP payloads of
tests/contributing/test_xss.py come out as text on the item's page and on the
comment pages."""

import pytest

from sharehub.comments.models import Comment
from tests.contributing.test_xss import PAYLOADS, assert_safe

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    settings.SHAREHUB_NEW_CONTENT_PER_HOUR = 10_000


@pytest.mark.parametrize("payload", PAYLOADS)
def test_comments_replies_and_edits_stay_text(client_as, published, trusted, payload):
    client = client_as(trusted)
    url = published.get_absolute_url()
    response = client.post(
        f"/en/comments/on/innovation/{published.slug}/", {"body": f"keep0 {payload}"}
    )
    assert response.status_code == 302
    top = Comment.objects.get()
    client.post(f"/en/comments/{top.pk}/reply/", {"body": f"keep1 {payload}"})
    reply = Comment.objects.exclude(pk=top.pk).get()
    client.post(f"/en/comments/{reply.pk}/edit/", {"body": f"keep2 {payload}"})
    assert_safe(client.get(url).content.decode(), ["keep0", "keep2"], "detail")
    for page in ("reply", "edit", "delete"):
        html = client.get(f"/en/comments/{top.pk}/{page}/").content.decode()
        assert_safe(html, ["keep0"], page)
