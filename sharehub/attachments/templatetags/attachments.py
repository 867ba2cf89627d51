from django import template

from sharehub.attachments.services import manage_url

register = template.Library()


@register.simple_tag
def manage_files_url(item) -> str:
    """The author's page for an item's documents and images."""
    return manage_url(item)
