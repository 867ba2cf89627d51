"""The header keeps to one line at 1280 px for a moderator with every account link
(Moderation, Saved, Notifications, Your account, Sign out and one more), in both
languages, and collapses behind "Menu" on a phone. Screenshots go to
SHAREHUB_SCREENSHOTS_DIR when it is set, else a temporary folder."""

import os
from pathlib import Path

import pytest

from tests.moderation.conftest import moderator_user

pytestmark = pytest.mark.browser

# Account links other work adds to the header (includes/account_links.html): the test
# adds stand-ins for any not there yet, so the header is measured with six.
ACCOUNT_LINKS = 6
FILL = """([wanted, labels]) => {
  const list = document.querySelector('[data-sh-account-links]');
  const model = list.querySelector('li.govuk-service-navigation__item');
  let n = list.querySelectorAll('li').length, i = 0;
  while (n < wanted) {
    const item = model.cloneNode(true);
    item.classList.remove('govuk-service-navigation__item--active');
    const link = item.querySelector('a, button');
    link.textContent = labels[i++ % labels.length];
    link.removeAttribute('aria-current');
    list.insertBefore(item, list.lastElementChild);
    n++;
  }
  return n;
}"""
# The longest labels other work may use, in both languages.
STAND_INS = {
    "en": ["Notifications (12)", "Following", "Saved"],
    "cy": ["Hysbysiadau (12)", "Dilyn", "Wedi\u2019u cadw"],
}
MEASURE = """() => {
  const rows = sel => [...document.querySelectorAll(sel)]
    .filter(el => el.offsetParent !== null)
    .map(el => Math.round(el.getBoundingClientRect().top));
  const header = document.querySelector('.govuk-template__header').getBoundingClientRect();
  return {
    sections: rows('#navigation ul:not([data-sh-account-links]) > li'),
    account: rows('[data-sh-account-links] > li'),
    header: Math.round(header.height),
    wide: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}"""


@pytest.fixture
def screenshots(tmp_path) -> Path:
    folder = Path(os.environ.get("SHAREHUB_SCREENSHOTS_DIR") or tmp_path) / "header"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_header_fits_one_line_at_1280_for_a_moderator(
    page, signed_in_page, screenshots, language
):
    signed_in_page(moderator_user("morgan"))
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"/{language}/moderation/")
    assert page.evaluate(FILL, [ACCOUNT_LINKS, STAND_INS[language]]) == ACCOUNT_LINKS
    found = page.evaluate(MEASURE)
    page.screenshot(path=screenshots / f"moderator-1280-{language}.png")
    assert len(found["account"]) == ACCOUNT_LINKS
    assert len(found["sections"]) == 6
    assert len(set(found["sections"])) == 1, found  # every section link on one line
    assert len(set(found["account"])) == 1, found  # every account link on one line
    assert found["header"] <= 140, found
    assert found["wide"] == 0, found


@pytest.mark.parametrize("language", ["en", "cy"])
def test_on_a_phone_the_links_wait_behind_menu(page, signed_in_page, screenshots, language):
    signed_in_page(moderator_user("morgan"))
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/{language}/moderation/")
    page.evaluate(FILL, [ACCOUNT_LINKS, STAND_INS[language]])
    page.screenshot(path=screenshots / f"moderator-390-{language}.png")
    assert page.evaluate(MEASURE)["wide"] == 0
    toggle = page.locator(".govuk-service-navigation__toggle")
    assert toggle.is_visible()
    assert not page.locator("#navigation").is_visible()
    toggle.click()
    assert page.locator("#navigation").is_visible()
    page.screenshot(path=screenshots / f"moderator-390-{language}-menu.png", full_page=True)
    found = page.evaluate(MEASURE)
    assert len(found["sections"]) + len(found["account"]) >= 6 + ACCOUNT_LINKS
