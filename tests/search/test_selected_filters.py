"""The filters in use, as the list and search pages show them (issue 11): the
"Filter" button counts them, each is a tag whose link drops it (and the page
number), and "Clear filters" keeps only the words searched for and the sort."""

from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.factories import ContactFactory, InnovationFactory, ResourceFactory

pytestmark = pytest.mark.django_db


class FilterControls(HTMLParser):
    """The toggle button's text, each tag's (accessible text, href) and the clear link."""

    def __init__(self, html: str):
        super().__init__()
        self.toggle = ""
        self.tags: list[tuple[str, str]] = []
        self.clear = None
        self._in = None
        self._href = ""
        self._text = ""
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "button" and "data-sh-filter-toggle" in attrs:
            self._in, self._text = "toggle", ""
        elif tag == "a" and "sh-filter-tag" in classes:
            self._in, self._text, self._href = "tag", "", attrs["href"]
        elif tag == "a" and self._in is None:
            self._in, self._text, self._href = "link", "", attrs.get("href", "")

    def handle_data(self, data):
        if self._in:
            self._text += data

    def handle_endtag(self, tag):
        text = " ".join(self._text.split())
        if tag == "button" and self._in == "toggle":
            self.toggle = text
        elif tag == "a" and self._in == "tag":
            self.tags.append((text, self._href))
        elif tag == "a" and self._in == "link" and text == "Clear filters":
            self.clear = self._href
        if tag in ("a", "button"):
            self._in = None


def controls(client, url: str) -> FilterControls:
    response = client.get(url)
    assert response.status_code == 200
    return FilterControls(response.content.decode())


def query(href: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(href).query)


def test_without_filters_the_button_says_filter_and_there_is_nothing_to_remove(client):
    InnovationFactory(challenge_areas=["risk"], places=([], ["newport"]))
    page = controls(client, "/en/innovations/?q=hydration")
    assert page.toggle == "Filter"
    assert page.tags == []
    assert page.clear is None


def test_each_filter_in_use_is_a_tag_whose_link_drops_only_it(client):
    InnovationFactory(challenge_areas=["risk", "value"], places=([], ["newport"]))
    url = (
        "/en/innovations/?q=hydration&challenge_area=risk&challenge_area=value"
        "&region=gwent&ordering=newest&page=1"
    )
    page = controls(client, url)
    assert page.toggle == "Filter (3 selected)"
    tags = dict(page.tags)
    assert set(tags) == {"Remove filter: Risk", "Remove filter: Value", "Remove filter: Gwent"}
    for href in tags.values():
        assert urlsplit(href).path == "/en/innovations/"
    assert query(tags["Remove filter: Gwent"]) == {
        "q": ["hydration"],
        "challenge_area": ["risk", "value"],
        "ordering": ["newest"],
    }
    assert query(tags["Remove filter: Risk"]) == {
        "q": ["hydration"],
        "challenge_area": ["value"],
        "region": ["gwent"],
        "ordering": ["newest"],
    }
    assert query(page.clear) == {"q": ["hydration"], "ordering": ["newest"]}

    # Following a tag's link gives the page with one filter fewer.
    after = controls(client, tags["Remove filter: Gwent"])
    assert after.toggle == "Filter (2 selected)"
    assert "Remove filter: Gwent" not in dict(after.tags)


def test_one_filter_in_use_and_clearing_without_a_search(client):
    ContactFactory(challenge_areas=["risk"], places=([], ["torfaen"]))
    page = controls(client, "/en/contacts/?local_authority=torfaen")
    assert page.toggle == "Filter (1 selected)"
    assert [text for text, _href in page.tags] == ["Remove filter: Torfaen"]
    assert page.clear == "/en/contacts/"


def test_the_search_page_counts_content_types_as_filters(client):
    InnovationFactory(title="Hydration stations", challenge_areas=["risk"])
    ResourceFactory(title="Hydration toolkit", challenge_areas=["risk"])
    page = controls(client, "/en/search/?q=hydration&type=resource&challenge_area=risk")
    assert page.toggle == "Filter (2 selected)"
    tags = dict(page.tags)
    assert query(tags["Remove filter: Resources"]) == {
        "q": ["hydration"],
        "challenge_area": ["risk"],
    }
    assert query(page.clear) == {"q": ["hydration"]}


def test_the_welsh_page_translates_what_it_can(client):
    """The strings are marked for translation: the Welsh page renders them (in
    English until the translator adds them) and keeps the Welsh addresses."""
    InnovationFactory(challenge_areas=["risk"])
    page = controls(client, "/cy/innovations/?challenge_area=risk")
    [(_text, href)] = page.tags
    assert href == "/cy/innovations/"
