""" "We tried this too": the form, the gate, moderation, the count behind "most
adopted", and the author's move to the "spreading" stage."""

import pytest
from django.urls import reverse
from django.utils import timezone

from sharehub.catalogue import adoptions
from sharehub.catalogue.models import Adoption, Innovation
from sharehub.core.models import Status
from sharehub.gate.audit import entries_for
from sharehub.gate.kinds import KINDS, kind_of
from sharehub.gate.models import Action, ReasonCode
from sharehub.gate.signals import published as published_signal
from sharehub.moderation import services
from sharehub.taxonomy import models as tax
from tests.factories import AdoptionFactory, InnovationFactory, term, verified_user
from tests.gate.text import CERTAIN, POSSIBLE

pytestmark = pytest.mark.django_db


def form_data(**overrides) -> dict:
    la = term(tax.LocalAuthority, "cardiff")
    data = {
        "organisation": "Cardiff reablement team",
        "local_authority": str(la.pk),
        "started_month": "3",
        "started_year": "2025",
        "progress": "running",
        "stopped_reason": "",
        "story": "We ran the tea round at mid-morning on two wards.",
        "contact_preference": "message",
        "confirm_no_personal_data": "on",
    }
    return {**data, **overrides}


def url(innovation) -> str:
    return reverse("catalogue:innovation_adoption_create", args=[innovation.slug])


@pytest.fixture
def heard():
    """What the gate's published signal carried."""
    calls = []

    def receiver(sender, item, first, **kwargs):
        calls.append((sender, item, first))

    published_signal.connect(receiver, dispatch_uid="test-adoptions")
    yield calls
    published_signal.disconnect(dispatch_uid="test-adoptions")


# --- The form ------------------------------------------------------------------------


def test_it_asks_anonymous_people_to_sign_in(client, published):
    response = client.get(url(published))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_form_is_a_govuk_form_that_works_without_javascript(client, user, published):
    client.force_login(user)
    page = client.get(url(published)).text
    assert 'method="post"' in page and "novalidate" in page
    assert 'name="started_month"' in page and 'name="started_year"' in page
    assert 'value="stopped"' in page and 'name="stopped_reason"' in page
    assert "Cardiff" in page  # the local authorities to choose from


def test_an_untrusted_users_story_waits_for_a_moderator(client, user, published, heard):
    client.force_login(user)
    response = client.post(url(published), form_data())
    assert response.status_code == 302
    assert response["Location"].endswith(f"/innovations/{published.slug}/#adoptions")
    adoption = Adoption.objects.get()
    assert adoption.status == Status.SUBMITTED
    assert adoption.author == user
    assert adoption.region.slug == "cardiff-and-vale"  # derived from the local authority
    assert adoption.started.isoformat() == "2025-03-01"
    assert adoption.personal_data_confirmed_at is not None
    assert heard == []
    assert entries_for(adoption).get().action == Action.SUBMIT
    published.refresh_from_db()
    assert published.adoption_count == 0
    # Not on the page until a moderator approves it.
    page = client.get(published.get_absolute_url()).text
    assert "Cardiff reablement team" not in page


def test_a_trusted_users_story_is_published_at_once(client, trusted, published, heard):
    client.force_login(trusted)
    client.post(url(published), form_data())
    adoption = Adoption.objects.get()
    assert adoption.status == Status.PUBLISHED
    assert [(sender, item.pk, first) for sender, item, first in heard] == [
        (Adoption, adoption.pk, True)
    ]
    assert KINDS["adoption"].parent_of(heard[0][1]) == published
    published.refresh_from_db()
    assert published.adoption_count == 1
    page = client.get(published.get_absolute_url()).text
    assert "Cardiff reablement team" in page
    assert "Started March 2025" in page
    assert "Running it" in page
    assert "Cardiff and Vale" in page


def test_certain_personal_data_is_held_even_from_a_trusted_user(client, trusted, published):
    client.force_login(trusted)
    client.post(url(published), form_data(story=CERTAIN))
    adoption = Adoption.objects.get()
    assert adoption.status == Status.SUBMITTED
    entry = entries_for(adoption).get()
    assert entry.action == Action.HOLD
    assert entry.reason_code == ReasonCode.PERSONAL_DATA


def test_possible_personal_data_from_a_trusted_user_is_published_and_flagged(
    client, trusted, published
):
    client.force_login(trusted)
    client.post(url(published), form_data(story=POSSIBLE))
    adoption = Adoption.objects.get()
    assert adoption.status == Status.PUBLISHED
    assert entries_for(adoption).filter(action=Action.FLAG).exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"organisation": ""}, "Enter your organisation or team"),
        ({"local_authority": ""}, "Choose the local authority where you took it up"),
        ({"local_authority": "999999"}, "Choose a local authority from the list"),
        ({"started_month": "", "started_year": ""}, "Enter the month and year you started"),
        ({"started_month": "13"}, "When it started must be a real month and year"),
        ({"started_year": ""}, "When it started must include a year"),
        ({"started_year": str(timezone.now().year + 1)}, "must be this month or earlier"),
        ({"progress": ""}, "Choose how far it has got"),
        ({"progress": "stopped"}, "Say why it stopped"),
        ({"story": ""}, "Enter what you changed and how it is going"),
        ({"story": "x" * 5001}, "What you changed must be 5,000 characters or fewer"),
        ({"contact_preference": ""}, "Choose whether people can contact you"),
        ({"confirm_no_personal_data": ""}, "Confirm that it does not include anything"),
    ],
)
def test_validation_errors_are_shown_in_the_summary_and_by_the_field(
    client, user, published, changes, message
):
    client.force_login(user)
    response = client.post(url(published), form_data(**changes))
    assert response.status_code == 400
    page = response.text
    assert "govuk-error-summary" in page
    assert page.count(message) >= 2  # the summary and the field
    assert "<title>Error:" in page
    assert not Adoption.objects.exists()


def test_a_stopped_adoption_keeps_why(client, trusted, published):
    client.force_login(trusted)
    client.post(url(published), form_data(progress="stopped", stopped_reason="The funding ended."))
    adoption = Adoption.objects.get()
    assert adoption.progress == "stopped"
    assert adoption.stopped_reason == "The funding ended."
    assert "The funding ended." in client.get(published.get_absolute_url()).text


def test_only_published_innovations_can_be_taken_up(client, user, author):
    draft = InnovationFactory(author=author, status=Status.DRAFT, published_at=None)
    client.force_login(user)
    assert client.get(url(draft)).status_code == 404
    assert client.post(url(draft), form_data()).status_code == 404


def test_new_stories_are_rate_limited(client, user, published, settings):
    settings.SHAREHUB_NEW_CONTENT_PER_HOUR = 2
    client.force_login(user)
    for _ in range(2):
        assert client.post(url(published), form_data()).status_code == 302
    response = client.post(url(published), form_data())
    assert response.status_code == 429
    assert "You have added 2 things to ShareHub in the last hour" in response.text
    assert "Cardiff reablement team" in response.text  # what they typed is kept
    assert Adoption.objects.count() == 2


def test_invalid_forms_do_not_use_up_the_allowance(client, user, published, settings):
    settings.SHAREHUB_NEW_CONTENT_PER_HOUR = 1
    client.force_login(user)
    for _ in range(3):
        client.post(url(published), form_data(story=""))
    assert client.post(url(published), form_data()).status_code == 302


def test_the_service_takes_plain_values(user, published):
    adoption = adoptions.adoption_create(
        innovation=published,
        author=user,
        organisation="  Powys   day services ",
        local_authority=term(tax.LocalAuthority, "powys-county"),
        started=timezone.localdate().replace(day=15),
        progress="exploring",
        story="We are reading about it.",
        stopped_reason="ignored unless stopped",
    )
    assert adoption.organisation == "Powys day services"
    assert adoption.started.day == 1
    assert adoption.stopped_reason == ""
    assert adoption.region.slug == "powys"


# --- Moderation ------------------------------------------------------------------------


def test_held_stories_are_in_the_moderation_queue_and_moderators_approve_them(
    client, user, published, moderator, heard
):
    client.force_login(user)
    client.post(url(published), form_data())
    adoption = Adoption.objects.get()
    client.force_login(moderator)
    queue = client.get(reverse("moderation:queue")).text
    assert "Cardiff reablement team tried “Tea trolley rounds”" in queue
    assert client.get(reverse("moderation:queue"), {"type": "adoption"}).status_code == 200
    item_url = reverse("moderation:item", args=["adoption", adoption.pk])
    page = client.get(item_url)
    assert page.status_code == 200
    assert "We ran the tea round" in page.text
    response = client.post(
        reverse("moderation:item_action", args=["adoption", adoption.pk, "approve"])
    )
    assert response.status_code == 302
    adoption.refresh_from_db()
    assert adoption.status == Status.PUBLISHED
    assert [item.pk for _sender, item, _first in heard] == [adoption.pk]
    published.refresh_from_db()
    assert published.adoption_count == 1


def test_moderators_can_reject_a_story(client, user, published, moderator):
    client.force_login(user)
    client.post(url(published), form_data())
    adoption = Adoption.objects.get()
    client.force_login(moderator)
    client.post(
        reverse("moderation:item_action", args=["adoption", adoption.pk, "reject"]),
        {"reject-text": "This describes a different service."},
    )
    adoption.refresh_from_db()
    assert adoption.status == Status.REJECTED
    assert adoption.moderator_message == "This describes a different service."
    assert entries_for(adoption).filter(action=Action.REJECT).exists()


def test_the_kind_names_the_innovation_as_its_parent(published):
    adoption = AdoptionFactory(innovation=published)
    kind = kind_of(adoption)
    assert kind.name == "adoption"
    assert kind.parent_of(adoption) == published
    assert kind.owner_of(adoption) is None  # entered by staff: no author


def test_published_adoptions_can_be_reported(client, user, published):
    adoption = AdoptionFactory(innovation=published)
    client.force_login(user)
    response = client.post(
        reverse("moderation:report", args=["adoption", adoption.pk]),
        {"reason": "spam", "text": "An advert"},
    )
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200


# --- "Most adopted" --------------------------------------------------------------------


def test_adoption_count_counts_published_adoptions_only(moderator, published, user):
    AdoptionFactory(innovation=published)
    AdoptionFactory(innovation=published, status=Status.SUBMITTED, published_at=None)
    published.refresh_from_db()
    assert published.adoption_count == 1
    shown = AdoptionFactory(innovation=published)
    published.refresh_from_db()
    assert published.adoption_count == 2
    services.item_hide(shown, moderator=moderator, reason="Off topic")
    published.refresh_from_db()
    assert published.adoption_count == 1
    shown.delete()
    published.refresh_from_db()
    assert published.adoption_count == 1


def test_most_adopted_sorts_by_published_adoptions(client):
    one = InnovationFactory(title="One story")
    two = InnovationFactory(title="Two stories")
    AdoptionFactory(innovation=one)
    AdoptionFactory.create_batch(2, innovation=two)
    for _ in range(3):  # waiting stories do not count
        AdoptionFactory(innovation=one, status=Status.SUBMITTED, published_at=None)
    page = client.get("/en/innovations/", {"ordering": "adopted"}).text
    assert page.index("Two stories") < page.index("One story")


# --- The "spreading" stage -------------------------------------------------------------


@pytest.fixture
def newport_innovation(author):
    # As the share form stores "Gwent, narrowed down to Newport": the local authority.
    return InnovationFactory(author=author, title="Hydration stations", places=([], ["newport"]))


def adopt_in(innovation, la_slug: str, **kwargs):
    la = term(tax.LocalAuthority, la_slug)
    return AdoptionFactory(
        innovation=innovation, local_authority=la, region_id=la.region_id, **kwargs
    )


def spreading_url(innovation) -> str:
    return reverse("catalogue:innovation_spreading", args=[innovation.slug])


def test_the_author_is_offered_spreading_once_it_is_taken_up_elsewhere(
    client, author, newport_innovation
):
    client.force_login(author)
    adopt_in(newport_innovation, "newport")  # its own place: no offer
    page = client.get(newport_innovation.get_absolute_url()).text
    assert spreading_url(newport_innovation) not in page
    adopt_in(newport_innovation, "gwynedd", status=Status.SUBMITTED, published_at=None)
    page = client.get(newport_innovation.get_absolute_url()).text
    assert spreading_url(newport_innovation) not in page  # not published yet
    adopt_in(newport_innovation, "gwynedd")
    page = client.get(newport_innovation.get_absolute_url()).text
    assert spreading_url(newport_innovation) in page


def test_only_the_author_sees_the_offer(client, user, newport_innovation):
    adopt_in(newport_innovation, "gwynedd")
    assert (
        spreading_url(newport_innovation)
        not in client.get(newport_innovation.get_absolute_url()).text
    )
    client.force_login(user)
    assert (
        spreading_url(newport_innovation)
        not in client.get(newport_innovation.get_absolute_url()).text
    )


def test_the_author_moves_it_to_spreading_and_it_is_audited(client, author, newport_innovation):
    adopt_in(newport_innovation, "gwynedd")
    client.force_login(author)
    response = client.post(spreading_url(newport_innovation))
    assert response.status_code == 302
    newport_innovation.refresh_from_db()
    assert newport_innovation.stage.slug == "spreading"
    entry = entries_for(newport_innovation).get(action=Action.EDIT)
    assert entry.actor == author
    assert entry.detail == {
        "fields": ["stage"],
        "stage_before": "idea",
        "stage_after": "spreading",
    }
    page = client.get(newport_innovation.get_absolute_url()).text
    assert spreading_url(newport_innovation) not in page  # already spreading


def test_nobody_else_can_move_it_to_spreading(client, user, moderator, newport_innovation):
    adopt_in(newport_innovation, "gwynedd")
    for person in (user, moderator):
        client.force_login(person)
        assert client.post(spreading_url(newport_innovation)).status_code == 403
    client.logout()
    assert client.post(spreading_url(newport_innovation)).status_code == 302  # to sign in
    newport_innovation.refresh_from_db()
    assert newport_innovation.stage.slug == "idea"
    assert not entries_for(newport_innovation).filter(action=Action.EDIT).exists()


def test_a_neighbouring_local_authority_is_another_place(client, author, newport_innovation):
    adopt_in(newport_innovation, "torfaen")  # in Gwent too, but not Newport
    client.force_login(author)
    client.post(spreading_url(newport_innovation))
    newport_innovation.refresh_from_db()
    assert newport_innovation.stage.slug == "spreading"


def test_it_cannot_move_to_spreading_while_taken_up_only_at_home(
    client, author, newport_innovation
):
    adopt_in(newport_innovation, "newport")
    client.force_login(author)
    response = client.post(spreading_url(newport_innovation))
    assert response.status_code == 302
    newport_innovation.refresh_from_db()
    assert newport_innovation.stage.slug == "idea"


def test_a_region_wide_innovation_spreads_only_beyond_its_region(client, author):
    innovation = InnovationFactory(author=author, places=(["gwent"], []))
    adopt_in(innovation, "torfaen")
    client.force_login(author)
    client.post(spreading_url(innovation))
    innovation.refresh_from_db()
    assert innovation.stage.slug == "idea"
    adopt_in(innovation, "cardiff")
    client.post(spreading_url(innovation))
    innovation.refresh_from_db()
    assert innovation.stage.slug == "spreading"


def test_spreading_needs_a_post(client, author, newport_innovation):
    adopt_in(newport_innovation, "gwynedd")
    client.force_login(author)
    assert client.get(spreading_url(newport_innovation)).status_code == 405
    assert Innovation.objects.get(pk=newport_innovation.pk).stage.slug == "idea"


def test_the_we_tried_this_too_button_is_on_every_published_innovation(client, published):
    page = client.get(published.get_absolute_url()).text
    assert url(published) in page
    assert "Nobody has said they took this up yet." in page


def test_verified_users_only(client, published):
    unverified = verified_user(username="nobody")
    unverified.emailaddress_set.update(verified=False)
    client.force_login(unverified)
    response = client.post(url(published), form_data())
    assert not Adoption.objects.exists()
    assert response.status_code in (200, 302)


# --- Contact -----------------------------------------------------------------------------


def test_people_message_an_adopter_who_accepts_messages_without_seeing_their_address(
    client, trusted, user, published, mailoutbox
):
    client.force_login(trusted)
    client.post(url(published), form_data(contact_preference="message"))
    adoption = Adoption.objects.get()
    message_url = reverse("contacts:message_adopter", args=[adoption.pk])
    assert message_url not in client.get(published.get_absolute_url()).text  # not to oneself
    client.force_login(user)
    page = client.get(published.get_absolute_url()).text
    assert message_url in page
    form = client.get(message_url)
    assert form.status_code == 200
    posted = client.post(message_url, {"subject": "Your tea round", "body": "How did it go?"})
    assert posted.status_code == 302
    # Among the e-mails: the innovation's author hears of the adoption (notifications).
    assert [trusted.email] in [message.to for message in mailoutbox]
    assert trusted.email not in form.text + client.get(posted["Location"]).text


def test_an_adopter_who_asked_not_to_be_contacted_cannot_be_messaged(
    client, trusted, user, published
):
    client.force_login(trusted)
    client.post(url(published), form_data(contact_preference="none"))
    adoption = Adoption.objects.get()
    message_url = reverse("contacts:message_adopter", args=[adoption.pk])
    client.force_login(user)
    assert message_url not in client.get(published.get_absolute_url()).text
    assert client.get(message_url).status_code == 404


@pytest.mark.parametrize("year", ["10000", "99999999", "1899"])
def test_a_year_out_of_range_is_a_form_error_not_a_server_error(client, trusted, published, year):
    client.force_login(trusted)
    response = client.post(url(published), form_data(started_month="1", started_year=year))
    assert response.status_code == 400
    assert "When it started must be a real month and year" in response.text
    assert not Adoption.objects.filter(innovation=published).exists()
