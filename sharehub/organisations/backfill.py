"""Turning the free-text organisation values already stored into records, for the
data migrations (catalogue 0013, contacts 0009, organisations 0002). Written against
the models a migration passes in (`apps`), so it works on the schema of its day.

Nothing a person wrote changes: every distinct non-blank value gets the record its
matching key names (made from the first value seen with that key), and every row
holding that value links to it. Blank values stay unlinked."""

from django.db.models import Case, Value, When

from sharehub.core.slugs import unique_slug
from sharehub.organisations.names import clean, normalise

CHUNK = 500


def record_by_key(apps, name: str, organisation_type_id=None, cache: dict | None = None):
    Organisation = apps.get_model("organisations", "Organisation")
    key = normalise(name)
    if not key:
        return None
    organisation = cache.get(key) if cache is not None else None
    if organisation is None:
        organisation = Organisation.objects.filter(key=key).first()
    if organisation is None:
        name = clean(name)
        organisation = Organisation.objects.create(
            name=name,
            key=key,
            slug=unique_slug(Organisation, name),
            organisation_type_id=organisation_type_id,
        )
    elif organisation.organisation_type_id is None and organisation_type_id is not None:
        organisation.organisation_type_id = organisation_type_id
        organisation.save(update_fields=["organisation_type"])
    if cache is not None:
        cache[key] = organisation
    return organisation


def link_rows(apps, app_label: str, model_name: str, *, typed: bool | None = None) -> int:
    """Link every row of one model to the record its `organisation` text names (and
    its `organisation_type`, when it has one, fills a record's gap); returns how many
    rows were linked."""
    Model = apps.get_model(app_label, model_name)
    if typed is None:
        typed = any(f.name == "organisation_type" for f in Model._meta.get_fields())
    fields = ["organisation", "organisation_type_id"] if typed else ["organisation"]
    values: dict[str, int | None] = {}
    for row in Model.objects.exclude(organisation="").order_by("pk").values_list(*fields):
        value, type_id = row[0], (row[1] if typed else None)
        if values.get(value) is None:
            values[value] = type_id
    cache: dict = {}
    records = {}
    for value, type_id in values.items():
        organisation = record_by_key(apps, value, type_id, cache)
        if organisation is not None:
            records[value] = organisation.pk
    # A few statements rather than one a value: every statement on a content table
    # runs its facet-version trigger once.
    linked = 0
    values = list(records)
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        linked += Model.objects.filter(organisation__in=chunk).update(
            organisation_record_id=Case(
                *(When(organisation=value, then=Value(records[value])) for value in chunk)
            )
        )
    return linked


def adoption_places(apps) -> None:
    """An organisation works where it took an innovation up: the local authorities
    of its published adoptions join its own (a story still waiting for a moderator,
    or refused, says nothing in public)."""
    Adoption = apps.get_model("catalogue", "Adoption")
    Organisation = apps.get_model("organisations", "Organisation")
    pairs = (
        Adoption.objects.filter(
            status="published", organisation_record__isnull=False, local_authority__isnull=False
        )
        .values_list("organisation_record_id", "local_authority_id")
        .distinct()
    )
    Through = Organisation.local_authorities.through
    Through.objects.bulk_create(
        [Through(organisation_id=o, localauthority_id=la) for o, la in pairs],
        ignore_conflicts=True,
    )


def profile_memberships(apps) -> None:
    """A person's profile organisation becomes their membership of its record."""
    User = apps.get_model("accounts", "User")
    Membership = apps.get_model("organisations", "Membership")
    cache: dict = {}
    rows = User.objects.exclude(organisation="").order_by("pk")
    for user_id, value, type_id in rows.values_list("pk", "organisation", "organisation_type_id"):
        organisation = record_by_key(apps, value, type_id, cache)
        if organisation is not None:
            Membership.objects.get_or_create(user_id=user_id, organisation=organisation)


def unlink_rows(apps, app_label: str, model_name: str) -> None:
    apps.get_model(app_label, model_name).objects.update(organisation_record=None)
