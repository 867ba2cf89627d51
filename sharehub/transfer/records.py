"""The record types of the content file, one entry each in RECORD_TYPES, in the
order they are written and read (what a record points to comes first).

Each entry says how its rows are found and written as records (`rows`,
`export`), how a record finds the row it describes (`find`: its stable identity)
and how a new one is made (`create`: through the same service functions as the
pages, sharehub.catalogue.workflow, adoptions and sharehub.contacts.services, then
the status and times it had through sharehub.gate.transitions.restore). To add a
type, write a RecordType and put it in the list where
what it points to is already read. The schema is documented in
docs/import-export.md; change SCHEMA_VERSION with it.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.core.files.storage import default_storage

from sharehub.attachments.models import Attachment
from sharehub.attachments.services import attach_files
from sharehub.catalogue import adoptions, workflow
from sharehub.catalogue.models import Adoption, Innovation, Need, NeedReply, Resource
from sharehub.catalogue.models.coauthors import CoAuthor
from sharehub.comments import services as comments
from sharehub.comments.models import Comment
from sharehub.contacts import services as contacts
from sharehub.contacts.models import Contact
from sharehub.core.uploads import check_upload
from sharehub.gate.transitions import TransitionRefused, restore
from sharehub.organisations.models import Membership, Organisation
from sharehub.organisations.names import clean, normalise
from sharehub.taxonomy import models as tax
from sharehub.transfer.codec import (
    FieldError,
    Spec,
    Terms,
    quoted,
    read_time,
    text,
    write_time,
)

SCHEMA = "sharehub-content"
SCHEMA_VERSION = 2


@dataclass
class Run:
    """What one export or import knows: the options, the term cache, the people
    met so far and the links to set once every item is in."""

    with_people: bool = False
    files: Path | None = None
    account: Any = None  # who is the author when people are not included
    terms: Terms = field(default_factory=Terms)
    people: dict = field(default_factory=dict)
    # (model, slug, field name, target slug, line): translation_of and duplicate_of
    links: list = field(default_factory=list)
    line: int = 0  # the line being read, for links checked at the end
    saved: list = field(default_factory=list)  # files stored by the record being read
    # (type, slug) of every record in the file, read first: a link may point ahead
    slugs: set = field(default_factory=set)

    def person(self, name: str, email):
        """The account an e-mail address names (read from the person records)."""
        if not self.with_people:
            return self.account
        if email is None:
            return None
        if not isinstance(email, str):
            raise FieldError(name, "must be an e-mail address or null")
        key = email.lower()
        if key not in self.people:
            user = get_user_model().objects.filter(email__iexact=email).first()
            if user is None:
                raise FieldError(name, f"no person record or account for {quoted(email)}")
            self.people[key] = user
        return self.people[key]

    def author_or_account(self, name: str, email):
        return self.person(name, email) or self.account


def email_of(user) -> str | None:
    return user.email if user is not None else None


def item_slug(name: str, model, slug, *, published=False):
    if not isinstance(slug, str):
        raise FieldError(name, "must be a slug")
    rows = model.objects.published() if published else model.objects.all()
    found = rows.filter(slug=slug).first()
    if found is None:
        noun = model._meta.model_name
        raise FieldError(
            name,
            f"no published {noun} {quoted(slug)}"
            if published
            else f"unknown {noun} slug {quoted(slug)}",
        )
    return found


def errors_of(exc: ValidationError) -> list[FieldError]:
    if hasattr(exc, "error_dict"):
        return [
            FieldError(name, " ".join(str(m) for m in messages))
            for name, messages in sorted(exc.message_dict.items())
        ]
    return [FieldError("", " ".join(exc.messages))]


class Rejected(Exception):
    """The record is refused: every field error found."""

    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


@dataclass(frozen=True)
class RecordType:
    name: str
    model: type
    rows: Callable  # (run) → queryset in identity order
    export: Callable  # (row, run) → dict (without "type")
    find: Callable  # (record, run) → the existing row or None
    create: Callable  # (record, run) → the new row
    needs_people: bool = False  # only written with --with-people
    needs_files: bool = False  # only written with --files
    compare: bool = True  # an existing row must match the record (people are only matched)
    file_fields: tuple[str, ...] = ()  # fields naming a file in the --files folder
    deferred: tuple[str, ...] = ()  # fields set once every record is read (links)


# --- shared pieces -----------------------------------------------------------------

STATE = ("status", "created_at", "updated_at")


def _state(row) -> dict:
    return {
        "status": row.status,
        "created_at": write_time(row.created_at),
        "updated_at": write_time(row.updated_at),
    }


def _read_fields(record: dict, specs, run: Run) -> tuple[dict, list[FieldError]]:
    values, errors = {}, []
    for spec in specs:
        try:
            values[spec.name] = spec.read(record.get(spec.name), run.terms)
        except FieldError as exc:
            errors.append(exc)
    return values, errors


def _restore(
    row, record: dict, run: Run, times: tuple[str, ...], actor, owner: str = "author"
) -> None:
    """The status, times and moderators' message the record gives
    (sharehub.gate.transitions.restore). A record with people whose owner is null
    (a deleted account) was made by the import account, which is taken off again."""
    values = {}
    errors = []
    for name in times:
        try:
            values[name] = read_time(name, record.get(name))
        except FieldError as exc:
            errors.append(exc)
    try:
        created_at = read_time("created_at", record.get("created_at"))
        updated_at = read_time("updated_at", record.get("updated_at"))
    except FieldError as exc:
        raise Rejected([exc]) from None
    if "moderator_message" in record:
        values["moderator_message"] = record["moderator_message"]
    if "featured" in record:
        values["featured"] = record["featured"]
    if "personal_data_confirmed_by" in record:
        try:
            values["personal_data_confirmed_by"] = run.person(
                "personal_data_confirmed_by", record["personal_data_confirmed_by"]
            )
        except FieldError as exc:
            errors.append(exc)
    if errors:
        raise Rejected(errors)
    restore(
        row,
        status=record["status"],
        values=values,
        created_at=created_at or row.created_at,
        updated_at=updated_at or row.updated_at,
        actor=actor,
    )
    if run.with_people and owner in record and record[owner] is None:
        type(row).objects.filter(pk=row.pk).update(**{owner: None})
        setattr(row, owner, None)


def _check_state(record: dict) -> list[FieldError]:
    from sharehub.core.models import Status

    errors = []
    if record.get("status") not in Status.values:
        errors.append(FieldError("status", f"unknown status {quoted(record.get('status'))}"))
    for name in ("created_at", "updated_at"):
        try:
            if read_time(name, record.get(name)) is None:
                errors.append(FieldError(name, "is required"))
        except FieldError as exc:
            errors.append(exc)
    return errors


def _call(service, *args, **kwargs):
    """A service's refusals as the record's field errors."""
    try:
        return service(*args, **kwargs)
    except ValidationError as exc:
        raise Rejected(errors_of(exc)) from None
    except (TransitionRefused, contacts.ContactRefused) as exc:
        raise Rejected([FieldError("", str(exc))]) from None


# --- people --------------------------------------------------------------------------


def _people_rows(run: Run):
    """Everyone the exported content names (authors, who confirmed, uploaders)."""
    User = get_user_model()
    ids = set()
    for model in (Innovation, Resource, Need):
        ids |= set(model.objects.values_list("author", flat=True))
        ids |= set(model.objects.values_list("personal_data_confirmed_by", flat=True))
    for model in (NeedReply, Adoption):
        ids |= set(model.objects.values_list("author", flat=True))
    ids |= set(Contact.objects.values_list("user", flat=True))
    ids |= set(Membership.objects.values_list("user", flat=True))
    ids |= set(CoAuthor.objects.values_list("user", flat=True))
    ids |= set(CoAuthor.objects.values_list("invited_by", flat=True))
    ids |= set(Comment.objects.values_list("author", flat=True))
    if run.files:
        ids |= set(Attachment.objects.values_list("uploaded_by", flat=True))
    ids.discard(None)
    return User.objects.filter(pk__in=ids).exclude(email="").order_by("email", "pk")


def _person_create(record: dict, run: Run):
    email = text("email", record.get("email"))
    name = text("display_name", record.get("display_name", ""))
    User = get_user_model()
    user = User(username=email.lower()[:150], email=email, display_name=name)
    user.set_unusable_password()
    try:
        user.full_clean(exclude=["username", "password", "public_id"])
    except ValidationError as exc:
        raise Rejected(errors_of(exc)) from None
    user.save()
    run.people[email.lower()] = user
    return user


def _person_find(record: dict, run: Run):
    email = text("email", record.get("email"))
    user = get_user_model().objects.filter(email__iexact=email).first()
    if user is not None:
        run.people[email.lower()] = user
    return user


PERSON = RecordType(
    "person",
    get_user_model(),
    rows=_people_rows,
    export=lambda row, run: {"email": row.email, "display_name": row.display_name},
    find=_person_find,
    create=_person_create,
    needs_people=True,
    compare=False,
)


# --- organisations -------------------------------------------------------------------

ORGANISATION_SPECS = (
    Spec("name"),
    Spec("organisation_type", "term", tax.OrganisationType),
    Spec("local_authorities", "terms", tax.LocalAuthority),
    Spec("website"),
)


def _organisation_rows(run: Run):
    return (
        Organisation.objects.select_related("organisation_type")
        .prefetch_related("local_authorities")
        .order_by("slug")
    )


def _organisation_export(row, run: Run) -> dict:
    record = {spec.name: spec.write(row) for spec in ORGANISATION_SPECS}
    record |= {
        "slug": row.slug,
        "created_at": write_time(row.created_at),
        "updated_at": write_time(row.updated_at),
    }
    return record


def _organisation_create(record: dict, run: Run):
    values, errors = _read_fields(record, ORGANISATION_SPECS, run)
    times = {}
    for name in ("created_at", "updated_at"):
        try:
            times[name] = read_time(name, record.get(name))
            if times[name] is None:
                errors.append(FieldError(name, "is required"))
        except FieldError as exc:
            errors.append(exc)
    key = normalise(clean(values.get("name", "")))
    if "name" in values and not key:
        errors.append(FieldError("name", "is required"))
    elif key:
        other = Organisation.objects.filter(key=key).first()
        if other is not None:
            errors.append(
                FieldError("name", f"the organisation {quoted(other.slug)} has this name")
            )
    if errors:
        raise Rejected(errors)
    places = values.pop("local_authorities")
    organisation = Organisation(**values, slug=record.get("slug"), key=key)
    try:
        organisation.full_clean(exclude=["key"])
    except ValidationError as exc:
        raise Rejected(errors_of(exc)) from None
    organisation.save()
    organisation.local_authorities.set(places)
    Organisation.objects.filter(pk=organisation.pk).update(**times)
    return organisation


def _linked_organisation(record: dict) -> Organisation | None:
    """The organisation record an item, adoption or listing links to, by its slug."""
    slug = record.get("organisation_record")
    if slug is None:
        return None
    found = Organisation.objects.filter(slug=slug).first() if isinstance(slug, str) else None
    if found is None:
        raise FieldError("organisation_record", f"unknown organisation slug {quoted(slug)}")
    return found


PLACES = Organisation.local_authorities.through


def _newest_organisation() -> tuple[int, int]:
    """The newest organisation and organisation place, before a service links a row."""
    return tuple(
        model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        for model in (Organisation, PLACES)
    )


def _relink(row, organisation, newest: tuple[int, int]) -> None:
    """The write services link a row by its organisation text
    (sharehub.organisations.services.link), making a record when none has that
    name, and a published adoption adds its place to it: the import points the row
    at the record the file names instead, and removes any record or place the
    service added on the way (the file's organisation records, read first, are
    whole)."""
    if row.organisation_record_id != (organisation.pk if organisation else None):
        type(row).objects.filter(pk=row.pk).update(organisation_record=organisation)
        row.organisation_record = organisation
    PLACES.objects.filter(pk__gt=newest[1]).delete()
    Organisation.objects.filter(pk__gt=newest[0]).exclude(
        pk=organisation.pk if organisation else None
    ).delete()


# --- innovations, resources, needs ---------------------------------------------------

T = tax
ITEM_COMMON = (
    Spec("title"),
    Spec("language"),
    Spec("challenge_areas", "terms", T.ChallengeArea),
    Spec("regions", "terms", T.Region),
    Spec("local_authorities", "terms", T.LocalAuthority),
)
ITEM_TIMES = ("published_at", "submitted_at", "personal_data_confirmed_at")
ITEM_SPECS = {
    Innovation: (
        *ITEM_COMMON,
        Spec("summary"),
        Spec("body"),
        Spec("sector", "term", T.Sector),
        Spec("kind", "term", T.Kind),
        Spec("stage", "term", T.Stage),
        Spec("role", "term", T.Role),
        Spec("job_role", "term", T.JobRole),
        Spec("organisation"),
        Spec("organisation_type", "term", T.OrganisationType),
        Spec("what_helped"),
        Spec("what_got_in_the_way"),
        Spec("outcomes"),
        Spec("looking_for", "json"),
        Spec("links", "json"),
        Spec("contact_preference"),
    ),
    Resource: (
        *ITEM_COMMON,
        Spec("summary"),
        Spec("body"),
        Spec("resource_type"),
        Spec("url"),
        Spec("roles", "terms", T.Role),
        Spec("job_roles", "terms", T.JobRole),
        Spec("sector", "term", T.Sector),
        Spec("evidence_level"),
        Spec("cost"),
        Spec("time_to_implement"),
        Spec("licence"),
        Spec("review_by", "date"),
        Spec("organisation"),
    ),
    Need: (*ITEM_COMMON, Spec("body")),
}
EXTRA_TIMES = {Need: ("answered_at",)}
RELATED = {
    Innovation: (
        "sector",
        "kind",
        "stage",
        "role",
        "job_role",
        "organisation_type",
        "organisation_record",
    ),
    Resource: ("sector", "organisation_record"),
    Need: (),
}
PREFETCH = {
    Innovation: ("challenge_areas", "regions", "local_authorities"),
    Resource: ("challenge_areas", "regions", "local_authorities", "roles", "job_roles"),
    Need: ("challenge_areas", "regions", "local_authorities"),
}


def _item_rows(model):
    def rows(run: Run):
        related = [*RELATED[model], "translation_of", "duplicate_of"]
        if run.with_people:
            related += ["author", "personal_data_confirmed_by"]
        return (
            model.objects.select_related(*related)
            .prefetch_related(*PREFETCH[model])
            .order_by("slug")
        )

    return rows


def _item_export(model):
    def export(row, run: Run) -> dict:
        record = {spec.name: spec.write(row) for spec in ITEM_SPECS[model]}
        record |= _state(row)
        record |= {name: write_time(getattr(row, name)) for name in ITEM_TIMES}
        record |= {name: write_time(getattr(row, name)) for name in EXTRA_TIMES.get(model, ())}
        record["slug"] = row.slug
        record["featured"] = row.featured
        record["moderator_message"] = row.moderator_message
        record["translation_of"] = row.translation_of.slug if row.translation_of else None
        record["duplicate_of"] = row.duplicate_of.slug if row.duplicate_of else None
        if model is not Need:
            record["organisation_record"] = _organisation_slug(row)
        if model is Resource and run.files:
            record["file"] = row.file.name or ""
        if run.with_people:
            record["author"] = email_of(row.author)
            record["personal_data_confirmed_by"] = email_of(row.personal_data_confirmed_by)
        return record

    return export


def _organisation_slug(row) -> str | None:
    return row.organisation_record.slug if row.organisation_record_id else None


def _stored_file(name: str, path, run: Run) -> str:
    """A file named by the record, read from the --files folder, checked like an
    upload and stored under the same name. Returns the stored name."""
    if path == "":
        return ""
    content = _read_checked(name, path, run)
    if default_storage.exists(path):
        raise FieldError(name, f"a different file is already stored as {quoted(path)}")
    stored = default_storage.save(path, ContentFile(content.content))
    run.saved.append(stored)
    return stored


def _safe_path(name: str, path, run: Run) -> Path:
    if run.files is None:
        raise FieldError(name, "names a file but no --files folder was given")
    if not isinstance(path, str) or not path:
        raise FieldError(name, "must be a path inside the --files folder")
    relative = Path(path)
    if relative.is_absolute() or ".." in relative.parts:
        raise FieldError(name, f"must be a path inside the --files folder: {quoted(path)}")
    full = run.files / relative
    if not full.is_file():
        raise FieldError(name, f"no file {quoted(path)} in the --files folder")
    return full


def _read_checked(name: str, path, run: Run, display_name: str | None = None):
    full = _safe_path(name, path, run)
    with full.open("rb") as handle:
        try:
            return check_upload(File(handle, name=display_name or full.name))
        except ValidationError as exc:
            raise FieldError(name, " ".join(exc.messages)) from None


def _item_create(model):
    def create(record: dict, run: Run):
        values, errors = _read_fields(record, ITEM_SPECS[model], run)
        errors += _check_state(record)
        slug = record.get("slug")
        try:
            author = run.author_or_account("author", record.get("author"))
        except FieldError as exc:
            errors.append(exc)
        for name in ("translation_of", "duplicate_of"):
            target = record.get(name)
            if target is None:
                continue
            if not isinstance(target, str):
                errors.append(FieldError(name, "must be a slug or null"))
            elif (record.get("type"), target) not in run.slugs and not model.objects.filter(
                slug=target
            ).exists():
                noun = model._meta.model_name
                errors.append(FieldError(name, f"unknown {noun} slug {quoted(target)}"))
        if model is Resource and run.files and "file" in record:
            try:
                values["file"] = _stored_file("file", record["file"], run)
            except FieldError as exc:
                errors.append(exc)
        organisation = None
        if model is not Need:
            try:
                organisation = _linked_organisation(record)
            except FieldError as exc:
                errors.append(exc)
        if errors:
            raise Rejected(errors)
        newest = _newest_organisation()
        item = _call(
            workflow.create_draft,
            model,
            values,
            author=author,
            language=values.get("language") or "en",
            slug=slug,
            limited=False,
        )
        if model is not Need:
            _relink(item, organisation, newest)
        _restore(item, record, run, ITEM_TIMES + EXTRA_TIMES.get(model, ()), run.account)
        for name in ("translation_of", "duplicate_of"):
            if record.get(name):
                run.links.append((run.line, model, slug, name, record[name]))
        return item

    return create


def _item_find(model, rows=None):
    def find(record: dict, run: Run):
        slug = record.get("slug")
        if not isinstance(slug, str) or not slug:
            raise Rejected([FieldError("slug", "is required")])
        # Most records of a first import are new: a cheap look first, then the
        # row with everything its record shows.
        if not model.objects.filter(slug=slug).exists():
            return None
        return (rows or _item_rows(model))(run).filter(slug=slug).first()

    return find


def _item_type(name: str, model) -> RecordType:
    return RecordType(
        name,
        model,
        rows=_item_rows(model),
        export=_item_export(model),
        find=_item_find(model),
        create=_item_create(model),
        file_fields=("file",) if model is Resource else (),
        deferred=("translation_of", "duplicate_of"),
    )


# --- replies -------------------------------------------------------------------------


def _reply_rows(run: Run):
    related = ["need", "author"] if run.with_people else ["need"]
    return (
        NeedReply.objects.select_related(*related)
        .prefetch_related("innovations", "resources")
        .order_by("need__slug", "created_at", "pk")
    )


def _reply_export(row, run: Run) -> dict:
    record = {
        "need": row.need.slug,
        "body": row.body,
        "language": row.language,
        "innovations": sorted(i.slug for i in row.innovations.all()),
        "resources": sorted(r.slug for r in row.resources.all()),
        "published_at": write_time(row.published_at),
        "moderator_message": row.moderator_message,
        **_state(row),
    }
    if run.with_people:
        record["author"] = email_of(row.author)
    return record


def _child_find(model, parent: str, own: str):
    """Replies and adoptions have no slug: a row is the one on the same item, made
    at the same time, with the same words (`own`: its body, its organisation)."""

    def find(record: dict, run: Run):
        slug = record.get(parent)
        if not isinstance(slug, str):
            raise Rejected([FieldError(parent, "must be a slug")])
        try:
            created_at = read_time("created_at", record.get("created_at"))
            words = text(own, record.get(own))
        except FieldError as exc:
            raise Rejected([exc]) from None
        if created_at is None:
            raise Rejected([FieldError("created_at", "is required")])
        rows = _reply_rows(run) if model is NeedReply else _adoption_rows(run)
        return rows.filter(
            **{f"{parent}__slug": slug, "created_at": created_at, own: words}
        ).first()

    return find


def _reply_create(record: dict, run: Run):
    errors = _check_state(record)
    found = {}
    for name, model in (("need", Need), ("innovations", Innovation), ("resources", Resource)):
        try:
            if name == "need":
                found[name] = item_slug(name, model, record.get(name))
            elif not isinstance(record.get(name), list):
                raise FieldError(name, "must be a list of slugs")
            else:
                found[name] = [item_slug(name, model, slug) for slug in record[name]]
        except FieldError as exc:
            errors.append(exc)
    try:
        body = text("body", record.get("body"))
        author = run.author_or_account("author", record.get("author"))
    except FieldError as exc:
        errors.append(exc)
    if errors:
        raise Rejected(errors)
    reply = _call(
        workflow.add_reply,
        need=found["need"],
        author=author,
        body=body,
        innovations=found["innovations"],
        resources=found["resources"],
        language=record.get("language"),
        limited=False,
    )
    _restore(reply, record, run, ("published_at",), run.account)
    return reply


REPLY = RecordType(
    "reply",
    NeedReply,
    rows=_reply_rows,
    export=_reply_export,
    find=_child_find(NeedReply, "need", "body"),
    create=_reply_create,
)


# --- contacts ------------------------------------------------------------------------

CONTACT_SPECS = (
    Spec("name"),
    Spec("is_organisation", "bool"),
    Spec("role", "term", T.Role),
    Spec("job_role", "term", T.JobRole),
    Spec("organisation"),
    Spec("organisation_type", "term", T.OrganisationType),
    Spec("can_help_with"),
    Spec("bio"),
    Spec("challenge_areas", "terms", T.ChallengeArea),
    Spec("regions", "terms", T.Region),
    Spec("local_authorities", "terms", T.LocalAuthority),
)


def _contact_rows(run: Run):
    related = ["role", "job_role", "organisation_type", "organisation_record"] + (
        ["user"] if run.with_people else []
    )
    return (
        Contact.objects.select_related(*related)
        .prefetch_related("challenge_areas", "regions", "local_authorities")
        .order_by("slug")
    )


def _contact_export(row, run: Run) -> dict:
    # The listing's own e-mail address is never exported (it is only for relaying).
    record = {spec.name: spec.write(row) for spec in CONTACT_SPECS}
    record |= {
        "slug": row.slug,
        "language": row.language,
        "published_at": write_time(row.published_at),
        "organisation_record": _organisation_slug(row),
        **_state(row),
    }
    if run.with_people:
        record["user"] = email_of(row.user)
    return record


def _contact_create(record: dict, run: Run):
    values, errors = _read_fields(record, CONTACT_SPECS, run)
    errors += _check_state(record)
    try:
        user = run.author_or_account("user", record.get("user"))
        organisation = _linked_organisation(record)
    except FieldError as exc:
        errors.append(exc)
    if errors:
        raise Rejected(errors)
    newest = _newest_organisation()
    contact = _call(
        contacts.save_listing,
        values,
        user=user,
        language=record.get("language") or "en",
        slug=record["slug"],
        limited=False,
    )
    _relink(contact, organisation, newest)
    _restore(contact, record, run, ("published_at",), run.account, owner="user")
    return contact


CONTACT = RecordType(
    "contact",
    Contact,
    rows=_contact_rows,
    export=_contact_export,
    find=_item_find(Contact, _contact_rows),
    create=_contact_create,
)


# --- adoptions -----------------------------------------------------------------------


def _adoption_rows(run: Run):
    related = ["innovation", "local_authority", "organisation_record"] + (
        ["author"] if run.with_people else []
    )
    return Adoption.objects.select_related(*related).order_by(
        "innovation__slug", "created_at", "pk"
    )


def _adoption_export(row, run: Run) -> dict:
    record = {
        "innovation": row.innovation.slug,
        "organisation": row.organisation,
        "organisation_record": _organisation_slug(row),
        "local_authority": row.local_authority.slug if row.local_authority else None,
        "started": row.started.isoformat() if row.started else None,
        "progress": row.progress,
        "stopped_reason": row.stopped_reason,
        "story": row.story,
        "contact_preference": row.contact_preference,
        "language": row.language,
        "published_at": write_time(row.published_at),
        "personal_data_confirmed_at": write_time(row.personal_data_confirmed_at),
        "moderator_message": row.moderator_message,
        **_state(row),
    }
    if run.with_people:
        record["author"] = email_of(row.author)
    return record


def _adoption_create(record: dict, run: Run):
    errors = _check_state(record)
    values = {}
    for name, read in (
        ("innovation", lambda v: item_slug("innovation", Innovation, v)),
        ("local_authority", lambda v: run.terms.one("local_authority", T.LocalAuthority, v)),
        ("started", lambda v: Spec("started", "date").read(v, run.terms)),
        ("organisation", lambda v: text("organisation", v)),
        ("progress", lambda v: text("progress", v)),
        ("stopped_reason", lambda v: text("stopped_reason", v)),
        ("story", lambda v: text("story", v)),
        ("contact_preference", lambda v: text("contact_preference", v)),
        ("author", lambda v: run.author_or_account("author", v)),
    ):
        try:
            values[name] = read(record.get(name))
        except FieldError as exc:
            errors.append(exc)
    try:
        organisation = _linked_organisation(record)
    except FieldError as exc:
        errors.append(exc)
    if errors:
        raise Rejected(errors)
    newest = _newest_organisation()
    adoption = _call(
        adoptions.adoption_create,
        **values,
        language=record.get("language"),
        limited=False,
    )
    _relink(adoption, organisation, newest)
    _restore(adoption, record, run, ("published_at", "personal_data_confirmed_at"), run.account)
    return adoption


ADOPTION = RecordType(
    "adoption",
    Adoption,
    rows=_adoption_rows,
    export=_adoption_export,
    find=_child_find(Adoption, "innovation", "organisation"),
    create=_adoption_create,
)


# --- attachments ---------------------------------------------------------------------


def _attachment_rows(run: Run):
    related = ["innovation", "resource"] + (["uploaded_by"] if run.with_people else [])
    return Attachment.objects.select_related(*related).order_by("id")


def _attachment_export(row, run: Run) -> dict:
    record = {
        "id": str(row.id),
        "innovation": row.innovation.slug if row.innovation else None,
        "resource": row.resource.slug if row.resource else None,
        "original_name": row.original_name,
        "path": row.file.name,
        "pending": row.pending,
        "created_at": write_time(row.created_at),
    }
    if run.with_people:
        record["uploaded_by"] = email_of(row.uploaded_by)
    return record


def _attachment_id(record: dict):
    try:
        return uuid.UUID(str(record.get("id")))
    except ValueError:
        raise Rejected([FieldError("id", f"not a UUID: {quoted(record.get('id'))}")]) from None


def _attachment_create(record: dict, run: Run):
    errors = []
    item = None
    given = [name for name in ("innovation", "resource") if record.get(name) is not None]
    if len(given) != 1:
        errors.append(FieldError("innovation", "give exactly one of innovation and resource"))
    else:
        try:
            model = Innovation if given[0] == "innovation" else Resource
            item = item_slug(given[0], model, record[given[0]])
        except FieldError as exc:
            errors.append(exc)
    upload = None
    try:
        original = text("original_name", record.get("original_name"))
        upload = _read_checked("path", record.get("path"), run, display_name=original)
        created_at = read_time("created_at", record.get("created_at"))
        user = run.author_or_account("uploaded_by", record.get("uploaded_by"))
    except FieldError as exc:
        errors.append(exc)
    if not isinstance(record.get("pending"), bool):
        errors.append(FieldError("pending", "must be true or false"))
    if errors:
        raise Rejected(errors)
    (attachment,) = _call(
        attach_files,
        item,
        [upload],
        user,
        ids=[_attachment_id(record)],
        pending=record["pending"],
    )
    run.saved.append(attachment.file.name)
    if attachment.file.name != record["path"]:
        default_storage.delete(attachment.file.name)
        raise Rejected(
            [
                FieldError(
                    "path", f"must be the stored name attachments/<id>{upload.file_type.extension}"
                )
            ]
        )
    if created_at is not None:
        Attachment.objects.filter(pk=attachment.pk).update(created_at=created_at)
    return attachment


ATTACHMENT = RecordType(
    "attachment",
    Attachment,
    rows=_attachment_rows,
    export=_attachment_export,
    find=lambda record, run: _attachment_rows(run).filter(pk=_attachment_id(record)).first(),
    create=_attachment_create,
    needs_files=True,
    file_fields=("path",),
)


# --- organisations (their records), memberships ---------------------------------------

ORGANISATION = RecordType(
    "organisation",
    Organisation,
    rows=_organisation_rows,
    export=_organisation_export,
    find=_item_find(Organisation, _organisation_rows),
    create=_organisation_create,
)


def _membership_rows(run: Run):
    return (
        Membership.objects.select_related("user", "organisation")
        .exclude(user__email="")
        .order_by("organisation__slug", "user__email", "pk")
    )


def _membership_export(row, run: Run) -> dict:
    return {
        "organisation": row.organisation.slug,
        "user": row.user.email,
        "created_at": write_time(row.created_at),
    }


def _membership_find(record: dict, run: Run):
    organisation, user = record.get("organisation"), record.get("user")
    if not isinstance(organisation, str) or not isinstance(user, str):
        return None  # create says what is wrong
    return (
        _membership_rows(run)
        .filter(organisation__slug=organisation, user__email__iexact=user)
        .first()
    )


def _membership_create(record: dict, run: Run):
    errors, values = [], {}
    for name, read in (
        ("organisation", lambda v: item_slug("organisation", Organisation, v)),
        ("user", lambda v: run.person("user", text("user", v))),
        ("created_at", lambda v: read_time("created_at", v)),
    ):
        try:
            values[name] = read(record.get(name))
        except FieldError as exc:
            errors.append(exc)
    if not errors and values["created_at"] is None:
        errors.append(FieldError("created_at", "is required"))
    if errors:
        raise Rejected(errors)
    created_at = values.pop("created_at")
    membership = Membership.objects.create(**values)
    Membership.objects.filter(pk=membership.pk).update(created_at=created_at)
    return membership


MEMBERSHIP = RecordType(
    "membership",
    Membership,
    rows=_membership_rows,
    export=_membership_export,
    find=_membership_find,
    create=_membership_create,
    needs_people=True,
)


# --- co-authors ----------------------------------------------------------------------


def _coauthor_rows(run: Run):
    return (
        CoAuthor.objects.select_related("innovation", "resource", "user", "invited_by")
        .exclude(user__email="")
        .order_by("innovation__slug", "resource__slug", "user__email", "pk")
    )


def _coauthor_export(row, run: Run) -> dict:
    return {
        "innovation": row.innovation.slug if row.innovation_id else None,
        "resource": row.resource.slug if row.resource_id else None,
        "user": row.user.email,
        "invited_by": email_of(row.invited_by),
        "address": row.address,
        "state": row.state,
        "answered_at": write_time(row.answered_at),
        "created_at": write_time(row.created_at),
        "updated_at": write_time(row.updated_at),
    }


def _one_item(record: dict, names: tuple[str, ...]) -> tuple[str, Any]:
    """The one item a co-author, comment or attachment is on: (field, row)."""
    given = [name for name in names if record.get(name) is not None]
    if len(given) != 1:
        raise FieldError(names[0], f"give exactly one of {', '.join(names)}")
    name = given[0]
    model = {"innovation": Innovation, "resource": Resource, "need": Need}[name]
    return name, item_slug(name, model, record[name])


def _coauthor_find(record: dict, run: Run):
    given = [n for n in ("innovation", "resource") if isinstance(record.get(n), str)]
    if len(given) != 1 or not isinstance(record.get("user"), str):
        return None  # create says what is wrong
    return (
        _coauthor_rows(run)
        .filter(**{f"{given[0]}__slug": record[given[0]]}, user__email__iexact=record["user"])
        .first()
    )


def _coauthor_create(record: dict, run: Run):
    errors, values = [], {}
    try:
        name, item = _one_item(record, ("innovation", "resource"))
        values[name] = item
    except FieldError as exc:
        errors.append(exc)
    for name, read in (
        ("user", lambda v: run.person("user", text("user", v))),
        ("invited_by", lambda v: run.person("invited_by", v)),
        ("address", lambda v: text("address", v)),
        ("answered_at", lambda v: read_time("answered_at", v)),
        ("created_at", lambda v: read_time("created_at", v)),
        ("updated_at", lambda v: read_time("updated_at", v)),
    ):
        try:
            values[name] = read(record.get(name))
        except FieldError as exc:
            errors.append(exc)
    if record.get("state") not in CoAuthor.State.values:
        errors.append(FieldError("state", f"unknown state {quoted(record.get('state'))}"))
    for name in ("created_at", "updated_at"):
        if name in values and values[name] is None:
            errors.append(FieldError(name, "is required"))
    if errors:
        raise Rejected(errors)
    times = {name: values.pop(name) for name in ("created_at", "updated_at")}
    coauthor = CoAuthor(**values, state=record["state"])
    try:
        coauthor.full_clean()
    except ValidationError as exc:
        raise Rejected(errors_of(exc)) from None
    coauthor.save()
    CoAuthor.objects.filter(pk=coauthor.pk).update(**times)
    return coauthor


COAUTHOR = RecordType(
    "coauthor",
    CoAuthor,
    rows=_coauthor_rows,
    export=_coauthor_export,
    find=_coauthor_find,
    create=_coauthor_create,
    needs_people=True,
)


# --- comments ------------------------------------------------------------------------

COMMENT_ITEMS = ("innovation", "resource", "need")


def _comment_rows(run: Run):
    related = ["innovation", "resource", "need", "reply_to"]
    if run.with_people:
        related.append("author")
    return Comment.objects.select_related(*related).order_by(
        "innovation__slug", "resource__slug", "need__slug", "created_at", "pk"
    )


def _comment_export(row, run: Run) -> dict:
    parent = row.reply_to
    record = {
        name: getattr(row, name).slug if getattr(row, f"{name}_id") else None
        for name in COMMENT_ITEMS
    }
    record |= {
        # A comment has no slug: the one it answers is named by when it was made and
        # its words (it is on the same item).
        "reply_to": {"created_at": write_time(parent.created_at), "body": parent.body}
        if parent
        else None,
        "body": row.body,
        "language": row.language,
        "published_at": write_time(row.published_at),
        "edited_at": write_time(row.edited_at),
        "moderator_message": row.moderator_message,
        **_state(row),
    }
    if run.with_people:
        record["author"] = email_of(row.author)
    return record


def _comment_on(record: dict, item_name: str, item, identity, name: str) -> Comment | None:
    """The comment on `item` made at `identity`'s created_at with its body."""
    if not isinstance(identity, dict):
        raise FieldError(name, "must be {created_at, body}")
    created_at = read_time(name, identity.get("created_at"))
    body = identity.get("body")
    if created_at is None or not isinstance(body, str):
        raise FieldError(name, "must be {created_at, body}")
    return Comment.objects.filter(**{item_name: item}, created_at=created_at, body=body).first()


def _comment_find(record: dict, run: Run):
    try:
        name, item = _one_item(record, COMMENT_ITEMS)
        found = _comment_on(record, name, item, record, "created_at")
    except FieldError:
        return None  # create says what is wrong
    return _comment_rows(run).filter(pk=found.pk).first() if found else None


def _comment_create(record: dict, run: Run):
    errors = _check_state(record)
    item_name = item = parent = None
    try:
        item_name, item = _one_item(record, COMMENT_ITEMS)
    except FieldError as exc:
        errors.append(exc)
    try:
        body = text("body", record.get("body"))
        author = run.author_or_account("author", record.get("author"))
        edited_at = read_time("edited_at", record.get("edited_at"))
        if item is not None and record.get("reply_to") is not None:
            parent = _comment_on(record, item_name, item, record["reply_to"], "reply_to")
            if parent is None:
                raise FieldError("reply_to", "no such comment on this item before this one")
    except FieldError as exc:
        errors.append(exc)
    if errors:
        raise Rejected(errors)
    # restoring: the item or the comment answered may have been closed since.
    comment = _call(
        comments.comment_create,
        item=item,
        author=author,
        body=body,
        language=record.get("language") or "en",
        reply_to=parent,
        limited=False,
        restoring=True,
    )
    Comment.objects.filter(pk=comment.pk).update(edited_at=edited_at)
    comment.edited_at = edited_at
    _restore(comment, record, run, ("published_at",), run.account)
    return comment


COMMENT = RecordType(
    "comment",
    Comment,
    rows=_comment_rows,
    export=_comment_export,
    find=_comment_find,
    create=_comment_create,
)


RECORD_TYPES: list[RecordType] = [
    PERSON,
    ORGANISATION,
    MEMBERSHIP,
    _item_type("innovation", Innovation),
    _item_type("resource", Resource),
    _item_type("need", Need),
    COAUTHOR,
    REPLY,
    CONTACT,
    ADOPTION,
    COMMENT,
    ATTACHMENT,
]
BY_NAME = {record_type.name: record_type for record_type in RECORD_TYPES}
