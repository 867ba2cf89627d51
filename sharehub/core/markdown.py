"""Markdown to HTML, sanitised against an explicit allow-list with nh3.

markdown-it-py parses CommonMark in linear time, with tables, no raw HTML, no
linkify, and nesting bounded by `MAX_NESTING` (deeper lists, quotes or brackets
are not nested further), so no text can exhaust the recursion limit or the CPU.
nh3 then keeps only the allowed tags, attributes and http(s) links.

Pages never render Markdown: models render it when they are saved and keep the
HTML (sharehub.core.models.MarkdownRendered). Change `RENDERER_VERSION` whenever
the output changes, then run `manage.py render_markdown`.
"""

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

ALLOWED_TAGS = {
    "p", "br", "hr", "strong", "em", "b", "i", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}, "td": set()}
URL_SCHEMES = {"http", "https"}  # no mailto: addresses are never revealed
LINK_REL = "nofollow ugc noopener"
MAX_NESTING = 20
# Stored with every rendered field: rows rendered by an older renderer are found
# and rendered again by `manage.py render_markdown`.
RENDERER_VERSION = "markdown-it-1"

_parser = MarkdownIt(
    "commonmark",
    {"html": False, "linkify": False, "typographer": False, "maxNesting": MAX_NESTING},
).enable("table")


def render_markdown(text: str) -> SafeString:
    """`text` as sanitised HTML. Linear in the length of `text`: callers still
    limit the length (forms and database constraints do)."""
    html = _parser.render(text or "")
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=LINK_REL,
    )
    return mark_safe(clean)
