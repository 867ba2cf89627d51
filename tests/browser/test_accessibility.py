"""Every page in PAGES, in both languages, signed out and signed in: no axe-core
violation (WCAG 2.2 A and AA) at 1280 and 390 px, one h1, the page's language,
absolute hreflang alternates (and x-default), a skip link that moves focus to the
main content, and no sideways scrolling at 320px."""

from urllib.parse import urlsplit

import pytest
from django.conf import settings

from tests.browser.checks import (
    VIEWPORT,
    axe_violations,
    describe_focus,
    focus_is_visible,
    horizontal_overflow,
    load_axe_on_every_page,
    widest_elements,
)
from tests.browser.pages import PAGES

LANGUAGES = ("en", "cy")
TAKES_FOCUS = ".govuk-error-summary, .govuk-notification-banner[role=alert]"
FOCUS_TOP_OF_PAGE = """() => {
  document.body.tabIndex = -1;
  document.body.focus();
  document.body.removeAttribute("tabindex");
}"""


# axe-core checks every page at these widths, in both languages.
AXE_WIDTHS = (VIEWPORT["width"], 390)


def _params():
    """One test per page case (one database set-up); it visits every language and user."""
    return [
        pytest.param(
            case,
            marks=[pytest.mark.xfail(reason=case.xfail, strict=False)] if case.xfail else [],
            id=case.slug,
        )
        for case in PAGES
    ]


def check_page(page, language: str) -> list[str]:
    """Everything wrong with the page shown, as sentences (empty when all is well)."""
    problems = []
    address = urlsplit(page.url)
    url = address.path + (f"?{address.query}" if address.query else "")
    h1s = page.locator("h1").count()
    if h1s != 1:
        problems.append(f"it has {h1s} h1 elements, not exactly one")
    lang = page.locator("html").get_attribute("lang")
    if lang != language:
        problems.append(f'<html lang="{lang}"> should be "{language}"')
    alternates = {
        link.get_attribute("hreflang"): link.get_attribute("href")
        for link in page.locator("head link[rel=alternate][hreflang]").all()
    }
    site = settings.SITE_URL.rstrip("/")
    for code, target in [*((code, code) for code in LANGUAGES), ("x-default", "en")]:
        expected = f"{site}/{target}/" + url.split("/", 2)[2]
        if alternates.get(code) != expected:
            problems.append(f"hreflang={code} alternate is {alternates.get(code)}, not {expected}")

    if page.evaluate(f"document.activeElement?.matches('{TAKES_FOCUS}') ?? false"):
        # GOV.UK's error summary (and a success banner with role=alert) takes focus on
        # load, so it is read out first. Start again from the top of the page, as a
        # keyboard user would after reading it.
        page.evaluate(FOCUS_TOP_OF_PAGE)
    page.keyboard.press("Tab")
    if not page.evaluate("document.activeElement?.matches('a.govuk-skip-link') ?? false"):
        problems.append(f"the first Tab reaches {describe_focus(page)}, not the skip link")
    else:
        if not focus_is_visible(page):
            problems.append("the skip link shows no focus style")
        page.keyboard.press("Enter")
        if not page.evaluate("document.activeElement?.id === 'main-content'"):
            problems.append(f"the skip link moves focus to {describe_focus(page)}, not <main>")

    for width in AXE_WIDTHS:  # a desktop's width, then a phone's (the layout changes)
        page.set_viewport_size({"width": width, "height": VIEWPORT["height"]})
        violations = axe_violations(page)
        if violations:
            problems.append(f"axe-core found at {width}px:\n" + "\n".join(violations))
    if page.console_errors:
        problems.append("the browser reports: " + "; ".join(page.console_errors))
        page.console_errors.clear()

    overflow = horizontal_overflow(page)
    if overflow:
        problems.append(
            f"at 320px wide it scrolls {overflow}px sideways; too wide: {widest_elements(page)}"
        )
    return problems


@pytest.mark.parametrize("case", _params())
def test_page_is_accessible(page, seeded, signed_in_page, case):
    load_axe_on_every_page(page.context)
    if case.setup:
        case.setup(seeded)
    report = []
    for user in case.users:  # anonymous first, then signed in (the cookie stays)
        if user == "signed_in":
            signed_in_page(seeded.alice)
        for language in LANGUAGES:
            if user == "anonymous":
                page.context.clear_cookies()  # a new visitor: no half-finished sign-in
            url = f"/{language}{case.path(seeded)}"
            page.set_viewport_size(VIEWPORT)
            response = page.goto(url)
            if case.actions:
                response = case.actions(page, seeded) or response
            problems = []
            if response.status != case.status:
                problems.append(f"it answered {response.status}, not {case.status}")
            if case.expect and not page.locator(case.expect).count():
                problems.append(f"it does not show {case.expect}")
            problems += check_page(page, language)
            if problems:
                who = user.replace("_", " ")
                then = " then sent its form" if case.actions else ""
                report.append(f"{url}{then} ({who}):\n- " + "\n- ".join(problems))
    assert not report, "\n\n".join(report)
