from django import template
from django.template.defaultfilters import linebreaks_filter

from sharehub.core.personal_data import scan_item
from sharehub.core.search import render_headline

register = template.Library()


@register.filter
def headline(text: str):
    """A search snippet: escaped, with matches in <mark>."""
    return render_headline(text)


@register.filter
def rendered(item, name: str):
    """The sanitised HTML of one of the item's Markdown fields, as rendered when it
    was saved (sharehub.core.models.MarkdownRendered): pages never render Markdown.
    Text saved without it (written straight to the database) shows as plain
    paragraphs until `manage.py render_markdown` renders it."""
    stored = getattr(item, "rendered", None) or {}
    if name in stored:
        return item.rendered_html(name)
    return linebreaks_filter(getattr(item, name, "") or "", autoescape=True)


@register.simple_tag
def personal_data_findings(item):
    """What the personal-data guard finds in an item's text (sharehub.core.personal_data)."""
    return scan_item(item)
