"""An item's own page reads its challenge areas and local authorities with its row
(the facet arrays), a resource its roles too, and only the columns it shows of its other-language version: the
same page, in fewer statements, and nothing read lazily."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sharehub.taxonomy.models import JobRole, Role
from tests.factories import InnovationFactory, NeedFactory, ResourceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

FACTORIES = {"innovations": InnovationFactory, "resources": ResourceFactory, "needs": NeedFactory}


@pytest.mark.parametrize("kind", FACTORIES)
def test_the_page_shows_the_items_tags_places_and_translation(client, kind, raise_on_lazy_fetch):
    english = FACTORIES[kind](
        title="Hydration stations",
        challenge_areas=["risk", "value"],
        # Conwy names North Wales; Powys is a region chosen on its own.
        places=(["north-wales", "powys"], ["conwy"]),
    )
    welsh = FACTORIES[kind](title="Gorsafoedd dŵr", language="cy", translation_of=english)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(f"/en/{kind}/{english.slug}/?made=1").content.decode()
    tag_reads = [
        q["sql"]
        for q in queries.captured_queries
        if "_challenge_areas" in q["sql"].split("FROM", 1)[-1].split("WHERE")[0]
        or "_local_authorities" in q["sql"].split("FROM", 1)[-1].split("WHERE")[0]
    ]
    assert tag_reads == []  # with the row, not prefetched
    areas = re.search(r"Challenge areas</dt><dd[^>]*>(.*?)</dd>", page).group(1)
    assert set(re.findall(r">([^<]+)</a>", areas)) == {"Risk", "Value"}
    where = re.search(r"Where</dt><dd[^>]*>(.*?)</dd>", page, re.S).group(1)
    assert re.findall(r">([^<]+)</a>", where) == ["Conwy", "North Wales", "Powys"]
    assert f'href="/cy/{kind}/{welsh.slug}/" lang="cy"' in page


def test_a_resource_page_reads_its_roles_with_its_row(client, raise_on_lazy_fetch):
    resource = ResourceFactory(title="Hydration toolkit")
    resource.roles.set(Role.objects.filter(slug__in=["innovator", "enabler"]))
    resource.job_roles.set(JobRole.objects.filter(slug="care-worker"))
    client.get(f"/en/resources/{resource.slug}/?made=1")  # fills the term cache
    with CaptureQueriesContext(connection) as queries:
        page = client.get(f"/en/resources/{resource.slug}/?made=2").content.decode()
    role_reads = [
        q["sql"]
        for q in queries.captured_queries
        if any(f'FROM "{table}"' in q["sql"] for table in ("taxonomy_role", "taxonomy_jobrole"))
    ]
    assert role_reads == []  # ids with the row, terms from the term cache: not prefetched
    shown = re.search(r"For</dt><dd[^>]*>(.*?)</dd>", page).group(1)
    assert re.findall(r">([^<]+)</a>", shown) == ["Care worker", "Innovator", "Enabler"]
