"""What ShareHub already holds that may answer a notice-board question:
published innovations, resources and contacts whose words match it.

It spans the catalogue and contacts, so it lives here (search sits above both)
and reaches the question's page through the `need_suggestions` template tag.
One bounded query per content type, whatever the catalogue's size.
"""

from dataclasses import dataclass, field

from django.core.cache import cache

from sharehub.catalogue.models import Innovation, Need, Resource
from sharehub.catalogue.selectors import similar_published
from sharehub.contacts.models import Contact

SUGGESTIONS_PER_TYPE = 3
SUGGESTIONS_CACHE_SECONDS = 300


@dataclass
class Suggestions:
    innovations: list = field(default_factory=list)
    resources: list = field(default_factory=list)
    contacts: list = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.innovations or self.resources or self.contacts)


def for_need(need: Need, *, limit: int = SUGGESTIONS_PER_TYPE) -> Suggestions:
    """What may answer `need`: matches of its title and details, not counting
    the asker's own contact listings. Kept in the cache for a few minutes (until
    the question changes), so the asker's reloads cost nothing more."""
    key = f"need-suggestions:{need.pk}:{need.updated_at.timestamp()}:{limit}"
    found = cache.get(key)
    if found is None:
        found = for_text(f"{need.title} {need.body}", asker_id=need.author_id, limit=limit)
        cache.set(key, found, SUGGESTIONS_CACHE_SECONDS)
    return found


def for_text(
    text: str, *, asker_id: int | None = None, limit: int = SUGGESTIONS_PER_TYPE
) -> Suggestions:
    """Up to `limit` of each type, best match first; only published items."""
    fields = ("pk", "slug", "summary", "language", "published_at")
    innovations = Innovation.objects.published().only("title", *fields)
    resources = Resource.objects.published().only("title", "resource_type", *fields)
    contacts = Contact.objects.published().only(
        "pk", "slug", "name", "organisation", "can_help_with", "language", "published_at"
    )
    if asker_id is not None:
        contacts = contacts.exclude(user_id=asker_id)
    return Suggestions(
        innovations=list(similar_published(innovations, text, limit=limit)),
        resources=list(similar_published(resources, text, limit=limit)),
        contacts=list(
            similar_published(
                contacts,
                text,
                limit=limit,
                weighted_fields=(("name", 2), ("organisation", 1), ("can_help_with", 1)),
            )
        ),
    )
