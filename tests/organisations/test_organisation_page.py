"""An organisation's page shows everything public it has shared and taken up, and
nothing else; the list shows only organisations with something public."""

import pytest
from django.urls import reverse

from sharehub.core.models import Status
from sharehub.organisations.services import record_for
from tests.factories import AdoptionFactory, ContactFactory, InnovationFactory, ResourceFactory

pytestmark = pytest.mark.django_db

NAME = "Bryn Derw Care Home"


def page(client, organisation):
    return client.get(reverse("organisations:detail", args=[organisation.slug]))


def shared(status=Status.PUBLISHED, *, title, organisation, innovation_status=None):
    """One of each kind with `status`, linked to `organisation`."""
    link = {"organisation": NAME, "organisation_record": organisation}
    InnovationFactory(title=f"{title} innovation", status=status, **link)
    ResourceFactory(title=f"{title} resource", status=status, **link)
    parent = InnovationFactory(
        title=f"{title} taken up", status=innovation_status or Status.PUBLISHED
    )
    AdoptionFactory(innovation=parent, status=status, story=f"{title} story", **link)
    ContactFactory(name=f"{title} contact", status=status, **link)


@pytest.fixture
def organisation():
    return record_for(NAME)


def test_it_lists_what_the_organisation_shared_and_took_up(client, organisation):
    shared(title="Public", organisation=organisation)
    html = page(client, organisation).text
    assert '<h1 class="govuk-heading-xl">Bryn Derw Care Home</h1>' in html
    for text in (
        "Public innovation",
        "Public resource",
        "Public taken up",
        "Public story",
        "Public contact",
    ):
        assert text in html


@pytest.mark.parametrize(
    "status",
    [Status.DRAFT, Status.SUBMITTED, Status.HIDDEN, Status.REJECTED, Status.WITHDRAWN],
)
def test_it_shows_nothing_unpublished(client, organisation, status):
    shared(title="Public", organisation=organisation)
    shared(status, title="Secret", organisation=organisation)
    html = page(client, organisation).text
    assert "Public innovation" in html
    assert "Secret" not in html


def test_an_adoption_of_an_unpublished_innovation_is_not_shown(client, organisation):
    shared(title="Public", organisation=organisation)
    shared(title="Secret", organisation=organisation, innovation_status=Status.HIDDEN)
    assert "Secret taken up" not in page(client, organisation).text


def test_an_organisation_with_nothing_public_is_nowhere_to_be_seen(client, organisation, author):
    shared(Status.DRAFT, title="Secret", organisation=organisation)
    assert page(client, organisation).status_code == 404
    assert NAME not in client.get(reverse("organisations:list")).text
    client.force_login(author)
    assert page(client, organisation).status_code == 404


def test_a_moderator_sees_every_record_to_find_duplicates(client, organisation, moderator):
    shared(Status.DRAFT, title="Secret", organisation=organisation)
    client.force_login(moderator)
    response = page(client, organisation)
    assert response.status_code == 200
    assert "Secret" not in response.text  # still only what is public
    assert NAME in client.get(reverse("organisations:list")).text


def test_the_list_is_sorted_by_name_and_searchable(client):
    for name in ("Gofal Glannau Teifi", "Bryn Derw", "Clwyd Valley Homes"):
        InnovationFactory(organisation=name, organisation_record=record_for(name))
    html = client.get(reverse("organisations:list")).text
    assert html.index("Bryn Derw") < html.index("Clwyd Valley") < html.index("Gofal Glannau")
    found = client.get(reverse("organisations:list"), {"q": "valley CLWYD"}).text
    assert "Clwyd Valley Homes" in found and "Bryn Derw" not in found
    assert "1 result" in found


def test_a_bad_page_number_is_a_400_with_a_reason(client):
    response = client.get(reverse("organisations:list"), {"page": "x"})
    assert response.status_code == 400
    assert "page must be a whole number" in response.text


@pytest.mark.parametrize("url_name", ["organisations:list", "organisations:detail"])
def test_the_queries_do_not_grow_with_what_is_shown(client, organisation, url_name):
    def count() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        args = [organisation.slug] if url_name == "organisations:detail" else []
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse(url_name, args=args)).status_code == 200
        return len(queries)

    shared(title="One", organisation=organisation)
    count()  # the taxonomy's term cache fills on the first page shown
    few = count()
    for n in range(8):
        shared(title=f"More {n}", organisation=organisation)
        other = record_for(f"Another organisation {n}")
        InnovationFactory(organisation=other.name, organisation_record=other)
    assert count() == few


def test_the_detail_page_does_not_load_lazily(client, organisation, raise_on_lazy_fetch):
    shared(title="Public", organisation=organisation)
    assert page(client, organisation).status_code == 200


def test_the_names_on_the_pages_link_to_the_organisation(client, organisation):
    innovation = InnovationFactory(organisation=NAME, organisation_record=organisation)
    AdoptionFactory(innovation=innovation, organisation=NAME, organisation_record=organisation)
    contact = ContactFactory(organisation=NAME, organisation_record=organisation)
    resource = ResourceFactory(organisation=NAME, organisation_record=organisation)
    href = f'href="{organisation.get_absolute_url()}"'
    assert client.get(innovation.get_absolute_url()).text.count(href) == 2  # item + adoption
    assert href in client.get(contact.get_absolute_url()).text
    assert href in client.get(resource.get_absolute_url()).text
