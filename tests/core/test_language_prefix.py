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
