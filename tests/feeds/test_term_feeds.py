"""A feed per challenge area, region and local authority: every content type."""

import pytest

from sharehub.taxonomy.models import ChallengeArea, Region
from tests.factories import ContactFactory, InnovationFactory, NeedFactory, ResourceFactory
from tests.feeds.atom import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue():
    InnovationFactory(title="Risk in Newport", challenge_areas=["risk"], places=([], ["newport"]))
    ResourceFactory(title="Risk toolkit", challenge_areas=["risk"], places=(["gwent"], []))
    ContactFactory(name="Risk champion", challenge_areas=["risk"], places=(["powys"], []))
    NeedFactory(title="Value question", challenge_areas=["value"], places=([], ["newport"]))
    InnovationFactory(title="Risk draft", challenge_areas=["risk"], status="draft")


def test_a_challenge_area_feed_lists_every_type_in_it(client, catalogue):
    feed = parse(client.get("/en/challenges/risk/feed/"))
    assert sorted(feed.titles) == ["Risk champion", "Risk in Newport", "Risk toolkit"]
    assert feed.text("title") == "Risk – ShareHub"  # noqa: RUF001
    assert feed.link == "http://127.0.0.1:8000/en/search/?challenge_area=risk"
    assert all("risk" in entry.categories for entry in feed.entries)


def test_a_region_feed_includes_its_local_authorities(client, catalogue):
    feed = parse(client.get("/en/regions/gwent/feed/"))
    assert sorted(feed.titles) == ["Risk in Newport", "Risk toolkit", "Value question"]


def test_a_local_authority_feed(client, catalogue):
    feed = parse(client.get("/en/local-authorities/newport/feed/"))
    assert sorted(feed.titles) == ["Risk in Newport", "Value question"]


def test_the_welsh_feeds_use_the_welsh_names(client, catalogue):
    area = ChallengeArea.objects.get(slug="risk")
    region = Region.objects.get(slug="north-wales")
    feed = parse(client.get("/cy/challenges/risk/feed/"))
    assert feed.lang == "cy"
    assert feed.text("title") == f"{area.name_cy} – ShareHub"  # noqa: RUF001
    assert (
        parse(client.get("/cy/regions/north-wales/feed/")).text("title").startswith(region.name_cy)
    )


def test_every_area_and_region_has_a_feed(client):
    for area in ChallengeArea.objects.all():
        parse(client.get(f"/en/challenges/{area.slug}/feed/"))
    for region in Region.objects.all():
        parse(client.get(f"/en/regions/{region.slug}/feed/"))


@pytest.mark.parametrize(
    "path",
    [
        "/en/challenges/atlantis/feed/",
        "/en/regions/atlantis/feed/",
        "/en/local-authorities/gwent/feed/",
        "/en/regions/newport/feed/",
    ],
)
def test_an_unknown_slug_is_a_404(client, path):
    assert client.get(path).status_code == 404
