"""A guard against personal details of people who receive care.

`scan_item(item)` reads every free-text field an author writes and returns what
looks like personal data: NHS numbers (ten digits that pass the modulus-11
check), dates of birth, UK postcodes, phone numbers, e-mail addresses and
a named person with an age ("Mrs X, aged 87"). It is a warning, not a verdict:
authors see each finding before they submit, moderators see the same findings
highlighted, and people decide.

Rules that keep it quiet about ordinary text:
- a ten-digit number whose check digit is wrong is not an NHS number;
- a year on its own ("2023") is never a date; a full date is a possible date of
  birth when a cue says so ("born", "DOB", "date of birth", "ganwyd") or when
  it is more than OLD_DATE_YEARS years ago (stories about care rarely date events
  that far back);
- phone numbers must look like UK numbers (0… or +44…, 10 or 11 digits).
"""

import re
from dataclasses import dataclass

from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

OLD_DATE_YEARS = 10

KINDS = {
    "nhs_number": _("NHS number"),
    "date_of_birth": _("date of birth"),
    "postcode": _("postcode"),
    "phone": _("phone number"),
    "email": _("e-mail address"),
    "named_person": _("a named person with their age"),
}

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    # Welsh month names
    "ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr"
)
_YEAR = r"(?P<year>(?:19|20)\d{2}|\d{2})"
_DATES = [
    re.compile(rf"\b(?P<day>[0-3]?\d)[/.\-](?P<month>[01]?\d)[/.\-]{_YEAR}\b"),
    re.compile(
        rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTHS})\.?,?\s+{_YEAR}\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<month>{_MONTHS})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{_YEAR}\b",
        re.IGNORECASE,
    ),
]
_BIRTH_CUE = re.compile(
    r"\b(?:born|d\.?o\.?b\.?|date\s+of\s+birth|birthday|ganwyd|dyddiad\s+geni)\b[\s:,-]*(?:on\s+)?$",
    re.IGNORECASE,
)
_NHS = re.compile(r"(?<![\d\w])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d\w])")
_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s?(\d[A-Z]{2})\b", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w+])(?:\+44\s?\(?0?\)?\s?|\(?0)\d[\d\s\-()]{7,14}\d(?![\d\w])")
_EMAIL = re.compile(r"\b[\w.%+-]+@[\w-]+(?:\.[\w-]+)+\b")
_TITLE_NAME = r"\b(?:Mr|Mrs|Miss|Ms|Mx)\.?\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?"
_AGE = r"(?:,?\s*(?:aged|age)\s+\d{1,3}|,\s*\d{2,3}\b|\s*\(\d{1,3}\)|,?\s+(?:yn\s+)?\d{1,3}\s+oed\b|,?\s+\d{1,3}[\s-]+years?[\s-]+old)"
_NAMED_PERSON = re.compile(_TITLE_NAME + _AGE)
_NAME_AGED = re.compile(r"\b[A-Z][a-z'\u2019-]+,?\s+(?:aged\s+\d{1,3}|\d{1,3}\s+oed)\b")


@dataclass(frozen=True)
class Finding:
    kind: str
    start: int
    end: int
    text: str
    field: str = ""
    field_label: str = ""

    @property
    def label(self) -> str:
        return str(KINDS[self.kind])


def nhs_number_is_valid(digits: str) -> bool:
    """The NHS number's modulus-11 check digit."""
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(int(d) * weight for d, weight in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _full_year(year: str) -> int:
    value = int(year)
    if len(year) == 4:
        return value
    this_year = timezone.now().year % 100
    return 2000 + value if value <= this_year else 1900 + value


def _dates(text: str) -> list[Finding]:
    found = []
    too_old = timezone.now().year - OLD_DATE_YEARS
    for pattern in _DATES:
        for match in pattern.finditer(text):
            day = int(match["day"])
            month = match["month"]
            if month.isdigit() and not 1 <= int(month) <= 12:
                continue
            if not 1 <= day <= 31:
                continue
            cued = bool(_BIRTH_CUE.search(text[max(0, match.start() - 30) : match.start()]))
            if cued or _full_year(match["year"]) < too_old:
                found.append(Finding("date_of_birth", match.start(), match.end(), match[0]))
    return found


def scan_text(text: str) -> list[Finding]:
    """Every likely piece of personal data in `text`, in reading order, no overlaps."""
    if not text:
        return []
    found: list[Finding] = []
    for match in _EMAIL.finditer(text):
        found.append(Finding("email", match.start(), match.end(), match[0]))
    for match in _NHS.finditer(text):
        if nhs_number_is_valid("".join(match.groups())):
            found.append(Finding("nhs_number", match.start(), match.end(), match[0]))
    found += _dates(text)
    for match in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", match[0])
        if digits.startswith("44"):
            digits = "0" + digits[2:].removeprefix("0")
        if len(digits) in (10, 11) and digits.startswith("0"):
            found.append(Finding("phone", match.start(), match.end(), match[0].strip()))
    for match in _POSTCODE.finditer(text):
        found.append(Finding("postcode", match.start(), match.end(), match[0]))
    for pattern in (_NAMED_PERSON, _NAME_AGED):
        for match in pattern.finditer(text):
            found.append(Finding("named_person", match.start(), match.end(), match[0]))
    # Of overlapping findings keep an NHS number first (inside an e-mail address or a
    # phone-like run of digits it is still an NHS number), then the first (the
    # longest, for equal starts).
    found.sort(key=lambda f: (f.kind != "nhs_number", f.start, -(f.end - f.start)))
    kept: list[Finding] = []
    for finding in found:
        if all(finding.end <= k.start or finding.start >= k.end for k in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)


def scanned_fields(item) -> list[str]:
    """The free-text fields an author writes (the model's search fields)."""
    return list(getattr(item, "search_fields", ("title",)))


def scan_item(item) -> list[Finding]:
    """Findings in every free-text field of a catalogue item, field by field."""
    findings = []
    for name in scanned_fields(item):
        label = item._meta.get_field(name).verbose_name
        for finding in scan_text(getattr(item, name, "") or ""):
            findings.append(
                Finding(
                    finding.kind,
                    finding.start,
                    finding.end,
                    finding.text,
                    field=name,
                    field_label=str(label),
                )
            )
    return findings


def highlight(text: str) -> SafeString:
    """`text`, escaped, with each finding wrapped in <mark> for moderators."""
    parts, position = [], 0
    for finding in scan_text(text):
        parts.append(escape(text[position : finding.start]))
        parts.append(
            f'<mark class="sh-personal-data" title="{escape(finding.label)}">'
            f"{escape(finding.text)}</mark>"
        )
        position = finding.end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))
