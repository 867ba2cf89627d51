"""Browser tests: Playwright for Python driving Debian's Chromium against a live server.

One browser for the whole session, one context (cookies, viewport) per test. Pages are
served by pytest-django's live_server, so every test here runs with transactional_db
(data must be committed for the server thread to see it).

Fixtures for other tests to reuse:
- `page`: a fresh page whose relative URLs go to the live server (1280 x 800).
- `seeded`: a small, realistic catalogue made with the factories (see `Seeded`).
- `signed_in_page(user)`: the same page with `user` signed in (a session cookie); a user
  whose password is tests.accounts.conftest.PASSWORD has also just typed it, so pages that
  ask for it again (deleting the account, two-factor set-up) open at once.
"""

import os
import shutil
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sharehub.catalogue.models import Innovation, NeedReply
from tests.accounts.conftest import PASSWORD
from tests.browser.checks import VIEWPORT
from tests.conftest import seed_taxonomy
from tests.factories import (
    AdoptionFactory,
    ContactFactory,
    InnovationFactory,
    NeedFactory,
    ResourceFactory,
    UserFactory,
    verified_user,
)

# Playwright's sync API runs an event loop in this thread; Django would otherwise
# refuse the ORM calls that fixtures make while it is running.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"  # Debian's package; never a browser Playwright downloads
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
PAGE_SIZE = 3  # small pages, so a handful of items shows pagination


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session", autouse=True)
def _browser_requirements():
    """The suite checks markup and styles, which do not depend on the database, and
    "did you mean" needs PostgreSQL: it runs on PostgreSQL and is skipped on SQLite.
    A machine without Chromium skips it too, except in CI, where that is a failure."""
    if "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
        pytest.skip("browser tests run on PostgreSQL")
    if not shutil.which(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")


@pytest.fixture(scope="session")
def browser(_browser_requirements):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def _taxonomy(transactional_db, settings):
    """Each test starts from a flushed database: put the seeded taxonomy back."""
    seed_taxonomy()
    settings.SHAREHUB_PAGE_SIZE = PAGE_SIZE


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport=VIEWPORT)
    context.set_default_timeout(10_000)
    page = context.new_page()
    # Script errors, CSP refusals (no inline script or style) and broken assets end up
    # here; a 404 or 400 page's own status is expected and left out.
    page.console_errors = []

    def on_console(message):
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            page.console_errors.append(message.text)

    def on_response(response):
        if response.status >= 400 and response.request.resource_type != "document":
            page.console_errors.append(f"{response.status} for {response.url}")

    page.on("console", on_console)
    page.on("response", on_response)
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    yield page
    context.close()


@pytest.fixture
def signed_in_page(page, live_server):
    """signed_in_page(user) -> the page, with `user` signed in through a session cookie."""

    def sign_in(user):
        client = Client()
        client.force_login(user)
        if user.check_password(PASSWORD):
            response = client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
            assert response.status_code == 302, "typing the password again failed"
        name = settings.SESSION_COOKIE_NAME
        page.context.add_cookies(
            [{"name": name, "value": client.cookies[name].value, "url": live_server.url}]
        )
        return page

    return sign_in


@dataclass
class Seeded:
    alice: object  # a verified member (password PASSWORD), with a draft of her own
    innovation: object  # English, with a Welsh translation, an adoption and related items
    welsh_innovation: object  # the Welsh translation of `innovation`
    draft: object  # alice's unpublished innovation
    resource: object
    need: object  # answered, with a reply pointing to `innovation`
    contact: object


@pytest.fixture
def seeded(_taxonomy) -> Seeded:
    """A small catalogue like the real one: both languages, several regions, enough
    innovations for a second page, "hydration" matching several content types."""
    now = timezone.now()
    alice = verified_user(username="alice", display_name="Alice Jones")
    alice.set_password(PASSWORD)
    alice.save(update_fields=["password"])
    sian = UserFactory(username="sian", display_name="Siân Roberts")
    innovation = InnovationFactory(
        title="Hydration stations on every corridor",
        summary="Jugs of squash and water at every corner of the home, so residents drink little and often without having to ask.",
        body="We put **hydration stations** on every corridor.\n\n- Jugs refilled on each drinks round\n- Cups people can hold easily",
        what_helped="The cook ordered coloured cups.",
        what_got_in_the_way="Spills at first.",
        outcomes="Fewer urine infections over six months.",
        looking_for=["partners", "evidence"],
        challenge_areas=["risk", "value"],
        places=(["gwent"], ["newport", "torfaen"]),
        author=sian,
        featured=True,
        published_at=now - timedelta(days=40),
        links=[{"title": "Our hydration checklist", "url": "https://example.org/checklist"}],
    )
    welsh_innovation = InnovationFactory(
        title="Gorsafoedd dŵr ar bob coridor",
        summary="Jygiau o sgwash a dŵr ym mhob cornel o'r cartref, fel bod preswylwyr yn yfed ychydig ac yn aml heb orfod gofyn.",
        body="Rydyn ni wedi rhoi **gorsafoedd dŵr** ar bob coridor.",
        language="cy",
        translation_of=innovation,
        challenge_areas=["risk"],
        places=([], ["gwynedd"]),
        author=sian,
        published_at=now - timedelta(days=38),
    )
    for i, (title, area, places) in enumerate(
        [
            ("A hydration diary for home care visits", "risk", ([], ["cardiff"])),
            ("Tea trolley rounds at ten and three", "value", (["west-wales"], [])),
            ("Shared relief bank for three care homes", "leadership", ([], ["conwy"])),
        ]
    ):
        InnovationFactory(
            title=title,
            challenge_areas=[area],
            places=places,
            published_at=now - timedelta(days=10 + i),
        )
    draft = InnovationFactory(
        title="Night-time hydration checks",
        status="draft",
        published_at=None,
        author=alice,
        challenge_areas=["risk"],
    )
    AdoptionFactory(
        innovation=innovation,
        organisation="A care home in Torfaen",
        story="We added a station to each lounge.",
    )
    Innovation.objects.filter(pk=innovation.pk).update(adoption_count=1)
    resource = ResourceFactory(
        title="Hydration toolkit for care homes",
        summary="Posters, a drinks diary and a training session plan.",
        challenge_areas=["risk"],
        places=([], ["newport"]),
        evidence_level="practice-based",
        review_by=(now + timedelta(days=300)).date(),
    )
    ResourceFactory(
        title="Pecyn cymorth: y Cynnig Rhagweithiol",
        summary="Sut i gynnig gwasanaeth yn Gymraeg heb i neb orfod gofyn.",
        language="cy",
        challenge_areas=["requirements"],
        places=(["north-wales"], []),
    )
    need = NeedFactory(
        title="Has anyone in Powys tried hydration stations?",
        body="We are a small home near Llandrindod and would like to hear from anyone who has.",
        challenge_areas=["risk"],
        places=([], ["powys-county"]),
        answered_at=now - timedelta(days=2),
    )
    reply = NeedReply.objects.create(
        need=need,
        author=sian,
        body="We did: see our innovation, and ask us anything.",
        status="published",
    )
    reply.innovations.set([innovation])
    NeedFactory(
        title="Oes grwpiau gofalwyr sy'n cwrdd yn Gymraeg?",
        body="Rydyn ni'n chwilio am grwpiau yn y gogledd.",
        language="cy",
        challenge_areas=["sector-unity"],
        places=(["north-wales"], []),
    )
    contact = ContactFactory(
        name="Sian Roberts",
        organisation="Torfaen care homes network",
        can_help_with="Setting up hydration stations and drinks rounds.",
        challenge_areas=["risk"],
        places=([], ["torfaen"]),
        user=sian,
    )
    ContactFactory(
        name="Rhwydwaith Eiriolwyr Cymraeg",
        is_organisation=True,
        language="cy",
        can_help_with="Eiriolaeth yn Gymraeg.",
        challenge_areas=["requirements"],
        places=(["north-wales"], []),
    )
    return Seeded(
        alice=alice,
        innovation=innovation,
        welsh_innovation=welsh_innovation,
        draft=draft,
        resource=resource,
        need=need,
        contact=contact,
    )
