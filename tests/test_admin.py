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


def test_an_adoption_added_in_the_admin_starts_as_a_draft_and_is_not_counted(staff_client):
    """Staff cannot publish in the add form (it would skip the gate's transition, its
    audit entry and the notifications): the status is chosen afterwards."""
    from sharehub.catalogue.models import Adoption
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
            "contact_preference": "none",
        },
    )
    assert response.status_code == 302, response.content
    adoption = Adoption.objects.get(innovation=innovation)
    assert adoption.status == "draft" and adoption.published_at is None
    innovation.refresh_from_db()
    assert innovation.adoption_count == 0


def test_an_adoptions_status_changed_in_the_admin_is_audited_and_counted(staff_client):
    from sharehub.catalogue.models import Adoption
    from sharehub.gate.audit import entries_for
    from sharehub.gate.models import Action
    from tests.factories import AdoptionFactory

    adoption = AdoptionFactory(status="submitted", published_at=None)
    innovation = adoption.innovation
    response = staff_client.post(
        f"/en/admin/catalogue/adoption/{adoption.pk}/change/",
        {
            "innovation": innovation.pk,
            "organisation": adoption.organisation,
            "story": adoption.story,
            "language": "en",
            "status": "published",
            "contact_preference": "none",
        },
    )
    assert response.status_code == 302, response.content
    adoption = Adoption.objects.get(pk=adoption.pk)
    assert adoption.status == "published" and adoption.published_at is not None
    assert entries_for(adoption).get().action == Action.ADMIN_CHANGE
    innovation.refresh_from_db()
    assert innovation.adoption_count == 1


def test_stored_files_link_to_the_download_views_not_the_storage(staff_client):
    """The storage's own address (/media/…, or an object in a private bucket) is never
    served: the admin links to ShareHub's download views."""
    from django.core.files.base import ContentFile

    from sharehub.attachments.models import Attachment
    from sharehub.core.models import Status
    from tests.attachments.files import PDF_BYTES

    resource = ResourceFactory(slug="falls-toolkit", status=Status.PUBLISHED)
    resource.file.save("toolkit.pdf", ContentFile(PDF_BYTES))
    attachment = Attachment(resource=resource, original_name="plan.pdf", size=len(PDF_BYTES))
    attachment.file.save("plan.pdf", ContentFile(PDF_BYTES))

    page = staff_client.get(f"/en/admin/attachments/attachment/{attachment.pk}/change/")
    html = page.content.decode()
    assert f'href="{attachment.get_absolute_url()}"' in html
    assert "/media/" not in html
    assert staff_client.get(attachment.get_absolute_url()).status_code == 200

    page = staff_client.get(f"/en/admin/catalogue/resource/{resource.pk}/change/")
    html = page.content.decode()
    assert 'href="/en/attachments/resources/falls-toolkit/file"' in html
    assert "/media/" not in html
    assert staff_client.get("/en/attachments/resources/falls-toolkit/file").status_code == 200
