"""Marking useful and saving, as a person does it: with the keyboard, with and
without JavaScript, on a phone and a desktop."""

import pytest
from playwright.sync_api import expect

from sharehub.catalogue.models import Innovation
from sharehub.community.models import Bookmark
from tests.browser.checks import describe_focus, focus_is_visible, tab_to

USEFUL = "form[data-mark=useful] button"
SAVE = "form[data-mark=saved] button"


def useful_count(item) -> int:
    return Innovation.objects.get(pk=item.pk).useful_count


@pytest.mark.parametrize("width", [390, 1280])
def test_marking_useful_and_saving_keeps_the_focus_on_the_button(
    page, seeded, signed_in_page, width
):
    signed_in_page(seeded.alice)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"/en/innovations/{seeded.innovation.slug}/")
    button = page.locator(USEFUL)
    assert button.inner_text() == "Useful (0)"
    assert button.get_attribute("aria-pressed") == "false"

    tab_to(page, USEFUL)
    assert focus_is_visible(page), describe_focus(page)
    page.keyboard.press("Enter")
    expect(page.locator(USEFUL)).to_have_attribute("aria-pressed", "true")
    assert button.inner_text() == "Marked as useful (1)"
    assert page.evaluate("document.activeElement.closest('form')?.dataset.mark") == "useful"
    assert useful_count(seeded.innovation) == 1

    page.keyboard.press("Enter")  # pressed again: taken back
    expect(page.locator(USEFUL)).to_have_attribute("aria-pressed", "false")
    assert button.inner_text() == "Useful (0)"
    assert useful_count(seeded.innovation) == 0

    tab_to(page, SAVE)
    page.keyboard.press("Enter")
    expect(page.locator(SAVE)).to_have_attribute("aria-pressed", "true")
    assert page.locator(SAVE).inner_text() == "Saved"
    assert page.evaluate("document.activeElement.closest('form')?.dataset.mark") == "saved"
    assert Bookmark.objects.filter(user=seeded.alice, innovation=seeded.innovation).exists()
    page.screenshot(path=f"/tmp/community-marks-{width}.png", full_page=False)


def test_without_javascript_the_forms_post_and_come_back(browser, live_server, seeded):
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(seeded.alice)
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    name = settings.SESSION_COOKIE_NAME
    context.add_cookies(
        [{"name": name, "value": client.cookies[name].value, "url": live_server.url}]
    )
    page = context.new_page()
    try:
        page.goto(f"/cy/needs/{seeded.need.slug}/")
        with page.expect_navigation():
            page.locator(USEFUL).click()
        assert page.url.endswith(f"/cy/needs/{seeded.need.slug}/")
        assert page.locator(USEFUL).get_attribute("aria-pressed") == "true"
        with page.expect_navigation():
            page.locator(SAVE).click()
        page.goto("/cy/saved/")
        assert page.locator(".sh-card h3").inner_text() == seeded.need.title
        page.screenshot(path="/tmp/community-saved.png", full_page=True)
    finally:
        context.close()
