"""Issue 11's filters on a phone, in Chromium: at 390 px the results come first and the
filter panel waits behind a "Filter" button that counts the filters in use; without
JavaScript the panel is a plain form that still filters; at desktop widths it stays a
sidebar beside the results."""

import re

import pytest

from tests.browser.pages import PHONE_VIEWPORT

SCREEN = PHONE_VIEWPORT["height"]
FIRST_RESULT_TOP = (
    "Math.round(document.querySelector('main .sh-card').getBoundingClientRect().top + scrollY)"
)


@pytest.fixture
def no_js_phone(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, viewport=PHONE_VIEWPORT, java_script_enabled=False
    )
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def test_on_a_phone_the_results_come_first(page, seeded):
    page.set_viewport_size(PHONE_VIEWPORT)
    page.goto("/en/innovations/?region=gwent")
    toggle = page.locator("[data-sh-filter-toggle]")
    panel = page.locator("#filter-panel")
    assert toggle.is_visible()
    assert toggle.inner_text().strip().startswith("Filter (1 selected)")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not panel.is_visible()

    # The result count is on the first screen and the first result within the first
    # two (before this change both came below every facet: about 2,550 px down on
    # the demo catalogue, 2,683 px measured).
    count = page.locator("#results").bounding_box()
    assert count["y"] + count["height"] < SCREEN, f"the result count ends at {count}"
    top = page.evaluate(FIRST_RESULT_TOP)
    print(f"first result at {top}px on a {SCREEN}px screen")
    assert top < 2 * SCREEN, f"the first result starts {top}px down"

    # The filters in use show above the results, each removable.
    tag = page.get_by_role("link", name="Remove filter: Gwent")
    assert tag.is_visible()
    assert page.evaluate(FIRST_RESULT_TOP) > tag.bounding_box()["y"]

    # The button opens the panel in place, between itself and the results.
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert panel.is_visible()
    box = panel.bounding_box()
    assert toggle.bounding_box()["y"] < box["y"] < page.evaluate(FIRST_RESULT_TOP)
    toggle.click()
    assert not panel.is_visible()


def test_without_javascript_the_filters_are_a_plain_form(no_js_phone, seeded):
    page = no_js_phone
    page.goto("/en/innovations/")
    assert not page.locator("[data-sh-filter-toggle]").is_visible()
    assert page.locator("#filter-panel").is_visible()
    everything = page.locator("#results").inner_text()

    page.locator("label[for=f-challenge_area-risk]").click()
    with page.expect_navigation():
        page.locator("#filter-panel button[type=submit]").click()
    assert re.search(r"challenge_area=risk", page.url)
    assert page.locator("#f-challenge_area-risk").is_checked()
    filtered = page.locator("#results").inner_text()
    assert filtered != everything
    assert page.locator("main .sh-card").count() > 0

    # The tag takes the filter off again.
    with page.expect_navigation():
        page.get_by_role("link", name="Remove filter: Risk").click()
    assert "challenge_area" not in page.url
    assert page.locator("#results").inner_text() == everything


def test_on_a_desktop_the_filters_stay_a_sidebar(page, seeded):
    page.goto("/en/search/?q=hydration&challenge_area=risk")
    assert not page.locator("[data-sh-filter-toggle]").is_visible()
    panel = page.locator("#filter-panel")
    assert panel.is_visible()
    card = page.locator("main .sh-card").first.bounding_box()
    assert panel.bounding_box()["x"] + panel.bounding_box()["width"] <= card["x"]
    assert page.get_by_role("link", name="Remove filter: Risk").is_visible()
