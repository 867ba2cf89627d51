"""Every page type ShareHub has, in one table: test_accessibility.py visits each
case in English and Welsh, signed out and signed in (as `seeded.alice`).

Add a case when you add a page (or a new state of one: empty, error, with data):

    PageCase("moderation queue", lambda s: "/moderation/", users=SIGNED_IN, ...)

- `path` gets the `seeded` catalogue (tests/browser/conftest.py) and returns the address
  after the language prefix ("/innovations/" is visited as /en/innovations/ and
  /cy/innovations/).
- `setup(seeded)` may add data first (each case starts from a fresh `seeded` catalogue).
- `expect` is a CSS selector the page must show, proving it is in the state the case
  names (results, an error summary, a pagination bar…).
- `xfail` names work that will fix a known failure; the case may pass already
  (strict=False), and should lose its xfail once that work lands.
"""

from collections.abc import Callable
from dataclasses import dataclass

BOTH = ("anonymous", "signed_in")
SIGNED_IN = ("signed_in",)
ACCOUNTS_UNSTYLED = "styled in the accounts work"


@dataclass(frozen=True)
class PageCase:
    name: str
    path: Callable
    status: int = 200
    expect: str = ""
    setup: Callable | None = None
    users: tuple[str, ...] = BOTH
    xfail: str = ""

    @property
    def slug(self) -> str:
        return self.name.replace(" ", "-").replace(",", "")


def _lists() -> list[PageCase]:
    cases = []
    for kind, filters in [
        ("innovations", "challenge_area=risk&region=gwent"),
        ("resources", "challenge_area=risk"),
        ("contacts", "challenge_area=risk&local_authority=torfaen"),
        ("needs", "challenge_area=risk&region=powys"),
    ]:
        cases += [
            PageCase(
                f"{kind} list filtered",
                lambda s, k=kind, f=filters: f"/{k}/?{f}",
                expect="main:has(.sh-card):has(.sh-facets input:checked)",
            ),
            # A valid filter that nothing matches: the empty state.
            PageCase(
                f"{kind} list empty",
                lambda s, k=kind: f"/{k}/?region=cardiff-and-vale&challenge_area=metrics",
            ),
        ]
    return cases


def _as_moderator(seeded) -> None:
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    from sharehub.core.models import Status
    from sharehub.moderation.services import report_create
    from tests.factories import verified_user
    from tests.moderation.conftest import moderators_group

    alice = seeded.alice
    alice.groups.add(moderators_group())
    Authenticator.objects.create(user=alice, type=Authenticator.Type.TOTP, data={"secret": "x"})
    EmailAddress.objects.get_or_create(
        user=alice, email=alice.email, defaults={"verified": True, "primary": True}
    )
    seeded.draft.status = Status.SUBMITTED
    seeded.draft.save()
    report_create(
        seeded.innovation, reporter=verified_user(), reason="spam", text="It is an advert."
    )


def _moderation() -> list[PageCase]:
    return [
        PageCase(
            "moderation queue",
            lambda s: "/moderation/",
            setup=_as_moderator,
            users=SIGNED_IN,
            expect="table input[type=checkbox]",
        ),
        PageCase(
            "moderation item",
            lambda s: f"/moderation/innovation/{s.draft.slug}/",
            setup=_as_moderator,
            users=SIGNED_IN,
            expect="form textarea",
        ),
        PageCase(
            "moderation reported item",
            lambda s: f"/moderation/innovation/{s.innovation.slug}/",
            setup=_as_moderator,
            users=SIGNED_IN,
            expect="input[type=radio]",
        ),
        PageCase(
            "moderation user",
            lambda s: f"/moderation/users/{s.alice.public_id}/",
            setup=_as_moderator,
            users=SIGNED_IN,
        ),
        PageCase(
            "moderation audit log",
            lambda s: "/moderation/audit/",
            setup=_as_moderator,
            users=SIGNED_IN,
            expect="table",
        ),
        PageCase(
            "report form",
            lambda s: f"/report/resource/{s.resource.slug}/",
            setup=_as_moderator,
            users=SIGNED_IN,
            expect="input[type=radio]",
        ),
    ]


PAGES: list[PageCase] = [
    PageCase("home", lambda s: "/", expect=".sh-tile"),
    PageCase("search results", lambda s: "/search/?q=hydration", expect=".govuk-pagination"),
    PageCase(
        "search no results did you mean",
        lambda s: "/search/?q=hydratoin",
        expect='main a[href*="q=hydration"]',
    ),
    PageCase(
        "search bad filter",
        lambda s: "/search/?stage=not-a-stage",
        status=400,
        expect=".govuk-error-summary",
    ),
    *_lists(),
    PageCase("innovations list page 2", lambda s: "/innovations/?page=2", expect=".sh-card"),
    PageCase(
        "innovation detail",
        lambda s: f"/innovations/{s.innovation.slug}/",
        expect=".sh-other-language a",
    ),
    PageCase(
        "innovation detail in Welsh",
        lambda s: f"/innovations/{s.welsh_innovation.slug}/",
        expect=".sh-other-language a",
    ),
    PageCase(
        "innovation draft seen by its author",
        lambda s: f"/innovations/{s.draft.slug}/",
        users=SIGNED_IN,
        expect=".govuk-inset-text",
    ),
    PageCase("resource detail", lambda s: f"/resources/{s.resource.slug}/"),
    PageCase("need detail", lambda s: f"/needs/{s.need.slug}/", expect=".sh-card"),
    PageCase("contact detail", lambda s: f"/contacts/{s.contact.slug}/"),
    PageCase("not found", lambda s: "/innovations/no-such-innovation/", status=404),
    PageCase("accessibility statement", lambda s: "/accessibility/"),
    PageCase("privacy notice", lambda s: "/privacy/", expect="table"),
    # allauth's own pages, until the accounts work gives them ShareHub's layout.
    PageCase(
        "sign in", lambda s: "/accounts/login/", users=("anonymous",), xfail=ACCOUNTS_UNSTYLED
    ),
    PageCase(
        "sign up", lambda s: "/accounts/signup/", users=("anonymous",), xfail=ACCOUNTS_UNSTYLED
    ),
    PageCase(
        "password reset",
        lambda s: "/accounts/password/reset/",
        users=("anonymous",),
        xfail=ACCOUNTS_UNSTYLED,
    ),
    # Moderation: alice is made a moderator with two-factor authentication, her draft
    # is submitted and the published innovation has a report.
    PageCase("content guidelines", lambda s: "/guidelines/"),
    *_moderation(),
    # TODO(contributions): add "share an innovation" (/innovations/new/, SIGNED_IN) with
    # its empty form and its form with errors (expect=".govuk-error-summary"), and the
    # signed-in keyboard journey in test_keyboard.py, when that page exists.
]
