"""Asking the notice board: draft → preview → submit → edit → withdraw; replies; answered."""

import pytest

from sharehub.catalogue.models import Need, NeedReply
from sharehub.core.models import Status
from tests.factories import InnovationFactory, NeedFactory, ResourceFactory

pytestmark = pytest.mark.django_db


def test_a_question_goes_from_draft_to_withdrawn(client, client_as, author, need_data):
    me = client_as(author)
    response = me.post("/en/needs/new/", need_data)
    need = Need.objects.get()
    assert response["Location"] == need.get_absolute_url()
    assert need.status == Status.DRAFT
    # Powys is one local authority: stored as it, so both filters find the question.
    assert [la.slug for la in need.local_authorities.all()] == ["powys-county"]

    preview = me.get(f"/en/needs/{need.slug}/preview/")
    assert "<em>start</em>" in preview.content.decode()
    assert "Can you help?" not in preview.content.decode()

    me.post(f"/en/needs/{need.slug}/submit/", {"confirm_no_personal_data": "on"})
    need.refresh_from_db()
    assert need.status == Status.SUBMITTED

    me.post(f"/en/needs/{need.slug}/edit/", {**need_data, "title": "Has anyone in Powys tried it?"})
    need.refresh_from_db()
    assert need.title == "Has anyone in Powys tried it?"
    assert need.status == Status.DRAFT

    me.post(f"/en/needs/{need.slug}/withdraw/")
    need.refresh_from_db()
    assert need.status == Status.WITHDRAWN
    me.logout()
    assert client.get(need.get_absolute_url()).status_code == 404


def test_a_question_needs_a_place(client_as, author, need_data):
    response = client_as(author).post("/en/needs/new/", {**need_data, "regions": []})
    assert "Choose where you are, or All Wales" in response.content.decode()
    assert not Need.objects.exists()


def test_the_asker_marks_it_answered_and_can_open_it_again(client_as, author):
    need = NeedFactory(author=author)
    me = client_as(author)
    url = f"/en/needs/{need.slug}/answered/"
    assert "Mark your question answered?" in me.get(url).content.decode()
    me.post(url, {"answered": "1"})
    need.refresh_from_db()
    assert need.is_answered
    assert "Answered" in me.get(need.get_absolute_url()).content.decode()
    me.post(url, {"answered": "0"})
    need.refresh_from_db()
    assert not need.is_answered


def test_a_draft_question_cannot_be_marked_answered(client_as, author):
    need = NeedFactory(author=author, status=Status.DRAFT)
    client_as(author).post(f"/en/needs/{need.slug}/answered/", {"answered": "1"})
    need.refresh_from_db()
    assert not need.is_answered


def test_anyone_verified_can_reply_pointing_at_shared_work(client_as, author, other):
    need = NeedFactory(author=author)
    mine = InnovationFactory(author=other, title="My hydration idea")
    someone_elses = ResourceFactory(slug="falls-toolkit")
    InnovationFactory(author=other, title="My draft", status=Status.DRAFT)
    me = client_as(other)
    page = me.get(need.get_absolute_url()).content.decode()
    assert "Can you help?" in page
    assert "My hydration idea" in page  # offered from their own published work
    assert "My draft" not in page

    response = me.post(
        f"/en/needs/{need.slug}/reply/",
        {
            "body": "We tried this in **Newport**.",
            "own_innovations": [str(mine.pk)],
            "shared_links": "https://sharehub.example/en/resources/falls-toolkit/",
        },
    )
    assert response.status_code == 302
    reply = NeedReply.objects.get()
    assert reply.author == other
    assert list(reply.innovations.all()) == [mine]
    assert list(reply.resources.all()) == [someone_elses]
    html = me.get(need.get_absolute_url()).content.decode()
    assert "<strong>Newport</strong>" in html
    assert "1 reply" in html


def test_a_reply_can_link_by_slug_and_says_what_it_cannot_find(client_as, author, other):
    need = NeedFactory(author=author)
    innovation = InnovationFactory(slug="tea-trolley")
    InnovationFactory(slug="secret-draft", status=Status.DRAFT)
    me = client_as(other)
    url = f"/en/needs/{need.slug}/reply/"
    response = me.post(url, {"body": "See these.", "shared_links": "tea-trolley secret-draft"})
    assert response.status_code == 200
    assert "We could not find these published innovations or resources: secret-draft" in (
        response.content.decode()
    )
    assert not NeedReply.objects.exists()
    me.post(url, {"body": "See this.", "shared_links": "/en/innovations/tea-trolley/"})
    assert list(NeedReply.objects.get().innovations.all()) == [innovation]


def test_only_your_own_work_can_be_ticked(client_as, author, other):
    need = NeedFactory(author=author)
    not_mine = InnovationFactory(author=author)
    response = client_as(other).post(
        f"/en/needs/{need.slug}/reply/", {"body": "Mine!", "own_innovations": [str(not_mine.pk)]}
    )
    assert response.status_code == 200
    assert not NeedReply.objects.exists()


def test_nobody_can_reply_to_an_unpublished_question(client_as, author, other):
    need = NeedFactory(author=author, status=Status.SUBMITTED)
    for user in (author, other):
        response = client_as(user).post(f"/en/needs/{need.slug}/reply/", {"body": "Hello"})
        assert response.status_code == 404
    assert not NeedReply.objects.exists()


def test_signed_out_visitors_are_invited_to_sign_in_to_reply(client):
    need = NeedFactory()
    html = client.get(need.get_absolute_url()).content.decode()
    assert "Sign in to reply" in html
    assert "<textarea" not in html


def test_a_one_authority_region_is_named_once(client):
    need = NeedFactory(places=([], ["powys-county"]))
    html = client.get(need.get_absolute_url()).content.decode()
    assert 'href="/en/needs/?local_authority=powys-county">Powys</a>' in html
    assert "(<a" not in html.split("Where")[1].split("</dd>")[0]
