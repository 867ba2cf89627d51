"""The accessibility statement and the privacy notice, in both languages, from every page."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("page", ["accessibility", "privacy"])
def test_the_statements_are_published_in_both_languages(client, language, page):
    response = client.get(f"/{language}/{page}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert html.count("<h1") == 1
    assert 'href="mailto:sharehub@sharehub.example"' in html


@pytest.mark.parametrize("url", ["/en/", "/cy/innovations/", "/en/no-such-page/"])
def test_every_page_links_to_both_from_the_footer(client, url):
    html = client.get(url).content.decode()
    footer = html[html.index("<footer") :]
    prefix = url.split("/")[1]
    assert f'href="/{prefix}/accessibility/"' in footer
    assert f'href="/{prefix}/privacy/"' in footer


def test_the_accessibility_statement_says_how_to_complain(client):
    html = client.get("/en/accessibility/").content.decode()
    for text in [
        "WCAG",
        "Equality and Human Rights Commission",
        "Equality Advisory and Support Service",
        "This statement was prepared on 22 November 2026.",
    ]:
        assert text in html, text


def test_the_preparation_date_is_in_welsh_under_cy(client):
    html = client.get("/cy/accessibility/").content.decode()
    assert "22 Tachwedd 2026" in html


def test_the_privacy_notice_lists_the_cookies_the_site_actually_sets(client, settings):
    settings.SESSION_COOKIE_NAME = "sharehub_session"
    html = client.get("/en/privacy/").content.decode()
    for name in ["sharehub_session", settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME]:
        assert f"<code>{name}</code>" in html, name
    assert "2 weeks, or until you sign out" in html
    assert "Information Commissioner" in html
    assert 'href="/en/accounts/email/"' in html  # the account area: download, delete


def test_the_contact_address_comes_from_settings(client, settings):
    settings.SHAREHUB_CONTACT_EMAIL = "help@example.org"
    for url in ["/en/accessibility/", "/en/privacy/"]:
        assert 'href="mailto:help@example.org"' in client.get(url).content.decode()
