"""What is accepted and refused, decided from the content of each file."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from PIL import Image

from sharehub.core.uploads import (
    check_upload,
    check_uploads,
    safe_display_name,
    validated_upload,
)
from tests.attachments import files


def refusal(upload) -> str:
    with pytest.raises(ValidationError) as caught:
        check_upload(upload)
    return " ".join(caught.value.messages)


@pytest.mark.parametrize(
    ("name", "data", "content_type", "extension"),
    [
        ("report.pdf", files.PDF_BYTES, "application/pdf", ".pdf"),
        (
            "plan.docx",
            files.docx(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".docx",
        ),
        (
            "figures.xlsx",
            files.xlsx(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".xlsx",
        ),
        (
            "talk.pptx",
            files.pptx(),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            ".pptx",
        ),
        ("notes.odt", files.odt(), "application/vnd.oasis.opendocument.text", ".odt"),
        ("photo.png", files.image_bytes("PNG"), "image/png", ".png"),
        ("photo.jpg", files.image_bytes("JPEG"), "image/jpeg", ".jpg"),
        ("photo.webp", files.image_bytes("WEBP"), "image/webp", ".webp"),
    ],
)
def test_it_accepts_each_allowed_type(name, data, content_type, extension):
    checked = check_upload(files.upload(name, data))
    assert checked.file_type.content_type == content_type
    assert checked.generated_name().endswith(extension)
    assert checked.display_name == name


def test_it_detects_the_type_from_content_not_name_or_browser_type():
    checked = check_upload(files.upload("holiday.docx", files.PDF_BYTES, "image/png"))
    assert checked.file_type.content_type == "application/pdf"
    assert checked.display_name == "holiday.pdf"  # the misleading extension is replaced


def test_it_re_encodes_images_and_strips_exif():
    original = files.jpeg_with_exif()
    assert b"SecretCameraMaker" in original
    checked = check_upload(files.upload("camera.jpg", original))
    assert b"SecretCameraMaker" not in checked.content
    with Image.open(io.BytesIO(checked.content)) as image:
        assert image.format == "JPEG"
        assert not image.getexif()


def test_it_keeps_transparency_of_palette_pngs():
    image = Image.new("P", (4, 4), 0)
    out = io.BytesIO()
    image.save(out, format="PNG", transparency=0)
    checked = check_upload(files.upload("logo.png", out.getvalue()))
    with Image.open(io.BytesIO(checked.content)) as clean:
        assert clean.mode == "RGBA"
        assert clean.getpixel((0, 0))[3] == 0


def test_it_refuses_html_renamed_to_pdf():
    html = b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>"
    message = refusal(files.upload("report.pdf", html, "application/pdf"))
    assert "“report.pdf”" in message
    assert "not a type ShareHub accepts" in message


def test_it_refuses_a_pdf_header_followed_by_html():
    data = b"%PDF-1.4\n<html><script>alert(1)</script></html>"
    assert "not a well-formed PDF" in refusal(files.upload("trick.pdf", data))


def test_a_png_html_polyglot_is_stored_without_the_html():
    polyglot = files.image_bytes("PNG") + b"<html><script>alert(1)</script></html>"
    checked = check_upload(files.upload("polyglot.png", polyglot))
    assert b"<script" not in checked.content
    assert b"<html" not in checked.content
    assert checked.content.startswith(b"\x89PNG")


def test_it_refuses_svg():
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'
    )
    assert "not a type ShareHub accepts" in refusal(files.upload("logo.svg", svg, "image/svg+xml"))
    # Even behind an XML declaration, or named as a PNG.
    svg_xml = b'<?xml version="1.0"?>' + svg
    assert "not a type" in refusal(files.upload("logo.png", svg_xml, "image/png"))


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("setup.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 100),
        ("tool.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 100),
        ("notes.txt", b"Just some plain text, nothing else."),
        ("page.html", b"<html><body>Hello</body></html>"),
        ("anim.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
        ("archive.zip", files.zip_bytes([("readme.txt", b"hello")])),
    ],
)
def test_it_refuses_other_types(name, data):
    assert "not a type ShareHub accepts" in refusal(files.upload(name, data))


def test_it_refuses_a_zip_hidden_behind_html():
    data = b"<html><script>alert(1)</script></html>" + files.docx()
    assert "not a type" in refusal(files.upload("report.docx", data))


def test_it_refuses_macro_enabled_office_files():
    data = files.docx(extra=[("word/vbaProject.bin", b"\x00" * 10)])
    assert "macros" in refusal(files.upload("report.docx", data))


def test_it_refuses_other_opendocument_types():
    data = files.odt(mimetype=b"application/vnd.oasis.opendocument.spreadsheet")
    assert "only OpenDocument text" in refusal(files.upload("sheet.ods", data))


def test_it_refuses_damaged_images():
    data = files.image_bytes("PNG")[:40]
    assert "damaged" in refusal(files.upload("broken.png", data))


def test_it_refuses_empty_files():
    assert "empty" in refusal(files.upload("nothing.pdf", b""))


def test_it_refuses_oversized_files(settings):
    settings.SHAREHUB_UPLOAD_MAX_BYTES = 1024
    message = refusal(files.upload("big.pdf", files.PDF_BYTES + b" " * 2000))
    assert "“big.pdf”" in message
    assert "larger than 1.0\xa0KB" in message


def test_the_default_size_limit_is_ten_megabytes():
    data = files.PDF_BYTES + b"0" * (10 * 1024 * 1024)
    assert "larger than 10.0\xa0MB" in refusal(files.upload("big.pdf", data))


def test_it_refuses_too_many_files(settings):
    uploads = [files.upload(f"f{i}.pdf", files.PDF_BYTES) for i in range(6)]
    with pytest.raises(ValidationError) as caught:
        check_uploads(uploads)
    assert "up to 5 files" in caught.value.messages[0]
    settings.SHAREHUB_UPLOAD_MAX_FILES = 6
    assert len(check_uploads(uploads)) == 6


def test_it_reports_every_refused_file_not_only_the_first():
    uploads = [
        files.upload("good.pdf", files.PDF_BYTES),
        files.upload("one.html", b"<html></html>"),
        files.upload("two.svg", b"<svg/>"),
    ]
    with pytest.raises(ValidationError) as caught:
        check_uploads(uploads)
    text = " ".join(caught.value.messages)
    assert "“one.html”" in text
    assert "“two.svg”" in text
    assert "good.pdf" not in text


def test_it_refuses_decompression_bomb_images():
    bomb = files.png_declaring(30000, 30000)
    assert len(bomb) < 200
    message = refusal(files.upload("bomb.png", bomb))
    assert "“bomb.png”" in message
    assert "too large" in message


def test_it_refuses_images_above_the_pixel_limit(settings):
    settings.SHAREHUB_UPLOAD_MAX_IMAGE_PIXELS = 100
    assert "too large" in refusal(files.upload("wide.png", files.image_bytes("PNG", (20, 20))))
    assert check_upload(files.upload("small.png", files.image_bytes("PNG", (10, 10))))


def test_it_refuses_office_files_with_a_huge_unpacked_size(settings):
    settings.SHAREHUB_UPLOAD_ZIP_MAX_UNPACKED_BYTES = 1024 * 1024
    data = files.docx(extra=[("word/media/padding.bin", b"\x00" * (2 * 1024 * 1024))])
    assert len(data) < 20_000
    assert "would unpack to more than 1.0\xa0MB" in refusal(files.upload("big.docx", data))


def test_it_refuses_office_files_with_a_suspicious_compression_ratio():
    data = files.docx(extra=[("word/media/zeros.bin", b"\x00" * (8 * 1024 * 1024))])
    assert "compressed suspiciously tightly" in refusal(files.upload("bomb.docx", data))


def test_it_refuses_office_files_with_a_huge_entry_count():
    extra = [(f"word/part{i}.xml", b"<p/>") for i in range(1001)]
    data = files.docx(extra=extra)
    assert "too many for an ordinary document" in refusal(files.upload("many.docx", data))


@pytest.mark.parametrize(
    "member", ["../../etc/passwd", "/etc/passwd", "word/../../evil.xml", "C:/evil.xml"]
)
def test_it_refuses_zip_members_with_unsafe_names(member):
    data = files.docx(extra=[(member, b"x")])
    assert "unsafe name" in refusal(files.upload("report.docx", data))


def test_it_refuses_zip_members_with_backslashes_or_nul_bytes():
    for bad_name in (b"..\\..\\evil.xml", b"word/evil\x00.xml"):
        data = bytearray(files.docx(extra=[("word/placeholder.x", b"x")]))
        placeholder = b"word/placeholder.x"
        padded = bad_name.ljust(len(placeholder), b"_")[: len(placeholder)]
        assert len(padded) == len(placeholder)
        data = bytes(data).replace(placeholder, padded)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:  # still a readable zip
            assert len(archive.infolist()) == 4
        assert "unsafe name" in refusal(files.upload("report.docx", data))


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("/etc/passwd.pdf", "passwd.pdf"),
        ("..\\..\\windows\\system32\\evil.pdf", "evil.pdf"),
        ("C:\\Users\\me\\report.pdf", "report.pdf"),
        ("evil\x00.html", "evil.pdf"),
        ("invoice\u202egpj.pdf", "invoicegpj.pdf"),  # right-to-left override removed
        ('a"b<c>d|e?.pdf', "a_b_c_d_e_.pdf"),
        ("..", "attachment.pdf"),
        ("Minutes 12.03", "Minutes 12.03.pdf"),
        ("photo.exe", "photo.pdf"),
    ],
)
def test_display_names_are_made_safe(raw, shown):
    from sharehub.core.uploads import PDF

    assert safe_display_name(raw, PDF) == shown


def test_validated_upload_gives_a_generated_name_with_the_detected_extension():
    content = validated_upload(files.upload("../../my report.docx", files.PDF_BYTES))
    assert content.name.endswith(".pdf")
    assert "report" not in content.name
    assert "/" not in content.name
    assert content.read() == files.PDF_BYTES


def test_the_pixel_limit_fits_a_phone_photo_and_refuses_a_49_megapixel_image(settings):
    assert settings.SHAREHUB_UPLOAD_MAX_IMAGE_PIXELS == 24_000_000
    # The header alone claims 7000 x 7000: refused from the size Pillow reads in the
    # header, before any pixel is decoded (decoding these few bytes would fail as
    # damaged, a different message).
    message = refusal(files.upload("big.png", files.png_declaring(7000, 7000)))
    assert "the image is too large (more than 24 million pixels)" in message
    assert "damaged" not in message
    # A 12-megapixel phone photo's size passes the check (then fails here as damaged,
    # as this file holds no real pixels).
    assert "too large" not in refusal(files.upload("phone.png", files.png_declaring(4000, 3000)))
