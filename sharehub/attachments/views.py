from pathlib import PurePosixPath

from allauth.account.decorators import verified_email_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from sharehub.attachments.forms import AttachmentsForm
from sharehub.attachments.models import Attachment
from sharehub.attachments.services import URL_KINDS, attach_files, manage_url, remove_attachment
from sharehub.catalogue import revisions
from sharehub.catalogue.coauthors import may_edit
from sharehub.catalogue.models import Innovation, Resource
from sharehub.core.uploads import content_type_for_name
from sharehub.gate.access import is_moderator, moderated

ITEM_MODELS = {kind: model for model, kind in URL_KINDS.items()}


def visible_items(model, user):
    """The items whose files `user` may read: published or their own; for a moderator
    also every item that was ever submitted (not a draft its author never sent)."""
    items = model.objects.visible_to(user)
    if is_moderator(user):
        items = items | moderated(model.objects.all())
    return items


def get_attachment_for_user(user, pk) -> Attachment:
    """The gatekeeper for reading: the item is published or the reader's own, and a
    file waiting for review is the author's alone. Moderators may read every file of
    an item that was submitted, pending ones included, but not a never-submitted
    draft's. Anything else is a 404, so a draft's files are never revealed."""
    attachments = Attachment.objects.select_related("innovation", "resource")
    visible = Q(innovation__in=visible_items(Innovation, user)) | Q(
        resource__in=visible_items(Resource, user)
    )
    if not is_moderator(user):  # files waiting for review are what moderators review
        mine = on_own_items(user)
        visible &= (Q(pending=False) | mine) if user.is_authenticated else Q(pending=False)
    return get_object_or_404(attachments.filter(visible), pk=pk)


def on_own_items(user) -> Q:
    """Attachments of the items `user` may change: their own and those they
    co-author (sharehub.core.models.owned_by, through editable_by)."""
    return Q(innovation__in=Innovation.objects.editable_by(user)) | Q(
        resource__in=Resource.objects.editable_by(user)
    )


def get_item_for_author(user, kind: str, slug: str) -> Innovation | Resource:
    """The gatekeeper for changing an item's files: only its author and co-authors."""
    model = ITEM_MODELS.get(kind)
    if model is None or not user.is_authenticated:
        raise Http404
    return get_object_or_404(model.objects.editable_by(user), slug=slug)


def get_attachment_for_author(user, pk) -> Attachment:
    if not user.is_authenticated:
        raise Http404
    return get_object_or_404(
        Attachment.objects.filter(on_own_items(user)).select_related("innovation", "resource"),
        pk=pk,
    )


def _file_response(field_file, *, content_type: str, filename: str, published: bool):
    """A download that no browser will render as a page of this site."""
    try:
        handle = field_file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle, as_attachment=True, filename=filename, content_type=content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    response["Cache-Control"] = "public, max-age=600" if published else "private, no-store"
    return response


def download(request: HttpRequest, pk, filename: str) -> FileResponse:
    """The only way to an attachment: /media/ is never served. The name in the
    address is for people; the file is found by its id."""
    attachment = get_attachment_for_user(request.user, pk)
    return _file_response(
        attachment.file,
        content_type=attachment.content_type,
        filename=attachment.original_name,
        published=attachment.item.is_published and not attachment.pending,
    )


def resource_file(request: HttpRequest, slug: str) -> FileResponse:
    """A resource's own uploaded file (Resource.file), under the resource's name."""
    resource = get_object_or_404(visible_items(Resource, request.user), slug=slug)
    if not resource.file:
        raise Http404
    content_type = content_type_for_name(resource.file.name)
    known = content_type != "application/octet-stream"
    suffix = PurePosixPath(resource.file.name).suffix.lower() if known else ""
    return _file_response(
        resource.file,
        content_type=content_type,
        filename=f"{resource.slug}{suffix}",
        published=resource.is_published,
    )


def proposed_resource_file(request: HttpRequest, slug: str) -> FileResponse:
    """The file a pending edit would put on a resource: for moderators, who approve
    it, and its author. It is served under the resource's name, like the file itself."""
    user = request.user
    resource = get_object_or_404(visible_items(Resource, user), slug=slug)
    if not (is_moderator(user) or may_edit(resource, user)):
        raise Http404
    revision = revisions.pending_for(resource)
    name = revision.changes.get("file") if revision else ""
    if not name:
        raise Http404
    field = Resource._meta.get_field("file")
    content_type = content_type_for_name(name)
    known = content_type != "application/octet-stream"
    suffix = PurePosixPath(name).suffix.lower() if known else ""
    return _file_response(
        FieldFile(resource, field, name),
        content_type=content_type,
        filename=f"{resource.slug}{suffix}",
        published=False,
    )


@verified_email_required
@require_http_methods(["GET", "POST"])
def manage(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    """The author's page for an item's files: what is attached, add more, remove."""
    item = get_item_for_author(request.user, kind, slug)
    form = AttachmentsForm()
    if request.method == "POST":
        form = AttachmentsForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                attach_files(item, form.cleaned_data["files"], request.user)
            except ValidationError as exc:
                form.add_error("files", exc)
            else:
                return redirect(request.path + "?added=1")
    return render(
        request,
        "attachments/manage.html",
        {
            "item": item,
            "form": form,
            "added": request.GET.get("added") == "1",
        },
    )


@verified_email_required
@require_http_methods(["GET", "POST"])
def remove(request: HttpRequest, pk) -> HttpResponse:
    """GET asks "are you sure?"; POST removes. Only the item's author or a co-author may."""
    attachment = get_attachment_for_author(request.user, pk)
    item = attachment.item
    back = manage_url(item)
    if request.method == "POST":
        remove_attachment(attachment)
        return redirect(back)
    return render(
        request, "attachments/remove.html", {"attachment": attachment, "item": item, "back": back}
    )
