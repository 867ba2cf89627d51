"""The facet index (sharehub.taxonomy.facet_index): the counts, pages and search
matches it gives from memory are the database's, and it is brought up to date
when, and only when, its table's version moves: merged with the rows written
since, or read whole when no row shows the change."""

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
from tests.conftest import seed_taxonomy
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


def same(updated: facet_index.FacetIndex, fresh: facet_index.FacetIndex) -> None:
    """The two indexes hold the same items in the same order with the same options."""
    assert updated.order.tolist() == fresh.order.tolist()
    assert updated.published.tolist() == fresh.published.tolist()
    everything = fresh.all_of([])
    for key in set(updated.options) | set(fresh.options):
        mine = updated.any_of(*key) & everything
        theirs = fresh.any_of(*key)
        assert mine.tolist() == theirs.tolist(), key


@pytest.fixture
def merges(monkeypatch):
    done = []
    real_merged = facet_index._merged
    monkeypatch.setattr(facet_index, "_merged", lambda *args: done.append(1) or real_merged(*args))
    return done


@pytest.mark.django_db(transaction=True)
def test_a_change_is_merged_in_and_the_result_is_what_a_whole_read_gives(merges):
    """Outside a transaction the index is brought up to date with the rows
    written since it was read (a few milliseconds), not read whole; every step
    ends where a whole read does, the kept searches included. A deleted row,
    which no stamp shows, makes it read whole."""
    seed_taxonomy()  # transactional tests start from a flushed database
    from sharehub.moderation.services import item_hide
    from tests.factories import verified_user

    moderator = verified_user(is_staff=True, is_superuser=True)
    older = timezone.now() - timedelta(days=3)
    rounds = InnovationFactory(title="Hydration rounds", places=([], ["newport"]))
    night = InnovationFactory(title="Night checks", challenge_areas=["risk"], published_at=older)
    InnovationFactory(title="Falls sensors", places=([], ["gwynedd"]))
    published = Innovation.objects.published()
    facet_index.forget()
    index = facet_index.index_for(Innovation, published)
    asked: list[list[int]] = []  # the ids each ranking asked the database for

    def compute(ids):
        asked.append(sorted(ids))
        ranks = dict(published.search("hydration").values_list("pk", "rank"))
        return [(pk, ranks[pk], 0) for pk in ids]

    def rank_all(index):
        return index.ranks("hydration", index.ids(index.matching(published, "hydration")), compute)

    rank_all(index)

    def check(carried=True):
        updated = facet_index.index_for(Innovation, published)
        same(updated, facet_index._read(Innovation, published))
        assert ("hydration" in updated.searches) == carried
        assert sorted(updated.ids(updated.matching(published, "hydration"))) == sorted(
            published.search("hydration").values_list("pk", flat=True)
        )
        # The kept ranks that were carried over are the database's ranks now, and
        # only rows that changed are ranked again.
        ranks = dict(published.search("hydration").values_list("pk", "rank"))
        kept = updated.ranked.get("hydration")
        assert (kept is not None) == carried
        if kept is not None:
            for pk, rank in zip(kept[0].tolist(), kept[1].tolist(), strict=True):
                assert rank == pytest.approx(ranks[pk])
        asked.clear()
        rank_all(updated)
        return [pk for ids in asked for pk in ids]

    steps = [
        lambda: InnovationFactory(title="Hydration at night", published_at=older),  # publish
        lambda: item_hide(rounds, moderator=moderator, reason="Under review"),  # hide
        lambda: Innovation.objects.filter(pk=night.pk).update(title="Night hydration"),  # edit
        lambda: night.challenge_areas.set([term(tax.ChallengeArea, "value")]),  # re-tag
        lambda: tax.LocalAuthority.objects.filter(slug="gwynedd").update(
            region=tax.Region.objects.get(slug="gwent")
        ),  # a local authority moved
        lambda: InnovationFactory(title="A draft", status=Status.DRAFT),  # written, not shown
    ]
    ranked_again = []
    for step in steps:
        step()
        ranked_again.append(check())
    assert len(merges) == len(steps) - 1  # a draft moves no version: nothing to do
    new = Innovation.objects.get(title="Hydration at night").pk
    assert ranked_again[0] == [new]  # published: only the new row is ranked
    assert ranked_again[1] == []  # hidden: nothing new to rank
    assert ranked_again[2] == [night.pk]  # edited into the search: only it
    Innovation.objects.filter(pk=night.pk).delete()
    check(carried=False)  # read whole, and the search with it
    assert len(merges) == len(steps) - 1


@pytest.mark.django_db(transaction=True)
def test_a_resources_audience_changed_means_a_whole_read(merges):
    seed_taxonomy()
    resource = ResourceFactory(title="Toolkit")
    published = Resource.objects.published()
    facet_index.forget()
    before = facet_index.index_for(Resource, published)
    resource.roles.set(tax.Role.objects.all()[:1])  # a link table without arrays
    after = facet_index.index_for(Resource, published)
    assert after is not before and merges == []
    same(after, facet_index._read(Resource, published))


def test_inside_a_transaction_the_index_is_read_whole(catalogue, merges):
    """Inside a transaction, which may still roll back, an index is never merged
    into: what it read may not stay."""
    published = Innovation.objects.published()
    facet_index.forget()
    facet_index.index_for(Innovation, published)
    InnovationFactory(title="Tea at handover")
    assert facet_index.index_for(Innovation, published).provisional
    assert merges == []


def test_splicing_columns_is_what_numpy_delete_then_insert_gives():
    """_spliced, the merge's copy of the bits, against numpy's own delete and insert
    over random indexes: columns gone, new ones at any place, several at one place."""
    import numpy as np

    rng = np.random.default_rng(2026)
    for _ in range(2000):
        width, rows = int(rng.integers(0, 40)), int(rng.integers(1, 4))
        old = rng.integers(0, 2, (rows, width), dtype=np.uint8)
        gone = np.unique(rng.integers(0, max(width, 1), int(rng.integers(0, 5))))
        gone = gone[gone < width]
        count = int(rng.integers(0, 5))
        new = rng.integers(0, 2, (rows, count), dtype=np.uint8)
        at = rng.integers(0, width - len(gone) + 1, count).tolist()
        expected = np.insert(np.delete(old, gone, axis=1), at, new, axis=1)
        assert np.array_equal(facet_index._spliced(old, gone, at, new), expected)
