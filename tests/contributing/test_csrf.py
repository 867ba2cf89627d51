"""A post without the CSRF token is refused, and changes nothing."""

import pytest
from django.test import Client

from sharehub.catalogue.models import Innovation, NeedReply
from sharehub.core.models import Status
from tests.factories import InnovationFactory, NeedFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def strict(author):
    client = Client(enforce_csrf_checks=True)
    client.force_login(author)
    return client


def test_creating_without_a_token_is_refused(strict, innovation_data):
    assert strict.post("/en/innovations/new/", innovation_data).status_code == 403
    assert not Innovation.objects.exists()


@pytest.mark.parametrize(
    ("action", "data"),
    [("submit", {"confirm_no_personal_data": "on"}), ("withdraw", {}), ("edit", None)],
)
def test_changing_without_a_token_is_refused(strict, author, innovation_data, action, data):
    draft = InnovationFactory(author=author, status=Status.DRAFT, title="Before")
    response = strict.post(f"/en/innovations/{draft.slug}/{action}/", data or innovation_data)
    assert response.status_code == 403
    draft.refresh_from_db()
    assert (draft.status, draft.title) == (Status.DRAFT, "Before")


def test_replying_without_a_token_is_refused(strict):
    need = NeedFactory()
    assert strict.post(f"/en/needs/{need.slug}/reply/", {"body": "Hi"}).status_code == 403
    assert not NeedReply.objects.exists()


def test_the_form_carries_a_token_that_works(strict, innovation_data):
    page = strict.get("/en/innovations/new/")
    token = page.context["csrf_token"]
    response = strict.post(
        "/en/innovations/new/", {**innovation_data, "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert Innovation.objects.count() == 1
