"""The Atom document (RFC 4287), written by Django's feed generator with three
changes: an entry in another language than the feed says so (xml:lang), the
summary is plain text (type="text", not HTML), and each category carries the
term's name as its label. Text is made safe for XML 1.0 first."""

import re
from datetime import datetime

from django.utils.feedgenerator import Atom1Feed
from django.utils.text import Truncator

# Characters XML 1.0 does not allow (Django refuses the C0 controls with an
# error, a 500; it would write U+FFFE and U+FFFF, and no parser could read them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Markdown's punctuation, left out of a plain-text summary.
_MARKDOWN_NOISE = re.compile(r"[*_#`]+|^>+ ?", re.MULTILINE)
SUMMARY_WORDS = 60


def xml_text(value) -> str:
    return _NOT_XML.sub("", str(value or ""))


def plain_summary(text: str) -> str:
    """Plain text from a field people wrote (a summary, or Markdown): one
    paragraph of at most SUMMARY_WORDS words."""
    text = " ".join(_MARKDOWN_NOISE.sub("", xml_text(text)).split())
    return Truncator(text).words(SUMMARY_WORDS)


class AtomFeed(Atom1Feed):
    """Atom1Feed with per-entry languages, plain-text summaries and labelled
    categories. Pass `updated` (the feed's own date) to the constructor, and per
    item `language` and `category_labels` [(term, label), ...]."""

    def latest_post_date(self) -> datetime:
        return self.feed.get("updated") or super().latest_post_date()

    def _other_language(self, item) -> bool:
        return bool(item.get("language")) and item["language"] != self.feed["language"]

    def item_attributes(self, item) -> dict:
        attrs = super().item_attributes(item)
        if self._other_language(item):
            attrs["xml:lang"] = item["language"]
        return attrs

    def add_item_elements(self, handler, item) -> None:
        super().add_item_elements(handler, {**item, "description": None, "categories": ()})
        if item["description"]:
            handler.addQuickElement("summary", item["description"], {"type": "text"})
        # Term names are in the feed's language, even in an entry that is not.
        own = {"xml:lang": self.feed["language"]} if self._other_language(item) else {}
        for term, label in item.get("category_labels", ()):
            handler.addQuickElement("category", "", {"term": term, "label": label, **own})
