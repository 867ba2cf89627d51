"""Every write about organisations: finding or making the record a typed name stands
for, linking content to it, memberships, and staff merging a duplicate into another."""

from django.apps import apps
from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext as _

from sharehub.core import fragments
from sharehub.core.ratelimit import take_slot
from sharehub.core.slugs import unique_slug
from sharehub.gate.audit import record
from sharehub.gate.models import Action
from sharehub.organisations import backfill
from sharehub.organisations.models import Membership, Organisation
from sharehub.organisations.names import clean, normalise


def record_for(name: str, organisation_type=None) -> Organisation | None:
    """The organisation `name` stands for, made from it when there is none yet (with
    `organisation_type`, if given). None for a blank name (or one of punctuation only)."""
    name = clean(name)
    key = normalise(name)
    if not key:
        return None
    found = Organisation.objects.filter(key=key).first()
    if found is not None:
        if found.organisation_type_id is None and organisation_type is not None:
            found.organisation_type = organisation_type
            found.save(update_fields=["organisation_type", "updated_at"])
        return found
    try:
        with transaction.atomic():
            return Organisation.objects.create(
                name=name,
                key=key,
                slug=unique_slug(Organisation, name),
                organisation_type=organisation_type,
            )
    except IntegrityError:  # made by another request a moment ago
        return Organisation.objects.get(key=key)


def link(item, *, place=None) -> None:
    """Point `item`'s `organisation_record` at the record its `organisation` text names
    (or at none when the text is blank), saving only that link; `place`, a local
    authority where the organisation works (a published adoption's: `worked_in`), joins
    the record's. Called
    wherever that text is written: drafts and edits, applied revisions, adoptions,
    contact listings. Items without an organisation (questions) are left alone."""
    if not hasattr(type(item), "organisation_record"):
        return
    organisation = record_for(item.organisation, getattr(item, "organisation_type", None))
    pk = organisation.pk if organisation is not None else None
    if item.organisation_record_id != pk:
        item.organisation_record = organisation
        type(item).objects.filter(pk=item.pk).update(organisation_record=organisation)
    if organisation is not None and place is not None:
        worked_in(organisation.pk, place.pk)


def worked_in(organisation_id: int, local_authority_id: int) -> None:
    """The organisation's page says it works in that local authority: for a published
    adoption only (the caller's check), as that page is public."""
    Organisation.local_authorities.through.objects.get_or_create(
        organisation_id=organisation_id, localauthority_id=local_authority_id
    )


# The models whose `organisation` text links to a record, by label (this app sits
# below the content apps and does not import them).
LINKED = (
    ("catalogue", "Innovation"),
    ("catalogue", "Resource"),
    ("catalogue", "Adoption"),
    ("contacts", "Contact"),
)


def link_all() -> None:
    """Link every row of every linked model to its record at once, and note where
    organisations took innovations up: for content written in bulk without the
    services (the demo catalogue, generated benchmark content)."""
    for app_label, model_name in LINKED:
        backfill.link_rows(apps, app_label, model_name)
    backfill.adoption_places(apps)


# --- Memberships ---------------------------------------------------------------------


def take_membership_slot(user) -> None:
    take_slot(
        "organisations:membership",
        user,
        settings.SHAREHUB_MEMBERSHIP_CHANGES_PER_HOUR,
        _(
            "You have changed your organisations %(limit)s times in the last hour, the "
            "most anyone can. Try again in an hour."
        ),
    )


def join(user, name: str) -> Organisation | None:
    """`user` says they belong to the organisation `name` stands for (made if new)."""
    take_membership_slot(user)
    organisation = record_for(name)
    if organisation is not None:
        Membership.objects.get_or_create(user=user, organisation=organisation)
    return organisation


def leave(user, organisation: Organisation) -> None:
    take_membership_slot(user)
    Membership.objects.filter(user=user, organisation=organisation).delete()


# --- Merging duplicates ----------------------------------------------------------------


def linked_fields() -> list[models.ForeignKey]:
    """Every foreign key to an organisation outside this app (innovations, adoptions,
    resources, contact listings): a merge moves them all, whatever app adds one."""
    return [
        rel.remote_field
        for rel in Organisation._meta.related_objects
        if rel.one_to_many and rel.related_model is not Membership
    ]


@transaction.atomic
def merge(*, keep: Organisation, duplicate: Organisation, actor) -> Organisation:
    """Merge `duplicate` into `keep`: every link and membership moves to `keep`
    (a person in both stays a member once), the duplicate's local authorities join
    `keep`'s, its type and website fill gaps, and the duplicate is deleted. One audit
    entry says who merged what (both names and ids)."""
    if keep.pk == duplicate.pk:
        raise ValueError("an organisation cannot be merged into itself")
    # Both rows locked in one order, so two merges of the same pair cannot deadlock.
    locked = {
        o.pk: o
        for o in Organisation.objects.select_for_update()
        .filter(pk__in=[keep.pk, duplicate.pk])
        .order_by("pk")
    }
    if len(locked) != 2:
        raise Organisation.DoesNotExist("an organisation to merge has gone")
    keep, duplicate = locked[keep.pk], locked[duplicate.pk]
    moved = {}
    for field in linked_fields():
        count = field.model._default_manager.filter(**{field.name: duplicate}).update(
            **{field.name: keep}
        )
        moved[field.model._meta.label_lower] = count
    already = Membership.objects.filter(organisation=keep).values("user_id")
    Membership.objects.filter(organisation=duplicate, user_id__in=already).delete()
    moved["memberships"] = Membership.objects.filter(organisation=duplicate).update(
        organisation=keep
    )
    keep.local_authorities.add(*duplicate.local_authorities.all())
    if keep.organisation_type_id is None:
        keep.organisation_type_id = duplicate.organisation_type_id
    keep.website = keep.website or duplicate.website
    keep.save()
    record(
        actor=actor,
        action=Action.MERGE,
        target=keep,
        detail={
            "kept": {"id": keep.pk, "name": keep.name, "slug": keep.slug},
            "merged": {"id": duplicate.pk, "name": duplicate.name, "slug": duplicate.slug},
            "moved": moved,
        },
    )
    duplicate.delete()
    # Pages cached for readers link the duplicate's address (sharehub.core.fragments).
    fragments.everything_changed()
    return keep
