import pytest

from sharehub.catalogue.models import NeedReply
from tests.factories import ContactFactory, InnovationFactory, NeedFactory, ResourceFactory

pytestmark = pytest.mark.django_db


def test_resources_list_filters_by_audience_role(client):
    resource = ResourceFactory(title="For managers")
    resource.job_roles.set(resource.job_roles.model.objects.filter(slug="registered-manager"))
    ResourceFactory(title="For everyone")
    response = client.get("/en/resources/", {"job_role": "registered-manager"})
    assert [r.title for r in response.context["result"].page.object_list] == ["For managers"]
    detail = client.get(resource.get_absolute_url())
    assert b"For managers" in detail.content
    assert b"?job_role=registered-manager" in detail.content


def test_needs_show_replies_that_link_only_published_innovations(client, alice):
    need = NeedFactory(title="Has anyone tried hydration?")
    published = InnovationFactory(title="Hydration stations")
    draft = InnovationFactory(title="Secret draft", status="draft")
    reply = NeedReply.objects.create(need=need, author=alice, body="We did!", status="published")
    reply.innovations.set([published, draft])
    html = client.get(need.get_absolute_url()).content.decode()
    assert "We did!" in html
    assert "Hydration stations" in html
    assert "Secret draft" not in html
    assert client.get("/en/needs/").status_code == 200


def test_contacts_never_show_their_email_address(client):
    contact = ContactFactory(name="Gwen Ellis", email="gwen.private@example.org")
    for url in ["/en/contacts/", contact.get_absolute_url(), "/en/search/?q=Gwen"]:
        response = client.get(url)
        assert response.status_code == 200
        assert b"Gwen Ellis" in response.content
        assert b"gwen.private" not in response.content


def test_unpublished_contacts_and_needs_are_hidden(client):
    contact = ContactFactory(status="draft")
    need = NeedFactory(status="withdrawn")
    assert client.get(contact.get_absolute_url()).status_code == 404
    assert client.get(need.get_absolute_url()).status_code == 404
    assert client.get("/en/contacts/").context["result"].total == 0


def test_the_home_page_counts_only_published_innovations(client):
    InnovationFactory(
        challenge_areas=["risk"], places=([], ["newport"]), featured=True, title="Star"
    )
    InnovationFactory(challenge_areas=["risk"], status="draft", places=([], ["newport"]))
    response = client.get("/en/")
    areas = {a.slug: n for a, n in response.context["areas"]}
    regions = {r.slug: n for r, n in response.context["regions"]}
    assert areas["risk"] == 1 and areas["value"] == 0
    assert regions["gwent"] == 1
    assert [i.title for i in response.context["featured"]] == ["Star"]
    assert len(areas) == 6 and len(regions) == 8
