import pytest

pytestmark = pytest.mark.django_db


def test_it_reports_the_database_healthy(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_it_answers_over_http_on_any_host(client, settings):
    """Container health checks probe 127.0.0.1 over HTTP; pages still redirect."""
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["sharehub.example"]
    assert client.get("/healthz", HTTP_HOST="127.0.0.1:8000").status_code == 200
    assert client.get("/en/", HTTP_HOST="sharehub.example").status_code == 301
    assert client.get("/en/", HTTP_HOST="127.0.0.1:8000").status_code == 400
