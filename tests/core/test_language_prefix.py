import pytest

pytestmark = pytest.mark.django_db


def test_pages_live_under_a_language_prefix(client):
    assert client.get("/en/").status_code == 200
    response = client.get("/cy/")
    assert response.status_code == 200
    assert b'<html lang="cy"' in response.content


def test_the_language_switcher_keeps_the_page_and_query(client):
    html = client.get("/en/innovations/?challenge_area=risk").content.decode()
    assert 'href="/cy/innovations/?challenge_area=risk"' in html
    assert 'hreflang="cy"' in html


def test_the_bare_root_redirects_to_a_language(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


@pytest.mark.parametrize("path", ["/innovations/?challenge_area=risk", "/no-such-page/", "/"])
def test_hreflang_alternates_are_absolute_with_an_x_default(client, settings, path):
    settings.SITE_URL = "https://sharehub.example/"
    for language in ("en", "cy"):
        html = client.get(f"/{language}{path}").content.decode()
        head = html.split("</head>", 1)[0]
        query = path.replace("&", "&amp;")
        for code, target in (("en", "en"), ("cy", "cy"), ("x-default", "en")):
            link = f'<link rel="alternate" hreflang="{code}" href="https://sharehub.example/{target}{query}">'
            assert link in head, (language, code)
        assert head.count('rel="alternate" hreflang=') == 3  # one per language, no more
