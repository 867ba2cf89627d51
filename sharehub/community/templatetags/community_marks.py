from django import template

from sharehub.community.selectors import Marks, marks_for

register = template.Library()


@register.simple_tag(takes_context=True)
def marks(context, item) -> Marks:
    """`{% marks item as marks %}`: the useful count and the reader's own marks."""
    return marks_for(item, context["request"].user)
