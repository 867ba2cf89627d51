"""ShareHub's load journeys, for locust (bench/load.py runs them; see bench/README.md).

- read (issue 11): anyone browsing: the home page, each list unfiltered and with
  facets (an OR within one), combined search for common, medium and rare words with
  and without facets, detail pages opened from the results, and the API.
  Select it with the user class `Reader`.
- write (issue 14): the three users' journeys with writes in the mix:
  `CareWorker` signs in and shares an innovation through the real forms (draft,
  preview, submit, with CSRF); `Manager` signs in, searches, filters by region and
  opens items; `Moderator` signs in with a password and a code from an authenticator
  app, then works the queue (opens items, approves or asks for changes); after 10
  visits to the queue, the next moderator takes over.

Everyone signs in as their own account from bench/accounts.py, from their own client
address (X-Forwarded-For; the bench server trusts one proxy), so rate limits count
per person as in production. A request is a failure unless it answers what a browser
expects: 200 for pages, 302 for a form that was accepted.

Step names (the rows of the report) are the page kinds, not the addresses.
"""

from __future__ import annotations

import itertools
import random
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

import pyotp
from locust import between, task
from locust.contrib.fasthttp import FastHttpUser

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.accounts import PASSWORD, TOTP_SECRET, Account, account

KINDS = ("innovations", "resources", "needs", "contacts")
WORDS = {"common": ["care", "support", "staff"], "medium": ["dementia", "falls", "sensors"]}
WORDS["rare"] = ["pharmacy", "broadband", "interpreters"]
REGIONS = ["gwent", "north-wales", "west-wales", "powys", "cardiff-and-vale", "west-glamorgan"]
AREAS = ["risk", "value", "metrics", "leadership", "requirements"]
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
SHARES_PER_ACCOUNT = 4  # then the next account: each may add 10 things an hour
# A moderator's turn at the queue, then the next signs in (with their two-factor
# code): sign-ins are measured through the run, not only as everyone arrives.
QUEUE_VISITS_PER_TURN = 10
# Links to items; not "new/" nor "list-me/" (forms that ask to sign in), nor "similar/".
DETAIL = re.compile(
    r'href="/en/(innovations|resources|needs|contacts)/(?!new/|similar/|list-me/)([-\w]+)/"'
)
QUEUE_ITEM = re.compile(r'href="(/en/moderation/(?:innovation|resource|need|contact)/[-\w]+/)"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
_numbers = {role: itertools.count() for role in ("worker", "manager", "moderator")}


class Forms(HTMLParser):
    """The forms of a page: action -> {field name: [values offered]} (hidden fields
    and ticked boxes carry their value; checkboxes and radios list every option)."""

    def __init__(self, html: str):
        super().__init__()
        self.forms: dict[str, dict[str, list[str]]] = {}
        self._current: dict[str, list[str]] | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._current = self.forms.setdefault(attrs.get("action") or "", {})
        elif self._current is not None and tag in ("input", "textarea", "select"):
            name = attrs.get("name")
            if name:
                values = self._current.setdefault(name, [])
                if attrs.get("value") is not None:
                    values.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag == "form":
            self._current = None


def facets(rng: random.Random, how_many: int) -> list[tuple[str, str]]:
    """1, 2 or 3 facets; with 3, two regions (an OR within the facet)."""
    chosen = [("region", rng.choice(REGIONS))]
    if how_many >= 2:
        chosen.append(("challenge_area", rng.choice(AREAS)))
    if how_many >= 3:
        chosen.append(("region", rng.choice([r for r in REGIONS if r != chosen[0][1]])))
    return chosen


def query(path: str, params: list[tuple[str, str]]) -> str:
    return f"{path}?{urlencode(params)}" if params else path


class ShareHubUser(FastHttpUser):
    abstract = True
    role = ""

    def on_start(self):
        self.rng = random.Random()
        self.found: list[str] = []  # detail pages seen on the last list or search
        if self.role:
            self.sign_in(account(self.role, next(_numbers[self.role])))

    # --- requests -------------------------------------------------------------

    def page(self, path: str, name: str, *, expect: int = 200) -> str:
        """GET a page that must answer `expect`; returns its text ("" on failure)."""
        headers = {"X-Forwarded-For": self.address} if self.role else {}
        with self.client.get(
            path, name=name, headers=headers, allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code != expect:
                response.failure(f"{path} answered {response.status_code}, not {expect}")
                return ""
            text = response.text or ""
        if expect == 200:
            self.found = [
                f"/en/{kind}/{slug}/" for kind, slug in DETAIL.findall(text)
            ] or self.found
        return text

    def post(self, path: str, fields: list[tuple[str, str]], name: str, html: str) -> str:
        """POST a form as a browser does (with the page's CSRF token); it must be
        accepted (302). Returns where it sends the browser ("" on failure)."""
        token = CSRF.search(html)
        if not token:
            return ""
        with self.client.post(
            path,
            data=urlencode([("csrfmiddlewaretoken", token.group(1)), *fields]),
            headers={**FORM, "X-Forwarded-For": self.address, "Referer": self.host + path},
            name=name,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"POST {path} answered {response.status_code}, not 302")
                return ""
            return response.headers.get("Location", "")

    # --- signing in and out ---------------------------------------------------

    def sign_in(self, person: Account) -> None:
        self.person = person
        self.address = person.address
        self.client.cookiejar.clear()
        html = self.page("/en/accounts/login/", "sign in: form")
        then = self.post(
            "/en/accounts/login/",
            [("login", person.email), ("password", PASSWORD)],
            "sign in: password",
            html,
        )
        if then.endswith("/2fa/authenticate/"):
            html = self.page(then, "sign in: code form")
            code = pyotp.TOTP(TOTP_SECRET).now()
            then = self.post(then, [("code", code)], "sign in: code", html)
        self.signed_in = bool(then) and "/accounts/" not in then

    def signed_in_now(self) -> bool:
        """After a sign-in that failed (a time-out under overload, a code that expired
        on the way), the next person tries: nobody browses signed out by mistake."""
        if not self.signed_in:
            self.sign_in(account(self.role, next(_numbers[self.role])))
        return self.signed_in

    def sign_out(self) -> None:
        html = self.page("/en/", "home")
        self.post("/en/accounts/logout/", [], "sign out", html)

    def hand_over(self) -> bool:
        """This person signs out and the next of their role signs in (a new care
        worker, the next moderator's turn); whether they did."""
        self.sign_out()
        self.sign_in(account(self.role, next(_numbers[self.role])))
        return self.signed_in

    # --- what people do -------------------------------------------------------

    def open_one(self, name: str = "detail") -> None:
        if self.found:
            self.page(self.rng.choice(self.found), name)

    def search(self, with_facets: bool) -> None:
        word = self.rng.choice(WORDS[self.rng.choice(list(WORDS))])
        params = [("q", word), *(facets(self.rng, self.rng.randint(1, 3)) if with_facets else [])]
        self.page(query("/en/search/", params), "search, facets" if with_facets else "search")


class Reader(ShareHubUser):
    """The read journey (issue 11): no account, a mix of every public page."""

    weight = 1
    wait_time = between(0.1, 0.5)

    @task(1)
    def home(self):
        self.page("/en/", "home")

    @task(2)
    def list_unfiltered(self):
        self.page(f"/en/{self.rng.choice(KINDS)}/", "list")

    @task(3)
    def list_faceted(self):
        kind = self.rng.choice(KINDS)
        self.page(query(f"/en/{kind}/", facets(self.rng, self.rng.randint(1, 3))), "list, facets")

    @task(2)
    def search_plain(self):
        self.search(with_facets=False)

    @task(2)
    def search_faceted(self):
        self.search(with_facets=True)

    @task(4)
    def detail(self):
        self.open_one()

    @task(1)
    def api(self):
        kind = self.rng.choice(KINDS)
        if self.rng.random() < 0.5:
            self.page(f"/api/v1/{kind}/", "api list")
        else:
            word = self.rng.choice(WORDS[self.rng.choice(list(WORDS))])
            self.page(query(f"/api/v1/{kind}/", [("q", word)]), "api search")


class CareWorker(ShareHubUser):
    """Signs in and shares an innovation: the form, a draft, the draft's page, the
    preview, the submit page, submitted. After a few, the next person signs in."""

    role = "worker"
    weight = 1
    wait_time = between(0.5, 1.5)

    def on_start(self):
        super().on_start()
        self.shared = 0

    @task
    def share(self):
        if not self.signed_in_now():
            return
        if self.shared >= SHARES_PER_ACCOUNT:
            self.shared = 0
            if not self.hand_over():
                return
        html = self.page("/en/innovations/new/", "share: form")
        offered = Forms(html).forms.get("/en/innovations/new/", {}) if html else {}
        if not offered:
            return
        number = self.rng.randrange(10**9)
        areas = self.rng.sample(offered["challenge_areas"], 2)
        draft = self.post(
            "/en/innovations/new/",
            [
                ("title", f"Tea and a chat after the night shift {number}"),
                ("summary", "Night staff and day staff meet for ten minutes at handover."),
                (
                    "body",
                    "What changed: a ten-minute handover over tea, so the day team hears "
                    "how each person slept and what worried the night team.",
                ),
                *(("challenge_areas", area) for area in areas),
                ("local_authorities", self.rng.choice(offered["local_authorities"])),
            ],
            "share: save draft",
            html,
        )
        if not draft:
            return
        self.shared += 1
        self.page(draft, "share: draft")
        self.page(draft + "preview/", "share: preview")
        html = self.page(draft + "submit/", "share: submit form")
        if html:
            done = self.post(
                draft + "submit/", [("confirm_no_personal_data", "on")], "share: submit", html
            )
            if done:
                self.page(done, "share: submitted")


class Manager(ShareHubUser):
    """A manager looking for ideas near them: searches, filters by region, opens items."""

    role = "manager"
    weight = 2
    wait_time = between(0.5, 1.5)

    @task(2)
    def search_then_open(self):
        if not self.signed_in_now():
            return
        self.search(with_facets=self.rng.random() < 0.5)
        self.open_one()

    @task(2)
    def filter_by_region_then_open(self):
        kind = self.rng.choice(("innovations", "innovations", "resources"))
        params = [("region", self.rng.choice(REGIONS))]
        self.page(query(f"/en/{kind}/", params), "list, region")
        self.open_one()
        self.open_one()

    @task(1)
    def home(self):
        self.page("/en/", "home")


class Moderator(ShareHubUser):
    """Works the queue: opens an item waiting on its first page, then approves it or
    asks for changes (most are approved)."""

    role = "moderator"
    weight = 1
    wait_time = between(0.5, 1.5)

    def on_start(self):
        super().on_start()
        self.visits = 0

    @task
    def moderate(self):
        if not self.signed_in_now():
            return
        if self.visits >= QUEUE_VISITS_PER_TURN:
            self.visits = 0
            if not self.hand_over():
                return
        self.visits += 1
        html = self.page("/en/moderation/", "moderate: queue")
        waiting = QUEUE_ITEM.findall(html)
        if not waiting:
            return
        item = self.rng.choice(waiting)
        html = self.page(item, "moderate: item")
        if not html:
            return
        # Changes are asked of innovations, resources and questions; a contact
        # listing is approved or rejected.
        if "/contact/" in item or self.rng.random() < 0.8:
            done = self.post(item + "approve/", [], "moderate: approve", html)
        else:
            done = self.post(
                item + "request_changes/",
                [("request_changes-text", "Please say which local authority this was in.")],
                "moderate: request changes",
                html,
            )
        if done:
            self.page(done, "moderate: after")
