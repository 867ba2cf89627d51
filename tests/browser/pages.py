"""Every page type ShareHub has, in one table: test_accessibility.py visits each
case in English and Welsh, signed out and/or signed in (as `seeded.alice`, a verified
member who has just typed her password, so pages that ask for it again open at once).

Add a case when you add a page (or a new state of one: empty, error, with data):

    PageCase("moderation queue", lambda s: "/moderation/", users=SIGNED_IN, ...)

- `path` gets the `seeded` catalogue (tests/browser/conftest.py) and returns the address
  after the language prefix ("/innovations/" is visited as /en/innovations/ and
  /cy/innovations/).
- `setup(seeded)` may add data first (each case starts from a fresh `seeded` catalogue).
- `actions(page, seeded)` runs after each visit, for a state a person reaches by doing
  something (a form sent with mistakes): see `submit`. It may return the response of the
  page it ends on, whose status is then the one checked.
- `expect` is a CSS selector the page must show, proving it is in the state the case
  names (results, an error summary, a pagination bar…).
- `xfail` names work that will fix a known failure; the case may pass already
  (strict=False), and should lose its xfail once that work lands.
"""

from collections.abc import Callable
from dataclasses import dataclass

from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.files.uploadedfile import SimpleUploadedFile

from sharehub.attachments.services import attach_files
from sharehub.core.models import Status
from tests.accounts.conftest import PASSWORD
from tests.attachments.files import PDF_BYTES
from tests.factories import NeedFactory, ResourceFactory, UserFactory

BOTH = ("anonymous", "signed_in")
SIGNED_IN = ("signed_in",)
SIGNED_OUT = ("anonymous",)
ERRORS = ".govuk-error-summary"
DELETE_FORM = 'form[action$="/accounts/delete/"]'  # not the password page before it


@dataclass(frozen=True)
class PageCase:
    name: str
    path: Callable
    status: int = 200
    expect: str = ""
    setup: Callable | None = None
    actions: Callable | None = None
    users: tuple[str, ...] = BOTH
    xfail: str = ""

    @property
    def slug(self) -> str:
        return self.name.replace(" ", "-").replace(",", "")


def submit(fields: dict | None = None) -> Callable:
    """An action: type `fields` ({selector: text}) into the page's form and send it with
    its first button, as a person pressing Enter would."""

    def act(page, seeded):
        for selector, text in (fields or {}).items():
            page.fill(selector, text)
        with page.expect_navigation() as navigation:
            page.locator("main form[method=post] button[type=submit]").first.click()
        return navigation.value

    return act


def _too_long_bio(page, seeded):
    """Paste more than the 500 characters a bio may have (the browser's maxlength, which
    an old browser or a script ignores, is taken off first)."""
    page.eval_on_selector("#id_bio", "el => el.removeAttribute('maxlength')")
    return submit({"#id_bio": "I run a care home. " * 30})(page, seeded)


# --- data some cases need ------------------------------------------------------------


def _newcomer_key(seeded) -> str:
    """The key in the confirmation link of someone who has just signed up."""
    address = EmailAddress.objects.filter(email="newcomer@example.org").first()
    if address is None:
        user = UserFactory(username="newcomer", email="newcomer@example.org")
        address = EmailAddress.objects.create(user=user, email=user.email, primary=True)
    return EmailConfirmationHMAC(address).key


def _reset_link(seeded) -> str:
    key = default_token_generator.make_token(seeded.alice)
    return f"/accounts/password/reset/key/{user_pk_to_url_str(seeded.alice)}-{key}/"


def _public_profile(seeded) -> None:
    author = seeded.innovation.author
    author.organisation = "Torfaen care homes network"
    author.bio = "Registered manager.\nI like to try small changes first."
    author.public_fields = ["display_name", "organisation", "bio"]
    author.save()


def _two_factor_on(seeded) -> None:
    TOTP.activate(seeded.alice, generate_totp_secret())
    RecoveryCodes.activate(seeded.alice)


def _more_contributions(seeded) -> None:
    ResourceFactory(title="Drinks diary template", author=seeded.alice, status=Status.SUBMITTED)
    NeedFactory(title="Who has tried a tea trolley?", author=seeded.alice)


def _attach_a_file(seeded) -> None:
    upload = SimpleUploadedFile("checklist.pdf", PDF_BYTES, content_type="application/pdf")
    attach_files(seeded.draft, [upload], seeded.alice)


def _coauthors_invited(seeded) -> None:
    """Alice's draft has a co-author, an invitation waiting and one declined."""
    from sharehub.catalogue.models import CoAuthor

    for n, state in enumerate(("accepted", "invited", "declined")):
        person = UserFactory(username=f"writer{n}", display_name=f"Writer {n}")
        CoAuthor.objects.create(
            innovation=seeded.draft, user=person, invited_by=seeded.alice, state=state
        )


def _alice_invited(seeded) -> None:
    """Someone invited Alice to co-author their published innovation."""
    from sharehub.catalogue.models import CoAuthor

    CoAuthor.objects.create(innovation=seeded.innovation, user=seeded.alice)


def _alice_coauthors(seeded) -> None:
    """Alice co-authors someone else's innovation (published), with another writer."""
    from sharehub.catalogue.models import CoAuthor

    CoAuthor.objects.create(innovation=seeded.innovation, user=seeded.alice, state="accepted")
    other = UserFactory(username="writer", display_name="Writer Two")
    CoAuthor.objects.create(innovation=seeded.innovation, user=other, state="accepted")


def _alices_coauthorship(seeded) -> str:
    from sharehub.catalogue.models import CoAuthor

    return str(CoAuthor.objects.get(user=seeded.alice).pk)


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
                # ... with its feed link carrying the filters (docs/feeds.md).
                expect="main:has(.sh-card):has(.sh-facets input:checked)"
                f':has(a[type="application/atom+xml"][href$="/{kind}/feed/?{filters}"])'
                " .sh-filter-tag",
            ),
            # A valid filter that nothing matches: the empty state.
            PageCase(
                f"{kind} list empty",
                lambda s, k=kind: f"/{k}/?region=cardiff-and-vale&challenge_area=metrics",
            ),
        ]
    return cases


PHONE_VIEWPORT = {"width": 390, "height": 844}


def _on_a_phone(page, seeded):
    """Look at the page at a phone's width: the filter panel waits behind its button."""
    page.set_viewport_size(PHONE_VIEWPORT)


def _filters_opened_on_a_phone(page, seeded):
    """At a phone's width, open the filter panel with its button; then start again
    from the top of the page, as the skip-link check expects."""
    page.set_viewport_size(PHONE_VIEWPORT)
    page.locator("[data-sh-filter-toggle]").click()
    page.evaluate(
        "() => { document.body.tabIndex = -1; document.body.focus();"
        " document.body.removeAttribute('tabindex'); }"
    )


def _phone_filters() -> list[PageCase]:
    return [
        PageCase(
            "innovations list filters open on a phone",
            lambda s: "/innovations/?challenge_area=risk&region=gwent",
            actions=_filters_opened_on_a_phone,
            expect="[data-sh-filter-toggle][aria-expanded=true] + .sh-facets--open input:checked",
        ),
        PageCase(
            "search filtered on a phone",
            lambda s: "/search/?q=hydration&type=innovation&challenge_area=risk",
            actions=_on_a_phone,
            expect="main:has([data-sh-filter-toggle][aria-expanded=false]):has(.sh-card) .sh-filter-tag",
        ),
    ]


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


def _edit_waiting(seeded) -> None:
    """Alice's innovation is published, and her edit of it and a file she added
    wait for review."""
    from sharehub.catalogue.models import Revision
    from sharehub.taxonomy.models import ChallengeArea

    draft = seeded.draft
    draft.mark_published()
    draft.save()
    Revision.objects.create(
        target=draft,
        author=seeded.alice,
        changes={
            "title": f"{draft.title} on every floor",
            "body": f"{draft.body}\n\nMrs Evans, aged 87, asked for it.",
            "challenge_areas": [ChallengeArea.objects.get(slug="leadership").pk],
        },
    )
    upload = SimpleUploadedFile("drinks chart.pdf", PDF_BYTES, content_type="application/pdf")
    attach_files(draft, [upload], seeded.alice)  # waits for review with the edit


def _moderating_an_edit(seeded) -> None:
    _as_moderator(seeded)
    _edit_waiting(seeded)


def _resource_submitted(seeded) -> None:
    """Alice is a moderator; the resource waits for review with every field filled in:
    a link, a file, terms, choices and a date."""
    import datetime

    from sharehub.core.uploads import validated_upload
    from sharehub.taxonomy.models import JobRole, Role
    from tests.attachments import files

    _as_moderator(seeded)
    resource = seeded.resource
    resource.status = Status.SUBMITTED
    resource.url = "https://example.org/a/very/long/address/for/a/toolkit/that/never/ends.pdf"
    resource.evidence_level = "evaluated"
    resource.cost = "free"
    resource.time_to_implement = "weeks"
    resource.licence = "Open Government Licence v3.0"
    resource.review_by = datetime.date(2027, 3, 1)
    resource.file = validated_upload(files.upload("Toolkit.docx", files.docx()))
    resource.save()
    resource.roles.set(Role.objects.all()[:2])
    resource.job_roles.set(JobRole.objects.all()[:1])


# Text the gate holds for certain: an NHS number with a valid check digit by a name.
CERTAIN = "Mr Davies, DOB 14/07/1944, NHS 943 476 5919, CF83 1AB"


def _waiting_reply(seeded):
    """A new account's reply to the seeded question, held by the gate."""
    from sharehub.catalogue.models import NeedReply
    from tests.factories import verified_user

    return NeedReply.objects.create(
        need=seeded.need, author=verified_user(display_name="Newydd"), body=CERTAIN
    )


def _alices_waiting_reply(seeded) -> None:
    from sharehub.catalogue.models import NeedReply

    NeedReply.objects.create(need=seeded.need, author=seeded.alice, body="We tried it in Brecon.")


def _moderating_a_reply(seeded) -> None:
    _as_moderator(seeded)
    _waiting_reply(seeded)


def _moderating_a_listing(seeded) -> None:
    _as_moderator(seeded)
    seeded.contact.status = Status.SUBMITTED
    seeded.contact.can_help_with = CERTAIN
    seeded.contact.save()


def _alices_waiting_listing(seeded) -> None:
    seeded.contact.user = seeded.alice
    seeded.contact.status = Status.SUBMITTED
    seeded.contact.save()


def _trusted_edit_published(seeded) -> None:
    """Alice (trusted) changed her published innovation: moderators see it afterwards."""
    from sharehub.catalogue.models import Revision

    _as_moderator(seeded)
    Revision.objects.create(
        target=seeded.innovation,
        author=seeded.alice,
        state=Revision.State.APPLIED,
        changes={"title": seeded.innovation.title},
        before={"title": "Hydration rounds"},
    )


def _latest_reply(seeded) -> str:
    from sharehub.catalogue.models import NeedReply

    return f"/moderation/reply/{NeedReply.objects.latest('pk').pk}/"


def _gate() -> list[PageCase]:
    """What the gate holds, as its author and the moderator see it."""
    return [
        PageCase(
            "question with my reply waiting",
            lambda s: f"/needs/{s.need.slug}/",
            setup=_alices_waiting_reply,
            users=SIGNED_IN,
            expect=".sh-card .govuk-tag--yellow",
        ),
        PageCase(
            "my contact listing waiting",
            lambda s: f"/contacts/{s.contact.slug}/",
            setup=_alices_waiting_listing,
            users=SIGNED_IN,
            expect="#waiting-title",
        ),
        PageCase(
            "moderation reply waiting",
            _latest_reply,
            setup=_moderating_a_reply,
            users=SIGNED_IN,
            expect="mark.sh-personal-data",
        ),
        PageCase(
            "moderation contact listing waiting",
            lambda s: f"/moderation/contact/{s.contact.slug}/",
            setup=_moderating_a_listing,
            users=SIGNED_IN,
            expect="mark.sh-personal-data",
        ),
        PageCase(
            "moderation item with edits published without review",
            lambda s: f"/moderation/innovation/{s.innovation.slug}/",
            setup=_trusted_edit_published,
            users=SIGNED_IN,
            expect="#applied-edits-title",
        ),
    ]


def _moderation() -> list[PageCase]:
    return [
        PageCase(
            "moderation resource with every field",
            lambda s: f"/moderation/resource/{s.resource.slug}/",
            setup=_resource_submitted,
            users=SIGNED_IN,
            expect="dl.sh-moderation-fields a[download]",
        ),
        PageCase(
            "moderation item with an edit waiting",
            lambda s: f"/moderation/innovation/{s.draft.slug}/",
            setup=_moderating_an_edit,
            users=SIGNED_IN,
            expect="table.sh-diff ins mark",
        ),
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
            "report sent",
            lambda s: "/report/sent/resource/",
            expect=".govuk-panel--confirmation",
        ),
        PageCase(
            "report form",
            lambda s: f"/report/resource/{s.resource.slug}/",
            setup=_as_moderator,
            users=SIGNED_IN,
            expect="input[type=radio]",
        ),
    ]


def _too_many_fields(page, seeded):
    """Send the sign-in form with 1,100 extra fields: the 400 page says why."""
    page.eval_on_selector(
        "main form[method=post]",
        """form => { for (let i = 0; i < 1100; i++) {
          const input = document.createElement("input");
          input.type = "hidden"; input.name = "extra" + i; form.append(input);
        } }""",
    )
    return submit({"#id_login": "someone@example.org", "#id_password": "not-a-password"})(
        page, seeded
    )


BROWSING: list[PageCase] = [
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
        expect=ERRORS,
    ),
    *_lists(),
    *_phone_filters(),
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
    PageCase("resource detail", lambda s: f"/resources/{s.resource.slug}/"),
    PageCase("need detail", lambda s: f"/needs/{s.need.slug}/", expect=".sh-card"),
    PageCase("contact detail", lambda s: f"/contacts/{s.contact.slug}/"),
    PageCase(
        "public profile",
        lambda s: f"/people/{s.innovation.author.public_id}/",
        setup=_public_profile,
        expect="main:has(.govuk-summary-list) .sh-contributions a",
    ),
    PageCase("not found", lambda s: "/innovations/no-such-innovation/", status=404),
    PageCase("not found at an unknown address", lambda s: "/no-such-page/", status=404),
    PageCase(
        "form sent with too many fields",
        lambda s: "/accounts/login/",
        actions=_too_many_fields,
        users=SIGNED_OUT,
        status=400,
        expect=ERRORS,
    ),
    PageCase("accessibility statement", lambda s: "/accessibility/"),
    PageCase("privacy notice", lambda s: "/privacy/", expect="table"),
]

# allauth's pages, in ShareHub's layout: signing up, in and back in.
ENTRANCE: list[PageCase] = [
    PageCase("sign in", lambda s: "/accounts/login/", users=SIGNED_OUT),
    PageCase(
        "sign in with a wrong password",
        lambda s: "/accounts/login/",
        users=SIGNED_OUT,
        actions=submit({"#id_login": "alice@example.org", "#id_password": "not my password"}),
        expect=ERRORS,
    ),
    PageCase("sign up", lambda s: "/accounts/signup/", users=SIGNED_OUT),
    PageCase(
        "sign up with errors",
        lambda s: "/accounts/signup/",
        users=SIGNED_OUT,
        actions=submit({"#id_email": "not an address", "#id_password1": "short"}),
        expect=ERRORS,
    ),
    PageCase("verification e-mail sent", lambda s: "/accounts/confirm-email/", users=SIGNED_OUT),
    PageCase(
        "confirm an e-mail address",
        lambda s: f"/accounts/confirm-email/{_newcomer_key(s)}/",
        users=SIGNED_OUT,
        expect="main form button[type=submit]",
    ),
    PageCase("password reset", lambda s: "/accounts/password/reset/", users=SIGNED_OUT),
    PageCase("password reset sent", lambda s: "/accounts/password/reset/done/", users=SIGNED_OUT),
    PageCase(
        "new password from the reset link",
        _reset_link,
        users=SIGNED_OUT,
        expect="#id_password1",
    ),
    PageCase("sign in by code", lambda s: "/accounts/login/code/", users=SIGNED_OUT),
    PageCase(
        "sign in by code enter the code",
        lambda s: "/accounts/login/code/",
        users=SIGNED_OUT,
        actions=submit({"#id_email": "alice@example.org"}),
        expect="#id_code",
    ),
    PageCase(
        "two-factor code at sign in",
        lambda s: "/accounts/login/",
        users=SIGNED_OUT,
        setup=_two_factor_on,
        actions=submit({"#id_login": "alice@example.org", "#id_password": PASSWORD}),
        expect="#id_code",
    ),
]

# The signed-in member's own account: allauth's pages and ShareHub's.
ACCOUNT: list[PageCase] = [
    PageCase("e-mail addresses", lambda s: "/accounts/email/", users=SIGNED_IN),
    PageCase("change password", lambda s: "/accounts/password/change/", users=SIGNED_IN),
    PageCase("enter your password again", lambda s: "/accounts/reauthenticate/", users=SIGNED_IN),
    PageCase("signed-in sessions", lambda s: "/accounts/sessions/", users=SIGNED_IN),
    PageCase("two-factor authentication", lambda s: "/accounts/2fa/", users=SIGNED_IN),
    PageCase(
        "two-factor set up with a wrong code",
        lambda s: "/accounts/2fa/totp/activate/",
        users=SIGNED_IN,
        actions=submit({"#id_code": "000000"}),
        expect=f"main:has({ERRORS}) #id_code",
    ),
    PageCase(
        "two-factor recovery codes",
        lambda s: "/accounts/2fa/recovery-codes/",
        users=SIGNED_IN,
        setup=_two_factor_on,
        expect="#recovery_codes",
    ),
    PageCase(
        "two-factor turn off",
        lambda s: "/accounts/2fa/totp/deactivate/",
        users=SIGNED_IN,
        setup=_two_factor_on,
        expect='main form[action$="/2fa/totp/deactivate/"]',
    ),
    PageCase("profile", lambda s: "/accounts/profile/", users=SIGNED_IN),
    PageCase(
        "profile with an error",
        lambda s: "/accounts/profile/",
        users=SIGNED_IN,
        actions=_too_long_bio,
        expect=ERRORS,
    ),
    PageCase("your data", lambda s: "/accounts/privacy/", users=SIGNED_IN),
    PageCase(
        "delete your account",
        lambda s: "/accounts/delete/",
        users=SIGNED_IN,
        expect=DELETE_FORM,
    ),
    PageCase(
        "delete your account with errors",
        lambda s: "/accounts/delete/",
        users=SIGNED_IN,
        actions=submit(),
        expect=f"main:has({ERRORS}) {DELETE_FORM}",
    ),
]

# Sharing innovations, resources and questions; contacts and messages; files.
CONTRIBUTING: list[PageCase] = [
    PageCase(
        "share an innovation",
        lambda s: "/innovations/new/",
        users=SIGNED_IN,
        expect="#id_title",
    ),
    PageCase(
        "share an innovation with errors",
        lambda s: "/innovations/new/",
        users=SIGNED_IN,
        actions=submit(),
        expect=ERRORS,
    ),
    PageCase(
        "innovation draft seen by its author",
        lambda s: f"/innovations/{s.draft.slug}/",
        users=SIGNED_IN,
        expect=".sh-owner-panel",
    ),
    PageCase(
        "innovation more details",
        lambda s: f"/innovations/{s.draft.slug}/details/",
        users=SIGNED_IN,
    ),
    PageCase(
        "innovation preview",
        lambda s: f"/innovations/{s.draft.slug}/preview/",
        users=SIGNED_IN,
        expect=".govuk-notification-banner",
    ),
    PageCase(
        "submit an innovation with errors",
        lambda s: f"/innovations/{s.draft.slug}/submit/",
        users=SIGNED_IN,
        actions=submit(),
        expect=ERRORS,
    ),
    PageCase(
        "withdraw an innovation",
        lambda s: f"/innovations/{s.draft.slug}/withdraw/",
        users=SIGNED_IN,
    ),
    PageCase(
        "innovation files",
        lambda s: f"/attachments/innovations/{s.draft.slug}/",
        users=SIGNED_IN,
        setup=_attach_a_file,
        expect='main a[href*="checklist.pdf"]',
    ),
    PageCase(
        "own innovation with changes waiting",
        lambda s: f"/innovations/{s.draft.slug}/",
        users=SIGNED_IN,
        setup=_edit_waiting,
        expect=".sh-owner-panel .govuk-inset-text .sh-personal-data-findings",
    ),
    PageCase(
        "edit with changes waiting",
        lambda s: f"/innovations/{s.draft.slug}/edit/",
        users=SIGNED_IN,
        setup=_edit_waiting,
        expect='input[value$="on every floor"]',
    ),
    PageCase(
        "your contributions empty",
        lambda s: "/contributions/",
        users=SIGNED_IN,
        setup=lambda s: s.draft.delete(),
    ),
    PageCase(
        "your contributions",
        lambda s: "/contributions/",
        users=SIGNED_IN,
        setup=_more_contributions,
        expect=".govuk-tag",
    ),
    PageCase(
        "co-authors of an innovation",
        lambda s: f"/innovations/{s.draft.slug}/coauthors/",
        users=SIGNED_IN,
        setup=_coauthors_invited,
        expect="main .govuk-summary-list .govuk-tag--grey",
    ),
    PageCase(
        "invite a co-author with errors",
        lambda s: f"/innovations/{s.draft.slug}/coauthors/",
        users=SIGNED_IN,
        actions=submit(),
        status=400,
        expect=ERRORS,
    ),
    PageCase(
        "invitation to co-author",
        lambda s: f"/coauthors/{_alices_coauthorship(s)}/",
        users=SIGNED_IN,
        setup=_alice_invited,
        expect='button[value="accept"]',
    ),
    PageCase(
        "your contributions with an invitation to co-author",
        lambda s: "/contributions/",
        users=SIGNED_IN,
        setup=_alice_invited,
        expect='main a[href*="/coauthors/"]',
    ),
    PageCase(
        "innovation seen by a co-author",
        lambda s: f"/innovations/{s.innovation.slug}/",
        users=SIGNED_IN,
        setup=_alice_coauthors,
        expect='.sh-owner-panel a[href*="/remove/"]',
    ),
    PageCase(
        "innovation with co-authors",
        lambda s: f"/innovations/{s.innovation.slug}/",
        users=SIGNED_OUT,
        setup=_alice_coauthors,
        expect=".sh-facts",
    ),
    PageCase(
        "stop being a co-author",
        lambda s: f"/coauthors/{_alices_coauthorship(s)}/remove/",
        users=SIGNED_IN,
        setup=_alice_coauthors,
        expect=".govuk-button--warning",
    ),
    PageCase("add a resource", lambda s: "/resources/new/", users=SIGNED_IN),
    PageCase(
        "add a resource with errors",
        lambda s: "/resources/new/",
        users=SIGNED_IN,
        actions=submit(),
        expect=ERRORS,
    ),
    PageCase(
        "ask the notice board with errors",
        lambda s: "/needs/new/",
        users=SIGNED_IN,
        actions=submit(),
        expect=ERRORS,
    ),
    PageCase(
        "reply to a question with errors",
        lambda s: f"/needs/{s.need.slug}/reply/",
        users=SIGNED_IN,
        actions=submit(),
        expect=ERRORS,
    ),
    PageCase(
        "list yourself as a contact",
        lambda s: "/contacts/list-me/",
        users=SIGNED_IN,
        expect="#id_can_help_with",
    ),
    PageCase(
        "list yourself as a contact with errors",
        lambda s: "/contacts/list-me/",
        users=SIGNED_IN,
        actions=submit(),
        expect=ERRORS,
    ),
    PageCase(
        "message a contact",
        lambda s: f"/contacts/{s.contact.slug}/message/",
        users=SIGNED_IN,
    ),
    PageCase(
        "message a contact with errors",
        lambda s: f"/contacts/{s.contact.slug}/message/",
        users=SIGNED_IN,
        actions=submit(),
        expect=ERRORS,
    ),
]


# --- Comments (sharehub.comments) -------------------------------------------------------


def _comment(item, author, body, **fields):
    from sharehub.comments.models import Comment

    comment = Comment(author=author, body=body, **{"status": Status.PUBLISHED, **fields})
    comment.item = item
    comment.save()
    return comment


def _comments(seeded) -> None:
    """Comments under the seeded innovation: a thread with replies, a deleted comment
    whose reply stays, and (for alice) her own comment waiting for a moderator."""
    from tests.factories import verified_user

    sian = seeded.innovation.author
    gwen = verified_user(display_name="Gwen Parry")
    top = _comment(seeded.innovation, gwen, "We tried this in **Caerphilly**: it worked.")
    _comment(seeded.innovation, sian, "Thank you! Which cups did you use?", reply_to=top)
    _comment(seeded.innovation, gwen, "Two-handled ones.", reply_to=top)
    gone = _comment(seeded.innovation, gwen, "A comment since deleted", status=Status.WITHDRAWN)
    _comment(seeded.innovation, sian, "A reply that stays.", reply_to=gone)
    _comment(seeded.innovation, seeded.alice, "Mine, waiting.", status=Status.SUBMITTED)


def _latest_comment(seeded) -> str:
    from sharehub.comments.models import Comment

    return str(Comment.objects.latest("pk").pk)


def _someones_comment(seeded) -> None:
    _comment(seeded.innovation, seeded.innovation.author, "How did residents find it?")


def _alices_comment(seeded) -> None:
    _comment(seeded.innovation, seeded.alice, "We are trying this in Newport.")


def _moderating_a_comment(seeded) -> None:
    from tests.factories import verified_user

    _as_moderator(seeded)
    _comment(seeded.need, verified_user(display_name="Newydd"), CERTAIN, status=Status.SUBMITTED)


COMMENTS: list[PageCase] = [
    PageCase(
        "innovation with comments",
        lambda s: f"/innovations/{s.innovation.slug}/",
        setup=_comments,
        expect="#comments .sh-comment-replies .sh-comment",
    ),
    PageCase(
        "reply to a comment",
        lambda s: f"/comments/{_latest_comment(s)}/reply/",
        setup=_someones_comment,
        users=SIGNED_IN,
        expect="#id_body",
    ),
    PageCase(
        "reply to a comment with errors",
        lambda s: f"/comments/{_latest_comment(s)}/reply/",
        setup=_someones_comment,
        users=SIGNED_IN,
        actions=submit(),
        status=400,
        expect=ERRORS,
    ),
    PageCase(
        "comment form with errors",
        lambda s: f"/comments/on/innovation/{s.innovation.slug}/",
        users=SIGNED_IN,
        actions=submit(),
        status=400,
        expect=ERRORS,
    ),
    PageCase(
        "edit a comment",
        lambda s: f"/comments/{_latest_comment(s)}/edit/",
        setup=_alices_comment,
        users=SIGNED_IN,
        expect="#id_body",
    ),
    PageCase(
        "delete a comment",
        lambda s: f"/comments/{_latest_comment(s)}/delete/",
        setup=_alices_comment,
        users=SIGNED_IN,
        expect=".govuk-button--warning",
    ),
    PageCase(
        "moderation comment waiting",
        lambda s: f"/moderation/comment/{_latest_comment(s)}/",
        setup=_moderating_a_comment,
        users=SIGNED_IN,
        expect="mark.sh-personal-data",
    ),
]

# Moderation: alice is made a moderator with two-factor authentication, her draft
# is submitted and the published innovation has a report.
MODERATION: list[PageCase] = [
    PageCase("content guidelines", lambda s: "/guidelines/"),
    *_moderation(),
    *_gate(),
]


def _alice_follows(seeded) -> None:
    from sharehub.notifications.models import Follow
    from sharehub.taxonomy import models as tax

    alice = seeded.alice
    Follow.objects.create(user=alice, challenge_area=tax.ChallengeArea.objects.get(slug="risk"))
    Follow.objects.create(user=alice, region=tax.Region.objects.get(slug="gwent"))
    Follow.objects.create(user=alice, need=seeded.need)
    Follow.objects.create(
        user=alice, list_name="innovations", query="challenge_area=risk&region=gwent"
    )


def _alice_notified(seeded) -> None:
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    from sharehub.notifications.models import Event, Notification

    _alice_follows(seeded)
    rows = [
        (Event.MATCH, seeded.innovation),
        (Event.MATCH, seeded.welsh_innovation),
        (Event.MATCH, seeded.resource),
    ]
    for n, (event, item) in enumerate(rows):
        Notification.objects.create(
            recipient=seeded.alice,
            event=event,
            content_type=ContentType.objects.get_for_model(item),
            object_id=item.pk,
            read_at=timezone.now() if n == 2 else None,
        )


def _unsubscribe_link(seeded) -> str:
    from sharehub.notifications.services import unsubscribe_token

    return f"/notifications/unsubscribe/{unsubscribe_token(seeded.alice, 'match')}/"


# Following, notifications and e-mail choices (sharehub.notifications).
NOTIFICATIONS: list[PageCase] = [
    PageCase("following empty", lambda s: "/following/", users=SIGNED_IN, expect=".sh-follow"),
    PageCase(
        "following",
        lambda s: "/following/",
        users=SIGNED_IN,
        setup=_alice_follows,
        expect="table",
    ),
    PageCase("notifications empty", lambda s: "/notifications/", users=SIGNED_IN),
    PageCase(
        "notifications",
        lambda s: "/notifications/",
        users=SIGNED_IN,
        setup=_alice_notified,
        expect=".sh-notifications .govuk-tag",
    ),
    PageCase(
        "notification settings",
        lambda s: "/notifications/settings/",
        users=SIGNED_IN,
        expect="input[type=radio]",
    ),
    PageCase("unsubscribe confirm", _unsubscribe_link, expect="main form button[type=submit]"),
    PageCase(
        "unsubscribed",
        _unsubscribe_link,
        actions=submit(),
        expect=".govuk-panel--confirmation",
    ),
    PageCase(
        "follow this search",
        lambda s: "/innovations/?challenge_area=risk",
        users=SIGNED_IN,
        expect='form[action$="/following/change/"]',
    ),
]


def _alice_saves_and_marks(seeded) -> None:
    """Alice saved one of each kind and marked the innovation and resource useful."""
    from sharehub.community.services import bookmark_set, useful_set

    for item in (seeded.innovation, seeded.resource, seeded.need, seeded.contact):
        bookmark_set(user=seeded.alice, item=item, saved=True)
    for item in (seeded.innovation, seeded.resource):
        useful_set(user=seeded.alice, item=item, useful=True)


def _alice_marked_too_much(seeded) -> None:
    """Alice has used this hour's allowance of marks."""
    from django.conf import settings

    from sharehub.community.services import take_marking_slot

    for _ in range(settings.SHAREHUB_MARKS_PER_HOUR):
        take_marking_slot(seeded.alice)


def _send_useful_form(page, seeded):
    """Send the "Useful" form as a browser without JavaScript does (form.submit() skips
    the script's fetch): the page that comes back is the one checked."""
    with page.expect_navigation() as navigation:
        page.eval_on_selector("form[data-mark=useful]", "form => form.submit()")
    return navigation.value


# Useful marks and bookmarks (sharehub.community).
COMMUNITY: list[PageCase] = [
    PageCase(
        "marked too many things this hour",
        lambda s: f"/resources/{s.resource.slug}/",
        setup=_alice_marked_too_much,
        users=SIGNED_IN,
        actions=_send_useful_form,
        status=429,
        expect="main p a.govuk-link",
    ),
    PageCase("saved empty", lambda s: "/saved/", users=SIGNED_IN, expect="h1"),
    PageCase(
        "saved with items",
        lambda s: "/saved/",
        setup=_alice_saves_and_marks,
        users=SIGNED_IN,
        expect=".sh-card form, .sh-saved form",
    ),
    PageCase(
        "saved innovations only",
        lambda s: "/saved/?type=innovation",
        setup=_alice_saves_and_marks,
        users=SIGNED_IN,
        expect="a[aria-current=page]",
    ),
    PageCase(
        "innovation marked useful and saved",
        lambda s: f"/innovations/{s.innovation.slug}/",
        setup=_alice_saves_and_marks,
        users=SIGNED_IN,
        expect="button[aria-pressed=true]",
    ),
    PageCase(
        "need with useful and save buttons",
        lambda s: f"/needs/{s.need.slug}/",
        users=BOTH,
    ),
]


def _adopted_elsewhere(seeded) -> None:
    """Alice shared the innovation; someone in Gwynedd, far from its own places, took it up."""
    from sharehub.catalogue.models import Adoption
    from sharehub.taxonomy.models import LocalAuthority

    seeded.innovation.author = seeded.alice
    seeded.innovation.save()
    gwynedd = LocalAuthority.objects.get(slug="gwynedd")
    Adoption.objects.filter(innovation=seeded.innovation).update(
        local_authority=gwynedd, region_id=gwynedd.region_id
    )


def _moderating_an_adoption(seeded) -> None:
    """Alice moderates; a new account's story about the innovation waits, held by the gate."""
    from sharehub.catalogue.models import Adoption
    from sharehub.taxonomy.models import LocalAuthority
    from tests.factories import verified_user

    _as_moderator(seeded)
    cardiff = LocalAuthority.objects.get(slug="cardiff")
    Adoption.objects.create(
        innovation=seeded.innovation,
        author=verified_user(display_name="Newydd"),
        organisation="Cardiff reablement team",
        local_authority=cardiff,
        region_id=cardiff.region_id,
        progress="stopped",
        stopped_reason="The funding ended.",
        story=CERTAIN,
        status=Status.SUBMITTED,
    )


def _latest_adoption(seeded) -> str:
    from sharehub.catalogue.models import Adoption

    return f"/moderation/adoption/{Adoption.objects.latest('pk').pk}/"


# "We tried this too" and the spread of innovations across Wales.
ADOPTIONS: list[PageCase] = [
    PageCase(
        "we tried this too",
        lambda s: f"/innovations/{s.innovation.slug}/adoptions/new/",
        users=SIGNED_IN,
        expect="#id_organisation",
    ),
    PageCase(
        "we tried this too with errors",
        lambda s: f"/innovations/{s.innovation.slug}/adoptions/new/",
        users=SIGNED_IN,
        actions=submit(),
        status=400,
        expect=ERRORS,
    ),
    PageCase(
        "innovation spread map",
        lambda s: f"/innovations/{s.innovation.slug}/spread/",
        expect="svg[role=img] path",
    ),
    PageCase("spread map of Wales", lambda s: "/spread/", expect="#spread-table"),
    PageCase(
        "own innovation taken up elsewhere",
        lambda s: f"/innovations/{s.innovation.slug}/",
        setup=_adopted_elsewhere,
        users=SIGNED_IN,
        expect='form[action$="/spreading/"]',
    ),
    PageCase(
        "moderation adoption waiting",
        _latest_adoption,
        setup=_moderating_an_adoption,
        users=SIGNED_IN,
        expect="mark.sh-personal-data",
    ),
]


def _question_waiting(seeded) -> None:
    """A question nobody has answered for a month: the home page shows it."""
    import datetime

    from django.utils import timezone

    NeedFactory(
        title="Has anyone found volunteers for evening drinks rounds?",
        places=([], ["cardiff"]),
        published_at=timezone.now() - datetime.timedelta(days=30),
    )


def _alice_in_powys(seeded) -> None:
    from sharehub.taxonomy.models import LocalAuthority

    seeded.alice.local_authority = LocalAuthority.objects.get(slug="powys-county")
    seeded.alice.save(update_fields=["local_authority"])
    _question_waiting(seeded)


def _alices_question(seeded) -> None:
    """Alice's draft question, whose words match the seeded innovation, resource
    and contact."""
    NeedFactory(
        slug="alices-question",
        title="Hydration stations at night: has anyone tried them?",
        body="We want residents to drink more in the evening.",
        author=seeded.alice,
        status=Status.DRAFT,
        published_at=None,
    )


# The notice board answering faster: suggestions for the asker, near me first, and
# questions waiting on the home page.
NEEDS: list[PageCase] = [
    PageCase(
        "home with questions waiting",
        lambda s: "/",
        setup=_question_waiting,
        expect="#waiting-heading + p + ul a",
    ),
    PageCase(
        "notice board near me",
        lambda s: "/needs/",
        setup=_alice_in_powys,
        users=SIGNED_IN,
        expect="#ordering option[value=near][selected]",
    ),
    PageCase(
        "notice board near a chosen place",
        lambda s: "/needs/?near=cardiff",
        setup=_question_waiting,
        expect="details.sh-near[open] #near option[value=cardiff][selected]",
    ),
    PageCase(
        "notice board near an unknown place",
        lambda s: "/needs/?near=atlantis",
        status=400,
        expect=ERRORS,
    ),
    PageCase(
        "own question with suggestions",
        lambda s: "/needs/alices-question/",
        setup=_alices_question,
        users=SIGNED_IN,
        expect="#suggestions-heading ~ ul a",
    ),
    PageCase(
        "question preview with suggestions",
        lambda s: "/needs/alices-question/preview/",
        setup=_alices_question,
        users=SIGNED_IN,
        expect="#suggestions-heading ~ ul a",
    ),
    PageCase(
        "sign up with a name that is refused",
        lambda s: "/accounts/signup/",
        users=SIGNED_OUT,
        actions=submit(
            {
                "#id_display_name": CERTAIN,
                "#id_email": "newcomer@example.org",
                "#id_password1": "lanterns over the menai",
                "#id_password2": "lanterns over the menai",
            }
        ),
        expect=f"main:has({ERRORS}) #id_display_name-error",
    ),
]


def _open_data_built(seeded):
    from sharehub.opendata.build import build_all

    build_all()


def _alice_is_staff(seeded):
    seeded.alice.is_staff = True
    seeded.alice.save(update_fields=["is_staff"])
    _open_data_built(seeded)


OPEN_DATA = [
    PageCase(
        "open data before any build", lambda s: "/open-data/", expect="main .govuk-inset-text"
    ),
    PageCase(
        "open data files",
        lambda s: "/open-data/",
        setup=_open_data_built,
        expect='main table a[href$="/open-data/files/innovation.csv"]',
    ),
    PageCase(
        "open data files as staff",
        lambda s: "/open-data/",
        users=SIGNED_IN,
        setup=_alice_is_staff,
        expect='main form[action$="/open-data/rebuild/"] button',
    ),
    PageCase(
        "open data dictionary", lambda s: "/open-data/dictionary/", expect="main h2#innovation"
    ),
    PageCase(
        "open data file not made yet",
        lambda s: "/open-data/files/innovation.csv",
        status=404,
        expect='main a[href$="/open-data/"]',
    ),
]


def _organisation(seeded) -> None:
    """Torfaen care homes network: its innovation, a resource, an adoption and a listed
    contact linked to it, and alice a member."""
    from sharehub.organisations.models import Membership
    from sharehub.organisations.services import record_for

    network = record_for("Torfaen care homes network")
    for item in (
        seeded.innovation,
        seeded.resource,
        seeded.contact,
        *seeded.innovation.adoptions.all(),
    ):
        type(item).objects.filter(pk=item.pk).update(
            organisation=network.name, organisation_record=network
        )
    Membership.objects.create(user=seeded.alice, organisation=network)


def _organisation_as_moderator(seeded) -> None:
    _organisation(seeded)
    _as_moderator(seeded)


ORGANISATION = "/organisations/torfaen-care-homes-network/"
ORGANISATIONS: list[PageCase] = [
    PageCase(
        "organisations list",
        lambda s: "/organisations/",
        setup=_organisation,
        expect="ul.sh-organisations a",
    ),
    PageCase(
        "organisations list no match",
        lambda s: "/organisations/?q=nothing-like-it",
        setup=_organisation,
    ),
    PageCase(
        "organisation page",
        lambda s: ORGANISATION,
        setup=_organisation,
        expect="main .sh-card",
    ),
    PageCase(
        "organisation merge",
        lambda s: f"{ORGANISATION}merge/",
        setup=_organisation_as_moderator,
        users=SIGNED_IN,
        expect="#id_duplicate",
    ),
    PageCase(
        "organisation merge with an error",
        lambda s: f"{ORGANISATION}merge/",
        setup=_organisation_as_moderator,
        users=SIGNED_IN,
        actions=submit({"#id_duplicate": "no-such-organisation"}),
        expect=ERRORS,
    ),
    PageCase(
        "your organisations",
        lambda s: "/accounts/organisations/",
        setup=_organisation,
        users=SIGNED_IN,
        expect=".sh-membership button",
    ),
    PageCase(
        "your organisations with an error",
        lambda s: "/accounts/organisations/",
        users=SIGNED_IN,
        actions=submit({"#id_name": "!!!"}),
        expect=ERRORS,
    ),
]


def _insights_staff(seeded) -> None:
    """Alice moderates; the innovation has been taken up in two regions, so the
    spread tables show."""
    from sharehub.taxonomy.models import LocalAuthority
    from tests.factories import AdoptionFactory

    _as_moderator(seeded)
    for slug in ("gwynedd", "torfaen"):
        la = LocalAuthority.objects.get(slug=slug)
        AdoptionFactory(innovation=seeded.innovation, local_authority=la, region_id=la.region_id)


# The insights page: figures, charts and their tables; staff see the queue's times.
INSIGHTS: list[PageCase] = [
    PageCase("insights", lambda s: "/insights/", expect="#table-areas-by-region"),
    PageCase(
        "insights filtered",
        lambda s: "/insights/?period=all&kind=need&language=cy",
        expect="#table-by-month",
    ),
    PageCase("insights bad filter", lambda s: "/insights/?period=1999", status=400, expect=ERRORS),
    PageCase(
        "insights for staff",
        lambda s: "/insights/?period=all",
        setup=_insights_staff,
        users=SIGNED_IN,
        expect="#table-queue",
    ),
]

PAGES: list[PageCase] = [
    *BROWSING,
    *ENTRANCE,
    *ACCOUNT,
    *CONTRIBUTING,
    *MODERATION,
    *NOTIFICATIONS,
    *COMMENTS,
    *COMMUNITY,
    *ADOPTIONS,
    *NEEDS,
    *OPEN_DATA,
    *ORGANISATIONS,
    *INSIGHTS,
]
