"""What the catalogue holds about a person (see sharehub.accounts.privacy)."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from sharehub.accounts.models import User
from sharehub.accounts.privacy import (
    Contributions,
    export_section,
    on_account_delete,
    public_contributions,
    row,
)
from sharehub.catalogue.models import (
    Adoption,
    CoAuthor,
    Innovation,
    Need,
    NeedReply,
    Resource,
    Revision,
)
from sharehub.catalogue.services import innovation_refresh_adoption_count
from sharehub.core.models import Status
from sharehub.taxonomy.terms import attach_terms

TAGS = ("challenge_areas", "regions", "local_authorities")
PUBLIC_LIST_LENGTH = 20


def _rows(queryset) -> list[dict]:
    return [row(obj) for obj in attach_terms(queryset.order_by("created_at", "pk"))]


@export_section("innovations")
def _innovations(user: User) -> list[dict]:
    return _rows(Innovation.objects.filter(author=user).prefetch_related(*TAGS))


@export_section("resources")
def _resources(user: User) -> list[dict]:
    return _rows(Resource.objects.filter(author=user).prefetch_related(*TAGS, "roles", "job_roles"))


@export_section("needs")
def _needs(user: User) -> list[dict]:
    return _rows(Need.objects.filter(author=user).prefetch_related(*TAGS))


@export_section("need_replies")
def _need_replies(user: User) -> list[dict]:
    replies = NeedReply.objects.filter(author=user).select_related("need")
    return _rows(replies.prefetch_related("innovations", "resources"))


@export_section("adoptions")
def _adoptions(user: User) -> list[dict]:
    return _rows(Adoption.objects.filter(author=user).select_related("innovation"))


@export_section("coauthoring")
def _coauthoring(user: User) -> list[dict]:
    """What the person was invited to co-author, and their answer (who invited them
    is another person's data: left out)."""
    rows = CoAuthor.objects.filter(user=user).select_related("innovation", "resource")
    return [row(c, exclude=("invited_by",)) for c in rows.order_by("created_at", "pk")]


@export_section("edits_sent_for_review")
def _revisions(user: User) -> list[dict]:
    return [
        {
            "item": f"{r.target_type.model} {r.target_id}",
            "sent": r.created,
            "last_changed": r.updated,
            "changes": r.changes,
            "state": r.state,
            "reason": r.reason,
        }
        for r in Revision.objects.filter(author=user).select_related("target_type")
    ]


@on_account_delete
def _delete(user: User, *, remove_content: bool) -> None:
    """With `remove_content`, everything the person wrote goes. Otherwise what they
    published stays, its author cleared when the account goes; what was never
    published (drafts, submissions, withdrawn or rejected items) goes either way."""
    files = []
    for model in (Innovation, Resource, Need, Adoption):
        mine = model.objects.filter(author=user)
        if not remove_content:
            mine = mine.exclude(status=Status.PUBLISHED)
        if model is Resource:
            files += list(mine.exclude(file="").values_list("file", flat=True))
        if model is Adoption:
            touched = list(mine.values_list("innovation_id", flat=True).distinct())
        mine.delete()
    # Edits waiting for review go with the account (on_delete=CASCADE): their
    # uploads go too.
    for revision in Revision.objects.filter(author=user, state=Revision.State.PENDING):
        files += [v for k, v in revision.changes.items() if k == "file" and v]
    replies = NeedReply.objects.filter(author=user)
    if not remove_content:  # kept anonymised: only what was published
        replies = replies.exclude(status=Status.PUBLISHED)
    replies.delete()
    innovation_refresh_adoption_count(innovation_ids=touched)
    if files:
        storage = Resource._meta.get_field("file").storage
        transaction.on_commit(lambda: [storage.delete(name) for name in files])


@public_contributions
def _published(user: User) -> list[Contributions]:
    found = []
    for model, heading in (
        (Innovation, _("Innovations")),
        (Resource, _("Resources")),
        (Need, _("Questions on the notice board")),
    ):
        items = list(
            model.objects.published()
            .filter(author=user)
            .order_by("-published_at", "-id")
            .only("slug", "title", "language", "published_at")[: PUBLIC_LIST_LENGTH + 1]
        )
        if not items:
            continue
        total = len(items)
        if total > PUBLIC_LIST_LENGTH:
            total = model.objects.published().filter(author=user).count()
        found.append(Contributions(heading, items[:PUBLIC_LIST_LENGTH], total))
    return found
