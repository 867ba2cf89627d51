"""Reading a feed in tests: parse it as XML and check what RFC 4287 requires."""

from dataclasses import dataclass
from datetime import datetime
from xml.etree import ElementTree

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass
class Entry:
    element: ElementTree.Element

    def text(self, name: str) -> str:
        return self.element.findtext(ATOM + name) or ""

    @property
    def title(self) -> str:
        return self.text("title")

    @property
    def id(self) -> str:
        return self.text("id")

    @property
    def link(self) -> str:
        return alternate(self.element)

    @property
    def lang(self) -> str | None:
        return self.element.get(XML_LANG)

    @property
    def author(self) -> str:
        return self.element.findtext(f"{ATOM}author/{ATOM}name") or ""

    @property
    def categories(self) -> list[str]:
        return [c.get("term") for c in self.element.findall(ATOM + "category")]


@dataclass
class Feed:
    root: ElementTree.Element
    entries: list[Entry]

    def text(self, name: str) -> str:
        return self.root.findtext(ATOM + name) or ""

    @property
    def lang(self) -> str | None:
        return self.root.get(XML_LANG)

    @property
    def titles(self) -> list[str]:
        return [entry.title for entry in self.entries]

    @property
    def link(self) -> str:
        return alternate(self.root)


def alternate(element) -> str:
    links = [
        link.get("href")
        for link in element.findall(ATOM + "link")
        if link.get("rel", "alternate") == "alternate"
    ]
    assert len(links) == 1, links
    return links[0]


def _timestamp(value: str) -> datetime:
    assert value, "missing date"
    return datetime.fromisoformat(value)  # RFC 3339, with its offset


def parse(response) -> Feed:
    """The feed in `response`, checked against what every Atom feed must have:
    the namespace, and id, title and updated on the feed and on each entry,
    an author for each entry (its own or the feed's), an alternate link."""
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    root = ElementTree.fromstring(response.content)
    assert root.tag == ATOM + "feed"
    for name in ("id", "title", "updated"):
        assert root.findtext(ATOM + name), name
    _timestamp(root.findtext(ATOM + "updated"))
    feed_has_author = root.find(ATOM + "author") is not None
    entries = [Entry(e) for e in root.findall(ATOM + "entry")]
    for entry in entries:
        for name in ("id", "title", "updated"):
            assert entry.text(name), name
        _timestamp(entry.text("updated"))
        assert entry.link.startswith("http")
        assert feed_has_author or entry.author
        summary = entry.element.find(ATOM + "summary")
        if summary is not None:
            assert summary.get("type") == "text"
    ids = [entry.id for entry in entries]
    assert len(set(ids)) == len(ids), "entry ids repeat"
    return Feed(root, entries)
