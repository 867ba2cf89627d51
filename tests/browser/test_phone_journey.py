"""Issue 3's promise, in Debian's Chromium at a 390 px phone size: a care worker signs up
with an e-mail address and a password, confirms the address through the link in the
e-mail, shares an innovation and sees it submitted. A screenshot of every step goes to
SHAREHUB_SCREENSHOTS_DIR when it is set (for people to look at), else a temporary folder."""

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from sharehub.accounts.models import User
from sharehub.catalogue.models import Innovation
from sharehub.core.models import Status
from tests.accounts.conftest import PASSWORD

PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
EMAIL = "carys.hughes@example.org"
TITLE = "Photo menus for people who cannot read the menu board"


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(base_url=live_server.url, **PHONE)
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def screenshots(tmp_path) -> Path:
    folder = Path(os.environ.get("SHAREHUB_SCREENSHOTS_DIR") or tmp_path) / "phone-journey"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_sign_up_verify_and_share_an_innovation_on_a_phone(phone, screenshots, mailoutbox):
    page = phone
    taken = []

    def snap(name: str) -> None:
        path = screenshots / f"{len(taken) + 1:02d}-{name}.png"
        page.screenshot(path=path, full_page=True)
        taken.append(path)

    def tap_and_wait(locator) -> None:
        with page.expect_navigation():
            locator.tap()

    # Sign up.
    page.goto("/en/accounts/signup/")
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    page.fill("#id_email", EMAIL)
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    snap("sign-up")
    tap_and_wait(page.locator("main form button[type=submit]"))
    page.wait_for_url("**/en/accounts/confirm-email/")
    snap("check-your-email")
    assert not User.objects.get(email=EMAIL).emailaddress_set.get().verified

    # The e-mail (sent by the background task, at once in tests) has the link.
    [message] = [m for m in mailoutbox if m.to == [EMAIL]]
    link = re.search(r"https?://\S+/confirm-email/\S+/", message.body).group()
    page.goto(urlsplit(link).path)
    snap("confirm-address")
    tap_and_wait(page.locator("main form button[type=submit]"))
    assert User.objects.get(email=EMAIL).emailaddress_set.get().verified
    snap("signed-in")

    # Share an innovation: the short first step.
    page.goto("/en/")
    tap_and_wait(page.locator('main a[href="/en/innovations/new/"]'))
    page.fill("#id_title", TITLE)
    page.fill("#id_body", "People with dementia chose lunch from photos of the dishes.")
    page.fill("#id_summary", "Photo menus at every table, so everyone can choose their own lunch.")
    page.locator("label[for=id_challenge_areas_0]").tap()
    page.locator("label[for=id_regions-powys]").tap()
    assert page.locator("#id_challenge_areas_0").is_checked()
    assert page.locator("#id_regions-powys").is_checked()
    snap("share-an-innovation")
    tap_and_wait(page.locator("main form button[type=submit]:not([name=preview])"))
    innovation = Innovation.objects.get(title=TITLE)
    assert innovation.status == Status.DRAFT
    snap("draft-saved")

    tap_and_wait(page.locator(".sh-owner-panel a.govuk-button"))  # Preview and submit
    snap("preview")
    tap_and_wait(page.locator(".govuk-notification-banner a.govuk-button"))  # Continue
    page.locator("label[for=id_confirm_no_personal_data]").tap()
    snap("confirm-no-personal-data")
    tap_and_wait(page.locator("main form button[type=submit]"))
    page.wait_for_url(f"**/en/innovations/{innovation.slug}/")
    snap("submitted")

    innovation.refresh_from_db()
    assert innovation.status == Status.SUBMITTED
    assert innovation.author.email == EMAIL
    assert innovation.local_authorities.get().slug == "powys-county"
    page.goto("/en/contributions/")
    row = page.locator("main .govuk-summary-list__row").filter(has_text=TITLE)
    assert row.count() == 1
    assert "Submitted" in row.inner_text()
    snap("your-contributions")

    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    assert len(taken) == 10
    for path in taken:
        assert path.is_file() and path.read_bytes().startswith(b"\x89PNG"), path
