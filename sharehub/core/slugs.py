from django.db import models
from django.utils.crypto import get_random_string
from django.utils.text import slugify


def unique_slug(
    model: type[models.Model], text: str, *, max_length: int = 80, reserved: frozenset = frozenset()
) -> str:
    """A readable slug from `text`, made unique within `model` with a short suffix.
    `reserved` slugs (words the URLs use, such as "new") always get a suffix."""
    base = slugify(text)[:max_length].strip("-") or "item"
    slug = base
    while slug in reserved or model._default_manager.filter(slug=slug).exists():
        slug = f"{base[: max_length - 7]}-{get_random_string(6, 'abcdefghjkmnpqrstuvwxyz23456789')}"
    return slug
