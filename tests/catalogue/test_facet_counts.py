"""Facet counts tell the truth: the number beside an option is the number of
results choosing it gives (options within a facet widen with OR, facets narrow
with AND), on the pages and in the API, and counts stay exact through every
change that moves them."""

from urllib.parse import urlencode

import pytest
from django.core.cache import cache
from django.http import QueryDict
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from sharehub.catalogue.models import Innovation, Resource
from sharehub.catalogue.workflow import withdraw
from sharehub.core.models import Status
from sharehub.moderation.services import decision_approve, item_hide
from sharehub.taxonomy import kept_pages
from sharehub.taxonomy import models as tax
from sharehub.taxonomy.filters import filterset_for
from sharehub.taxonomy.terms import clear_term_cache
from tests.factories import InnovationFactory, ResourceFactory, term, verified_user

pytestmark = pytest.mark.django_db
URL = "/en/innovations/"


@pytest.fixture(autouse=True)
def _made_for_each_request(monkeypatch):
    """The counts are read from the page's context, which a kept page
    (taxonomy.kept_pages) does not have when it is served from the cache: here no
    page is kept. tests/catalogue/test_kept_pages.py holds kept pages to the same
    changes."""
    monkeypatch.setattr(kept_pages, "page_key", lambda *args, **kwargs: None)


CHALLENGE_AREAS = ["value", "risk", "metrics"]
REGIONS = ["gwent", "north-wales"]
LOCAL_AUTHORITIES = ["newport", "torfaen", "gwynedd", "cardiff"]
STAGES = ["idea", "trying-it-out"]
FACET_VALUES = {
    "challenge_area": CHALLENGE_AREAS,
    "region": [*REGIONS, "cardiff-and-vale"],
    "local_authority": LOCAL_AUTHORITIES,
    "stage": STAGES,
    "language": ["en", "cy"],
}


def facets(response) -> dict[str, dict[str, int]]:
    return {
        g.param: {o.slug: o.count for o in g.options} for g in response.context["result"].facets
    }


def total(client, filters: dict[str, list[str]]) -> int:
    """The number of results the page says, checked against what it lists and
    against the FilterSet's own SQL (PostgreSQL counts and pages from the facet
    index in memory; this holds it to the database)."""
    query = urlencode(filters, doseq=True)
    response = client.get(URL + "?" + query)
    assert response.status_code == 200
    result = response.context["result"]
    published = Innovation.objects.published()
    in_sql = filterset_for(Innovation)(QueryDict(query), queryset=published).qs
    newest = list(in_sql.order_by("-published_at", "-id").values_list("pk", flat=True))
    assert result.total == len(newest)
    assert [item.pk for item in result.page.object_list] == newest[: len(result.page)]
    return result.total


def assert_counts_tell_the_truth(client, filters: dict[str, list[str]]) -> None:
    response = client.get(URL + "?" + urlencode(filters, doseq=True))
    assert response.status_code == 200
    shown = facets(response)
    api = client.get("/api/v1/innovations/?" + urlencode(filters, doseq=True)).json()
    assert api["count"] == response.context["result"].total
    for param in FACET_VALUES:
        assert api["facets"].get(param, {}) == {
            slug: n for slug, n in shown.get(param, {}).items() if n
        }, param
        chosen = filters.get(param, [])
        for slug, count in shown.get(param, {}).items():
            # Choosing an option adds it to its facet; one already chosen shows
            # what it gives chosen alone.
            values = [slug] if slug in chosen else [*chosen, slug]
            assert count == total(client, {**filters, param: values}), (filters, param, slug)
        # An option not shown gives nothing new (or, not chosen yet, nothing).
        for slug in set(FACET_VALUES[param]) - set(shown.get(param, {})):
            expected = total(client, filters) if chosen else 0
            assert total(client, {**filters, param: [*chosen, slug]}) == expected


item = st.fixed_dictionaries(
    {
        "challenge_areas": st.lists(st.sampled_from(CHALLENGE_AREAS), min_size=1, unique=True),
        "regions": st.lists(st.sampled_from(REGIONS), max_size=2, unique=True),
        "local_authorities": st.lists(st.sampled_from(LOCAL_AUTHORITIES), max_size=2, unique=True),
        "stage": st.sampled_from(STAGES),
        "language": st.sampled_from(["en", "cy"]),
        "published": st.booleans(),
    }
)
filter_state = st.dictionaries(
    st.sampled_from(list(FACET_VALUES)),
    st.none(),
    max_size=3,
).flatmap(
    lambda chosen: st.fixed_dictionaries(
        {
            param: st.lists(
                st.sampled_from(FACET_VALUES[param]), min_size=1, max_size=2, unique=True
            )
            for param in chosen
        }
    )
)


def make(spec: dict) -> Innovation:
    return InnovationFactory(
        challenge_areas=spec["challenge_areas"],
        places=(spec["regions"], spec["local_authorities"]),
        stage=term(tax.Stage, spec["stage"]),
        language=spec["language"],
        status=Status.PUBLISHED if spec["published"] else Status.DRAFT,
    )


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
@given(catalogue=st.lists(item, min_size=1, max_size=8), filters=filter_state)
def test_every_count_is_the_result_count_after_choosing_it(client, catalogue, filters):
    Innovation.objects.all().delete()
    for spec in catalogue:
        make(spec)
    assert_counts_tell_the_truth(client, filters)


def place(item, *, regions=(), las=()):
    item.set_places(
        regions=tax.Region.objects.filter(slug__in=regions),
        local_authorities=tax.LocalAuthority.objects.filter(slug__in=las),
    )


def test_counts_stay_exact_through_every_change(client):
    """Counts come from an index kept in memory (on PostgreSQL, taxonomy.facet_index);
    each change is visible on the very next request."""
    cache.clear()
    moderator = verified_user(is_staff=True, is_superuser=True)
    a = InnovationFactory(challenge_areas=["risk"], places=([], ["newport"]))
    b = InnovationFactory(challenge_areas=["value"], places=([], ["gwynedd"]))
    submitted = InnovationFactory(challenge_areas=["risk"], status=Status.SUBMITTED)
    checks = [{}, {"challenge_area": ["risk"]}, {"region": ["gwent"]}, {"stage": ["trying-it-out"]}]

    def check():
        for filters in checks:
            assert_counts_tell_the_truth(client, filters)

    check()
    assert facets(client.get(URL))["challenge_area"] == {"value": 1, "risk": 1}
    # publish
    decision_approve(submitted, moderator=moderator)
    assert facets(client.get(URL))["challenge_area"] == {"value": 1, "risk": 2}
    check()
    # hide
    item_hide(submitted, moderator=moderator, reason="Under review")
    assert facets(client.get(URL))["challenge_area"] == {"value": 1, "risk": 1}
    check()
    # edit a field a facet counts
    b.stage = term(tax.Stage, "trying-it-out")
    b.save()
    assert facets(client.get(URL))["stage"] == {"idea": 1, "trying-it-out": 1}
    check()
    # re-tag
    b.challenge_areas.set([term(tax.ChallengeArea, "risk")])
    assert facets(client.get(URL))["challenge_area"] == {"risk": 2}
    place(a, las=["gwynedd"])
    assert "challenge_area" not in facets(client.get(URL, {"region": "gwent"}))
    check()
    # withdraw
    withdraw(a, user=a.author)
    assert facets(client.get(URL))["challenge_area"] == {"risk": 1}
    check()
    # a local authority moved to another region
    assert facets(client.get(URL))["region"] == {"north-wales": 1}
    gwynedd = tax.LocalAuthority.objects.get(slug="gwynedd")
    gwynedd.region = tax.Region.objects.get(slug="gwent")
    gwynedd.save()
    clear_term_cache()
    assert facets(client.get(URL))["region"] == {"gwent": 1}
    assert total(client, {"region": ["gwent"]}) == 1
    check()


def test_counts_are_right_with_the_cache_down(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    InnovationFactory(challenge_areas=["risk"], places=([], ["newport"]))
    InnovationFactory(challenge_areas=["value"], places=(["gwent"], []))
    assert facets(client.get(URL))["challenge_area"] == {"value": 1, "risk": 1}
    assert_counts_tell_the_truth(client, {"region": ["gwent"]})


# --- resources: their own facets -------------------------------------------------

RESOURCES = "/en/resources/"


def test_resources_filter_and_count_by_type_evidence_cost_and_time(client):
    ResourceFactory(
        title="Evaluated free toolkit",
        resource_type="toolkit",
        evidence_level="evaluated",
        cost="free",
        time_to_implement="days",
    )
    ResourceFactory(
        title="Research guide",
        resource_type="guide",
        evidence_level="research-backed",
        cost="high",
        time_to_implement="months",
    )
    ResourceFactory(title="Evaluated guide", resource_type="guide", evidence_level="evaluated")
    response = client.get(RESOURCES, {"evidence_level": "evaluated"})
    assert response.status_code == 200
    assert sorted(r.title for r in response.context["result"].page.object_list) == [
        "Evaluated free toolkit",
        "Evaluated guide",
    ]
    shown = facets(response)
    assert shown["evidence_level"] == {"evaluated": 2, "research-backed": 3}
    assert shown["resource_type"] == {"toolkit": 1, "guide": 1}
    assert shown["cost"] == {"free": 1}
    assert shown["time_to_implement"] == {"days": 1}
    assert b"Evidence level" in response.content
    assert b"Time to put in place" in response.content
    response = client.get(RESOURCES, {"cost": "free", "time_to_implement": "days"})
    assert [r.title for r in response.context["result"].page.object_list] == [
        "Evaluated free toolkit"
    ]
    api = client.get("/api/v1/resources/", {"evidence_level": "evaluated"}).json()
    assert api["count"] == 2
    assert api["facets"]["evidence_level"] == shown["evidence_level"]
    assert api["facets"]["resource_type"] == shown["resource_type"]
    assert api["facets"]["cost"] == {"free": 1}  # a blank cost is no option


@pytest.mark.parametrize("url", [RESOURCES, "/api/v1/resources/"], ids=["page", "api"])
@pytest.mark.parametrize("param", ["resource_type", "evidence_level", "cost", "time_to_implement"])
def test_an_unknown_resource_facet_value_is_a_400_naming_it(client, url, param):
    response = client.get(url, {param: "priceless"})
    assert response.status_code == 400
    assert param.encode() in response.content
    assert b"priceless" in response.content


@pytest.mark.parametrize(
    "url", ["/en/innovations/", "/en/needs/", "/api/v1/innovations/", "/api/v1/contacts/"]
)
def test_content_without_resource_facets_refuses_them_with_a_400(client, url):
    response = client.get(url, {"evidence_level": "evaluated"})
    assert response.status_code == 400
    assert b"evidence_level" in response.content


def test_searching_by_a_resource_facet_leaves_other_types_out(client):
    ResourceFactory(title="Free toolkit", cost="free")
    InnovationFactory(title="Free idea")
    response = client.get("/en/search/", {"cost": "free"})
    assert response.status_code == 200
    assert [r.item.title for r in response.context["result"].page.object_list] == ["Free toolkit"]


def test_resource_counts_follow_edits_and_re_tagging(client):
    cache.clear()
    resource = ResourceFactory()
    assert "cost" not in facets(client.get(RESOURCES))
    resource.cost = "free"
    resource.save()
    assert facets(client.get(RESOURCES))["cost"] == {"free": 1}
    assert facets(client.get(RESOURCES, {"cost": "free"}))["cost"] == {"free": 1}
    resource.roles.set([tax.Role.objects.order_by("position").first()])
    role = resource.roles.get().slug
    assert facets(client.get(RESOURCES))["role"] == {role: 1}
    resource.roles.clear()
    assert "role" not in facets(client.get(RESOURCES))
    assert Resource.objects.count() == 1
