"""Script injection: payloads of the OWASP XSS filter-evasion kinds typed into every
Markdown and text field of every contribution form must come out as text, never as
markup a browser would run, on the item's page, its preview, the author's list and
the public lists."""

from html.parser import HTMLParser

import pytest

from sharehub.catalogue.models import Innovation, Need, Resource
from sharehub.core.models import Status
from tests.factories import NeedFactory

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href=" &#14;  javascript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
    '<embed src="data:text/html,<script>alert(1)</script>">',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<div style="background-image: url(javascript:alert(1))">x</div>',
    '<div style="width: expression(alert(1));">x</div>',
    '<<SCRIPT>alert("XSS");//<</SCRIPT>',
    '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "<form><button formaction=javascript:alert(1)>x</button></form>",
    "<input onfocus=alert(1) autofocus>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "<link rel=stylesheet href=javascript:alert(1)>",
    '<base href="javascript:alert(1)//">',
    "[click me](javascript:alert(1))",
    "![image](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](&#106;avascript:alert(1))",
    '[x]( javascript:alert(1) "title")',
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<a href=javascript&colon;alert(1)>x</a>",
]

# The site's own scripts, the only ones a page may load.
OWN_SCRIPTS = {"/static/js/supported.js", "/static/js/sharehub.mjs"}
FORBIDDEN_TAGS = {"iframe", "object", "embed", "svg", "math", "base", "frame", "frameset", "img"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "background"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:")


class Page(HTMLParser):
    """Every tag with its decoded attributes, and the text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("src") not in OWN_SCRIPTS:
            self.problems.append(f"script {attrs}")
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}>")
        if tag == "meta" and "http-equiv" in attrs:
            self.problems.append("meta http-equiv")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}>")
            if name in ("style", "srcdoc"):
                self.problems.append(f"<{tag} {name}>")
            if name in URL_ATTRIBUTES and value:
                cleaned = "".join(c for c in value if c > " ").lower()
                if cleaned.startswith(BAD_SCHEMES):
                    self.problems.append(f"<{tag} {name}={value!r}>")

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.text.append(data)


def assert_safe(html: str, markers: list[str], where: str) -> None:
    page = Page(html)
    assert page.problems == [], where
    text = " ".join(page.text)
    for marker in markers:
        assert marker in text, (where, marker)


@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    settings.SHAREHUB_NEW_CONTENT_PER_HOUR = 10_000


def typed(payload: str, fields: list[str]) -> dict:
    """Each field gets a marker of its own (so surviving text can be checked) and the payload."""
    return {field: f"keep{i} {payload}" for i, field in enumerate(fields)}


def check_pages(client, item, markers: list[str], *, public_list: str) -> None:
    assert_safe(client.get(item.get_absolute_url()).content.decode(), markers, "detail")
    assert_safe(
        client.get(f"{item.get_absolute_url()}preview/").content.decode(), markers, "preview"
    )
    assert_safe(client.get("/en/contributions/").content.decode(), markers[:1], "contributions")
    type(item).objects.filter(pk=item.pk).update(status=Status.PUBLISHED)
    assert_safe(client.get(public_list).content.decode(), markers[:1], "list")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_innovation_fields_stay_text(client_as, author, innovation_data, payload):
    client = client_as(author)
    first = typed(payload, ["title", "body", "summary"])
    response = client.post("/en/innovations/new/", {**innovation_data, **first})
    assert response.status_code == 302, response.content.decode()[:3000]
    innovation = Innovation.objects.get()
    details = typed(payload, ["organisation", "what_helped", "what_got_in_the_way", "outcomes"])
    details = {k: v.replace("keep", "more") for k, v in details.items()}
    details["links"] = f"linkname {payload} https://example.org/report"
    response = client.post(
        f"/en/innovations/{innovation.slug}/details/",
        {**details, "language": "en", "contact_preference": "message"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    markers = ["keep0", "keep1", "keep2", "more0", "more1", "more2", "more3", "linkname"]
    check_pages(client, innovation, markers, public_list="/en/innovations/")
    similar = client.get("/en/innovations/similar/", {"q": f"keep0 {payload}"})
    assert_safe(similar.content.decode(), [], "similar")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_resource_fields_stay_text(client_as, author, resource_data, payload):
    client = client_as(author)
    data = {**resource_data, **typed(payload, ["title", "summary", "body", "licence"])}
    response = client.post("/en/resources/new/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    markers = ["keep0", "keep1", "keep2", "keep3"]
    check_pages(client, Resource.objects.get(), markers, public_list="/en/resources/")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_need_fields_and_replies_stay_text(client_as, author, other, need_data, payload):
    client = client_as(author)
    response = client.post("/en/needs/new/", {**need_data, **typed(payload, ["title", "body"])})
    assert response.status_code == 302, response.content.decode()[:3000]
    check_pages(client, Need.objects.get(), ["keep0", "keep1"], public_list="/en/needs/")

    question = NeedFactory(author=author)
    replier = client_as(other)
    response = replier.post(f"/en/needs/{question.slug}/reply/", {"body": f"reply0 {payload}"})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert_safe(replier.get(question.get_absolute_url()).content.decode(), ["reply0"], "reply")


@pytest.mark.parametrize("payload", PAYLOADS[:6] + PAYLOADS[-8:])
def test_the_markdown_preview_button_is_safe_too(client_as, author, innovation_data, payload):
    response = client_as(author).post(
        "/en/innovations/new/", {**innovation_data, "body": f"keep0 {payload}", "preview": "1"}
    )
    html = response.content.decode()
    assert "Preview: What changed and why?" in html
    assert_safe(html.split('id="id_body-preview"')[1], ["keep0"], "markdown preview")
    assert not Innovation.objects.exists()


def test_there_are_at_least_twenty_payloads():
    assert len(PAYLOADS) >= 20


@pytest.mark.parametrize(
    "bad",
    [
        '<script src="/x.js"></script>',
        '<a href="&#106;avascript:alert(1)">x</a>',
        '<a href=" java\tscript:alert(1)">x</a>',
        '<p onclick="x()">x</p>',
        "<svg></svg>",
        '<iframe srcdoc="x"></iframe>',
        '<div style="color:red">x</div>',
        '<img src="data:image/svg+xml,x">',
    ],
)
def test_the_check_itself_catches_executable_markup(bad):
    assert Page(f"<main>{bad}</main>").problems
