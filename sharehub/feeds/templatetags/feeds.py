"""{% feed_link as feed %}: the Atom feed of the list or search page being shown,
with its filters (feed.url, feed.absolute_url, feed.title), or None on a page
without one."""

from dataclasses import dataclass

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from sharehub.feeds.selectors import feed_query
from sharehub.feeds.views import FEED_OF_PAGE, absolute, page_feed_title

register = template.Library()


@dataclass(frozen=True)
class FeedLink:
    url: str
    title: str

    @property
    def absolute_url(self) -> str:
        return absolute(self.url)


@register.simple_tag(takes_context=True)
def feed_link(context) -> FeedLink | None:
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    name = FEED_OF_PAGE.get(match.view_name) if match else None
    if name is None:
        return None
    query = feed_query(request.GET)
    encoded = query.urlencode()
    url = reverse(f"feeds:{name}") + (f"?{encoded}" if encoded else "")
    title = _("%(name)s (Atom feed)") % {"name": page_feed_title(name, query)}
    return FeedLink(url, title)
