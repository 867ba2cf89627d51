import timeit
from html.parser import HTMLParser

import pytest

from sharehub.core.markdown import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, MAX_NESTING, render_markdown


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


# --- Hostile input: every kind renders quickly, whatever its shape ------------------

N = 10_000
PATHOLOGICAL = {
    "nested dash lists": "- " * (N // 2) + "a",
    "nested numbered lists": "1. " * (N // 3) + "a",
    "indented lists": "".join("  " * i + "- a\n" for i in range(N // 100)),
    "nested blockquotes": "> " * (N // 2) + "a",
    "quotes and lists": "> - " * (N // 4) + "a",
    "open brackets": "[" * N,
    "close brackets": "]" * N,
    "brackets on lines": "[\n" * (N // 2),
    "open images": "![" * (N // 2),
    "unclosed links": "[a](" * (N // 4),
    "nested links": "[" * (N // 2) + "a" + "](https://example.org)" * 250,
    "many links": "[a](https://example.org) " * (N // 25),
    "star run": "*" * N,
    "underscore run": "_" * N,
    "stars between words": "*a" * (N // 2),
    "underscores between words": "_a " * (N // 3),
    "emphasis opened, never closed": "*a **b " * (N // 7),
    "backtick run": "`" * N,
    "backticks mixed": "`a``" * (N // 4),
    "table with many columns": "|" + "a|" * (N // 4) + "\n|" + "-|" * (N // 4) + "\n",
    "table with many rows": "|a|b|\n|-|-|\n" + "|x|y|\n" * (N // 6),
    "angle brackets": "<" * N,
    "tags never closed": "<a" * (N // 2),
    "entities": "&#" * (N // 2),
    "reference definitions": "[a]: https://example.org\n" * (N // 25),
}


def fastest(text: str, runs: int = 3) -> float:
    """The shortest of a few renders of `text`, in seconds (time.perf_counter): a
    busy machine can slow one run down, not all of them."""
    return min(timeit.repeat(lambda: render_markdown(text), number=1, repeat=runs))


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_hostile_input_renders_quickly(text):
    assert len(text) >= N * 0.9
    took = fastest(text)
    assert took < 0.5, f"{took:.2f} s"


def test_rendering_time_grows_linearly_with_brackets():
    """Python-Markdown took 2.6 s for 4,000 brackets and 120 s for 20,000."""
    assert fastest("[" * 40_000, runs=2) < 2


def test_deep_nesting_is_cut_off_not_an_error():
    html = render_markdown("- " * 600 + "a")
    assert html.count("<ul>") <= MAX_NESTING
    html = render_markdown("> " * 600 + "a")
    assert html.count("<blockquote>") <= MAX_NESTING


def test_tables_are_rendered_and_raw_html_is_text():
    html = render_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n\n<b>bold</b>")
    assert "<table>" in html and "<td>1</td>" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
