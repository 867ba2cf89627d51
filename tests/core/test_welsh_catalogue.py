"""The Welsh catalogue is complete, has nothing fuzzy, and its compiled .mo is current."""

import shutil
import subprocess
from pathlib import Path

import pytest
from django.utils import translation

PO = Path(__file__).resolve().parents[2] / "sharehub/locale/cy/LC_MESSAGES/django.po"


def msgfmt(*args: str) -> subprocess.CompletedProcess:
    if not shutil.which("msgfmt"):
        pytest.fail("msgfmt (GNU gettext) is needed: apt-get install gettext")
    return subprocess.run(["msgfmt", *args], capture_output=True, text=True, check=False)


def test_every_message_is_translated_and_none_is_fuzzy():
    result = msgfmt("--check", "--statistics", "-o", "/dev/null", str(PO))
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr, result.stderr
    assert "fuzzy" not in result.stderr, result.stderr


def test_the_compiled_catalogue_matches_its_source(tmp_path):
    compiled = tmp_path / "django.mo"
    msgfmt("-o", str(compiled), str(PO))
    assert compiled.read_bytes() == PO.with_suffix(".mo").read_bytes(), "run compilemessages"


@pytest.mark.django_db
def test_pages_speak_welsh_under_cy(client):
    html = client.get("/cy/innovations/").content.decode()
    with translation.override("cy"):
        heading = translation.gettext("Innovations")
        intro = translation.gettext("Skip to main content")
    assert heading != "Innovations"
    assert f'<h1 class="govuk-heading-xl">{heading}</h1>' in html
    assert intro in html and "Skip to main content" not in html
    assert '<html lang="cy"' in html
