from html.parser import HTMLParser

import pytest

from sharehub.core.markdown import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, render_markdown


def parse_tags(html: str) -> list[tuple[str, list]]:
    """Every element in `html`: its tag and attributes (text, escaped or not, is not
    markup and is left out)."""
    found = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Collect().feed(html)
    return found


def test_it_renders_markdown():
    html = render_markdown("**Bold** and a [link](https://example.org)\n\n- one\n- two")
    assert "<strong>Bold</strong>" in html
    assert '<a href="https://example.org" rel="nofollow ugc noopener">link</a>' in html
    assert "<li>one</li>" in html


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "[click](javascript:alert(1))",
        '<a href="javascript:alert(1)">x</a>',
        '<svg onload="alert(1)"></svg>',
        '<iframe src="https://evil.example"></iframe>',
        '<div style="background:url(javascript:alert(1))">x</div>',
        '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
        "<body onload=alert(1)>",
        '<form action="https://evil.example"><input name=x></form>',
    ],
)
def test_it_strips_dangerous_markup(payload):
    html = render_markdown(payload)
    for tag, attrs in parse_tags(html):
        assert tag in ALLOWED_TAGS, (tag, html)
        for name, value in attrs:
            assert name in {*ALLOWED_ATTRIBUTES.get(tag, ()), "rel"}, (tag, name, html)
            if name == "href":
                assert value.lower().startswith(("http://", "https://")), html
    lowered = html.lower()
    for needle in ("<script", "<iframe", "<form", "<svg", "<img", "<body", "<div"):
        assert needle not in lowered
