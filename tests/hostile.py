"""Hypothesis strategies for hostile input, shared by the sweeps (issue 14: no 500s, ever).

The sweeps run in CI with a small, fixed set of examples (derandomized, no example
database), so a run is deterministic and quick; set SHAREHUB_SWEEP_EXAMPLES for a
longer run locally, e.g. `SHAREHUB_SWEEP_EXAMPLES=500 pytest tests -k hostile`, and
SHAREHUB_SWEEP_RANDOM=1 to try new examples on each run rather than the fixed ones.
"""

import os

from django.db import models
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st


def sweep_settings(ci_examples: int):
    """`ci_examples` per test in CI; SHAREHUB_SWEEP_EXAMPLES overrides it."""
    examples = int(os.environ.get("SHAREHUB_SWEEP_EXAMPLES") or ci_examples)
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=not os.environ.get("SHAREHUB_SWEEP_RANDOM"),
        database=None,
        print_blob=False,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


# Pieces people (and scanners) type: tsquery and websearch syntax, SQL, markup,
# percent-encodings that are not meant to be decoded, control and format characters,
# bidi overrides, emoji and astral code points, Welsh letters.
FRAGMENTS = [
    "&",
    "|",
    "!",
    "(",
    ")",
    ":",
    "*",
    "'",
    '"',
    "<->",
    "<2>",
    ":*",
    "!!",
    "&&",
    "|(",
    "-",
    " or ",
    " OR ",
    '"unclosed',
    "' OR 1=1 --",
    "'; DROP TABLE catalogue_innovation; --",
    "\\",
    "%",
    "_",
    "%00",
    "%FF",
    "%C0%AF",
    "%25",
    "%2e%2e%2f",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "[x](javascript:alert(1))",
    "{{ 7*7 }}",
    "{% debug %}",
    "\x00",
    "\x07",
    "\x1b[2J",
    "\r\n",
    "\t",
    "\u0085",
    "\u2028",
    "\u202e",
    "\u200b",
    "\ufeff",
    "\ufffd",
    "\uffff",
    "\U0001f600",
    "\U0010fffd",
    "ŵŷâ",
    "Llanfairpwllgwyngyll",
    "١٢٣",
    "\uff11\uff12",  # fullwidth digits
    "9" * 30,
    "-1",
    "0",
    "1e9",
    "NaN",
    "None",
    "null",
    "[]",
    "{}",
]

# Every code point but surrogates (which cannot be encoded), control characters included.
any_character = st.characters(codec="utf-8")

hostile_text = st.one_of(
    st.text(any_character, max_size=40),
    st.lists(
        st.one_of(st.sampled_from(FRAGMENTS), st.text(any_character, max_size=4)), max_size=12
    ).map("".join),
    # Long: one piece repeated up to a few thousand characters.
    st.builds(
        lambda piece, n: (piece * n)[:6000],
        st.sampled_from([*FRAGMENTS, "a", "ŵ "]),
        st.integers(1, 3000),
    ),
)


def values(*known: str):
    """A parameter's values: mostly one, sometimes repeated; known good ones mixed with junk."""
    one = st.one_of(st.sampled_from(known), hostile_text) if known else hostile_text
    return st.lists(one, min_size=1, max_size=3)


def query(params: dict[str, tuple[str, ...]], extra_names=()):
    """A query as a dict of lists: any subset of the documented parameters with known
    values (so searches and filters reach the database), hostile text in `q`, and
    sometimes one parameter given hostile values and unknown names added."""
    known = {
        name: st.lists(st.sampled_from(good), min_size=1, max_size=3)
        for name, good in params.items()
    }
    if "q" in params:
        known["q"] = values(*params["q"])
    documented = st.fixed_dictionaries({}, optional=known)
    spoiled = st.one_of(
        st.just({}),
        st.builds(lambda name, junk: {name: junk}, st.sampled_from(sorted(params)), values()),
    )
    unknown = st.one_of(
        st.just({}),
        st.dictionaries(
            st.one_of(st.sampled_from(list(extra_names) or ["x"]), hostile_text.filter(bool)),
            values(),
            max_size=2,
        ),
    )
    return st.builds(lambda a, b, c: {**c, **a, **b}, documented, spoiled, unknown)


# Raw query strings, for what a dict cannot express: broken percent-encodings, bytes
# that are not UTF-8, parameters with no "=", semicolons.
raw_query = st.lists(
    st.sampled_from(
        [
            "q=%00",
            "q=%FF%FE",
            "q=%C0%AF",
            "q=%",
            "q=%%",
            "q=%zz",
            "q",
            "=",
            "&&&",
            "q=a;region=gwent",
            "region=%00",
            "region=gwent%00",
            "page=%00",
            "page=1%00",
            "ordering=%ED%A0%80",
            "challenge_area[]=risk",
            "q=" + "%41" * 500,
            "q=%E2%80%AE",
            "page_size=%00",
            "type=%00",
            "language=cy%0A",
        ]
    ),
    min_size=1,
    max_size=4,
).map("&".join)


FACET_VALUES = {
    "q": ("risk", "gofal", "falls prevention", "a or b", '"care home"', "-care"),
    "challenge_area": ("value", "risk", "metrics", "leadership"),
    "region": ("gwent", "powys", "all-wales"),
    "local_authority": ("newport", "gwynedd", "cardiff"),
    "role": ("innovator",),
    "job_role": ("social-worker",),
    "stage": ("idea",),
    "kind": ("practice",),
    "sector": ("adults",),
    "language": ("en", "cy"),
    "ordering": ("relevance", "newest", "useful", "adopted"),
    "page": ("1", "2", "0", "-1", "99999999999999999999", "1.5", "1" * 5000),
}
API_VALUES = {**FACET_VALUES, "page_size": ("1", "100", "101", "0", "-1", "9" * 40)}
SEARCH_VALUES = {**FACET_VALUES, "type": ("innovation", "resource", "contact", "need")}


def text_over_its_limit(model: type[models.Model]) -> list[str]:
    """Rows of `model` with text longer than its field allows or holding a NUL byte:
    what a half-checked form could have written."""
    fields = [
        f
        for f in model._meta.concrete_fields
        if isinstance(f, (models.CharField, models.TextField)) and not f.choices
    ]
    found = []
    for row in model._default_manager.all():
        for field in fields:
            value = getattr(row, field.attname) or ""
            if field.max_length and len(value) > field.max_length:
                found.append(f"{model.__name__}.{field.name}: {len(value)} > {field.max_length}")
            if "\x00" in value:
                found.append(f"{model.__name__}.{field.name}: NUL")
    return found
