"""Adding, downloading and removing attachments through the pages."""

import re
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.test import Client

from sharehub.attachments.models import Attachment
from sharehub.attachments.services import attach_files
from sharehub.core.models import Status
from tests.attachments import files
from tests.factories import InnovationFactory, ResourceFactory

pytestmark = pytest.mark.django_db


def stored_files(settings) -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


@pytest.fixture
def innovation(alice, verified):
    """Published, by a trusted author: files show at once (an untrusted author's
    wait for review: tests/moderation/test_edit_review.py)."""
    verified(alice)
    alice.trusted = True
    alice.save(update_fields=["trusted"])
    return InnovationFactory(author=alice, slug="memory-boxes")


@pytest.fixture
def draft(alice, verified):
    verified(alice)
    return InnovationFactory(
        author=alice, slug="draft-idea", status=Status.DRAFT, published_at=None
    )


def manage_url(item, kind="innovations") -> str:
    return f"/en/attachments/{kind}/{item.slug}/"


def test_the_author_adds_files_and_the_public_downloads_them(client_as, innovation, settings):
    client = client_as(innovation.author)
    response = client.post(
        manage_url(innovation),
        {
            "files": [
                files.upload("../../etc/plan.pdf", files.PDF_BYTES),
                files.upload("photo.png", files.image_bytes("PNG")),
            ]
        },
    )
    assert response.status_code == 302
    attachments = list(innovation.attachments.order_by("original_name"))
    assert [a.original_name for a in attachments] == ["photo.png", "plan.pdf"]
    for attachment in attachments:
        # Generated names, inside the uploads folder, never the person's own.
        assert (
            attachment.file.name
            == f"attachments/{attachment.pk.hex}{Path(attachment.file.name).suffix}"
        )
        assert Path(settings.MEDIA_ROOT, attachment.file.name).is_file()

    page = Client().get(innovation.get_absolute_url())
    assert attachments[1].get_absolute_url() in page.content.decode()

    response = Client().get(attachments[1].get_absolute_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == files.PDF_BYTES
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="plan.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert response["Cache-Control"] == "public, max-age=600"


def test_the_files_page_takes_several_files_at_once(client_as, innovation):
    page = client_as(innovation.author).get(manage_url(innovation)).content.decode()
    field = re.search(r'<input type="file"[^>]*>', page).group(0)
    assert " multiple " in field
    assert 'class="govuk-file-upload"' in field
    assert 'aria-describedby="id_files-hint"' in field


def test_images_are_downloaded_as_attachments_too(client_as, innovation):
    attachment = attach_files(
        innovation, [files.upload("photo.webp", files.image_bytes("WEBP"))], innovation.author
    )[0]
    response = Client().get(attachment.get_absolute_url())
    assert response["Content-Type"] == "image/webp"
    assert response["Content-Disposition"].startswith("attachment;")


def test_a_draft_items_files_are_hidden_from_everyone_but_the_author(client_as, draft, eve):
    attachment = attach_files(draft, [files.upload("plan.pdf", files.PDF_BYTES)], draft.author)[0]
    url = attachment.get_absolute_url()
    assert Client().get(url).status_code == 404
    assert client_as(eve).get(url).status_code == 404
    response = client_as(draft.author).get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_moderators_never_see_a_never_submitted_drafts_files(client_as, draft):
    """Only the author sees a draft they have not submitted, files included: a
    moderator (the moderation suite's persona) gets a 404 too."""
    from tests.moderation.conftest import moderator_user

    attachment = attach_files(draft, [files.upload("plan.pdf", files.PDF_BYTES)], draft.author)[0]
    moderator = moderator_user("mo")
    assert client_as(moderator).get(attachment.get_absolute_url()).status_code == 404
    draft.status = Status.SUBMITTED
    draft.save()
    assert client_as(moderator).get(attachment.get_absolute_url()).status_code == 200


def test_moderators_download_files_waiting_for_review(client_as, alice, verified, eve):
    """A file an untrusted author adds to a published item waits for review: its
    author and moderators open it, nobody else."""
    from tests.moderation.conftest import moderator_user

    verified(alice)
    item = InnovationFactory(author=alice, slug="published-idea")
    [attachment] = attach_files(item, [files.upload("plan.pdf", files.PDF_BYTES)], alice)
    assert attachment.pending
    assert Client().get(attachment.get_absolute_url()).status_code == 404
    assert client_as(eve).get(attachment.get_absolute_url()).status_code == 404
    response = client_as(moderator_user("mo")).get(attachment.get_absolute_url())
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_the_name_in_the_address_does_not_matter_only_the_id(innovation):
    attachment = attach_files(
        innovation, [files.upload("plan.pdf", files.PDF_BYTES)], innovation.author
    )[0]
    assert Client().get(f"/en/attachments/{attachment.pk}/other.html").status_code == 200
    assert (
        Client().get("/en/attachments/00000000-0000-0000-0000-000000000000/plan.pdf").status_code
        == 404
    )


def test_uploads_are_not_served_from_media(innovation):
    attachment = attach_files(
        innovation, [files.upload("plan.pdf", files.PDF_BYTES)], innovation.author
    )[0]
    assert Client().get(f"/media/{attachment.file.name}").status_code == 404


def test_one_bad_file_among_good_ones_stores_nothing(client_as, innovation, settings):
    response = client_as(innovation.author).post(
        manage_url(innovation),
        {
            "files": [
                files.upload("plan.pdf", files.PDF_BYTES),
                files.upload("photo.png", files.image_bytes("PNG")),
                files.upload("report.pdf", b"<html><script>alert(1)</script></html>"),
            ]
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "govuk-error-summary" in html
    assert "“report.pdf” cannot be uploaded" in html
    assert Attachment.objects.count() == 0
    assert stored_files(settings) == []


def test_too_many_files_are_refused_with_a_reason(client_as, innovation, settings):
    settings.SHAREHUB_UPLOAD_MAX_FILES = 2
    attach_files(innovation, [files.upload("one.pdf", files.PDF_BYTES)], innovation.author)
    response = client_as(innovation.author).post(
        manage_url(innovation),
        {"files": [files.upload(f"f{i}.pdf", files.PDF_BYTES) for i in range(2)]},
    )
    assert "You can attach up to 2 files to one item" in response.content.decode()
    assert innovation.attachments.count() == 1


def test_a_failure_while_saving_deletes_the_files_already_written(
    innovation, settings, monkeypatch
):
    calls = []
    original_save = Attachment.save

    def failing_save(self, *args, **kwargs):
        calls.append(self)
        if len(calls) == 2:
            raise RuntimeError("the database went away")
        return original_save(self, *args, **kwargs)

    monkeypatch.setattr(Attachment, "save", failing_save)
    uploads = [files.upload(f"f{i}.pdf", files.PDF_BYTES) for i in range(3)]
    with pytest.raises(RuntimeError):
        attach_files(innovation, uploads, innovation.author)
    assert Attachment.objects.count() == 0
    assert stored_files(settings) == []


def test_refused_files_raise_before_anything_is_written(innovation, settings):
    with pytest.raises(ValidationError):
        attach_files(
            innovation,
            [files.upload("a.pdf", files.PDF_BYTES), files.upload("b.svg", b"<svg/>")],
            innovation.author,
        )
    assert stored_files(settings) == []


def test_only_the_author_can_manage_and_remove_files(client_as, innovation, eve, verified):
    verified(eve)
    attachment = attach_files(
        innovation, [files.upload("plan.pdf", files.PDF_BYTES)], innovation.author
    )[0]
    other = client_as(eve)
    assert other.get(manage_url(innovation)).status_code == 404
    assert (
        other.post(
            manage_url(innovation), {"files": [files.upload("x.pdf", files.PDF_BYTES)]}
        ).status_code
        == 404
    )
    assert other.post(f"/en/attachments/remove/{attachment.pk}/").status_code == 404
    assert Attachment.objects.filter(pk=attachment.pk).exists()
    anonymous = Client().post(f"/en/attachments/remove/{attachment.pk}/")
    assert anonymous.status_code == 302
    assert "/accounts/login/" in anonymous["Location"]


def test_the_author_removes_a_file_after_confirming(
    client_as, innovation, settings, django_capture_on_commit_callbacks
):
    attachment = attach_files(
        innovation, [files.upload("plan.pdf", files.PDF_BYTES)], innovation.author
    )[0]
    client = client_as(innovation.author)
    url = f"/en/attachments/remove/{attachment.pk}/"
    confirm = client.get(url)
    assert "Are you sure you want to remove “plan.pdf”?" in confirm.content.decode()
    assert Attachment.objects.filter(pk=attachment.pk).exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    assert not Attachment.objects.filter(pk=attachment.pk).exists()
    assert not default_storage.exists(attachment.file.name)


def test_unverified_authors_cannot_upload(client_as, eve):
    item = InnovationFactory(author=eve)
    response = client_as(eve).post(
        manage_url(item), {"files": [files.upload("plan.pdf", files.PDF_BYTES)]}
    )
    assert Attachment.objects.count() == 0
    assert response.status_code == 200
    assert "confirm your e-mail address" in response.content.decode().lower()


def test_upload_without_csrf_token_is_refused(innovation):
    client = Client(enforce_csrf_checks=True)
    client.force_login(innovation.author)
    response = client.post(
        manage_url(innovation), {"files": [files.upload("plan.pdf", files.PDF_BYTES)]}
    )
    assert response.status_code == 403
    assert Attachment.objects.count() == 0


def test_deleting_an_item_deletes_its_stored_files(
    innovation, settings, django_capture_on_commit_callbacks
):
    attach_files(innovation, [files.upload("plan.pdf", files.PDF_BYTES)], innovation.author)
    assert len(stored_files(settings)) == 1
    with django_capture_on_commit_callbacks(execute=True):
        innovation.delete()
    assert stored_files(settings) == []


def test_resource_files_download_through_the_checked_view(alice, settings):
    from sharehub.core.uploads import validated_upload

    resource = ResourceFactory(author=alice, slug="toolkit", url="")
    resource.file = validated_upload(files.upload("../../Toolkit.docx", files.docx()))
    resource.save()
    assert resource.file.name.startswith("resources/")
    assert "Toolkit" not in resource.file.name
    assert resource.file.name.endswith(".docx")

    page = Client().get(resource.get_absolute_url()).content.decode()
    assert "/en/attachments/resources/toolkit/file" in page
    assert "/media/" not in page
    response = Client().get("/en/attachments/resources/toolkit/file")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="toolkit.docx"'
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")

    resource.status = Status.DRAFT
    resource.save()
    assert Client().get("/en/attachments/resources/toolkit/file").status_code == 404


def test_moderators_download_a_submitted_resources_file(client_as, alice):
    from sharehub.core.uploads import validated_upload
    from tests.moderation.conftest import moderator_user

    resource = ResourceFactory(author=alice, slug="toolkit", status=Status.SUBMITTED)
    resource.file = validated_upload(files.upload("Toolkit.docx", files.docx()))
    resource.save()
    moderator = client_as(moderator_user("mo"))
    assert moderator.get("/en/attachments/resources/toolkit/file").status_code == 200
    resource.status = Status.DRAFT  # never submitted: the author's alone
    resource.save()
    assert moderator.get("/en/attachments/resources/toolkit/file").status_code == 404


def test_only_the_author_sees_the_link_to_manage_files(client_as, innovation, eve):
    link = "/en/attachments/innovations/memory-boxes/"
    assert link in client_as(innovation.author).get(innovation.get_absolute_url()).content.decode()
    assert link not in client_as(eve).get(innovation.get_absolute_url()).content.decode()
    assert link not in Client().get(innovation.get_absolute_url()).content.decode()
