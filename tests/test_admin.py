"""Staff can use the Django admin for every model."""

import pytest
from django.contrib import admin
from django.test import RequestFactory

from tests.factories import (
    AdoptionFactory,
    ContactFactory,
    NeedFactory,
    ResourceFactory,
    UserFactory,
    sign_in_with_two_factor,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    user = UserFactory(is_staff=True, is_superuser=True)
    sign_in_with_two_factor(client, user)
    client.user = user
    return client


def allows_adding(model, user) -> bool:
    """Some third-party admins are read-only (task results): they refuse "add" by design."""
    request = RequestFactory().get("/")
    request.user = user
    return admin.site._registry[model].has_add_permission(request)


def test_every_registered_model_has_working_admin_pages(staff_client):
    AdoptionFactory()
    ResourceFactory()
    ContactFactory()
    NeedFactory()
    for model in admin.site._registry:
        meta = model._meta
        base = f"/en/admin/{meta.app_label}/{meta.model_name}/"
        assert staff_client.get(base).status_code == 200, base
        if allows_adding(model, staff_client.user):
            assert staff_client.get(base + "add/").status_code == 200, base
        obj = model._default_manager.first()
        if obj is not None:
            assert staff_client.get(f"{base}{obj.pk}/change/").status_code == 200, base


def test_the_admin_is_closed_to_the_public(client):
    response = client.get("/en/admin/catalogue/innovation/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_adding_an_adoption_in_the_admin_updates_most_adopted(staff_client):
    from tests.factories import InnovationFactory

    innovation = InnovationFactory()
    response = staff_client.post(
        "/en/admin/catalogue/adoption/add/",
        {
            "innovation": innovation.pk,
            "organisation": "A home in Conwy",
            "story": "We tried it too.",
            "language": "en",
            "status": "published",
        },
    )
    assert response.status_code == 302, response.content
    innovation.refresh_from_db()
    assert innovation.adoption_count == 1
