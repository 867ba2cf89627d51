"""The API is read-only for everyone, signed in or not, staff included."""

import json

import pytest

from sharehub.catalogue.models import Innovation
from sharehub.core.models import Status
from tests.factories import ContactFactory, InnovationFactory, NeedFactory, ResourceFactory

pytestmark = pytest.mark.django_db

WRITES = [("post", False), ("put", True), ("patch", True), ("delete", True)]


@pytest.fixture
def items(author):
    return {
        "innovations": InnovationFactory(author=author),
        "resources": ResourceFactory(author=author),
        "needs": NeedFactory(author=author),
        "contacts": ContactFactory(),
    }


@pytest.mark.parametrize("role", ["anonymous", "author", "staff"])
@pytest.mark.parametrize(("method", "on_item"), WRITES)
@pytest.mark.parametrize("endpoint", ["innovations", "resources", "needs", "contacts"])
def test_write_methods_are_refused(client, request, items, endpoint, method, on_item, role):
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))
    url = f"/api/v1/{endpoint}/" + (f"{items[endpoint].slug}/" if on_item else "")
    body = json.dumps({"title": "Changed", "status": "published"})
    response = getattr(client, method)(url, body, content_type="application/json")
    assert response.status_code in (403, 405)
    assert client.get(f"/api/v1/{endpoint}/{items[endpoint].slug}/").status_code == 200


def test_nothing_changed_after_the_attempts(client, items):
    innovation = items["innovations"]
    client.patch(
        f"/api/v1/innovations/{innovation.slug}/",
        json.dumps({"title": "Changed"}),
        content_type="application/json",
    )
    client.delete(f"/api/v1/innovations/{innovation.slug}/")
    assert Innovation.objects.get(pk=innovation.pk).title == innovation.title


def test_the_api_never_shows_a_draft_even_to_its_signed_in_author(client_as, author):
    draft = InnovationFactory(author=author, status=Status.DRAFT)
    client = client_as(author)
    assert client.get(f"/api/v1/innovations/{draft.slug}/").status_code == 404
    slugs = [row["slug"] for row in client.get("/api/v1/innovations/").json()["results"]]
    assert draft.slug not in slugs
