"""Contribution pages read a bounded number of queries, whatever the catalogue holds."""

import pytest

from sharehub.core.models import Status
from tests.factories import InnovationFactory, NeedFactory, ResourceFactory
from tests.test_query_counts import count

pytestmark = pytest.mark.django_db


def pages(author) -> list[str]:
    innovation = InnovationFactory(author=author, status=Status.DRAFT, title="Hydration idea")
    resource = ResourceFactory(author=author, status=Status.DRAFT)
    need = NeedFactory(author=author, title="Hydration question")
    return [
        "/en/innovations/new/",
        "/en/resources/new/",
        "/en/needs/new/",
        f"/en/innovations/{innovation.slug}/",
        f"/en/innovations/{innovation.slug}/edit/",
        f"/en/innovations/{innovation.slug}/details/",
        f"/en/innovations/{innovation.slug}/preview/",
        f"/en/innovations/{innovation.slug}/submit/",
        f"/en/resources/{resource.slug}/edit/",
        f"/en/resources/{resource.slug}/preview/",
        f"/en/needs/{need.slug}/",
        f"/en/needs/{need.slug}/reply/",
        f"/en/needs/{need.slug}/answered/",
        "/en/innovations/similar/?q=hydration+idea",
        "/en/contributions/",
    ]


def test_contribution_pages_cost_the_same_with_more_content(client_as, author):
    client = client_as(author)
    urls = pages(author)
    InnovationFactory(author=author, title="Hydration first")
    ResourceFactory(author=author, title="Hydration kit")
    few = {url: count(client, url) for url in urls}
    for n in range(20):
        # More similar innovations, more of the author's own work to link in replies.
        InnovationFactory(author=author, title=f"Hydration idea {n}")
        ResourceFactory(author=author, title=f"Hydration toolkit {n}")
    for url in urls:
        client.get(url)  # fill caches, as for the first measurement
    many = {url: count(client, url) for url in urls}
    assert many == few
    assert max(few.values()) <= 20, few
