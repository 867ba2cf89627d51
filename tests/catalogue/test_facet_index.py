"""The facet index (sharehub.taxonomy.facet_index): the counts, pages and search
matches it gives from memory are the database's, and it is rebuilt when, and
only when, its table's version moves."""

from datetime import timedelta

import pytest
from django.db import connection
from django.db.models import Value
from django.http import QueryDict
from django.utils import timezone

from sharehub.catalogue.models import Innovation, Resource
from sharehub.core.models import Status
from sharehub.taxonomy import facet_index
from sharehub.taxonomy import models as tax
from sharehub.taxonomy.facet_arrays import whole_published
from sharehub.taxonomy.filters import TOTAL, facet_counts, filterset_for
from tests.factories import InnovationFactory, ResourceFactory, term

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

STATES = [
    "",
    "region=gwent",
    "region=gwent&region=north-wales&challenge_area=risk",
    "q=hydration",
    "q=hydration&local_authority=newport&language=en",
    "q=hydration -night",
    "stage=idea&challenge_area=value&challenge_area=risk",
]


@pytest.fixture
def catalogue():
    now = timezone.now()
    specs = [
        ("Hydration rounds", ["risk"], ([], ["newport"]), "idea", "en"),
        ("Night hydration checks", ["risk", "value"], (["gwent"], []), "idea", "en"),
        ("Cymorth hydradu", ["value"], ([], ["gwynedd"]), "trying-it-out", "cy"),
        ("Falls sensors", ["metrics"], ([], ["cardiff"]), "idea", "en"),
        ("Tea at handover", ["leadership"], (["north-wales"], ["torfaen"]), "idea", "en"),
    ]
    for n, (title, areas, places, stage, language) in enumerate(specs):
        InnovationFactory(
            title=title,
            challenge_areas=areas,
            places=places,
            stage=term(tax.Stage, stage),
            language=language,
            published_at=now - timedelta(days=n % 2),  # ties: newest by id
        )
    InnovationFactory(title="Hydration draft", status=Status.DRAFT, challenge_areas=["risk"])


def test_only_the_whole_published_table_is_indexed():
    published = Innovation.objects.published()
    assert whole_published(Innovation, published)
    assert whole_published(Innovation, Innovation.objects.published().defer("body"))
    for other in (
        Innovation.objects.all(),
        published.filter(title="x"),
        published.search("hydration"),
        published.annotate(n=Value(1)),
        published.distinct(),
        published[:5],
    ):
        assert not whole_published(Innovation, other)


@pytest.mark.parametrize("state", STATES)
def test_counts_from_memory_are_the_databases(catalogue, state):
    data = QueryDict(state)
    published = Innovation.objects.published()
    in_memory = facet_counts(Innovation, published, data)
    in_sql = facet_counts(Innovation, published, data, index=None)
    assert in_memory == in_sql
    assert in_memory[TOTAL][""] == filterset_for(Innovation)(data, queryset=published).qs.count()


@pytest.mark.parametrize("state", STATES[:3])
def test_pages_newest_first_are_the_databases(client, catalogue, state, settings):
    settings.SHAREHUB_PAGE_SIZE = 2
    published = Innovation.objects.published()
    newest = list(
        filterset_for(Innovation)(QueryDict(state), queryset=published)
        .qs.order_by("-published_at", "-id")
        .values_list("title", flat=True)
    )
    shown = []
    for page in range(1, len(newest) // 2 + 2):
        response = client.get(f"/en/innovations/?{state}&page={page}")
        if response.status_code == 400:  # past the last page
            break
        shown += [item.title for item in response.context["result"].page.object_list]
    assert shown == newest


def test_resources_roles_and_their_own_facets_count_from_memory():
    ResourceFactory(title="Toolkit", resource_type="toolkit", cost="free")
    ResourceFactory(title="Guide", resource_type="guide", evidence_level="evaluated")
    published = Resource.objects.published()
    for state in ("", "cost=free", "resource_type=guide&resource_type=toolkit"):
        data = QueryDict(state)
        assert facet_counts(Resource, published, data) == facet_counts(
            Resource, published, data, index=None
        )


def test_the_index_is_rebuilt_when_its_table_changes_and_only_then(catalogue):
    published = Innovation.objects.published()
    first = facet_index.index_for(Innovation, published)
    assert facet_index.index_for(Innovation, published) is first
    Resource.objects.all().delete()  # another table: the innovations' index stands
    assert facet_index.index_for(Innovation, published) is first
    InnovationFactory(title="One more")
    rebuilt = facet_index.index_for(Innovation, published)
    assert rebuilt is not first
    assert rebuilt.size == first.size + 1


def test_a_search_is_read_through_the_gin_index_and_leaves_the_planner_as_it_was(catalogue):
    index = facet_index.index_for(Innovation, Innovation.objects.published())
    mask = index.matching(Innovation.objects.published(), "hydration")
    assert index.count(mask) == 2  # not the Welsh "hydradu", nor the draft
    assert sorted(index.ids(mask)) == sorted(
        Innovation.objects.published().search("hydration").values_list("pk", flat=True)
    )
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone()[0] == "on"
