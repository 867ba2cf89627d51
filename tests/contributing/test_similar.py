"""'Similar innovations already shared' while writing, and on the preview."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sharehub.catalogue.selectors import similar_innovations
from sharehub.core.models import Status
from tests.factories import InnovationFactory

pytestmark = pytest.mark.django_db


def test_it_finds_published_innovations_sharing_words_best_first(client):
    best = InnovationFactory(title="Hydration stations", summary="Water on every corridor")
    InnovationFactory(title="Hydration rounds", summary="A tea trolley")
    InnovationFactory(title="Night monitoring", summary="Acoustic sensors")
    InnovationFactory(title="Hydration draft", summary="Water", status=Status.DRAFT)
    found = similar_innovations("Water stations for hydration")
    assert found[0] == best
    assert {i.title for i in found} == {"Hydration stations", "Hydration rounds"}


def test_it_gives_at_most_five(client):
    for n in range(7):
        InnovationFactory(title=f"Hydration idea {n}")
    assert len(similar_innovations("hydration")) == 5


def test_the_endpoint_returns_a_fragment_for_the_live_region(client):
    InnovationFactory(title="Hydration stations", slug="hydration-stations")
    InnovationFactory(title="Hydration secret", status=Status.SUBMITTED)
    response = client.get("/en/innovations/similar/", {"q": "hydration"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert "Similar innovations already shared" in html
    assert 'href="/en/innovations/hydration-stations/"' in html
    assert "(opens in new tab)" in html
    assert "Hydration secret" not in html


def test_short_or_missing_queries_return_nothing(client):
    InnovationFactory(title="Hydration stations")
    for query in ({}, {"q": ""}, {"q": "hy"}):
        response = client.get("/en/innovations/similar/", query)
        assert response.status_code == 200
        assert response.content.decode().strip() == ""


def test_repeated_queries_are_answered_from_the_cache(client):
    InnovationFactory(title="Hydration stations")
    client.get("/en/innovations/similar/", {"q": "Hydration  stations"})
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/en/innovations/similar/", {"q": "hydration stations"})
    assert "Hydration stations" in response.content.decode()
    assert len(ctx.captured_queries) == 0


def test_a_very_long_query_is_cut_not_refused(client):
    response = client.get("/en/innovations/similar/", {"q": "word " * 5000})
    assert response.status_code == 200


def test_it_only_answers_get(client):
    assert client.post("/en/innovations/similar/", {"q": "hydration"}).status_code == 405


def test_the_share_form_has_the_live_region_for_the_script(client_as, author):
    html = client_as(author).get("/en/innovations/new/").content.decode()
    assert 'aria-live="polite" data-sh-similar data-url="/en/innovations/similar/"' in html


def test_the_preview_leaves_out_the_item_and_its_translation(client_as, author):
    english = InnovationFactory(title="Hydration stations", language="en")
    draft = InnovationFactory(
        author=author,
        title="Hydration stations",
        language="cy",
        status=Status.DRAFT,
        translation_of=english,
    )
    other = InnovationFactory(title="Hydration rounds")
    response = client_as(author).get(f"/en/innovations/{draft.slug}/preview/")
    assert response.context["similar"] == [other]
