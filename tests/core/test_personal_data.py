"""The personal-data guard: realistic positives, and ordinary text left alone."""

import pytest

from sharehub.catalogue.models import Innovation
from sharehub.core.personal_data import highlight, nhs_number_is_valid, scan_item, scan_text


def with_check_digit(nine: str) -> str:
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    assert check != 10, "pick another nine digits"
    return nine + str(check)


VALID_NHS = with_check_digit("401023213")


def kinds(text: str) -> list[str]:
    return [finding.kind for finding in scan_text(text)]


def test_the_nhs_check_digit():
    assert nhs_number_is_valid(VALID_NHS)
    wrong = VALID_NHS[:9] + str((int(VALID_NHS[9]) + 1) % 10)
    assert not nhs_number_is_valid(wrong)
    assert not nhs_number_is_valid("1111111111")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Her NHS number is {VALID_NHS}.", ["nhs_number"]),
        (f"NHS no. {VALID_NHS[:3]} {VALID_NHS[3:6]} {VALID_NHS[6:]}", ["nhs_number"]),
        ("Mrs X, aged 87, lives alone.", ["named_person"]),
        ("We visited Mr Jones (92) every week.", ["named_person"]),
        ("Mrs Pritchard, 87, loved the garden.", ["named_person"]),
        ("Roedd Mrs Williams yn 87 oed.", ["named_person"]),
        ("Dai, aged 79, now walks to the shop.", ["named_person"]),
        ("He was born on 12/03/1937 in Rhyl.", ["date_of_birth"]),
        ("DOB: 4 March 2019", ["date_of_birth"]),
        ("Ganwyd ar 3 Mawrth 1941", ["date_of_birth"]),
        ("Her birthday is 1st June 1950", ["date_of_birth"]),
        ("She lives at 3 High Street, Rhyl LL18 1AA.", ["postcode"]),
        ("Postcode cf10 3nq", ["postcode"]),
        ("Call her daughter on 07700 900123.", ["phone"]),
        ("Ring 029 2018 0000 for the team.", ["phone"]),
        ("or +44 7700 900 123", ["phone"]),
        ("E-mail jane.doe@example.org for details.", ["email"]),
    ],
)
def test_it_finds_likely_personal_data(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 we started a dementia café in Powys.",
        "We reduced falls by 40% in 12 weeks across 3 care homes.",
        f"Order reference {VALID_NHS[:9]}{(int(VALID_NHS[9]) + 1) % 10}",  # fails the checksum
        "The pilot ran from 14 March 2024 to 30 June 2025.",  # recent dates are events
        "We met on 01/02/2025 to plan.",
        "Mrs Thomas, the registered manager, led the change.",  # a named worker, no age
        "Our team of 87 carers covers 22 local authorities.",
        "See section 4.2 of the guidance, version 10.3.1.",
        "Price £1,234,567 over 3 years.",
        "The A470 and M4 corridors.",
        "Visit https://example.org/guide for the toolkit.",
    ],
)
def test_ordinary_text_is_left_alone(text):
    assert scan_text(text) == []


def test_findings_say_exactly_where():
    text = f"Mrs X, aged 87. NHS {VALID_NHS}."
    first, second = scan_text(text)
    assert text[first.start : first.end] == first.text == "Mrs X, aged 87"
    assert second.text == VALID_NHS and second.label == "NHS number"


def test_every_free_text_field_of_an_item_is_scanned():
    innovation = Innovation(
        title="Garden club",
        summary="Weekly sessions.",
        body="It started with Mrs X, aged 87.",
        outcomes="Call 07700 900123 to join.",
    )
    found = {(f.field, f.kind) for f in scan_item(innovation)}
    assert found == {("body", "named_person"), ("outcomes", "phone")}
    labels = {f.field: f.field_label for f in scan_item(innovation)}
    assert labels["body"] == "what changed and why"


def test_highlight_escapes_the_text_and_marks_each_finding():
    html = highlight("<b>Mrs X, aged 87</b> & friends")
    assert html.startswith("&lt;b&gt;<mark")
    assert ">Mrs X, aged 87</mark>&lt;/b&gt; &amp; friends" in html
