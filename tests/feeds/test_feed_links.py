"""Each list page and the search page say where their feed is: a <link> in the
head for feed readers, and a visible link, both carrying the page's filters."""

import re
from html import unescape

import pytest

from sharehub.catalogue.models import Innovation, Need, Resource
from sharehub.catalogue.workflow import RESERVED_SLUGS
from sharehub.core.slugs import unique_slug
from tests.factories import InnovationFactory
from tests.feeds.atom import parse

pytestmark = pytest.mark.django_db

PAGES = ["/en/innovations/", "/en/resources/", "/en/needs/", "/en/contacts/", "/en/search/"]


def head_link(html: str) -> tuple[str, str]:
    found = re.findall(
        r'<link rel="alternate" type="application/atom\+xml" title="([^"]*)" href="([^"]*)">',
        html,
    )
    assert len(found) == 1, found
    title, href = found[0]
    return unescape(title), unescape(href)


def visible_link(html: str) -> str:
    found = re.findall(
        r'<a class="govuk-link" href="([^"]*)" type="application/atom\+xml">'
        r"Subscribe to this list \(Atom feed\)</a>",
        html,
    )
    assert len(found) == 1, found
    return unescape(found[0])


@pytest.mark.parametrize("page", PAGES)
def test_every_list_links_to_its_feed(client, page):
    html = client.get(page).content.decode()
    title, href = head_link(html)
    assert href == f"http://127.0.0.1:8000{page}feed/"
    assert title.endswith("(Atom feed)")
    assert visible_link(html) == f"{page}feed/"
    parse(client.get(visible_link(html)))


def test_the_links_carry_the_filters_but_not_the_page_or_order(client):
    InnovationFactory.create_batch(3, challenge_areas=["risk"], places=(["gwent"], []))
    html = client.get(
        "/en/innovations/",
        {"region": "gwent", "challenge_area": "risk", "ordering": "useful", "q": "", "page": "1"},
    ).content.decode()
    expected = "/en/innovations/feed/?region=gwent&challenge_area=risk"
    assert visible_link(html) == expected
    assert head_link(html) == ("Innovations (Atom feed)", f"http://127.0.0.1:8000{expected}")
    assert len(parse(client.get(expected)).entries) == 3


def test_the_search_feed_link_names_the_search(client):
    html = client.get("/en/search/", {"q": "falls", "type": "resource"}).content.decode()
    assert visible_link(html) == "/en/search/feed/?q=falls&type=resource"
    assert head_link(html)[0] == "Search results for “falls” (Atom feed)"


def test_the_welsh_pages_link_to_the_welsh_feeds(client):
    html = client.get("/cy/innovations/", {"region": "gwent"}).content.decode()
    title, href = head_link(html)
    assert href == "http://127.0.0.1:8000/cy/innovations/feed/?region=gwent"
    assert title.startswith("Arloesiadau")


def test_other_pages_have_no_feed_link(client):
    assert "application/atom+xml" not in client.get("/en/").content.decode()


def test_no_item_takes_the_address_of_a_feed():
    """/en/innovations/feed/ is the feed, so no innovation may be called "feed"."""
    for model in (Innovation, Resource, Need):
        assert unique_slug(model, "Feed", reserved=RESERVED_SLUGS) != "feed"
