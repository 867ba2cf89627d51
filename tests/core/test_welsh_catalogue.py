"""The Welsh catalogues are complete: every message in the sources has a Welsh
translation, none is fuzzy, and the compiled .mo files match their sources."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]
OWN = ROOT / "sharehub/locale/cy/LC_MESSAGES/django.po"
VENDOR = ROOT / "sharehub/locale_vendor/cy/LC_MESSAGES/django.po"  # allauth ships no Welsh
# allauth's strings in ShareHub's English (sentence case, ShareHub's voice).
VENDOR_EN = ROOT / "sharehub/locale_vendor/en/LC_MESSAGES/django.po"
CATALOGUES = [OWN, VENDOR, VENDOR_EN]


def msgfmt(*args: str) -> subprocess.CompletedProcess:
    if not shutil.which("msgfmt"):
        pytest.fail("msgfmt (GNU gettext) is needed: apt-get install gettext")
    return subprocess.run(["msgfmt", *args], capture_output=True, text=True, check=False)


@pytest.mark.parametrize("po", CATALOGUES, ids=["sharehub", "vendor", "vendor-en"])
def test_every_message_is_translated_and_none_is_fuzzy(po):
    result = msgfmt("--check", "--statistics", "-o", "/dev/null", str(po))
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr, result.stderr
    assert "fuzzy" not in result.stderr, result.stderr


@pytest.mark.parametrize("po", CATALOGUES, ids=["sharehub", "vendor", "vendor-en"])
def test_the_compiled_catalogue_matches_its_source(po, tmp_path):
    compiled = tmp_path / "django.mo"
    msgfmt("-o", str(compiled), str(po))
    assert compiled.read_bytes() == po.with_suffix(".mo").read_bytes(), "run `make messages`"


def test_every_message_in_the_sources_is_in_the_catalogue(tmp_path):
    """makemessages on a copy of the sources finds nothing the catalogue lacks."""
    copy = tmp_path / "src"
    copy.mkdir()
    for name in ("manage.py", "sharehub", "templates"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, copy / name)
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "cy", "--no-obsolete"],
        cwd=copy,
        env={
            "PATH": "/usr/bin:/bin",
            "DEBUG": "true",
            "DJANGO_SETTINGS_MODULE": "sharehub.settings",
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    fresh = polib.pofile(str(copy / "sharehub/locale/cy/LC_MESSAGES/django.po"))
    known = {(e.msgctxt, e.msgid) for e in polib.pofile(str(OWN))}
    missing = sorted(e.msgid for e in fresh if (e.msgctxt, e.msgid) not in known)
    assert not missing, (
        f"{len(missing)} new messages need Welsh (run `make messages`): {missing[:10]}"
    )


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


@pytest.mark.django_db
def test_allauth_pages_speak_welsh_under_cy(client):
    html = client.get("/cy/accounts/password/reset/").content.decode()
    with translation.override("cy"):
        label = translation.gettext("Email")
    assert label != "Email" and label in html
