import os
import time
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command

from sharehub.attachments.services import attach_files
from tests.attachments import files
from tests.factories import InnovationFactory

pytestmark = pytest.mark.django_db


def age(settings, name: str, hours: int) -> None:
    then = time.time() - hours * 3600
    os.utime(Path(settings.MEDIA_ROOT, name), (then, then))


def test_it_deletes_old_files_no_row_refers_to(alice, settings):
    kept = attach_files(
        InnovationFactory(author=alice), [files.upload("a.pdf", files.PDF_BYTES)], alice
    )[0]
    orphan = default_storage.save("attachments/orphan.pdf", ContentFile(files.PDF_BYTES))
    nested = default_storage.save("resources/2026/01/orphan.docx", ContentFile(b"x"))
    fresh = default_storage.save("attachments/in-flight.pdf", ContentFile(files.PDF_BYTES))
    for name in (kept.file.name, orphan, nested):
        age(settings, name, 48)

    call_command("prune_uploads", "--dry-run", stdout=StringIO())
    assert default_storage.exists(orphan)

    out = StringIO()
    call_command("prune_uploads", stdout=out)
    assert "deleted 2 unreferenced file(s)" in out.getvalue()
    assert not default_storage.exists(orphan)
    assert not default_storage.exists(nested)
    assert default_storage.exists(kept.file.name)
    assert default_storage.exists(fresh)
