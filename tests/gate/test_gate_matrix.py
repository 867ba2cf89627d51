"""The permission and gate matrix: every kind of content people publish by author
trust (new, trusted, suspended) by finding (none, possible, certain) → published,
held or refused, with the database checked after each."""

import pytest

from sharehub.catalogue import workflow
from sharehub.catalogue.forms.needs import NeedReplyForm
from sharehub.catalogue.models import Innovation, Need, NeedReply, Resource
from sharehub.contacts import services as contacts
from sharehub.contacts.forms import ContactForm
from sharehub.contacts.models import Contact, ContactMessage
from sharehub.core.models import Status
from sharehub.gate import policy
from sharehub.gate.audit import entries_for
from sharehub.gate.kinds import KINDS
from sharehub.gate.models import Action, ReasonCode
from sharehub.moderation.models import Report
from sharehub.moderation.queue import build_queue
from sharehub.taxonomy.models import ChallengeArea
from tests.factories import InnovationFactory, NeedFactory, ResourceFactory, verified_user
from tests.gate.text import TEXTS

TRUST = ("new", "trusted", "suspended")
FINDINGS = ("none", "possible", "certain")
# (trust, finding) → what happens to content that goes through review.
EXPECTED = {
    ("new", "none"): "held",
    ("new", "possible"): "held",
    ("new", "certain"): "held",
    ("trusted", "none"): "published",
    ("trusted", "possible"): "flagged",  # published, and moderators are asked to look
    ("trusted", "certain"): "held",  # certain personal data: nobody publishes it unseen
    ("suspended", "none"): "refused",
    ("suspended", "possible"): "refused",
    ("suspended", "certain"): "refused",
}


def person(trust: str):
    return verified_user(
        username=f"{trust}-person",
        display_name=f"{trust.title()} Person",
        trusted=trust == "trusted",
        is_active=trust != "suspended",
    )


def outcome(item) -> str:
    """What the database says happened to `item` (None: nothing was stored)."""
    if item is None:
        return "refused"
    item.refresh_from_db()
    flags = Report.objects.filter(
        target_type__model=item._meta.model_name, target_id=item.pk, reporter=None
    )
    if item.status == Status.PUBLISHED:
        return "flagged" if flags.exists() else "published"
    assert not flags.exists()
    return {Status.SUBMITTED: "held"}.get(item.status, item.status)


def submit_item(factory, author, text):
    item = factory(author=author, status=Status.DRAFT, published_at=None, body=text)
    try:
        workflow.submit(item, user=author, confirmed_no_personal_data=True)
    except workflow.WorkflowError:
        item.refresh_from_db()
        assert item.status == Status.DRAFT  # refused: nothing changed
        return None
    return item


def reply(author, text):
    need = NeedFactory(status=Status.PUBLISHED)
    form = NeedReplyForm({"body": text}, user=author)
    assert form.is_valid(), form.errors
    try:
        return workflow.add_reply(need=need, author=author, **form.values())
    except workflow.WorkflowError:
        assert not NeedReply.objects.filter(need=need).exists()
        return None


def listing(author, text):
    area = ChallengeArea.objects.get(slug="value")
    data = {
        "name": author.display_name,
        "can_help_with": text,
        "challenge_areas": [str(area.pk)],
        "email": author.email,
    }
    form = ContactForm(data, user=author)
    assert form.is_valid(), form.errors
    try:
        return contacts.save_listing(form.cleaned_data, user=author, language="en")
    except contacts.ContactRefused:
        assert not Contact.objects.filter(user=author).exists()
        return None


def adoption(author, text):
    import datetime

    from sharehub.catalogue.adoptions import adoption_create
    from sharehub.catalogue.models import Adoption
    from sharehub.taxonomy.models import LocalAuthority

    innovation = InnovationFactory(status=Status.PUBLISHED)
    try:
        return adoption_create(
            innovation=innovation,
            author=author,
            organisation="Conwy home care team",
            local_authority=LocalAuthority.objects.get(slug="conwy"),
            started=datetime.date(2025, 1, 1),
            progress="running",
            story=text,
        )
    except workflow.WorkflowError:
        assert not Adoption.objects.filter(innovation=innovation).exists()
        return None


WRITERS = {
    "innovation": lambda a, t: submit_item(InnovationFactory, a, t),
    "resource": lambda a, t: submit_item(ResourceFactory, a, t),
    "need": lambda a, t: submit_item(NeedFactory, a, t),
    "reply": reply,
    "contact": listing,
    "adoption": adoption,
}


@pytest.mark.parametrize("finding", FINDINGS)
@pytest.mark.parametrize("trust", TRUST)
@pytest.mark.parametrize("kind", list(WRITERS))
def test_reviewed_content(db, kind, trust, finding):
    author = person(trust)
    item = WRITERS[kind](author, TEXTS[finding])
    expected = EXPECTED[(trust, finding)]
    assert outcome(item) == expected
    if expected == "refused":
        return
    model = KINDS[kind].model
    public = model.objects.published().filter(pk=item.pk).exists()
    assert public == (expected in ("published", "flagged"))
    queued = {(e.kind, e.item.pk) for e in build_queue()}
    assert ((kind, item.pk) in queued) == (expected in ("held", "flagged"))
    entry = entries_for(item).exclude(action=Action.FLAG).get()
    assert entry.actor == author
    if expected == "held" and finding == "certain":
        assert entry.reason_code == ReasonCode.PERSONAL_DATA
        assert "nhs_number" in entry.detail["findings"]
        assert entry.action == (Action.HOLD if trust == "trusted" else Action.SUBMIT)


@pytest.mark.parametrize("finding", FINDINGS)
@pytest.mark.parametrize("trust", TRUST)
def test_relayed_messages(db, mailoutbox, trust, finding):
    sender = person(trust)
    recipient = contacts.Recipient(name="Rhian", email="rhian@example.org")
    refused = trust == "suspended" or finding == "certain"
    try:
        contacts.send_message(
            sender=sender, recipient=recipient, subject="Hello", body=TEXTS[finding]
        )
    except contacts.ContactRefused as exc:
        assert refused
        if trust != "suspended":
            assert "NHS number" in str(exc) and "943 476 5919" in str(exc)
    else:
        assert not refused
    assert ContactMessage.objects.filter(sender=sender).exists() == (not refused)
    assert len(mailoutbox) == (0 if refused else 2)


@pytest.mark.parametrize("finding", FINDINGS)
def test_public_profile_fields(db, finding):
    from sharehub.accounts.forms import ProfileForm

    member = person("new")
    form = ProfileForm(
        {"display_name": "Mair", "bio": TEXTS[finding], "language": "en"}, instance=member
    )
    assert form.is_valid() == (finding != "certain")
    if finding == "certain":
        assert "NHS number" in str(form.errors["bio"])


def test_reports_and_notes_are_kept_for_moderators_whatever_they_quote(db, moderator):
    """Reports and notes are read by moderators only: the gate keeps them (quoting
    the details is often the point of a report), with the length rules."""
    for kind in ("report", "note"):
        decision = policy.decide(KINDS[kind], moderator, {"text": TEXTS["certain"]})
        assert decision.verdict == policy.Verdict.PUBLISH


def test_certain_means_a_valid_nhs_number_or_a_birth_date_by_a_name():
    kind = KINDS["need"]
    assert policy.scan(kind, {"body": "NHS 943 476 5919"})[1]
    assert not policy.scan(kind, {"body": "NHS 943 476 5918"})[0]  # check digit wrong
    assert policy.scan(kind, {"body": "Jean Evans, born 14 July 1944, likes tea"})[1]
    # A date of birth with no name, or a postcode, is possible, not certain.
    findings, certain = policy.scan(kind, {"body": "born 14/07/1944, lives at CF83 1AB"})
    assert findings and not certain


def test_a_moderator_release_of_certain_data_is_audited(db, author, moderator):
    from sharehub.moderation import services

    item = submit_item(InnovationFactory, author, TEXTS["certain"])
    item = services.decision_approve(item, moderator=moderator)
    entry = entries_for(item).get(action=Action.APPROVE)
    assert entry.actor == moderator
    assert entry.reason_code == ReasonCode.PERSONAL_DATA_RELEASED
    assert "nhs_number" in entry.detail["findings"]


def test_a_flag_never_counts_towards_hiding(db, settings, trusted, user):
    from sharehub.moderation import services

    settings.SHAREHUB_REPORTS_TO_HIDE = 1
    item = submit_item(InnovationFactory, trusted, TEXTS["possible"])
    assert outcome(item) == "flagged"
    assert Innovation.objects.published().filter(pk=item.pk).exists()
    services.report_create(item, reporter=user, reason="spam", text="An advert.")
    item.refresh_from_db()
    assert item.status == Status.HIDDEN  # the person's report, not the flag


def test_resources_and_needs_models_are_in_the_registry():
    assert KINDS["resource"].model is Resource and KINDS["need"].model is Need


# --- Co-authors: the same gate, weighing the co-author's own trust ----------------------

# (co-author trust, finding) → what their edit of a trusted author's published item
# becomes: "applied" (shown at once), "flagged" (shown, moderators asked to look),
# "pending" (a revision waiting for a moderator) or "refused" (nothing stored).
COAUTHOR_EDIT = {
    ("new", "none"): "pending",
    ("new", "possible"): "pending",
    ("new", "certain"): "pending",
    ("trusted", "none"): "applied",
    ("trusted", "possible"): "flagged",
    ("trusted", "certain"): "pending",
    ("suspended", "none"): "refused",
    ("suspended", "possible"): "refused",
    ("suspended", "certain"): "refused",
}


def coauthor_edit(factory, trust: str, finding: str):
    from sharehub.catalogue.forms import InnovationForm, ResourceForm
    from sharehub.catalogue.models import CoAuthor, Revision

    owner = verified_user(username="owner", display_name="Owner", trusted=True)
    item = factory(author=owner, body="The published words.", places=(["gwent"], ["newport"]))
    CoAuthor.objects.create(**{item._meta.model_name: item}, user=person(trust), state="accepted")
    coauthor = CoAuthor.objects.get().user
    form_class = InnovationForm if factory is InnovationFactory else ResourceForm
    form = form_class(instance=item)
    data = {name: form[name].value() for name in form.fields}
    data = {k: v for k, v in data.items() if v is not None}
    data["body"] = TEXTS[finding]
    form = form_class(data=data, instance=item)
    assert form.is_valid(), form.errors
    try:
        workflow.save_changes(form.instance, form.values(), user=coauthor)
    except workflow.WorkflowError:
        item.refresh_from_db()
        assert item.body == "The published words." and not Revision.objects.exists()
        return "refused"
    item.refresh_from_db()
    flags = Report.objects.filter(target_id=item.pk, reporter=None).exists()
    if item.body == TEXTS[finding]:
        assert Revision.objects.get().state == Revision.State.APPLIED
        return "flagged" if flags else "applied"
    assert item.body == "The published words." and not flags
    assert Revision.objects.get(state=Revision.State.PENDING).author == coauthor
    return "pending"


@pytest.mark.parametrize("finding", FINDINGS)
@pytest.mark.parametrize("trust", TRUST)
@pytest.mark.parametrize("factory", [InnovationFactory, ResourceFactory])
def test_coauthors_edit_published_items_through_the_gate(db, factory, trust, finding):
    """A trusted author's item does not lend its trust: the co-author's own decides."""
    assert coauthor_edit(factory, trust, finding) == COAUTHOR_EDIT[(trust, finding)]


@pytest.mark.parametrize("state", ["invited", "declined"])
def test_an_unaccepted_invitation_gives_no_rights(db, author, state):
    from sharehub.catalogue.models import CoAuthor

    item = InnovationFactory(author=author, status=Status.DRAFT, published_at=None)
    other = person("trusted")
    CoAuthor.objects.create(innovation=item, user=other, state=state)
    with pytest.raises(workflow.WorkflowError):
        workflow.submit(item, user=other, confirmed_no_personal_data=True)
    item.refresh_from_db()
    assert item.status == Status.DRAFT
