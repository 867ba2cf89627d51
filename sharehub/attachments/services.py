"""Every write to attachments: add (all or nothing) and remove."""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from sharehub.attachments.models import Attachment
from sharehub.catalogue.coauthors import may_edit
from sharehub.catalogue.models import Innovation, Resource
from sharehub.core.models import Status
from sharehub.core.uploads import check_count, check_uploads
from sharehub.gate.audit import record
from sharehub.gate.models import Action, ReasonCode
from sharehub.gate.policy import certain_in, is_trusted

PARENT_FIELDS = {Innovation: "innovation", Resource: "resource"}
URL_KINDS = {Innovation: "innovations", Resource: "resources"}


def parent_field(item: Innovation | Resource) -> str:
    try:
        return PARENT_FIELDS[type(item)]
    except KeyError:
        raise TypeError(f"Attachments belong to innovations and resources, not {item!r}") from None


def manage_url(item: Innovation | Resource) -> str:
    """The author's page for adding and removing an item's files."""
    return reverse("attachments:manage", kwargs={"kind": URL_KINDS[type(item)], "slug": item.slug})


def attach_files(
    item: Innovation | Resource, files: Iterable, user, *, ids=None, pending=None
) -> list[Attachment]:
    """Check every file (uploads, or CheckedFiles from MultipleFileField), then
    store them all or none. Raises ValidationError before anything is written.
    `ids`: the attachments' ids, one a file (an import keeps them); `pending`: kept
    as given (an import) rather than decided here.

    The item's row is locked while counting, so two requests cannot together go
    past the per-item limit. If anything fails while writing, the files already
    stored are deleted again and the rows roll back.
    """
    field = parent_field(item)
    checked = check_uploads(files)
    if not checked:
        return []
    # A file's name is shown to everyone who can see the item: the gate's certain
    # findings (a valid NHS number, a date of birth by a name) are refused outright.
    for upload in checked:
        found = certain_in(upload.display_name)
        if found:
            raise ValidationError(
                _(
                    "Rename “%(name)s” before adding it: its name looks like it identifies a "
                    "person who receives care (%(found)s)."
                )
                % {
                    "name": upload.display_name,
                    "found": ", ".join(f"{f.label} “{f.text}”" for f in found),
                }
            )
    # Like an edit of the text, a file added to a published item waits for a
    # moderator unless its author is trusted.
    if pending is None:
        pending = item.status == Status.PUBLISHED and not is_trusted(user)
    ids = list(ids) if ids is not None else [None] * len(checked)
    saved: list[str] = []
    try:
        with transaction.atomic():
            type(item).objects.select_for_update().filter(pk=item.pk).first()
            check_count(Attachment.objects.filter(**{field: item}).count() + len(checked))
            attachments = []
            for upload, given_id in zip(checked, ids, strict=True):
                attachment = Attachment(
                    **({"id": given_id} if given_id else {}),
                    **{field: item},
                    original_name=upload.display_name,
                    content_type=upload.file_type.content_type,
                    size=upload.size,
                    uploaded_by=user,
                    pending=pending,
                )
                name = f"attachments/{upload.generated_name(attachment.pk.hex)}"
                attachment.file.name = default_storage.save(name, ContentFile(upload.content))
                saved.append(attachment.file.name)
                attachment.save(force_insert=True)
                attachments.append(attachment)
            if pending:
                record(
                    actor=user,
                    action=Action.PROPOSE_EDIT,
                    target=item,
                    reason_code=ReasonCode.FILES,
                    detail={"files": [a.original_name for a in attachments]},
                    status_before=item.status,
                    status_after=item.status,
                )
    except BaseException:
        for name in saved:
            default_storage.delete(name)
        raise
    return attachments


def pending_files(item) -> list[Attachment]:
    """Files added to the published item that wait for a moderator."""
    if type(item) not in PARENT_FIELDS:
        return []
    return list(Attachment.objects.filter(**{parent_field(item): item}, pending=True))


def visible_files(item, user) -> list[Attachment]:
    """The item's files that `user` may see: files waiting for review only for the
    author and co-authors."""
    owner = may_edit(item, user)  # the author or a co-author
    return [a for a in item.attachments.all() if owner or not a.pending]


def remove_attachment(attachment: Attachment) -> None:
    """Delete the row; its stored file goes when the deletion commits (receivers.py)."""
    attachment.delete()
