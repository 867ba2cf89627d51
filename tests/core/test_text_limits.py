"""Text people write: limited in length by the database, one-line fields on one
line, and e-mail subjects as plain text on one line."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from sharehub.accounts.models import User
from sharehub.catalogue.models import Adoption, Innovation, Need, NeedReply, Resource
from sharehub.contacts.models import Contact, ContactMessage
from sharehub.core.mail import queue_email, subject_line
from sharehub.core.validators import validate_single_line
from sharehub.moderation.models import Note, Report
from sharehub.moderation.services import notify_author
from tests.factories import (
    AdoptionFactory,
    ContactFactory,
    InnovationFactory,
    NeedFactory,
    ResourceFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

LIMITS = [
    (Innovation, "body", 20_000),
    (Innovation, "what_helped", 10_000),
    (Innovation, "what_got_in_the_way", 10_000),
    (Innovation, "outcomes", 10_000),
    (Resource, "body", 20_000),
    (Need, "body", 10_000),
    (NeedReply, "body", 10_000),
    (Adoption, "story", 5_000),
    (Contact, "can_help_with", 2_000),
    (Contact, "bio", 5_000),
    (ContactMessage, "body", 5_000),
    (Report, "text", 2_000),
    (Note, "text", 4_000),
    (User, "bio", 500),
    (User, "can_help_with", 500),
]


def one_of(model):
    """A saved row of `model`."""
    user = UserFactory()
    target = {"target_type": ContentType.objects.get_for_model(User), "target_id": user.pk}
    make = {
        Innovation: lambda: InnovationFactory(),
        Resource: lambda: ResourceFactory(),
        Need: lambda: NeedFactory(),
        NeedReply: lambda: NeedReply.objects.create(need=NeedFactory(), body="Hello"),
        Adoption: lambda: AdoptionFactory(),
        Contact: lambda: ContactFactory(),
        ContactMessage: lambda: ContactMessage.objects.create(
            sender=user, recipient_name="Bob", subject="Hi", body="Hello"
        ),
        Report: lambda: Report.objects.create(reporter=user, reason="spam", text="x", **target),
        Note: lambda: Note.objects.create(author=user, author_name="Mo", text="x", **target),
        User: lambda: user,
    }
    return make[model]()


@pytest.mark.parametrize(
    ("model", "field", "limit"),
    LIMITS,
    ids=[f"{m.__name__}.{f}" for m, f, _ in LIMITS],
)
def test_the_database_refuses_text_over_the_limit(model, field, limit):
    row = one_of(model)
    rows = model.objects.filter(pk=row.pk)
    rows.update(**{field: "x" * limit})  # the limit itself is allowed
    with pytest.raises(IntegrityError), transaction.atomic():
        rows.update(**{field: "x" * (limit + 1)})
    assert model._meta.get_field(field).max_length == limit  # forms and the admin get it too


def test_model_validation_names_the_field_without_a_query(django_assert_num_queries):
    contact = ContactFactory()
    contact.bio = "x" * 5_001
    with django_assert_num_queries(0), pytest.raises(ValidationError) as refused:
        contact.validate_constraints()
    assert refused.value.message_dict == {"bio": ["About must be 5,000 characters or fewer."]}


@pytest.mark.parametrize(
    "value",
    [
        "CRLF test\r\nBcc: someone@example.org",
        "line\nbreak",
        "carriage\rreturn",
        "a\ttab",
        "bell\x07",
        "next line\x85",
        "line\u2028separator",
        "paragraph\u2029separator",
        "nul\x00",
    ],
)
def test_one_line_fields_refuse_line_breaks_and_control_characters(value):
    with pytest.raises(ValidationError) as refused:
        validate_single_line(value)
    assert refused.value.messages == [
        "Write this on one line, without line breaks or special control characters."
    ]


@pytest.mark.parametrize("value", ["Hydration stations", "Gofal Cymdeithasol: “dŵr”", "", "😀"])
def test_one_line_fields_take_ordinary_text(value):
    validate_single_line(value)


@pytest.mark.parametrize(
    ("model", "field"),
    [
        (Innovation, "title"),
        (Innovation, "organisation"),
        (Resource, "title"),
        (Resource, "licence"),
        (Need, "title"),
        (Adoption, "organisation"),
        (Contact, "name"),
        (Contact, "organisation"),
        (ContactMessage, "subject"),
        (User, "display_name"),
        (User, "organisation"),
    ],
)
def test_models_check_their_one_line_fields(model, field):
    assert validate_single_line in model._meta.get_field(field).validators


def test_a_link_title_must_be_one_line():
    innovation = InnovationFactory()
    innovation.links = [{"title": "Our\x07report", "url": "https://example.org"}]
    with pytest.raises(ValidationError) as refused:
        innovation.full_clean(exclude=["challenge_areas"])
    assert "links" in refused.value.message_dict


def test_subjects_are_collapsed_to_one_line():
    assert subject_line("  ShareHub:\r\n “a”\tb\u2028c\x00d  ") == "ShareHub: “a” b c d"
    queue_email(subject="Two\r\nBcc: x@example.org", body="Hello", to=["a@example.org"])
    assert mail.outbox[0].subject == "Two Bcc: x@example.org"
    assert mail.outbox[0].message()["Bcc"] is None


def test_a_decision_subject_is_plain_text():
    item = InnovationFactory(title="<script>alert(1)</script> & “friends”")
    notify_author(item, action="approve")
    assert mail.outbox[0].subject == (
        "ShareHub: “<script>alert(1)</script> & “friends”” is published"
    )
    assert "&lt;" not in mail.outbox[0].subject and "&amp;" not in mail.outbox[0].subject


def test_a_title_cannot_carry_a_line_break_into_a_subject():
    """Even a title written straight to the database (past the validator)."""
    item = InnovationFactory()
    Innovation.objects.filter(pk=item.pk).update(title="CRLF test\r\nBcc: evil@example.org")
    item.refresh_from_db()
    notify_author(item, action="approve")  # sent: Django refuses headers with line breaks
    subject = mail.outbox[0].subject
    assert "\r" not in subject and "\n" not in subject
    assert subject == "ShareHub: “CRLF test Bcc: evil@example.org” is published"
    assert not mail.outbox[0].bcc


@pytest.mark.parametrize(
    "value",
    [
        "\u200b\u200c\u200d",  # zero-width space, non-joiner, joiner
        "\u200e\u200f",  # direction marks alone
        "\u2060\u2061\u2062\u2063\u2064",  # word joiner, invisible operators
        "\ufeff",  # byte order mark
        "\u00ad\u00ad",  # soft hyphens
        " \u200b \u3164 ",  # spaces, a zero-width space and a Hangul filler
        "\u0301\u0308",  # combining accents with nothing to sit on
        "\u2800",  # the blank Braille pattern
    ],
)
def test_one_line_fields_refuse_text_with_nothing_visible(value):
    with pytest.raises(ValidationError) as refused:
        validate_single_line(value)
    assert refused.value.messages == [
        "Write something people can read: this is only spaces or invisible characters."
    ]


@pytest.mark.parametrize(
    "value",
    [
        "\u202eevil.exe",  # right-to-left override
        "Alice\u202a Jones",
        "Alice \u202b",
        "\u202cAlice",
        "Alice \u202dJones",
        "\u2066Alice\u2069",
        "\u2067Alice\u2069",
        "\u2068Alice\u2069",
    ],
)
def test_one_line_fields_refuse_direction_overrides_anywhere(value):
    with pytest.raises(ValidationError) as refused:
        validate_single_line(value)
    assert refused.value.error_list[0].code == "bidi_control"
    assert "change the direction of the text" in refused.value.messages[0]


@pytest.mark.parametrize(
    "value",
    ["שלום", "مرحبا\u200f!", "Ysgol\u00adGymraeg", "a\u200db", "Siân ❤️", "x\u0301"],
)
def test_one_line_fields_take_other_scripts_and_ordinary_joiners(value):
    validate_single_line(value)
