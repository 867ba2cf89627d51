"""The gate: what happens to something a person wrote, decided in one place.

Every kind of user-written text (sharehub.gate.kinds) passes `decide` before it is
stored or shown. The personal-data guard (sharehub.core.personal_data) finds
what looks like details of a person who receives care; the gate sorts findings
into two levels:

- certain: an NHS number whose check digit is valid, or a full date of birth
  next to a name. Nobody publishes these unseen, trusted or not: reviewed
  content is held for a moderator (whose release is audited); a relayed message
  or a profile is refused, naming what was found and where.
- possible: postcodes, phone numbers, e-mail addresses, dates, "Mrs X, aged 87".
  An untrusted author's content waits for review anyway; a trusted author's
  publishes and is flagged for moderators.

The decision, per policy of the kind, author trust and finding:

    reviewed  suspended → refuse; certain → hold; untrusted → hold;
              trusted + possible → publish and flag; trusted → publish
    direct    suspended → refuse; certain → refuse; otherwise → publish
    private   suspended → refuse; otherwise → publish (seen by moderators only)
"""

import re
from dataclasses import dataclass, field
from enum import StrEnum

from django.utils.translation import gettext as _

from sharehub.core.personal_data import Finding, scan_text
from sharehub.gate.kinds import DIRECT, PRIVATE, ContentKind, kind_of
from sharehub.gate.models import Action, ReasonCode

# A name next to a date of birth makes it certain: "Mr Davies", "Mrs J Evans",
# or two capitalised words ("Jean Evans") within this many characters.
NAME_WINDOW = 60
_NAME = re.compile(
    r"\b(?:Mr|Mrs|Miss|Ms|Mx|Dr)\.?\s+[A-Z][\w'\u2019-]*|\b[A-Z][a-z'\u2019-]+\s+[A-Z][a-z'\u2019-]+\b"
)


class Verdict(StrEnum):
    PUBLISH = "publish"
    HOLD = "hold"
    REFUSE = "refuse"


@dataclass
class Decision:
    verdict: Verdict
    findings: list[Finding] = field(default_factory=list)
    certain: list[Finding] = field(default_factory=list)
    message: str = ""

    @property
    def flagged(self) -> bool:
        """Published with possible personal data: moderators are told."""
        return self.verdict == Verdict.PUBLISH and bool(self.findings)

    @property
    def finding_kinds(self) -> list[str]:
        return sorted({f.kind for f in self.findings})


def is_trusted(user) -> bool:
    """The trust rule, in one place: an active account a moderator trusts, or that
    reached SHAREHUB_TRUST_AFTER approved submissions (sharehub.gate.transitions)."""
    return user is not None and user.is_active and bool(getattr(user, "trusted", False))


def is_certain(finding: Finding, text: str) -> bool:
    if finding.kind == "nhs_number":
        return True
    if finding.kind == "date_of_birth":
        start = max(0, finding.start - NAME_WINDOW)
        around = text[start : finding.start] + " " + text[finding.end : finding.end + NAME_WINDOW]
        return bool(_NAME.search(around))
    return False


def scan(kind: ContentKind, values: dict[str, str], labels: dict[str, str] | None = None):
    """(every finding, the certain ones) in the given fields' text."""
    labels = labels or {}
    findings, certain = [], []
    for name, text in values.items():
        for found in scan_text(text or ""):
            located = Finding(
                found.kind,
                found.start,
                found.end,
                found.text,
                field=name,
                field_label=str(labels.get(name, name)),
            )
            findings.append(located)
            if is_certain(found, text):
                certain.append(located)
    return findings, certain


def as_text(value) -> str:
    """A field's value as the text people wrote: links as their titles and addresses."""
    if isinstance(value, list):
        return "\n".join(
            " ".join(str(v.get(k, "")) for k in ("title", "url")) if isinstance(v, dict) else str(v)
            for v in value
        )
    return str(value or "")


def texts_of(kind: ContentKind, obj) -> dict[str, str]:
    return {name: as_text(getattr(obj, name, "")) for name in kind.text_fields}


def labels_of(kind: ContentKind) -> dict[str, str]:
    meta = kind.model._meta
    return {name: str(meta.get_field(name).verbose_name) for name in kind.text_fields}


def refusal(certain: list[Finding]) -> str:
    where = "; ".join(f"{f.label} ({f.field_label}): “{f.text}”" for f in certain)
    return _(
        "This cannot be sent: it looks like it identifies a person who receives care. "
        "Found: %(where)s. Take it out and try again; nothing has been lost."
    ) % {"where": where}


def certain_in(text: str) -> list[Finding]:
    """The certain findings in one piece of text (a file's name, say)."""
    return [f for f in scan_text(text or "") if is_certain(f, text)]


def field_errors(decision: Decision) -> dict[str, str]:
    """A refused decision's certain findings as a form error per field."""
    if decision.verdict != Verdict.REFUSE:
        return {}
    errors: dict[str, list[str]] = {}
    for found in decision.certain:
        errors.setdefault(found.field, []).append(f"{found.label}: “{found.text}”")
    return {
        name: _(
            "Take this out: it looks like it identifies a person who receives care (%(found)s)."
        )
        % {"found": "; ".join(items)}
        for name, items in errors.items()
    }


def decide(kind: ContentKind, author, values: dict[str, str]) -> Decision:
    """What happens to `values` (field → text) written by `author` as `kind`."""
    if author is not None and not author.is_active:
        return Decision(Verdict.REFUSE, message=_("Your account is suspended."))
    if kind.policy == PRIVATE:
        return Decision(Verdict.PUBLISH)
    findings, certain = scan(kind, values, labels_of(kind))
    if kind.policy == DIRECT:
        if certain:
            return Decision(Verdict.REFUSE, findings, certain, refusal(certain))
        return Decision(Verdict.PUBLISH, findings)
    if certain or not is_trusted(author):
        return Decision(Verdict.HOLD, findings, certain)
    return Decision(Verdict.PUBLISH, findings)


def audit_action(decision: Decision, author) -> tuple[str, str]:
    """The audit action and reason code for what the gate decided about new text."""
    if decision.verdict == Verdict.PUBLISH:
        return Action.PUBLISH, ""
    if decision.certain and is_trusted(author):
        return Action.HOLD, ReasonCode.PERSONAL_DATA
    return Action.SUBMIT, ReasonCode.PERSONAL_DATA if decision.certain else ""


def decide_on(obj, author=None) -> Decision:
    """`decide` for a model instance, reading its kind's text fields."""
    kind = kind_of(obj)
    if author is None:
        author = kind.owner_of(obj)
    return decide(kind, author, texts_of(kind, obj))
