"""Keyboard-only journeys: no mouse, no clicks, focus always visible."""

import re

import pytest

from tests.browser.checks import describe_focus, focus_is_visible, tab_to


def assert_focus_visible(page) -> None:
    assert focus_is_visible(page), f"no visible focus on {describe_focus(page)}"


def test_search_filter_page_and_open_a_result_with_the_keyboard(page, seeded):
    page.goto("/en/")

    # Search from the home page: Tab to the box, type, Enter.
    tab_to(page, "input#q")
    assert_focus_visible(page)
    page.keyboard.type("hydration")
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/search/?q=hydration")
    status = page.locator("#results [role=status]")
    everything = status.inner_text()

    # Tick a facet with the space bar and apply the filters with Enter.
    tab_to(page, "input[type=checkbox][name=challenge_area][value=value]")
    assert_focus_visible(page)
    page.keyboard.press("Space")
    assert page.locator("input[type=checkbox][name=challenge_area][value=value]").is_checked()
    tab_to(page, ".sh-facets button[type=submit]")
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"challenge_area=value"))
    assert page.locator("input[type=checkbox][name=challenge_area][value=value]").is_checked()
    assert status.inner_text() != everything, "the result count did not change"

    # Go back to the unfiltered results and page through them.
    page.go_back()
    tab_to(page, ".govuk-pagination__next a")
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"page=2"))

    # Open a result with Enter and land on its page.
    tab_to(page, ".sh-card h3 a")
    assert_focus_visible(page)
    title = page.evaluate("document.activeElement.textContent").strip()
    href = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{href}")
    assert page.locator("h1").inner_text() == title


def test_the_language_switcher_and_other_language_link_work_with_the_keyboard(page, seeded):
    page.goto(f"/en/innovations/{seeded.innovation.slug}/")
    tab_to(page, ".sh-other-language a")
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/cy/innovations/{seeded.welsh_innovation.slug}/")
    assert page.locator("html").get_attribute("lang") == "cy"

    tab_to(page, ".govuk-language-navigation__link")
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/en/innovations/{seeded.welsh_innovation.slug}/")
    assert page.locator("h1").get_attribute("lang") == "cy"  # Welsh content, English page


@pytest.mark.parametrize(
    "path",
    [
        lambda s: "/en/innovations/?challenge_area=risk",
        lambda s: f"/cy/innovations/{s.innovation.slug}/",
        lambda s: "/en/privacy/",
    ],
    ids=["list", "detail", "privacy"],
)
def test_every_control_shows_where_the_focus_is(page, seeded, path):
    """Tab through the whole page: each link, button and field looks focused."""
    page.goto(path(seeded))
    seen = set()
    for _ in range(200):
        page.keyboard.press("Tab")
        where = describe_focus(page)
        if where in seen or where.startswith("<body"):
            break  # back at the top
        seen.add(where)
        assert focus_is_visible(page), f"no visible focus on {where}"
    assert len(seen) > 10


# TODO(contributions): the signed-in keyboard journey, when /en/innovations/new/ exists:
#   signed_in_page(seeded.alice); from the home page Tab to "Share an innovation", Enter;
#   fill every required field with the keyboard (Tab, type, Space for checkboxes and
#   radios); submit with Enter; an empty required field shows the error summary, which
#   takes focus and links to the field; the fixed form submits and lands on the new
#   innovation's page. Check assert_focus_visible(page) at each control.
