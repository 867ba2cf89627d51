"""Issue 10's routes, walked in Debian's Chromium as the new user, the trusted author
and the moderator would: text naming a person who receives care (a checksum-valid
NHS number, a date of birth by a name) reaches nobody else before a moderator has
seen it, and the moderator sees it highlighted and decides. A screenshot of each
step goes to SHAREHUB_SCREENSHOTS_DIR when it is set, else a temporary folder."""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from sharehub.catalogue.models import NeedReply
from sharehub.core.models import Status
from sharehub.gate.models import Action, AuditEntry
from tests.browser.checks import VIEWPORT
from tests.factories import InnovationFactory, NeedFactory, verified_user
from tests.moderation.conftest import moderator_user

CERTAIN = "Mr Davies, DOB 14/07/1944, NHS 943 476 5919, CF83 1AB"
NHS = "943 476 5919"


@pytest.fixture
def screenshots(tmp_path) -> Path:
    folder = Path(os.environ.get("SHAREHUB_SCREENSHOTS_DIR") or tmp_path) / "gate-journey"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def as_person(browser, live_server):
    """as_person(user or None) -> a page in a browser context of its own, signed in
    as `user` through a session cookie (None: a signed-out visitor)."""
    contexts = []

    def open_as(user):
        context = browser.new_context(base_url=live_server.url, viewport=VIEWPORT)
        context.set_default_timeout(10_000)
        contexts.append(context)
        if user is not None:
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


def test_the_gate_in_the_browser(as_person, screenshots):
    need = NeedFactory(
        status=Status.PUBLISHED, title="Has anyone tried drinks rounds?", slug="drinks-rounds"
    )
    newcomer = verified_user(username="newcomer", display_name="Nia Newydd")
    trusted = verified_user(username="trusted", display_name="Tom Trusted", trusted=True)
    published = InnovationFactory(
        author=trusted,
        status=Status.PUBLISHED,
        title="Tea trolley rounds",
        slug="tea-trolley",
        places=(["all-wales"], []),
        challenge_areas=["value"],
    )
    moderator = moderator_user("mo")
    taken = []

    def snap(page, name: str) -> None:
        path = screenshots / f"{len(taken) + 1:02d}-{name}.png"
        page.screenshot(path=path, full_page=True)
        taken.append(path)

    # 1. A brand-new account replies with a resident's details: it waits.
    page = as_person(newcomer)
    page.goto(f"/en/needs/{need.slug}/")
    page.fill("#id_body", CERTAIN)
    with page.expect_navigation():
        page.get_by_role("button", name="Add reply").click()
    assert "A moderator will check your reply" in page.text_content("body")
    assert page.locator(".sh-card .govuk-tag", has_text="Waiting for review").count() == 1
    snap(page, "new-user-reply-waiting")
    reply = NeedReply.objects.get(need=need)
    assert reply.status == Status.SUBMITTED

    # 2. Signed out, nobody sees it.
    visitor = as_person(None)
    visitor.goto(f"/en/needs/{need.slug}/")
    assert NHS not in visitor.text_content("body")

    # 3. The trusted author adds the same details to a published innovation: held too.
    page = as_person(trusted)
    page.goto(f"/en/innovations/{published.slug}/edit/")
    body = page.locator("#id_body")
    body.fill(body.input_value() + "\n\n" + CERTAIN)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    snap(page, "trusted-edit-held")
    visitor.goto(f"/en/innovations/{published.slug}/")
    assert NHS not in visitor.text_content("body")

    # 4. The moderator finds both in the queue, sees the details highlighted, releases the reply.
    page = as_person(moderator)
    page.goto("/en/moderation/")
    queue = page.text_content("main")
    assert "Reply to “Has anyone tried drinks rounds?”" in queue and "Tea trolley rounds" in queue
    snap(page, "moderator-queue")
    page.goto(f"/en/moderation/reply/{reply.pk}/")
    assert page.locator("mark.sh-personal-data").count() >= 2
    snap(page, "moderator-reply")
    with page.expect_navigation():
        page.get_by_role("button", name="Approve and publish").click()
    reply.refresh_from_db()
    assert reply.status == Status.PUBLISHED
    page.goto(f"/en/moderation/innovation/{published.slug}/")
    assert page.locator("table.sh-diff ins mark.sh-personal-data").count() >= 1
    snap(page, "moderator-held-edit")
    page.goto("/en/moderation/audit/")
    snap(page, "audit-log")
    assert "Released after a personal-data check" in page.text_content("main")
    assert AuditEntry.objects.filter(action=Action.PROPOSE_EDIT, target_id=published.pk).exists()

    # 5. Someone reports the reply, and is thanked (not sent to a page it may have hidden).
    reporter = verified_user(username="rhian", display_name="Rhian")
    page = as_person(reporter)
    page.goto(f"/en/needs/{need.slug}/")
    with page.expect_navigation():
        page.get_by_role("link", name="Report this reply").click()
    page.check("input[value=personal_data]")
    page.fill("textarea", "It names a resident.")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.locator(".govuk-panel--confirmation").count() == 1
    snap(page, "reported")
