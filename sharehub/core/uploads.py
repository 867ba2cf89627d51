"""What ShareHub accepts as an upload, decided from the file's content.

The name a browser sends and the content type it claims are never trusted: the
type is detected from the bytes (magic numbers; for Office and OpenDocument
files, the parts inside the zip). Images are verified and re-encoded with
Pillow, which drops metadata (EXIF, text chunks) and anything appended after
the image data. Every refusal is a ValidationError that names the file and says
why, in the reader's language.

This module imports no models, so any app (catalogue's resource form too) may use it.
"""

import base64
import io
import re
import unicodedata
import uuid
import warnings
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps


@dataclass(frozen=True)
class FileType:
    label: str
    content_type: str
    extension: str  # canonical, with the dot; the stored name always ends with it
    other_extensions: tuple[str, ...] = ()
    image_format: str = ""  # Pillow's name for image types

    @property
    def extensions(self) -> tuple[str, ...]:
        return (self.extension, *self.other_extensions)


PDF = FileType(_("PDF"), "application/pdf", ".pdf")
DOCX = FileType(
    _("Word document (DOCX)"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".docx",
)
XLSX = FileType(
    _("Excel spreadsheet (XLSX)"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".xlsx",
)
PPTX = FileType(
    _("PowerPoint presentation (PPTX)"),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".pptx",
)
ODT = FileType(_("OpenDocument text (ODT)"), "application/vnd.oasis.opendocument.text", ".odt")
PNG = FileType(_("PNG image"), "image/png", ".png", image_format="PNG")
JPEG = FileType(_("JPEG image"), "image/jpeg", ".jpg", (".jpeg",), image_format="JPEG")
WEBP = FileType(_("WebP image"), "image/webp", ".webp", image_format="WEBP")

ALLOWED_TYPES = (PDF, DOCX, XLSX, PPTX, ODT, PNG, JPEG, WEBP)
# For the file input's accept attribute: a hint to the browser's picker, never a check.
ACCEPT = ",".join(ext for file_type in ALLOWED_TYPES for ext in file_type.extensions)
ACCEPTED_NAMES = "PDF, DOCX, XLSX, PPTX, ODT, PNG, JPEG, WebP"

# Office Open XML: the part that says which kind of document the zip holds.
_OOXML_MAIN_PARTS = (
    ("word/document.xml", DOCX),
    ("xl/workbook.xml", XLSX),
    ("ppt/presentation.xml", PPTX),
)
_ODT_MIMETYPE = ODT.content_type.encode("ascii")
_PDF_HEADER = re.compile(rb"%PDF-\d\.\d")
_MARKUP = re.compile(rb"<\s*(?:!doctype|html|head|body|script|svg|iframe)\b", re.IGNORECASE)


def content_type_for_name(name: str) -> str:
    """The content type of a stored file, from the extension ShareHub gave it."""
    suffix = PurePosixPath(name).suffix.lower()
    for file_type in ALLOWED_TYPES:
        if suffix in file_type.extensions:
            return file_type.content_type
    return "application/octet-stream"


@dataclass(frozen=True)
class CheckedFile:
    """An upload that passed every check: the bytes to store (re-encoded for
    images), the detected type and a display name safe to put in a header."""

    content: bytes
    file_type: FileType
    display_name: str

    @property
    def size(self) -> int:
        return len(self.content)

    def generated_name(self, stem: str | None = None) -> str:
        """The name on disk: never the person's own name, always the detected type's extension."""
        return f"{stem or uuid.uuid4().hex}{self.file_type.extension}"


def refuse(name: str, reason, code: str) -> ValidationError:
    return ValidationError(
        _("“%(name)s” cannot be uploaded: %(reason)s"),
        code=code,
        params={"name": name, "reason": reason},
    )


def clean_name(name: str) -> str:
    """A file name without folders, control or direction-changing characters, or
    characters Windows refuses (for messages; see safe_display_name for downloads)."""
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if not unicodedata.category(ch).startswith("C"))
    name = re.sub(r'[<>:"|?*]', "_", name)
    return re.sub(r"\s+", " ", name).strip(" .")[:150]


def safe_display_name(name: str, file_type: FileType) -> str:
    """The person's file name made harmless for a page and a Content-Disposition
    header: no folders, no control or direction-changing characters, no
    characters Windows refuses, and the extension of the detected type."""
    name = clean_name(name)
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    if f".{suffix.lower()}" in file_type.extensions:
        extension = f".{suffix.lower()}"
    else:
        # A misleading extension ("photo.exe" holding a PNG) is replaced; a dot
        # inside a name ("Minutes 12.03") is kept.
        if not re.fullmatch(r"(?=.*[A-Za-z])[A-Za-z0-9]{1,5}", suffix):
            stem = name
        extension = file_type.extension
    stem = stem.strip(" .")[:120] or "attachment"
    return f"{stem}{extension}"


def check_upload(upload) -> CheckedFile:
    """Check one uploaded file; raise ValidationError saying why it is refused."""
    name = clean_name(getattr(upload, "name", "")) or _("(no name)")
    limit = settings.SHAREHUB_UPLOAD_MAX_BYTES
    declared = getattr(upload, "size", None)
    if declared is not None and declared > limit:
        raise _too_large(name, limit)
    upload.seek(0)
    data = upload.read(limit + 1)
    if len(data) > limit:
        raise _too_large(name, limit)
    if not data:
        raise refuse(name, _("the file is empty."), "empty")

    file_type = detect_type(data, name)
    if file_type.image_format:
        data = reencode_image(data, file_type, name)
    return CheckedFile(data, file_type, safe_display_name(getattr(upload, "name", ""), file_type))


def check_uploads(uploads: Iterable, *, already: int = 0) -> list[CheckedFile]:
    """Check several files; every refusal is reported, not only the first."""
    uploads = [upload for upload in uploads if upload]
    check_count(len(uploads) + already)
    checked, errors = [], []
    for upload in uploads:
        try:
            checked.append(upload if isinstance(upload, CheckedFile) else check_upload(upload))
        except ValidationError as exc:
            errors.extend(exc.error_list)
    if errors:
        raise ValidationError(errors)
    return checked


def check_count(count: int) -> None:
    limit = settings.SHAREHUB_UPLOAD_MAX_FILES
    if count > limit:
        raise ValidationError(
            _("You can attach up to %(limit)s files to one item; choose fewer files."),
            code="too_many_files",
            params={"limit": limit},
        )


def validated_upload(upload) -> ContentFile:
    """For a FileField (Resource.file): the checked bytes under a generated name.
    Assign it to the field (`resource.file = validated_upload(f)`) and save; the
    field's upload_to folder is kept, the person's file name is not."""
    checked = check_upload(upload)
    return ContentFile(checked.content, name=checked.generated_name())


def _too_large(name: str, limit: int) -> ValidationError:
    return refuse(
        name,
        format_lazy(_("it is larger than {}, the most ShareHub accepts."), filesizeformat(limit)),
        "too_large",
    )


def _not_accepted(name: str) -> ValidationError:
    return refuse(
        name,
        format_lazy(
            _("its content is not a type ShareHub accepts. Upload one of: {}."), ACCEPTED_NAMES
        ),
        "type",
    )


def detect_type(data: bytes, name: str) -> FileType:
    if data.startswith(b"%PDF-"):
        if not _PDF_HEADER.match(data) or _MARKUP.search(data[:1024]):
            raise refuse(name, _("it is not a well-formed PDF."), "pdf")
        check_pdf_content(data, name)
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    # A zip must start as one: a zip appended to something else (HTML, say) is refused.
    if data.startswith(b"PK\x03\x04"):
        return _zip_type(data, name)
    raise _not_accepted(name)


def _unsafe_member(member: str) -> bool:
    return (
        "\x00" in member
        or "\\" in member
        or member.startswith("/")
        or re.match(r"[A-Za-z]:", member) is not None
        or ".." in PurePosixPath(member).parts
    )


def _zip_type(data: bytes, name: str) -> FileType:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            _check_zip_members(members, len(data), name)
            names = {member.filename for member in members}
            if members[0].filename == "mimetype":
                with archive.open(members[0]) as part:
                    mimetype = part.read(len(_ODT_MIMETYPE) + 1)
                if mimetype != _ODT_MIMETYPE or "content.xml" not in names:
                    raise refuse(name, _("only OpenDocument text files (ODT) are accepted."), "odf")
                if any(n.startswith(("Basic/", "Scripts/")) for n in names):
                    raise refuse(name, _("it contains macros."), "macros")
                return ODT
            if "[Content_Types].xml" in names:
                if any(n.lower().endswith("vbaproject.bin") for n in names):
                    raise refuse(name, _("it contains macros."), "macros")
                for main_part, file_type in _OOXML_MAIN_PARTS:
                    if main_part in names:
                        return file_type
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError,
            EOFError, OSError, ValueError):  # fmt: skip
        raise refuse(name, _("it is damaged or could not be read."), "damaged") from None
    raise _not_accepted(name)


def _check_zip_members(members: list[zipfile.ZipInfo], packed_size: int, name: str) -> None:
    if not members:
        raise _not_accepted(name)
    if len(members) > settings.SHAREHUB_UPLOAD_ZIP_MAX_ENTRIES:
        raise refuse(
            name,
            _("it holds %(count)s parts, too many for an ordinary document.")
            % {"count": len(members)},
            "zip_entries",
        )
    if any(_unsafe_member(member.orig_filename) for member in members):
        raise refuse(name, _("it contains a part with an unsafe name."), "zip_path")
    if len({member.filename for member in members}) != len(members):
        raise refuse(name, _("it contains two parts with the same name."), "zip_duplicate")
    unpacked = sum(member.file_size for member in members)
    if unpacked > settings.SHAREHUB_UPLOAD_ZIP_MAX_UNPACKED_BYTES:
        raise refuse(
            name,
            format_lazy(
                _("it would unpack to more than {}."),
                filesizeformat(settings.SHAREHUB_UPLOAD_ZIP_MAX_UNPACKED_BYTES),
            ),
            "zip_size",
        )
    # Small files are left alone: a few kilobytes of repetitive XML compress very well.
    if unpacked > 1024 * 1024 and unpacked > packed_size * settings.SHAREHUB_UPLOAD_ZIP_MAX_RATIO:
        raise refuse(name, _("it is compressed suspiciously tightly."), "zip_ratio")


def reencode_image(data: bytes, file_type: FileType, name: str) -> bytes:
    """Verify the image, then draw it again into a new file of the same format:
    metadata and any bytes after the image data (an HTML polyglot) are gone."""
    fmt = file_type.image_format
    limit = settings.SHAREHUB_UPLOAD_MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            # Pillow warns above Image.MAX_IMAGE_PIXELS and raises above twice that;
            # both are a refusal here, as is anything above ShareHub's own limit.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[fmt]) as probe:
                width, height = probe.size
                if width * height > limit:
                    raise Image.DecompressionBombError
                probe.verify()
            with Image.open(io.BytesIO(data), formats=[fmt]) as image:
                image.load()
                clean = _drawable(ImageOps.exif_transpose(image), fmt)
                clean.info = {}
                out = io.BytesIO()
                options = {"quality": 90} if fmt in ("JPEG", "WEBP") else {}
                clean.save(out, format=fmt, **options)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise refuse(
            name,
            _(
                "the image is too large (more than %(limit)s million pixels). Make it "
                "smaller, for example by sending it at a lower resolution, and upload it again."
            )
            % {"limit": f"{limit / 1_000_000:g}"},
            "image_pixels",
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError, TypeError, KeyError, IndexError):
        # Pillow's ways of saying "this is not a readable image".
        raise refuse(name, _("the image is damaged or could not be read."), "image") from None
    return out.getvalue()


def _drawable(image: Image.Image, fmt: str) -> Image.Image:
    """The image in a mode its format can save, transparency kept where the format has it."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    if fmt == "JPEG":
        return image if image.mode in ("RGB", "L", "CMYK") else image.convert("RGB")
    if fmt == "WEBP":
        wanted = "RGBA" if has_alpha else "RGB"
        return image if image.mode == wanted else image.convert(wanted)
    if image.mode == "P" and has_alpha:  # a palette's transparency lives in info, cleared above
        return image.convert("RGBA")
    if image.mode in ("1", "L", "LA", "P", "RGB", "RGBA", "I", "I;16"):
        return image
    return image.convert("RGBA" if has_alpha else "RGB")


# --- PDFs: scripts, actions, embedded files and web page code ------------------------
#
# A PDF's dictionaries are written either as plain text between objects or inside
# object streams (/Type /ObjStm, usually Flate-compressed). Both are read; other
# streams (page content, images, fonts) are skipped, as their compressed bytes would
# match a short name like /AA by chance. Names may hide behind #xx escapes (/J#61vaScript).

# Names that make a PDF do something when it is opened or clicked, or carry another file.
# (/OpenAction alone is common: "open at page 1, fit to the window"; with a script it
# carries /JS or /JavaScript, which are refused.)
_PDF_SCRIPT_NAMES = frozenset({b"JS", b"JavaScript", b"AA", b"Launch", b"XFA"})
_PDF_EMBEDDED_NAMES = frozenset({b"EmbeddedFile", b"EmbeddedFiles", b"RichMedia", b"GoToE"})
_PDF_NAME = re.compile(rb"/([^\x00\t\n\x0c\r ()<>\[\]{}/%]+)")
_PDF_HEX_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_PDF_STREAM = re.compile(rb"(?<![A-Za-z])stream(?:\r\n|\r|\n)")
_PDF_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")
_PDF_ENDSTREAM = re.compile(rb"\s*endstream")
_PDF_FILTERS = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[<>(]+)")


def _pdf_unescape(raw: bytes) -> bytes:
    return _PDF_HEX_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), raw)


def _pdf_names(text: bytes) -> set[bytes]:
    return {_pdf_unescape(name) for name in set(_PDF_NAME.findall(text))}


def _pdf_regions(data: bytes):
    """Yield (bytes, header) for what may hold dictionaries: the text outside streams
    (header None) and each object stream's raw data with its dictionary, to decode."""
    position = 0
    search_from = 0
    while True:
        # Look for the next "stream" keyword from the end of the last stream, never
        # through a stream's (binary) data.
        match = _PDF_STREAM.search(data, search_from)
        if match is None:
            break
        start = match.end()
        header_start = data.rfind(b"obj", position, match.start())
        header = _pdf_unescape(data[header_start if header_start != -1 else position : start])
        yield data[position:start], None
        end = -1
        length = _PDF_LENGTH.search(header)
        if length and _PDF_ENDSTREAM.match(data, start + int(length.group(1))):
            end = start + int(length.group(1))
        if end == -1:
            end = data.find(b"endstream", start)
            end = len(data) if end == -1 else end
        body = data[start:end]
        if b"/ObjStm" in header:
            yield body, header
        elif b"endobj" in body:
            # Objects written inside a stream's data: a lenient reader may find them.
            yield body, None
        position = search_from = end
    yield data[position:], None


def _pdf_decode(body: bytes, header: bytes, budget: int) -> bytes:
    """An object stream's bytes through its filters (Flate, ASCIIHex, ASCII85)."""
    found = _PDF_FILTERS.search(header)
    filters = _PDF_NAME.findall(found.group(1)) if found else []
    for name in filters:
        if name in (b"FlateDecode", b"Fl"):
            inflater = zlib.decompressobj()
            body = inflater.decompress(body, budget + 1)
        elif name in (b"ASCIIHexDecode", b"AHx"):
            hex_digits = re.sub(rb"[^0-9A-Fa-f]", b"", body.split(b">", 1)[0])
            body = bytes.fromhex((hex_digits + b"0" * (len(hex_digits) % 2)).decode())
        elif name in (b"ASCII85Decode", b"A85"):
            body = base64.a85decode(body.strip().removeprefix(b"<~").split(b"~>", 1)[0])
        else:
            raise ValueError("filter not read")
        if len(body) > budget:
            raise OverflowError
    return body


def check_pdf_content(data: bytes, name: str) -> None:
    """Refuse a PDF that runs scripts or actions, carries other files, or holds web
    page code; raise ValidationError saying which, in words its author understands."""
    names: set[bytes] = set()
    markup = False
    budget = settings.SHAREHUB_UPLOAD_ZIP_MAX_UNPACKED_BYTES
    for region, header in _pdf_regions(data):
        if header is not None:
            try:
                region = _pdf_decode(region, header, budget)
            except OverflowError:
                raise refuse(
                    name,
                    format_lazy(_("it would unpack to more than {}."), filesizeformat(budget)),
                    "pdf_size",
                ) from None
            except (ValueError, zlib.error):
                raise refuse(name, _("it is damaged or could not be read."), "damaged") from None
            budget -= len(region)
        names |= _pdf_names(region)
        markup = markup or _MARKUP.search(region) is not None
    if names & _PDF_SCRIPT_NAMES:
        raise refuse(
            name,
            _(
                "this PDF contains a script or an action that runs when it is opened, which "
                "ShareHub does not accept. Save or print it again as an ordinary PDF and "
                "upload that."
            ),
            "pdf_script",
        )
    if names & _PDF_EMBEDDED_NAMES:
        raise refuse(
            name,
            _(
                "this PDF contains other files or media embedded in it, which ShareHub does "
                "not accept. Upload each file on its own, or save the PDF again without them."
            ),
            "pdf_embedded",
        )
    if markup:
        raise refuse(
            name,
            _(
                "this PDF contains web page code (HTML), which ShareHub does not accept. "
                "Save or print it again as an ordinary PDF and upload that."
            ),
            "pdf_markup",
        )
