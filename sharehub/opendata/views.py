"""The open data pages: the files with their licence, the data dictionary, the
downloads, and staff's "Rebuild now"."""

from datetime import datetime

from django.conf import settings
from django.contrib import messages
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from sharehub.core.ratelimit import RateLimited, take_slot
from sharehub.core.views import bad_request
from sharehub.opendata.build import FORMATS, LICENCE_URL, MANIFEST, file_name, read_manifest
from sharehub.opendata.columns import DATASETS
from sharehub.opendata.tasks import build_open_data_later

CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson"}
FORMAT_NAMES = {"csv": "CSV", "jsonl": "JSON Lines"}


def is_staff(user) -> bool:
    return user.is_authenticated and user.is_active and user.is_staff


def _files(manifest: dict | None) -> list[dict]:
    """Each dataset's files, in the registry's order, with what the manifest says."""
    built = {(f["kind"], f["format"]): f for f in (manifest or {}).get("files", [])}
    rows = []
    for name, dataset in DATASETS.items():
        for fmt in FORMATS:
            entry = built.get((name, fmt))
            rows.append(
                {
                    "kind": name,
                    "title": dataset.title,
                    "format": fmt,
                    "format_name": FORMAT_NAMES[fmt],
                    "file": f"{name}.{fmt}",
                    "entry": entry,
                }
            )
    return rows


def _generated_at(manifest: dict | None) -> datetime | None:
    try:
        return datetime.fromisoformat(manifest["generated_at"]) if manifest else None
    except (KeyError, TypeError, ValueError):
        return None


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    manifest = read_manifest()
    return render(
        request,
        "opendata/index.html",
        {
            "files": _files(manifest),
            "generated_at": _generated_at(manifest),
            "built": manifest is not None,
            "licence_url": LICENCE_URL,
            "can_rebuild": is_staff(request.user),
        },
    )


@require_safe
def dictionary(request: HttpRequest) -> HttpResponse:
    return render(request, "opendata/dictionary.html", {"datasets": DATASETS.values()})


def _stream(request, name: str, *, filename: str, content_type: str) -> HttpResponse:
    """A file streamed from storage (FileResponse reads it a block at a time); a
    file not made yet is a page that says so."""
    try:
        handle = default_storage.open(name, "rb")
    except (FileNotFoundError, OSError):
        return render(request, "opendata/missing.html", status=404)
    response = FileResponse(
        handle, as_attachment=True, filename=filename, content_type=content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "public, max-age=600"
    return response


@require_safe
def download(request: HttpRequest, kind: str, fmt: str) -> HttpResponse:
    if kind not in DATASETS or fmt not in FORMATS:
        raise Http404
    return _stream(
        request,
        file_name(kind, fmt),
        filename=f"sharehub-{kind}.{fmt}",
        content_type=CONTENT_TYPES[fmt],
    )


@require_safe
def manifest(request: HttpRequest) -> HttpResponse:
    return _stream(
        request, MANIFEST, filename="sharehub-manifest.json", content_type="application/json"
    )


@require_POST
def rebuild(request: HttpRequest) -> HttpResponse:
    """Staff only (anyone else: 404): queue a build for the worker, a few an hour."""
    if not is_staff(request.user):
        raise Http404
    limit = settings.SHAREHUB_OPEN_DATA_BUILDS_PER_HOUR
    try:
        take_slot(
            "open-data-build",
            request.user,
            limit,
            _(
                "Staff can have the open data files made again %(limit)s times an hour. Try again later."
            ),
        )
    except RateLimited as exc:
        return bad_request(request, [str(exc)], status=429)
    build_open_data_later.enqueue()
    messages.success(
        request,
        _("The open data files will be made again in the next few minutes."),
    )
    return redirect("opendata:index")
