"""Hostile input to every form a signed-in, verified member posts (issue 14): the
answer is 2xx, 3xx, 400 or 429, never a 500, and nothing half-written is left behind
(no text over its field's limit, no NUL byte).

Each example starts from a valid form and spoils some fields (hostile text, several
values, or leaves them out). Strategies: tests/hostile.py; the query-string sweep is
tests/core/test_hostile_sweep.py.
"""

import pytest
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from sharehub.accounts.models import User
from sharehub.catalogue.models import Innovation, Need, NeedReply, Resource
from sharehub.contacts.models import Contact, ContactMessage
from sharehub.moderation.models import Report
from sharehub.taxonomy import models as tax
from tests.factories import ContactFactory, InnovationFactory, NeedFactory
from tests.hostile import hostile_text, sweep_settings, text_over_its_limit

pytestmark = pytest.mark.django_db

ANSWERS = {200, 204, 301, 302, 303, 400, 429}
LEAVE_OUT = object()


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    """Every example posts again: the hourly limits must not be what answers."""
    settings.SHAREHUB_NEW_CONTENT_PER_HOUR = 100_000
    settings.SHAREHUB_MESSAGES_PER_HOUR = 100_000
    settings.SHAREHUB_MESSAGES_PER_DAY = 100_000
    settings.SHAREHUB_CONTACT_MAX_LISTINGS = 100_000
    settings.SHAREHUB_COAUTHOR_INVITES_PER_HOUR = 100_000


@pytest.fixture
def poster(author):
    """Alice (verified), on a client that reports a 500 as a status instead of raising it."""
    client = Client(raise_request_exception=False)
    client.force_login(author)
    return client


def spoiled(base: dict):
    """`base` with some of its fields (and sometimes "preview" or an unknown field)
    replaced by hostile text, repeated values, or left out."""
    names = sorted({*base, "preview", "unexpected"})
    junk = st.one_of(
        hostile_text,
        st.lists(hostile_text, min_size=2, max_size=3),
        st.just(LEAVE_OUT),
    )

    def apply(changes: dict) -> dict:
        data = dict(base)
        for name, value in changes.items():
            if value is LEAVE_OUT:
                data.pop(name, None)
            else:
                data[name] = value
        return data

    return st.dictionaries(st.sampled_from(names), junk, min_size=1, max_size=4).map(apply)


def assert_answered(response, *models) -> None:
    assert response.status_code in ANSWERS, response.status_code
    for model in models:
        assert text_over_its_limit(model) == []


def pks(model, *slugs) -> list[str]:
    return [str(model.objects.get(slug=slug).pk) for slug in slugs]


def sweep(base_fixture: str, url: str, models):
    """A test posting spoiled versions of the `base_fixture` form data to `url`."""

    @sweep_settings(ci_examples=25)
    @given(data=st.data())
    def test(request, poster, data):
        base = request.getfixturevalue(base_fixture)
        form = data.draw(spoiled(base))
        assert_answered(poster.post(url, form), *models)

    return test


test_share_an_innovation = sweep("innovation_data", "/en/innovations/new/", [Innovation])
test_share_a_resource = sweep("resource_data", "/en/resources/new/", [Resource])
test_ask_a_question = sweep("need_data", "/en/needs/new/", [Need])


@sweep_settings(ci_examples=25)
@given(data=st.data())
def test_innovation_details(poster, author, innovation_data, data):
    item = InnovationFactory(author=author, status="draft")
    base = {
        "organisation": "Gwent care homes",
        "what_helped": "Support from managers.",
        "what_got_in_the_way": "Time.",
        "outcomes": "Fewer falls.",
        "stage": pks(tax.Stage, "idea")[0],
        "kind": pks(tax.Kind, "practice")[0],
        "sector": pks(tax.Sector, "adults")[0],
    }
    response = poster.post(f"/en/innovations/{item.slug}/details/", data.draw(spoiled(base)))
    assert_answered(response, Innovation)


@sweep_settings(ci_examples=25)
@given(data=st.data())
def test_invite_a_co_author_and_answer(poster, author, other, data):
    from sharehub.catalogue.models import CoAuthor

    item = InnovationFactory(author=author, status="draft")
    form = data.draw(spoiled({"email": other.email}))
    assert_answered(poster.post(f"/en/innovations/{item.slug}/coauthors/", form), CoAuthor)
    theirs = InnovationFactory(author=other)
    invitation = CoAuthor.objects.create(innovation=theirs, user=author)
    form = data.draw(spoiled({"answer": "accept"}))
    assert_answered(poster.post(f"/en/coauthors/{invitation.pk}/", form), CoAuthor)


@sweep_settings(ci_examples=25)
@given(data=st.data())
def test_reply_to_a_question(poster, other, data):
    need = NeedFactory(author=other)
    form = data.draw(spoiled({"body": "We tried it in Conwy: it worked."}))
    assert_answered(poster.post(f"/en/needs/{need.slug}/reply/", form), NeedReply)


@sweep_settings(ci_examples=25)
@given(data=st.data())
def test_list_yourself_as_a_contact(poster, author, data):
    base = {
        "name": "Alice Jones",
        "organisation": "Gwent care homes",
        "can_help_with": "Setting up peer support.",
        "bio": "I run a care home.",
        "challenge_areas": pks(tax.ChallengeArea, "value"),
        "regions": pks(tax.Region, "gwent"),
        "role": pks(tax.Role, "innovator")[0],
        "email": author.email,
    }
    form = data.draw(spoiled(base))
    assert_answered(poster.post("/en/contacts/list-me/", form), Contact)


@sweep_settings(ci_examples=25)
@given(data=st.data())
def test_message_a_contact(poster, data):
    contact = ContactFactory()
    form = data.draw(spoiled({"subject": "Peer support", "body": "Could we talk?"}))
    response = poster.post(f"/en/contacts/{contact.slug}/message/", form)
    assert_answered(response, ContactMessage)


@sweep_settings(ci_examples=25)
@given(data=st.data())
def test_report_something(poster, other, data):
    item = InnovationFactory(author=other)
    form = data.draw(spoiled({"reason": "spam", "text": "An advert."}))
    assert_answered(poster.post(f"/en/report/innovation/{item.slug}/", form), Report)


@sweep_settings(ci_examples=25)
@given(data=st.data())
def test_edit_your_profile(poster, data):
    base = {
        "display_name": "Alice Jones",
        "display_name_public": "on",
        "organisation": "Gwent care homes",
        "bio": "I run a care home.",
        "can_help_with": "Peer support.",
        "role": pks(tax.Role, "innovator")[0],
        "local_authority": pks(tax.LocalAuthority, "newport")[0],
        "language": "en",
    }
    form = data.draw(spoiled(base))
    assert_answered(poster.post("/en/accounts/profile/", form), User)


def test_an_id_no_database_can_hold_is_an_invalid_choice(client, author):
    """Found by the sweep on SQLite (OverflowError, a 500): now a form error."""
    client.force_login(author)
    response = client.post(
        "/en/innovations/new/",
        {
            "title": "Tea rounds",
            "body": "We moved the tea round.",
            "challenge_areas": "9223372036854775808",
        },
    )
    assert response.status_code in (200, 400)
    assert "challenge_areas" in response.context["form"].errors
