"""After asking the notice board, the asker sees what ShareHub already holds
that may answer it: published innovations, resources and contacts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sharehub.catalogue.models import Need
from sharehub.core.models import Status
from sharehub.search import suggestions
from tests.factories import ContactFactory, InnovationFactory, NeedFactory, ResourceFactory

pytestmark = pytest.mark.django_db


def _catalogue(author=None):
    InnovationFactory(title="Hydration stations on every corridor", slug="hydration-stations")
    InnovationFactory(title="Hydration draft idea", status=Status.DRAFT)
    InnovationFactory(title="Night monitoring with sensors", slug="night-monitoring")
    ResourceFactory(title="Hydration toolkit for care homes", slug="hydration-toolkit")
    ResourceFactory(title="Hydration guide in review", status=Status.SUBMITTED)
    ContactFactory(name="Hydration champion", slug="hydration-champion")
    ContactFactory(name="Hydration hidden listing", status=Status.HIDDEN)


def test_the_page_after_posting_a_question_suggests_matching_items(client_as, author, need_data):
    _catalogue()
    me = client_as(author)
    response = me.post("/en/needs/new/", need_data, follow=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Already on ShareHub: this may help" in html
    assert 'href="/en/innovations/hydration-stations/"' in html
    assert 'href="/en/resources/hydration-toolkit/"' in html
    assert 'href="/en/contacts/hydration-champion/"' in html
    assert "night-monitoring" not in html  # no word in common
    for unpublished in ("Hydration draft idea", "Hydration guide in review", "hidden listing"):
        assert unpublished not in html
    need = Need.objects.get()
    assert "hydration-toolkit" in me.get(f"/en/needs/{need.slug}/preview/").content.decode()


def test_only_the_asker_sees_them(client, client_as, author, other):
    _catalogue()
    need = NeedFactory(author=author, title="Has anyone tried hydration stations?")
    assert "this may help" in client_as(author).get(need.get_absolute_url()).content.decode()
    assert "this may help" not in client_as(other).get(need.get_absolute_url()).content.decode()
    client.logout()
    assert "this may help" not in client.get(need.get_absolute_url()).content.decode()


def test_the_asker_own_contact_listing_is_not_suggested(client_as, author):
    ContactFactory(name="Hydration helper", user=author, slug="mine")
    need = NeedFactory(author=author, title="Hydration help wanted")
    assert (
        "/en/contacts/mine/" not in client_as(author).get(need.get_absolute_url()).content.decode()
    )


def test_at_most_three_of_each_in_a_constant_number_of_queries(client_as, author, monkeypatch):
    monkeypatch.setattr(suggestions, "SUGGESTIONS_CACHE_SECONDS", 0)  # measure them every time
    need = NeedFactory(author=author, title="Has anyone tried hydration stations?")
    me = client_as(author)

    def cost() -> tuple[int, str]:
        me.get(need.get_absolute_url())  # warm caches
        with CaptureQueriesContext(connection) as ctx:
            response = me.get(need.get_absolute_url())
        return len(ctx.captured_queries), response.content.decode()

    InnovationFactory(title="Hydration idea 0")
    few, _ = cost()
    for n in range(1, 8):
        InnovationFactory(title=f"Hydration idea {n}")
        ResourceFactory(title=f"Hydration toolkit {n}")
        ContactFactory(name=f"Hydration champion {n}")
    many, html = cost()
    assert many == few
    assert html.count("/en/innovations/innovation-") == 3
    assert html.count('href="/en/contacts/contact-') == 3


def test_the_form_shows_matches_while_the_question_is_typed(client_as, author):
    _catalogue()
    html = client_as(author).get("/en/needs/new/").content.decode()
    assert 'data-url="/en/search/question-matches/"' in html
    assert 'data-fields="title body"' in html


def test_the_matches_fragment_is_public_compact_and_published_only(client):
    _catalogue()
    response = client.get("/en/search/question-matches/", {"q": "Hydration help"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert 'href="/en/innovations/hydration-stations/" target="_blank"' in html
    assert 'href="/en/contacts/hydration-champion/" target="_blank"' in html
    assert "(opens in new tab)" in html
    for unpublished in ("Hydration draft idea", "Hydration guide in review", "hidden listing"):
        assert unpublished not in html


def test_short_questions_match_nothing(client):
    _catalogue()
    for query in ({}, {"q": ""}, {"q": "hy"}):
        assert client.get("/en/search/question-matches/", query).content.decode().strip() == ""


def test_the_same_words_are_answered_from_the_cache(client):
    _catalogue()
    client.get("/en/search/question-matches/", {"q": "Hydration  help"})
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/en/search/question-matches/", {"q": "hydration help"})
    assert "Hydration champion" in response.content.decode()
    assert len(ctx.captured_queries) == 0


def test_reloads_are_answered_from_the_cache_until_the_question_changes(client_as, author):
    _catalogue()
    need = NeedFactory(author=author, title="Has anyone tried hydration stations?")
    me = client_as(author)
    me.get(need.get_absolute_url())
    with CaptureQueriesContext(connection) as ctx:
        me.get(need.get_absolute_url())
    # (The header's unread-notifications count reads whether contact listings are public.)
    suggestion_reads = [
        q
        for q in ctx.captured_queries
        if "contacts_contact" in q["sql"] and "notifications_notification" not in q["sql"]
    ]
    assert not suggestion_reads
    need.title = "Has anyone tried night monitoring?"
    need.save()
    html = me.get(need.get_absolute_url()).content.decode()
    assert "night-monitoring" in html
