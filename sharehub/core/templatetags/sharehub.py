from django import template

from sharehub.core.markdown import render_markdown
from sharehub.core.personal_data import scan_item
from sharehub.core.search import render_headline

register = template.Library()


@register.filter
def headline(text: str):
    """A search snippet: escaped, with matches in <mark>."""
    return render_headline(text)


@register.filter
def markdown(text: str):
    """Markdown rendered and sanitised against the allow-list."""
    return render_markdown(text)


@register.simple_tag
def personal_data_findings(item):
    """What the personal-data guard finds in an item's text (sharehub.core.personal_data)."""
    return scan_item(item)
