"""`{% comment_threads item as section %}`: what templates/comments/includes/section.html
shows under an innovation, resource or question. The catalogue's pages include that
template; they never import this app."""

from dataclasses import dataclass, field

from django import template
from django.conf import settings
from django.utils import timezone

from sharehub.comments import selectors, services
from sharehub.comments.forms import CommentForm
from sharehub.comments.models import BODY_MAX, item_field
from sharehub.comments.selectors import Thread
from sharehub.core.models import Status
from sharehub.core.pagination import lenient_page_number

register = template.Library()

# Threads under an item, a page at a time (the page stays fast with hundreds of them).
PAGE_PARAMETER = "comments"


@dataclass
class Section:
    kind: str
    threads: list[Thread] = field(default_factory=list)
    count: int = 0
    form: CommentForm | None = None
    maxlength: int = BODY_MAX
    page: int = 1
    pages: int = 1

    @property
    def previous(self) -> int | None:
        return self.page - 1 if self.page > 1 else None

    @property
    def next(self) -> int | None:
        return self.page + 1 if self.page < self.pages else None


def _page(request) -> int:
    """The page of threads asked for (`?comments=N`); anything else is the first. Read
    as the copy kept for readers reads it (templates/comments/includes/section.html)."""
    return lenient_page_number(request.GET.get(PAGE_PARAMETER))


@register.simple_tag(takes_context=True)
def comment_threads(context, item) -> Section:
    request = context["request"]
    user = request.user
    found = selectors.threads_for(
        item, user, page=_page(request), per_page=settings.SHAREHUB_COMMENT_THREADS_PER_PAGE
    )
    threads = found.threads
    now = timezone.now()
    for thread in threads:
        open_thread = thread.comment.status == Status.PUBLISHED  # replies join its thread
        for comment in (thread.comment, *thread.replies):
            comment.can_reply = open_thread and comment.status == Status.PUBLISHED
            comment.can_edit = services.can_edit(comment, user, now=now)
            comment.can_delete = services.can_delete(comment, user)
    form = CommentForm(auto_id="id_comment_%s") if user.is_authenticated else None
    return Section(item_field(item), threads, found.count, form, page=found.page, pages=found.pages)
