"""Who sees what on /insights/, its filters in the address, and bad filter values."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from sharehub.catalogue.models import Innovation
from sharehub.core.models import Status
from sharehub.gate.models import Action, AuditEntry
from tests.factories import InnovationFactory
from tests.insights.conftest import csv_rows, tables
from tests.moderation.conftest import moderator_user


def entry(item, action, at, before="", after=""):
    return AuditEntry.objects.create(
        created=at,
        actor_name="someone",
        action=action,
        target_type=ContentType.objects.get_for_model(Innovation),
        target_id=item.pk,
        target_title=item.title,
        status_before=before,
        status_after=after,
    )


@pytest.fixture
def decisions(db):
    """Waits of 2, 4, 6 and 30 hours in the last week (the second item sent back once
    and submitted again), one decision two years ago, and one item waiting now."""
    start = timezone.now() - timedelta(days=3)
    hours = lambda n: start + timedelta(hours=n)  # noqa: E731
    S, P = Status.SUBMITTED, Status.PUBLISHED
    a, b, c, old = (InnovationFactory(status=P) for _ in range(4))
    entry(a, Action.SUBMIT, hours(0), "draft", S)
    entry(a, Action.APPROVE, hours(2), S, P)
    entry(b, Action.SUBMIT, hours(0), "draft", S)
    entry(b, Action.REQUEST_CHANGES, hours(4), S, Status.CHANGES_REQUESTED)
    entry(b, Action.SUBMIT, hours(10), Status.CHANGES_REQUESTED, S)
    entry(b, Action.APPROVE, hours(16), S, P)
    entry(c, Action.HOLD, hours(0), "draft", S)
    entry(c, Action.REJECT, hours(30), S, Status.REJECTED)
    long_ago = timezone.now() - timedelta(days=730)
    entry(old, Action.SUBMIT, long_ago, "draft", S)
    entry(old, Action.APPROVE, long_ago + timedelta(hours=500), S, P)
    InnovationFactory(status=S, published_at=None)


@pytest.mark.postgres
def test_staff_see_queue_times_from_the_audit_trail(client, decisions):
    client.force_login(moderator_user("mo"))
    response = client.get("/en/insights/")
    assert response.status_code == 200
    queue = {row[0]: row[1] for row in tables(response)["queue"][1:]}
    assert queue["Decisions made in the period"] == "4"
    assert queue["Median wait for a decision (hours)"] == "5.0"
    assert queue["95th percentile wait (hours)"] == "26.4"
    assert queue["Waiting now: Innovations"] == "1"
    assert "Moderation (staff only)" in response.content.decode()
    csv_response = client.get("/en/insights/queue.csv")
    assert csv_rows(csv_response) == tables(response)["queue"]
    everything = tables(client.get("/en/insights/?period=all"))["queue"]
    assert {r[0]: r[1] for r in everything[1:]}["Decisions made in the period"] == "5"


@pytest.mark.parametrize("who", ["anonymous", "member", "moderator without two factors"])
def test_others_do_not_see_queue_times(client, decisions, who):
    if who == "member":
        client.force_login(InnovationFactory().author or moderator_user("ursula", mfa=False))
    elif who != "anonymous":
        client.force_login(moderator_user("nina", mfa=False))
    response = client.get("/en/insights/")
    assert response.status_code == 200
    assert "queue" not in tables(response)
    assert "Moderation (staff only)" not in response.content.decode()
    assert client.get("/en/insights/queue.csv").status_code == 404


def test_filters_stay_in_the_address_and_the_csv_links(client, db):
    response = client.get("/en/insights/?period=all&kind=need&language=cy&sector=")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="all" selected' in html
    assert 'value="need" selected' in html
    assert "/en/insights/by-month.csv?period=all&amp;kind=need&amp;language=cy&amp;sector=" in html
    assert tables(response)["areas-by-region"][0][0] == "Challenge area"
    assert "Questions by challenge area and region" in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?period=1999", "Choose a period from the list."),
        ("?sector=nonsense", "Choose a sector from the list."),
        ("?kind=comment", "Choose innovations, resources or questions."),
        ("?language=fr", "Choose English, Welsh or both languages."),
        ("?period=%00", "Choose a period from the list."),
    ],
)
def test_a_bad_filter_is_a_400_that_says_why_and_still_shows_the_figures(
    client, db, query, message
):
    InnovationFactory(challenge_areas=["value"], places=(["gwent"], []))
    response = client.get(f"/en/insights/{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert "govuk-error-summary" in html and message in html
    # the bad value is left out: the figures are the unfiltered ones
    assert tables(response)["areas-by-region"][-1][-1] == "1"
    csv_response = client.get(f"/en/insights/stages.csv{query}")
    assert csv_response.status_code == 400
    assert message in csv_response.content.decode()


def test_unknown_figure_is_404(client, db):
    assert client.get("/en/insights/nothing.csv").status_code == 404


def test_no_adoptions_yet_says_so_instead_of_a_chart(client, db):
    InnovationFactory()
    response = client.get("/en/insights/")
    assert "there is no spread to show" in response.content.decode()
    assert "spread" not in tables(response)


def test_a_title_a_spreadsheet_would_run_is_written_as_text(client, db):
    from sharehub.insights.views import safe_cell

    assert safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert safe_cell("Dementia cafés") == "Dementia cafés"
    assert safe_cell(3) == "3"


@pytest.mark.postgres
def test_cached_figures_change_as_soon_as_what_they_count_does(client, db):
    from sharehub.catalogue.models import Adoption, NeedReply
    from sharehub.taxonomy.models import LocalAuthority
    from tests.factories import AdoptionFactory, NeedFactory

    innovation = InnovationFactory(challenge_areas=["value"], places=(["gwent"], []))
    need = NeedFactory()
    first = tables(client.get("/en/insights/"))
    assert first["areas-by-region"][-1][-1] == "1"
    assert tables(client.get("/en/insights/")) == first  # from the cache

    InnovationFactory(challenge_areas=["risk"], places=(["powys"], []))
    for slug in ("gwynedd", "torfaen"):
        la = LocalAuthority.objects.get(slug=slug)
        AdoptionFactory(innovation=innovation, local_authority=la, region_id=la.region_id)
    reply = NeedReply.objects.create(
        need=need, body="Try this", status=Status.SUBMITTED, published_at=None
    )
    shown = tables(client.get("/en/insights/"))
    assert shown["areas-by-region"][-1][-1] == "2"
    assert shown["spread"][2] == ["Taken up in 2 regions", "1"]
    assert shown["questions"][2][1] == "0"

    reply.mark_published()
    reply.save()
    assert tables(client.get("/en/insights/"))["questions"][2][1] == "1"
    Adoption.objects.filter(innovation=innovation).update(status=Status.HIDDEN)
    assert "spread" not in tables(client.get("/en/insights/"))
