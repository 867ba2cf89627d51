"""Issue 12's "done when", walked in Debian's Chromium at a phone's and a desktop's
width, in English and in Welsh: a care worker in Powys shares an innovation; a manager
in Gwynedd who follows its challenge area is told, opens it and says "we tried this
too"; the author is told, sees Gwynedd on the spread map and confirms the innovation
is spreading. A screenshot of each step goes to SHAREHUB_SCREENSHOTS_DIR when it is
set, else a temporary folder."""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from sharehub.catalogue.models import Adoption, Innovation
from sharehub.core.models import Status
from sharehub.notifications.models import Follow, Notification
from sharehub.taxonomy.models import ChallengeArea, LocalAuthority
from tests.factories import verified_user

TITLE = {"en": "Risk huddles before every shift", "cy": "Trafodaeth risg cyn pob shifft"}


@pytest.fixture
def screenshots(tmp_path) -> Path:
    folder = Path(os.environ.get("SHAREHUB_SCREENSHOTS_DIR") or tmp_path) / "network-journey"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def as_person(browser, live_server):
    """as_person(user, width) -> a page in a browser context of its own, signed in as
    `user` through a session cookie."""
    contexts = []

    def open_as(user, width):
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": width, "height": 900}
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        client = Client()
        client.force_login(user)
        name = settings.SESSION_COOKIE_NAME
        context.add_cookies(
            [{"name": name, "value": client.cookies[name].value, "url": live_server.url}]
        )
        return context.new_page()

    yield open_as
    for context in contexts:
        context.close()


def unread(page, lang: str) -> str:
    """The header's link to the notifications, as a screen reader reads it."""
    return page.locator(f'header a[href="/{lang}/notifications/"]').first.text_content()


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("lang", ["en", "cy"])
def test_shared_followed_told_taken_up_and_seen_spreading(as_person, screenshots, lang, width):
    author = verified_user(username="carys", display_name="Carys", trusted=True, language=lang)
    gwynedd = LocalAuthority.objects.get(slug="gwynedd")
    manager = verified_user(
        username="manon", display_name="Manon", trusted=True, language=lang, local_authority=gwynedd
    )
    risk = ChallengeArea.objects.get(slug="risk")
    taken = []

    def snap(page, name: str) -> None:
        path = screenshots / f"{lang}-{width}-{len(taken) + 1:02d}-{name}.png"
        page.screenshot(path=path, full_page=True)
        taken.append(path)

    def press(page, locator) -> None:
        with page.expect_navigation():
            locator.click()

    # 1. The manager follows the challenge area "Risk".
    manager_page = as_person(manager, width)
    manager_page.goto(f"/{lang}/following/")
    press(
        manager_page,
        manager_page.locator(
            'form.sh-follow:has(input[name=target][value=challenge_area]):has(input[name=value][value="risk"]) button'
        ),
    )
    assert Follow.objects.filter(user=manager).count() == 1
    snap(manager_page, "manager-follows-risk")

    # 2. The care worker shares an innovation about risk, in Powys; she is trusted, so
    #    it is published when she submits it.
    page = as_person(author, width)
    page.goto(f"/{lang}/innovations/new/")
    page.fill("#id_title", TITLE[lang])
    page.fill("#id_summary", "Five minutes on the day's risks, with the whole team.")
    page.fill("#id_body", "Before every shift the team talks through the day's risks together.")
    page.check(f'input[name=challenge_areas][value="{risk.pk}"]')
    page.check("#id_regions-powys")
    press(page, page.locator("main form button[type=submit]:not([name=preview])"))
    innovation = Innovation.objects.get(title=TITLE[lang])
    press(page, page.locator(".sh-owner-panel a.govuk-button"))  # Preview and submit
    press(page, page.locator(".govuk-notification-banner a.govuk-button"))  # Continue
    page.check("#id_confirm_no_personal_data")
    press(page, page.locator("main form button[type=submit]"))
    innovation.refresh_from_db()
    assert innovation.status == Status.PUBLISHED
    snap(page, "shared")

    # 3. The manager is told: the header counts one unread notification, and the
    #    notification leads to the innovation.
    manager_page.goto(f"/{lang}/")
    assert "1" in unread(manager_page, lang)
    snap(manager_page, "manager-told")
    manager_page.goto(f"/{lang}/notifications/")
    link = manager_page.locator(f'main a[href="/{lang}/innovations/{innovation.slug}/"]')
    assert link.count() == 1
    snap(manager_page, "manager-notifications")
    press(manager_page, link)

    # 4. She says "we tried this too", from Gwynedd.
    press(manager_page, manager_page.locator(f'main a[href$="/{innovation.slug}/adoptions/new/"]'))
    manager_page.fill("#id_organisation", "Gwynedd reablement team")
    manager_page.select_option("#id_local_authority", value=str(gwynedd.pk))
    manager_page.fill("#id_started", "9")
    manager_page.fill("#id_started-year", "2026")
    manager_page.check("input[name=progress][value=running]")
    manager_page.fill("#id_story", "We run the huddle at the start of every home care round.")
    manager_page.check("input[name=contact_preference][value=message]")
    manager_page.check("#id_confirm_no_personal_data")
    snap(manager_page, "we-tried-this-too")
    press(manager_page, manager_page.locator("main form button[type=submit]"))
    adoption = Adoption.objects.get(innovation=innovation)
    assert adoption.status == Status.PUBLISHED
    assert adoption.local_authority == gwynedd

    # 5. The author is told, and sees Gwynedd on the spread map and in its table.
    assert Notification.objects.filter(recipient=author).count() == 1
    page.goto(f"/{lang}/")
    assert "1" in unread(page, lang)
    page.goto(f"/{lang}/innovations/{innovation.slug}/spread/")
    row = page.locator("main table tbody tr").filter(has_text=gwynedd.name)
    assert row.count() == 1
    assert row.locator("td").last.inner_text().strip() == "1"
    assert ": 1" in page.locator("svg title").filter(has_text=gwynedd.name).first.text_content()
    snap(page, "author-sees-the-spread")

    # 6. Taken up outside its own places: the author confirms it is spreading.
    page.goto(f"/{lang}/innovations/{innovation.slug}/")
    press(page, page.locator(f'form[action$="/{innovation.slug}/spreading/"] button'))
    innovation.refresh_from_db()
    assert innovation.stage.slug == "spreading"
    snap(page, "spreading")

    assert page.evaluate("document.scrollingElement.scrollWidth") <= width
    assert len(taken) == 7
    for path in taken:
        assert path.is_file() and path.read_bytes().startswith(b"\x89PNG"), path
