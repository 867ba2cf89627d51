"""Requests refused before or while reading them say why (400, 413), a database
outage is a 503 that says to come back, and every response carries Permissions-Policy."""

import io

import pytest
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.db import connection
from django.test import Client

from sharehub.core.middleware import PERMISSIONS_POLICY
from tests.attachments.files import PDF_BYTES

LOGIN = "/en/accounts/login/"
BOUNDARY = "BoUnDaRyShareHub"


class WatchedStream(io.BytesIO):
    """A request body that records how much of it was read."""

    def __init__(self, data: bytes):
        super().__init__(data)
        self.bytes_read = 0

    def read(self, size=-1):
        chunk = super().read(size)
        self.bytes_read += len(chunk)
        return chunk

    def readline(self, size=-1):
        line = super().readline(size)
        self.bytes_read += len(line)
        return line


def file_part(filename: bytes, data: bytes = PDF_BYTES) -> bytes:
    return (
        f"--{BOUNDARY}\r\n".encode()
        + b'Content-Disposition: form-data; name="files"; filename="'
        + filename
        + b'"\r\nContent-Type: application/pdf\r\n\r\n'
        + data
        + f"\r\n--{BOUNDARY}--\r\n".encode()
    )


# --- 413: too large to read --------------------------------------------------------


@pytest.fixture
def new_temporary_files(monkeypatch):
    """Every temporary upload file Django starts (the real handler still runs)."""
    started = []
    real_new_file = TemporaryFileUploadHandler.new_file

    def new_file(self, *args, **kwargs):
        started.append(args)
        return real_new_file(self, *args, **kwargs)

    monkeypatch.setattr(TemporaryFileUploadHandler, "new_file", new_file)
    return started


def declaring(size: int, stream: WatchedStream, content_type: str) -> dict:
    """The WSGI environ of a request that announces `size` bytes but brings only `stream`."""
    return {"CONTENT_TYPE": content_type, "CONTENT_LENGTH": str(size), "wsgi.input": stream}


MULTIPART = f"multipart/form-data; boundary={BOUNDARY}"
TWO_HUNDRED_MB = 200 * 1024 * 1024


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_body_over_the_limit_is_refused_before_a_byte_is_read(
    client, alice, settings, new_temporary_files, language
):
    assert settings.SHAREHUB_REQUEST_MAX_BYTES == 5 * 10 * 1024 * 1024 + 4 * 1024 * 1024
    client.force_login(alice)
    # What a 200 MB upload starts with; only its first bytes arrive before the answer.
    stream = WatchedStream(file_part(b"huge.pdf", PDF_BYTES * 50))
    response = client.generic(
        "POST",
        f"/{language}/accounts/login/",  # a page that reads its form
        **declaring(TWO_HUNDRED_MB, stream, MULTIPART),
    )
    assert response.status_code == 413
    assert stream.bytes_read == 0
    assert new_temporary_files == []
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert html.count("<h1") == 1
    if language == "en":
        assert "What you sent is too large" in html
        assert "Each file can be up to 10.0\xa0MB, and you can attach up to 5 files" in html


@pytest.mark.django_db
def test_without_the_limit_django_would_start_writing_the_upload_to_disk(
    client, settings, new_temporary_files
):
    """The control for the test above: the same request, let through, is read and its
    file started in a temporary file at once."""
    settings.SHAREHUB_REQUEST_MAX_BYTES = TWO_HUNDRED_MB + 1
    stream = WatchedStream(file_part(b"huge.pdf", PDF_BYTES * 50))
    client.raise_request_exception = False
    client.generic("POST", "/en/accounts/login/", **declaring(TWO_HUNDRED_MB, stream, MULTIPART))
    assert stream.bytes_read > 0
    assert len(new_temporary_files) == 1


def test_the_api_answers_413_in_json(client):
    stream = WatchedStream(b"{}")
    response = client.generic(
        "POST", "/api/v1/innovations/", **declaring(TWO_HUNDRED_MB, stream, "application/json")
    )
    assert stream.bytes_read == 0
    assert response.status_code == 413
    assert response.json() == {"detail": "What you sent is too large."}


# --- 400: says why ------------------------------------------------------------------


@pytest.mark.django_db
def test_too_many_fields_is_a_400_that_says_so(client):
    response = client.post(LOGIN, {f"field{n}": "x" for n in range(1100)})
    html = response.content.decode()
    assert response.status_code == 400
    assert "The form sent more than 1000 fields, more than ShareHub accepts." in html
    assert "What you sent could not be accepted" in html
    assert "Traceback" not in html and "TooManyFieldsSent" not in html


@pytest.mark.django_db
def test_too_much_text_is_a_400_that_says_so(client):
    response = client.post(LOGIN, {"login": "x" * (3 * 1024 * 1024)})
    html = response.content.decode()
    assert response.status_code == 400
    assert "The text sent is longer than ShareHub accepts (more than 2.5\xa0MB)." in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_thousand_character_file_name_is_a_400_that_says_so(client, language):
    response = client.generic(
        "POST",
        f"/{language}/accounts/login/",
        file_part(b"a" * 1000 + b".pdf"),
        content_type=f"multipart/form-data; boundary={BOUNDARY}",
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert f'<html lang="{language}"' in html
    assert html.count("<h1") == 1
    if language == "en":
        assert "A file&#x27;s name is too long. Rename the file with a shorter name" in html
    assert "header size" not in html


@pytest.mark.django_db
def test_a_bad_host_is_still_a_plain_400(client):
    response = client.get("/en/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "The request could not be understood." in response.content.decode()


# --- 503: the database is down -------------------------------------------------------


@pytest.fixture
def database_refuses_connections(django_db_blocker):
    """The default connection pointed at a port where nothing listens (a real refusal
    from 127.0.0.1:1, not a stand-in for the database layer)."""
    with django_db_blocker.unblock():
        connection.close()
        saved = dict(connection.settings_dict)
        connection.settings_dict.update(HOST="127.0.0.1", PORT=1)
        try:
            yield
        finally:
            connection.close()
            connection.settings_dict.clear()
            connection.settings_dict.update(saved)


# A database server that refuses connections: PostgreSQL's (SQLite is a file).
@pytest.mark.postgres
@pytest.mark.parametrize(
    ("url", "lang"), [("/en/innovations/", "en"), ("/cy/innovations/", "cy"), ("/en/", "en")]
)
def test_a_database_outage_is_a_friendly_503(database_refuses_connections, url, lang):
    response = Client(raise_request_exception=False).get(url)
    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert response["Permissions-Policy"] == PERMISSIONS_POLICY
    assert f'<html lang="{lang}"' in html
    assert html.count("<h1") == 1
    assert 'id="main-content"' in html
    if lang == "en":
        assert "ShareHub is not available at the moment" in html
        assert "Try again in 2 minutes." in html
    assert "OperationalError" not in html


@pytest.mark.postgres
def test_a_database_outage_answers_json_under_the_api(database_refuses_connections):
    response = Client(raise_request_exception=False).get("/api/v1/innovations/")
    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert response.json() == {
        "detail": "ShareHub is not available at the moment. Try again in a few minutes."
    }


# --- Permissions-Policy ------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/en/", "/cy/innovations/", "/api/v1/innovations/", "/healthz", "/en/no-such-page/"]
)
def test_every_response_carries_the_permissions_policy(client, url):
    response = client.get(url)
    policy = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in policy, (url, feature)
