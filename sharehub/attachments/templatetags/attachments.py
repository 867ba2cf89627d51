from django import template

from sharehub.attachments import services
from sharehub.attachments.services import manage_url

register = template.Library()


@register.simple_tag
def manage_files_url(item) -> str:
    """The author's page for an item's documents and images."""
    return manage_url(item)


@register.simple_tag(takes_context=True)
def visible_files(context, item) -> list:
    """The item's files the person looking may see (see services.visible_files)."""
    return services.visible_files(item, context["request"].user)
