"""An item's related cards are kept for everyone, signed in or not
(kept_pages.shared_part), and never served stale: a related item published, hidden
or marked useful, or the item re-tagged, shows on the next page. PostgreSQL only
(the part is keyed by table versions that SQLite does not keep)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sharehub.community.services import useful_set
from sharehub.gate.transitions import Action, transition
from sharehub.taxonomy import models as tax
from tests.factories import InnovationFactory, verified_user

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def related_titles(client, item) -> list[str]:
    html = client.get(item.get_absolute_url()).text
    if "Related innovations" not in html:
        return []
    cards = html.split("Related innovations", 1)[1]
    return [
        part.split("</a>", 1)[0].rsplit(">", 1)[1] for part in cards.split("sh-card__title")[1:]
    ]


def test_related_cards_are_kept_and_never_stale(client, moderator):
    reader = verified_user(username="rhian")
    client.force_login(reader)  # a signed-in page is made for them; the cards are shared
    item = InnovationFactory(challenge_areas=["risk"], title="Night-time checks")
    other = InnovationFactory(challenge_areas=["risk"], title="Falls sensors")
    assert related_titles(client, item) == ["Falls sensors"]

    newer = InnovationFactory(challenge_areas=["risk"], title="Another way with risk")
    assert related_titles(client, item) == ["Another way with risk", "Falls sensors"]

    transition(newer, Action.HIDE, actor=moderator, reason="Personal data")
    assert related_titles(client, item) == ["Falls sensors"]

    useful_set(user=reader, item=other, useful=True)
    assert "Marked useful by 1 person" in client.get(item.get_absolute_url()).text

    item.challenge_areas.set([tax.ChallengeArea.objects.get(slug="value")])
    assert related_titles(client, item) == []


def test_kept_cards_cost_no_query_for_the_related_items(client):
    item = InnovationFactory(challenge_areas=["risk"], title="Night-time checks")
    InnovationFactory(challenge_areas=["risk"], title="Falls sensors")
    client.force_login(verified_user(username="rhian"))
    client.get(item.get_absolute_url())  # makes and keeps the cards
    with CaptureQueriesContext(connection) as queries:
        html = client.get(item.get_absolute_url()).text
    assert "Falls sensors" in html
    # The related items' read: innovations, newest first.
    newest = 'ORDER BY "catalogue_innovation"."published_at" DESC'
    assert not [q for q in queries.captured_queries if newest in q["sql"]]
