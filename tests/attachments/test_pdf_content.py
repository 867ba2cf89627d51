"""PDFs that run scripts or actions, carry other files or hold web page code are
refused, however the name is written (#xx escapes) and wherever the dictionary sits
(plain text or a compressed object stream); ordinary PDFs are accepted."""

import base64
import zlib

import pytest
from django.core.exceptions import ValidationError

from sharehub.core.uploads import check_upload
from tests.attachments import files

HEADER = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
TRAILER = b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"


def pdf(*objects: bytes) -> bytes:
    body = b"".join(b"%d 0 obj\n%s\nendobj\n" % (n, obj) for n, obj in enumerate(objects, 1))
    return HEADER + body + TRAILER


def stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<< %s /Length %d >>\nstream\n%s\nendstream" % (dictionary, len(data), data)


def refusal(data: bytes) -> tuple[str, str]:
    with pytest.raises(ValidationError) as caught:
        check_upload(files.upload("report.pdf", data))
    error = caught.value.error_list[0]
    return error.code, " ".join(caught.value.messages)


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
PAGES = b"<< /Type /Pages /Kids [] /Count 0 >>"


@pytest.mark.parametrize(
    "catalog",
    [
        b"<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>",
        b"<< /Type /Catalog /OpenAction 3 0 R >>",  # the action in its own object below
        b"<< /Type /Catalog /Names << /JavaScript << /Names [(x) 3 0 R] >> >> >>",
        b"<< /Type /Catalog /AA << /WC 3 0 R >> >>",
        b"<< /Type /Catalog /OpenAction << /S /Launch /F (cmd.exe) >> >>",
        b"<< /Type /Catalog /AcroForm << /XFA 3 0 R >> >>",
        b"<< /Type /Catalog /OpenAction << /S /J#61vaScript /J#53 (x) >> >>",
        b"<< /Type /Catalog /OpenAction << /S /#4a#61#76#61#53#63#72#69#70#74 >> >>",
    ],
)
def test_a_pdf_with_a_script_or_action_is_refused(catalog):
    code, message = refusal(pdf(catalog, PAGES, b"<< /S /JavaScript /JS (app.alert(1)) >>"))
    assert code == "pdf_script"
    assert "“report.pdf” cannot be uploaded: this PDF contains a script" in message


@pytest.mark.parametrize(
    "extra",
    [
        stream(b"/Type /EmbeddedFile", b"MZ\x90\x00 an executable"),
        b"<< /Type /Catalog /Names << /EmbeddedFiles << /Names [(a.exe) 4 0 R] >> >> >>",
        b"<< /Type /Annot /Subtype /RichMedia >>",
    ],
)
def test_a_pdf_carrying_other_files_or_media_is_refused(extra):
    code, message = refusal(pdf(CATALOG, PAGES, extra))
    assert code == "pdf_embedded"
    assert "contains other files or media embedded in it" in message


OBJECTS = b"3 0 << /S /JavaScript /JS (app.alert(1)) >>"


@pytest.mark.parametrize(
    ("filters", "data"),
    [
        (b"/Filter /FlateDecode", zlib.compress(OBJECTS)),
        (b"/Filter /Fl#61teDecode", zlib.compress(OBJECTS)),
        (b"/Filter [/ASCIIHexDecode /FlateDecode]", zlib.compress(OBJECTS).hex().encode() + b">"),
        (b"/Filter /ASCII85Decode", base64.a85encode(OBJECTS) + b"~>"),
        (b"", OBJECTS),
    ],
)
def test_a_script_hidden_in_an_object_stream_is_found(filters, data):
    obj_stream = stream(b"/Type /Obj#53tm /N 1 /First 4 " + filters, data)
    code, _message = refusal(pdf(CATALOG, PAGES, obj_stream))
    assert code == "pdf_script"


def test_html_after_the_header_is_refused():
    data = pdf(CATALOG, PAGES) + b"\n" * 2000 + b"<html><script>alert(1)</script></html>"
    code, message = refusal(data)
    assert code == "pdf_markup"
    assert "web page code (HTML)" in message


def test_ordinary_pdfs_are_accepted_even_when_compressed_bytes_look_like_names():
    # Page content, fonts and images are compressed bytes: a chance "/AA " in them is
    # not a dictionary and is not read as one.
    image = stream(b"/Type /XObject /Subtype /Image /Filter /FlateDecode", b"\x01/AA \x02/JS\x00")
    hyperref = b"<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>"
    for data in (files.PDF_BYTES, pdf(hyperref, PAGES, image)):
        assert check_upload(files.upload("report.pdf", data)).file_type.extension == ".pdf"


def test_an_object_stream_that_unpacks_too_far_is_refused(settings):
    settings.SHAREHUB_UPLOAD_ZIP_MAX_UNPACKED_BYTES = 1000
    obj_stream = stream(b"/Type /ObjStm /Filter /FlateDecode", zlib.compress(b" " * 5000))
    code, _message = refusal(pdf(CATALOG, PAGES, obj_stream))
    assert code == "pdf_size"


def test_an_object_stream_with_a_filter_that_cannot_be_read_is_refused():
    obj_stream = stream(b"/Type /ObjStm /Filter /LZWDecode", b"\x80\x0b\x60\x50")
    code, _message = refusal(pdf(CATALOG, PAGES, obj_stream))
    assert code == "damaged"
