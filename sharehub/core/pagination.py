"""Pagination that never reads deeper than SHAREHUB_MAX_RESULTS rows."""

from django.conf import settings
from django.core.paginator import Paginator
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _


class PageError(ValueError):
    """A page number that is not a page; the message names the parameter."""


class CappedPaginator(Paginator):
    """Counts every match, but offers pages only up to the result cap."""

    @cached_property
    def num_pages(self) -> int:
        reachable = min(self.count, settings.SHAREHUB_MAX_RESULTS)
        if reachable == 0 and self.allow_empty_first_page:
            return 1
        return max(1, -(-reachable // self.per_page))

    @property
    def capped(self) -> bool:
        return self.count > settings.SHAREHUB_MAX_RESULTS


def parse_page_number(raw: str | None) -> int:
    if raw in (None, ""):
        return 1
    try:
        number = int(raw)
    except ValueError:
        raise PageError(
            _("page must be a whole number, not “%(value)s”.") % {"value": raw}
        ) from None
    if number < 1:
        raise PageError(_("page must be 1 or more."))
    return number


def lenient_page_number(raw: str | None, *, digits: int = 6) -> int:
    """A page number from an address where anything but one means the first page
    (comments' `?comments=`, and the copies of them kept for readers): plain ASCII
    digits, at most `digits` of them, and 1 or more; anything else is 1. The page
    shown and the cached copy it is kept as both read it here, so they never differ."""
    if raw and raw.isascii() and raw.isdigit() and len(raw) <= digits:
        return max(int(raw), 1)
    return 1


def get_page(queryset, raw_page: str | None, per_page: int):
    """Return the page, or raise PageError with a message for the visitor."""
    number = parse_page_number(raw_page)
    paginator = CappedPaginator(queryset, per_page)
    if number > paginator.num_pages:
        if paginator.capped:
            raise PageError(
                _(
                    "Only the first %(max)s results can be browsed. "
                    "Add a filter or a search term to narrow them down."
                )
                % {"max": number_format(settings.SHAREHUB_MAX_RESULTS, force_grouping=True)}
            )
        raise PageError(_("page must be between 1 and %(last)s.") % {"last": paginator.num_pages})
    page = paginator.page(number)
    page.nearby = list(paginator.get_elided_page_range(number, on_each_side=1, on_ends=1))
    return page
