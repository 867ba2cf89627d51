"""What waits for a moderator: submitted items, edits to published items by
authors who are not trusted yet, and items with open reports."""

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from django.contrib.contenttypes.models import ContentType

from sharehub.attachments.models import Attachment
from sharehub.attachments.services import PARENT_FIELDS
from sharehub.catalogue import revisions
from sharehub.catalogue.models import Revision
from sharehub.core.models import Status
from sharehub.gate import policy
from sharehub.gate.kinds import QUEUED
from sharehub.moderation.models import Report, ReportReason
from sharehub.taxonomy.filters import tagged_with

# The queue shows at most this many items of each kind (oldest first): bounded
# queries and a page a person can work through.
QUEUE_LIMIT = 100
FIELDS = ("pk", "slug", "title", "status", "language", "submitted_at", "updated_at", "created_at")
OWNER_FIELDS = ("display_name", "email", "public_id", "username")


@dataclass
class Entry:
    kind: str
    pk: int
    since: datetime
    reports: int = 0
    reasons: list[str] = field(default_factory=list)
    revision: Revision | None = None
    files: list = field(default_factory=list)  # files added to a published item
    item: object = None  # the row, once read (`materialise`)

    @cached_property
    def findings(self) -> list:
        """Possible personal data in what the item would say if approved (the
        proposed edit, if there is one): read only for the entries a page shows."""
        scanned = self.item
        if self.revision is not None:
            scanned = revisions.proposed_item(self.item, self.revision)
        content = QUEUED[self.kind]
        return policy.scan(content, policy.texts_of(content, scanned))[0]

    @property
    def is_edit(self) -> bool:
        return self.revision is not None or bool(self.files)

    @property
    def owner(self):
        return QUEUED[self.kind].owner_of(self.item)

    @property
    def kind_label(self) -> str:
        return QUEUED[self.kind].label

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.pk}"


def build_queue(*, kind: str = "", region=None, reason: str = "") -> list[Entry]:
    """Every entry of the queue (`waiting`) with its row read (`materialise`)."""
    return materialise(waiting(kind=kind, region=region, reason=reason))


def waiting(*, kind: str = "", region=None, reason: str = "") -> list[Entry]:
    """Submitted items, pending edits and reported items, oldest first, optionally of
    one kind, tagged with one region, or (reason) only submissions, only edits or
    only one report reason. Entries know their item's id and why it waits; their
    rows are read by `materialise`, for the entries a page shows."""
    entries: list[Entry] = []
    for name, content in QUEUED.items():
        if kind and kind != name:
            continue
        model = content.model
        items = model.objects.all()
        if region:
            if not hasattr(model, "regions"):
                continue
            items = tagged_with(items, "regions", [region.pk])
        content_type = ContentType.objects.get_for_model(model)
        reports = Report.objects.filter(target_type=content_type, resolved_at__isnull=True)
        if reason in ReportReason.values:
            reports = reports.filter(reason=reason)
        elif reason:
            reports = reports.none()
        # One read of the open reports gives each item's count, first date and reasons.
        counts: dict[int, dict] = {}
        reasons: dict[int, set] = {}
        for target_id, why, created in reports.values_list("target_id", "reason", "created"):
            row = counts.setdefault(target_id, {"n": 0, "first": created})
            row["n"] += 1
            row["first"] = min(row["first"], created)
            reasons.setdefault(target_id, set()).add(ReportReason(why).label)
        found = {}
        if reason in ("", "submitted"):
            order = "submitted_at" if _has(model, "submitted_at") else "created_at"
            submitted = items.filter(status=Status.SUBMITTED).order_by(order, "pk")
            for pk, at, updated in submitted.values_list("pk", order, "updated_at")[:QUEUE_LIMIT]:
                since = (at if order == "submitted_at" else None) or updated
                found[pk] = Entry(name, pk, since)
        if reason in ("", "edit"):
            # Only items that can still change (published or hidden), before the
            # limit, so edits nobody can act on never crowd out the rest.
            shown = (Status.PUBLISHED, Status.HIDDEN)
            editable = model.objects.filter(status__in=shown).values("pk")
            pending = {
                r.target_id: r
                for r in Revision.objects.filter(
                    target_type=content_type, state=Revision.State.PENDING, target_id__in=editable
                ).order_by("created")[:QUEUE_LIMIT]
            }
            files: dict[int, list] = {}
            if name in PARENT_FIELDS.values():
                for attachment in Attachment.objects.filter(
                    pending=True, **{f"{name}__in": editable}
                ).order_by("created_at")[:QUEUE_LIMIT]:
                    files.setdefault(getattr(attachment, f"{name}_id"), []).append(attachment)
            edited = items.filter(pk__in=[*pending, *files], status__in=shown).order_by("pk")
            for pk in edited.values_list("pk", flat=True):
                revision = pending.get(pk)
                added = files.get(pk, [])
                times = [a.created_at for a in added] + ([revision.created] if revision else [])
                found[pk] = Entry(name, pk, min(times), revision=revision, files=added)
        if counts:
            reported = items.filter(pk__in=list(counts)).order_by("pk")
            for pk in reported.values_list("pk", flat=True)[:QUEUE_LIMIT]:
                row = counts[pk]
                entry = found.setdefault(pk, Entry(name, pk, row["first"]))
                entry.since = min(entry.since, row["first"])
                entry.reports = row["n"]
                entry.reasons = sorted(str(r) for r in reasons.get(pk, ()))
        entries.extend(found.values())
    entries.sort(key=lambda e: e.since)
    return entries


def materialise(entries: list[Entry]) -> list[Entry]:
    """`entries` with their rows read (one query per kind among them), in the same
    order; an entry whose row has gone since is left out."""
    wanted: dict[str, list[int]] = {}
    for entry in entries:
        if entry.item is None:
            wanted.setdefault(entry.kind, []).append(entry.pk)
    rows = {
        kind: {item.pk: item for item in _rows(QUEUED[kind]).filter(pk__in=pks)}
        for kind, pks in wanted.items()
    }
    for entry in entries:
        if entry.item is None:
            entry.item = rows[entry.kind].get(entry.pk)
    return [entry for entry in entries if entry.item is not None]


def _has(model, name: str) -> bool:
    try:
        model._meta.get_field(name)
    except Exception:
        return False
    return True


def _rows(content):
    """The kind's rows with just what the queue shows: the fields it has, its
    owner's name, its text (for the personal-data findings)."""
    model = content.model
    owner = content.owner_field
    fields = [f for f in FIELDS if f == "pk" or _has(model, f)]
    fields += [f"{owner}__{f}" for f in OWNER_FIELDS] + list(content.text_fields)
    for link in content.parent_links:  # a reply is named after its question
        fields += [f"{link}__title", f"{link}__slug"]
    return model.objects.select_related(*content.related).only(*fields)
