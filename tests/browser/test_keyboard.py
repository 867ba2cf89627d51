"""Keyboard-only journeys: no mouse, no clicks, focus always visible."""

import re

import pytest

from sharehub.catalogue.models import Innovation
from sharehub.core.models import Status
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


def test_share_an_innovation_with_the_keyboard(page, seeded, signed_in_page):
    """Signed in, with only the keyboard: open "Share an innovation", make a mistake and
    follow the error summary back to it, save the draft, preview it and submit it."""
    signed_in_page(seeded.alice)
    page.goto("/en/")

    def to(selector: str) -> None:
        tab_to(page, selector)
        assert_focus_visible(page)

    to('main a[href="/en/innovations/new/"]')
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/innovations/new/")

    title = "Water jugs you can lift with one hand"
    to("#id_title")
    page.keyboard.type(title)
    to("#id_body")
    page.keyboard.type("Residents could not lift the big jugs.\n\nWe bought small ones.")
    # The summary is left empty for now.
    to("#id_challenge_areas_0")
    page.keyboard.press("Space")
    to("#id_regions-gwent")
    page.keyboard.press("Space")  # reveals Gwent's local authorities
    to("#id_regions-gwent-conditional input[name=local_authorities]")
    page.keyboard.press("Space")
    to("main form button[type=submit]:not([name=preview])")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    # The error summary takes focus; its link takes the keyboard to the empty field.
    assert page.evaluate("document.activeElement.matches('.govuk-error-summary')")
    to('.govuk-error-summary a[href="#id_summary"]')
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "id_summary"
    assert_focus_visible(page)
    page.keyboard.type("Small jugs at every table, so residents pour their own drinks.")
    # What was typed and ticked before is still there.
    assert page.input_value("#id_title") == title
    assert page.locator("#id_challenge_areas_0").is_checked()
    assert page.locator("#id_regions-gwent-conditional input:checked").count() == 1
    to("main form button[type=submit]:not([name=preview])")
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"/en/innovations/(?!new/)[\w-]+/$"))
    innovation = Innovation.objects.get(title=title)
    assert innovation.status == Status.DRAFT
    to(".sh-owner-panel a.govuk-button")  # Preview and submit
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/en/innovations/{innovation.slug}/preview/")
    to(".govuk-notification-banner a.govuk-button")  # Continue to submit
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/en/innovations/{innovation.slug}/submit/")
    to("#id_confirm_no_personal_data")
    page.keyboard.press("Space")
    assert page.locator("#id_confirm_no_personal_data").is_checked()
    to("main form button[type=submit]")
    page.keyboard.press("Enter")

    page.wait_for_url(f"**/en/innovations/{innovation.slug}/")
    innovation.refresh_from_db()
    assert innovation.status == Status.SUBMITTED
    assert innovation.author == seeded.alice
    assert [area.slug for area in innovation.challenge_areas.all()] != []
    assert innovation.local_authorities.get().region.slug == "gwent"


def test_open_the_filters_on_a_phone_with_the_keyboard(page, seeded):
    """At 390 px: the "Filter" button opens the panel with Enter or Space, the next Tab
    goes into it, Escape closes it and puts the focus back on the button; the filters
    apply and come off again with the keyboard alone."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/en/innovations/?region=gwent")
    toggle = page.locator("[data-sh-filter-toggle]")
    panel = page.locator("#filter-panel")
    in_panel = "document.getElementById('filter-panel').contains(document.activeElement)"

    tab_to(page, "[data-sh-filter-toggle]")
    assert_focus_visible(page)
    page.keyboard.press("Tab")  # closed: its checkboxes are not in the way
    assert not page.evaluate(in_panel), describe_focus(page)

    tab_to(page, "[data-sh-filter-toggle]", backwards=True)
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert panel.is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate(in_panel), f"the Tab after the button reached {describe_focus(page)}"

    page.keyboard.press("Escape")
    assert not panel.is_visible()
    assert toggle.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.matches('[data-sh-filter-toggle]')")

    page.keyboard.press("Space")
    assert panel.is_visible()
    tab_to(page, "#filter-panel input[name=challenge_area][value=risk]")
    assert_focus_visible(page)
    page.keyboard.press("Space")
    tab_to(page, "#filter-panel button[type=submit]")
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"challenge_area=risk"))

    # Applied: the panel is closed again, and the button counts both filters.
    assert not panel.is_visible()
    assert toggle.inner_text().strip().startswith("Filter (2 selected)")
    tab_to(page, ".sh-filter-tag")
    assert_focus_visible(page)
    assert page.evaluate("document.activeElement.textContent").strip().endswith("Risk")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "challenge_area" not in url and "region=gwent" in url)
    assert toggle.inner_text().strip().startswith("Filter (1 selected)")
