import pytest

from tests.factories import InnovationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages():
    innovation = InnovationFactory()
    return [
        "/en/",
        "/en/innovations/",
        innovation.get_absolute_url(),
        "/en/search/?q=care",
        "/api/v1/innovations/",
    ]


def test_pages_carry_the_security_headers(client, pages):
    for url in pages:
        response = client.get(url, secure=True)
        assert response.status_code == 200, url
        assert response["Strict-Transport-Security"].startswith("max-age=31536000"), url
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert response["Referrer-Policy"] == "same-origin", url
        assert response["X-Frame-Options"] == "DENY", url
        csp = response["Content-Security-Policy"]
        directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
        assert directives["script-src"] == "'self'", url
        assert "unsafe-inline" not in csp, url
        assert directives["object-src"] == "'none'", url
        assert directives["frame-ancestors"] == "'none'", url


def test_pages_have_no_inline_scripts(client, pages):
    """The CSP forbids inline scripts, so none may be in our markup."""
    for url in pages[:3]:
        html = client.get(url, secure=True).content.decode()
        for chunk in html.split("<script")[1:]:
            assert chunk.split(">", 1)[0].strip().startswith(("src=", 'type="module" src=')), url
