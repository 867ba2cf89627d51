"""Edits that wait for review: what an untrusted author changes on a published item
is kept as a pending Revision while the public keeps seeing the item as it was.

A revision holds only the fields that differ from the published item, as JSON
(`to_json`). A moderator sees the differences (`differences`), approves (the
changes are applied to the item, `apply`) or declines them. A further edit by
the author updates the one pending revision; their edit form starts from it
(`initial`), so nothing they wrote is lost.
"""

import copy
import datetime
import difflib
import re
from dataclasses import dataclass

from django.db import models, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from sharehub.catalogue.forms.base import ContributionForm
from sharehub.catalogue.models.innovations import LookingFor
from sharehub.catalogue.models.revisions import Revision
from sharehub.core.personal_data import highlight
from sharehub.gate.models import about
from sharehub.organisations.services import link as link_organisation
from sharehub.taxonomy.terms import by_pk


def revisions_of(item):
    return about(Revision, item)


def pending_for(item, *, lock: bool = False) -> Revision | None:
    """The item's pending revision; with `lock`, its row is locked (SELECT … FOR UPDATE)."""
    pending = revisions_of(item).filter(state=Revision.State.PENDING)
    return (pending.select_for_update() if lock else pending).first()


def latest_for(item) -> Revision | None:
    """The newest revision, if it still matters to the author: waiting, or declined
    (until their next edit)."""
    revision = revisions_of(item).exclude(state=Revision.State.WITHDRAWN).first()
    if revision is None or revision.state == Revision.State.APPLIED:
        return None
    return revision


def applied_edits(item, *, limit: int = 10) -> list[tuple[Revision, list]]:
    """The edits published without review (trusted authors'), newest first, each
    with its differences: what moderators can check afterwards."""
    edits = revisions_of(item).filter(state=Revision.State.APPLIED).select_related("author")
    return [(r, differences(item, r)) for r in edits[:limit] if r.before]


def latest_by_item(author) -> dict:
    """(content type id, item id) → the author's latest revision that still matters
    (waiting or declined), for their contributions page in one query."""
    latest = {}
    for revision in Revision.objects.filter(author=author).exclude(state=Revision.State.WITHDRAWN):
        latest.setdefault((revision.target_type_id, revision.target_id), revision)
    return {key: r for key, r in latest.items() if r.state != Revision.State.APPLIED}


# --- Values as JSON -------------------------------------------------------------


def _field(item, name):
    return item._meta.get_field(name)


def current_json(item, name):
    """The item's value of one field, as a revision stores it."""
    field = _field(item, name)
    if field.many_to_many:
        return sorted(getattr(item, name).values_list("pk", flat=True))
    if field.many_to_one:
        return getattr(item, field.attname)
    value = getattr(item, name)
    if isinstance(field, models.FileField):
        return value.name or ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def to_json(value):
    """A form's cleaned value, as a revision stores it."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, models.QuerySet) or (
        isinstance(value, (list, tuple)) and all(isinstance(v, models.Model) for v in value)
    ):
        return sorted(v.pk for v in value)
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _python(item, name, value):
    """A stored value back as the model field (of `item`, an instance or a model)
    takes it (many-to-many: the ids)."""
    field = _field(item, name)
    if isinstance(field, models.DateField) and value:
        return datetime.date.fromisoformat(value)
    return value


def same(a, b) -> bool:
    """Equal as an author means it: empty is empty, and line ends are line ends
    (browsers send CRLF)."""
    if a in ("", None) and b in ("", None):
        return True
    if isinstance(a, str) and isinstance(b, str):
        return a.replace("\r\n", "\n") == b.replace("\r\n", "\n")
    return a == b


def _places_now(values: dict, item) -> dict:
    """The item's places as an edit stores them (a region is dropped where a local
    authority narrows it down), so that re-saving them is not a change."""
    if "regions" not in values:
        return {}
    regions, las = ContributionForm._narrowest_places(
        list(item.regions.all()), list(item.local_authorities.all())
    )
    return {"regions": to_json(regions), "local_authorities": to_json(las)}


def _differences(values: dict, item):
    """(name, model field, proposed value) for each of an edit's `values` (field name →
    plain value, as workflow.save_changes takes them) that differs from `item`: as
    JSON, or for a file the new upload, or False when it is cleared."""
    places = _places_now(values, item)
    for name, value in values.items():
        field = _field(item, name)
        if isinstance(field, models.FileField):
            if value is False or (value and not getattr(value, "_committed", False)):
                yield name, field, value
            continue
        proposed = to_json(value)
        if isinstance(proposed, str):
            proposed = proposed.replace("\r\n", "\n")
        now = places[name] if name in places else current_json(item, name)
        if not same(proposed, now):
            yield name, field, proposed


def changed_names(values: dict, item) -> set[str]:
    """The names of the fields an edit's `values` change on `item` (a file field: a
    new upload, or cleared)."""
    return {name for name, _field, _value in _differences(values, item)}


def proposed_changes(values: dict, item) -> dict:
    """The fields an edit's `values` would change on `item`, as JSON. A new upload is
    stored now, under its generated name, and the revision keeps that name (clearing
    a file is not proposed). Places go together: when either regions or local
    authorities change, both are kept."""
    changes = {}
    for name, field, value in _differences(values, item):
        if isinstance(field, models.FileField):
            if value is False:
                continue
            value = field.storage.save(field.generate_filename(item, value.name), value)
        changes[name] = value
    places = _places_now(values, item) if changes.keys() & {"regions", "local_authorities"} else {}
    for name in places:
        changes[name] = to_json(values.get(name) or [])
    return changes


def _changed_fields(model, changes: dict):
    """(name, model field, stored value) for each change whose field still exists."""
    for name, value in changes.items():
        try:
            yield name, model._meta.get_field(name), value
        except models.FieldDoesNotExist:
            continue


def initial(revision: Revision | None) -> dict:
    """The author's pending values, as an edit form's initial data (a new upload
    cannot be shown again in a file input)."""
    if revision is None:
        return {}
    model = revision.target_type.model_class()
    return {
        name: _python(model, name, value)
        for name, field, value in _changed_fields(model, revision.changes)
        if not isinstance(field, models.FileField)
    }


def proposed_item(item, revision: Revision | dict):
    """A copy of `item` (not saved) with the revision's (or the changes') text fields
    applied: what the gate and the personal-data guard scan, and what the preview of
    the new version shows."""
    changes = revision if isinstance(revision, dict) else revision.changes
    proposed = copy.copy(item)
    for name, field, value in _changed_fields(type(item), changes):
        if field.concrete and not field.is_relation and not isinstance(field, models.FileField):
            setattr(proposed, name, _python(item, name, value))
    return proposed


def discard_files(item, changes: dict, *, keep: dict | None = None) -> None:
    """Delete the uploads `changes` stored that neither the item nor `keep` uses."""
    keep = keep or {}
    for name, field, value in _changed_fields(type(item), changes):
        if (
            isinstance(field, models.FileField)
            and value
            and value != current_json(item, name)
            and keep.get(name) != value
        ):
            transaction.on_commit(lambda s=field.storage, v=value: s.delete(v))


def close(item, revision: Revision, state, *, by=None, reason: str = "") -> None:
    """End a pending revision: applied, declined or withdrawn. An upload it stored
    that will not be used is deleted."""
    if state != Revision.State.APPLIED:
        discard_files(item, revision.changes)
    revision.state = state
    revision.decided_at = timezone.now()
    revision.decided_by = by
    revision.reason = reason
    revision.save(update_fields=["state", "decided_at", "decided_by", "reason"])


def carried_over(pending: dict, model, edited, replaced) -> dict:
    """What a pending revision changed that a new edit of the fields `edited` leaves
    alone: other fields (another form's), and an upload a form cannot show again (a
    file input starts empty) when no new file replaces it (`replaced`: the field
    names the new edit changes)."""
    return {
        name: value
        for name, field, value in _changed_fields(model, pending)
        if name not in edited or (isinstance(field, models.FileField) and name not in replaced)
    }


def apply(item, changes: dict) -> None:
    """Write a revision's changes to the (locked) item. Terms removed since the
    edit are skipped; the rest is applied."""
    if not changes:
        return
    concrete, many = [], {}
    for name, field, value in _changed_fields(type(item), changes):
        if field.many_to_many:
            many[name] = list(field.related_model.objects.filter(pk__in=value))
        elif field.many_to_one:
            exists = value is not None and field.related_model.objects.filter(pk=value).exists()
            setattr(item, field.attname, value if exists else None)
            concrete.append(name)
        elif isinstance(field, models.FileField):
            getattr(item, name).name = value
            concrete.append(name)
        else:
            setattr(item, name, _python(item, name, value))
            concrete.append(name)
    item.updated_at = timezone.now()
    item.save(update_fields=[*concrete, "updated_at"])
    for name, terms in many.items():
        getattr(item, name).set(terms)
    link_organisation(item)


# --- What a moderator sees ---------------------------------------------------------


@dataclass
class Difference:
    label: str
    before: SafeString
    after: SafeString
    text: bool  # a text field: shown as a word-by-word comparison


_WORDS = re.compile(r"(\s+)")


def word_diff(before: str, after: str) -> tuple[SafeString, SafeString]:
    """Both texts, escaped, with removed words in <del> and added words in <ins>,
    each also named for screen readers. Likely personal data in the new text is
    highlighted as on the rest of the moderator's page."""
    old, new = _WORDS.split(before or ""), _WORDS.split(after or "")
    left, right = [], []
    removed = escape(_("removed:"))
    added = escape(_("added:"))
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(
        None, old, new, autojunk=False
    ).get_opcodes():
        a, b = "".join(old[i1:i2]), "".join(new[j1:j2])
        if tag == "equal":
            left.append(escape(a))
            right.append(highlight(b))
            continue
        if a:
            left.append(_marked("del", removed, a, escape))
        if b:
            right.append(_marked("ins", added, b, highlight))
    return mark_safe("".join(left)), mark_safe("".join(right))


def _marked(tag: str, name: str, text: str, render) -> str:
    """`text` in <del> or <ins>, the spaces around it left outside the mark."""
    core = text.strip()
    if not core:
        return render(text)
    lead, tail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    hidden = f'<span class="govuk-visually-hidden">[{name}] </span>'
    return f"{escape(lead)}<{tag}>{hidden}{render(core)}</{tag}>{escape(tail)}"


def _display(item, name, value) -> str:
    field = _field(item, name)
    if value in (None, "", []):
        return _("(empty)")
    if field.many_to_many:
        known = by_pk(field.related_model)
        return ", ".join(sorted(str(known[pk]) for pk in value if pk in known))
    if field.many_to_one:
        term = by_pk(field.related_model).get(value)
        return str(term) if term else _("(removed)")
    if isinstance(field, models.FileField):
        return value.rsplit("/", 1)[-1]
    if isinstance(field, models.JSONField) and isinstance(value, list):
        if all(isinstance(v, dict) for v in value):  # links
            return "\n".join(f"{v.get('title', '')} {v.get('url', '')}".strip() for v in value)
        labels = dict(LookingFor.choices) if name == "looking_for" else {}
        return ", ".join(str(labels.get(v, v)) for v in value)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.DateField):
        return date_format(datetime.date.fromisoformat(value), "j F Y")
    if isinstance(field, models.BooleanField):
        return _("Yes") if value else _("No")
    return str(value)


def differences(item, revision: Revision) -> list[Difference]:
    """Each changed field: its label, the value before and the one after. A pending
    revision is compared with the published item; an applied one with the values it
    replaced (a trusted author's edit, seen afterwards)."""
    applied = revision.state == Revision.State.APPLIED
    rows = []
    for name, field, value in _changed_fields(type(item), revision.changes):
        label = capfirst(field.verbose_name)
        before = revision.before.get(name) if applied else current_json(item, name)
        is_text = isinstance(field, (models.CharField, models.TextField)) and not field.choices
        if is_text:
            old, new = word_diff(before or "", value or "")
        else:
            old = escape(_display(item, name, before))
            new = escape(_display(item, name, value))
        rows.append(Difference(str(label), old, new, is_text))
    return rows
