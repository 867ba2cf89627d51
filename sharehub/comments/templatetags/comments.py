"""`{% comment_threads item as section %}`: what templates/comments/includes/section.html
shows under an innovation, resource or question. The catalogue's pages include that
template; they never import this app."""

from dataclasses import dataclass, field

from django import template
from django.utils import timezone

from sharehub.comments import selectors, services
from sharehub.comments.forms import CommentForm
from sharehub.comments.models import BODY_MAX, item_field
from sharehub.comments.selectors import Thread
from sharehub.core.models import Status

register = template.Library()


@dataclass
class Section:
    kind: str
    threads: list[Thread] = field(default_factory=list)
    count: int = 0
    form: CommentForm | None = None
    maxlength: int = BODY_MAX


@register.simple_tag(takes_context=True)
def comment_threads(context, item) -> Section:
    user = context["request"].user
    threads, count = selectors.threads_for(item, user)
    now = timezone.now()
    for thread in threads:
        open_thread = thread.comment.status == Status.PUBLISHED  # replies join its thread
        for comment in (thread.comment, *thread.replies):
            comment.can_reply = open_thread and comment.status == Status.PUBLISHED
            comment.can_edit = services.can_edit(comment, user, now=now)
            comment.can_delete = services.can_delete(comment, user)
    form = CommentForm(auto_id="id_comment_%s") if user.is_authenticated else None
    return Section(item_field(item), threads, count, form)
