"""Rows of several models in one statement (the combined search's cards) are the
objects Django's own reads would give: every field's value and type, the
deferred fields, the annotations."""

import pytest
from django.db import connection
from django.db.models.fetch_modes import FETCH_PEERS
from django.test.utils import CaptureQueriesContext

from sharehub.catalogue.models import Innovation, Need, Resource
from sharehub.contacts.models import Contact
from sharehub.core.together import fetch_together
from sharehub.taxonomy.browse import for_cards
from tests.factories import ContactFactory, InnovationFactory, NeedFactory, ResourceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

KINDS = [
    (Innovation, InnovationFactory),
    (Resource, ResourceFactory),
    (Contact, ContactFactory),
    (Need, NeedFactory),
]


def card_querysets():
    return [
        for_cards(model.objects.filter(pk__in=model.objects.values("pk"))).with_headline("care")
        for model, _factory in KINDS
    ]


def state(obj) -> dict:
    values = {name: value for name, value in vars(obj).items() if not name.startswith("_")}
    return {name: (type(value), value) for name, value in values.items()}


def test_objects_read_together_equal_the_objects_read_alone():
    for _model, factory in KINDS:
        factory(challenge_areas=["risk", "value"], places=(["gwent"], ["newport"]))
        factory(language="cy", challenge_areas=["metrics"], places=([], []))
    alone = [sorted(qs, key=lambda obj: obj.pk) for qs in card_querysets()]
    together = [
        sorted(objects, key=lambda obj: obj.pk) for objects in fetch_together(card_querysets())
    ]
    assert [len(objects) for objects in together] == [2, 2, 2, 2]
    for expected, found in zip(alone, together, strict=True):
        for a, b in zip(expected, found, strict=True):
            assert type(b) is type(a)
            assert state(b) == state(a)
            assert b.get_deferred_fields() == a.get_deferred_fields()
            assert b._state.adding is False and b._state.db == "default"


def test_four_models_cost_one_query():
    for _model, factory in KINDS:
        factory()
    querysets = card_querysets()
    with CaptureQueriesContext(connection) as ctx:
        found = fetch_together(querysets)
    assert len(ctx.captured_queries) == 1
    assert [len(objects) for objects in found] == [1, 1, 1, 1]


def test_the_querysets_fetch_mode_is_kept():
    InnovationFactory()
    InnovationFactory()
    ResourceFactory()
    innovations, resources = fetch_together(
        [Innovation.objects.fetch_mode(FETCH_PEERS), Resource.objects.fetch_mode(FETCH_PEERS)]
    )
    assert innovations[0]._state.fetch_mode is FETCH_PEERS
    assert {peer() for peer in innovations[0]._state.peers} == set(innovations)
    assert [peer() for peer in resources[0]._state.peers] == resources
