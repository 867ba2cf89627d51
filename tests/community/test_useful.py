"""Marking an item useful: one mark per person per item, a toggle that works
without JavaScript, the count on the page and in Innovation.useful_count."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from sharehub.community.models import Reaction
from sharehub.community.services import useful_set
from sharehub.core.models import Status
from tests.factories import ContactFactory, InnovationFactory, NeedFactory, ResourceFactory

pytestmark = pytest.mark.django_db


def useful_url(item, kind="innovation") -> str:
    return reverse("community:useful", kwargs={"kind": kind, "slug": item.slug})


def count_of(item) -> int:
    item.refresh_from_db()
    return item.useful_count


def test_one_mark_per_person_per_item_is_a_database_rule(user, published):
    Reaction.objects.create(user=user, innovation=published)
    with pytest.raises(IntegrityError), transaction.atomic():
        Reaction.objects.create(user=user, innovation=published)


def test_a_mark_points_at_exactly_one_item(user, published):
    resource = ResourceFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Reaction.objects.create(user=user, innovation=published, resource=resource)
    with pytest.raises(IntegrityError), transaction.atomic():
        Reaction.objects.create(user=user)


def test_it_marks_and_unmarks_an_innovation(client_as, user, published):
    client = client_as(user)
    response = client.post(useful_url(published), {"useful": "1"})
    assert response.status_code == 302
    assert response.url == published.get_absolute_url()
    assert count_of(published) == 1
    assert Reaction.objects.filter(user=user, innovation=published).exists()

    client.post(useful_url(published), {"useful": "1"})  # pressed twice: still one
    assert count_of(published) == 1

    client.post(useful_url(published), {"useful": "0"})
    assert count_of(published) == 0
    assert not Reaction.objects.exists()
    client.post(useful_url(published), {"useful": "0"})
    assert count_of(published) == 0


def test_without_a_state_it_toggles(client_as, user, published):
    client = client_as(user)
    client.post(useful_url(published))
    assert count_of(published) == 1
    client.post(useful_url(published))
    assert count_of(published) == 0


def test_it_goes_back_to_the_page_it_came_from_on_this_site_only(client_as, user, published):
    client = client_as(user)
    back = f"{published.get_absolute_url()}?from=list"
    assert client.post(useful_url(published), {"useful": "1", "next": back}).url == back
    evil = client.post(useful_url(published), {"useful": "0", "next": "https://evil.example/"})
    assert evil.url == published.get_absolute_url()


def test_the_detail_page_shows_the_count_and_my_mark(client_as, client, user, published):
    other = InnovationFactory()
    for person in (user, *[InnovationFactory().author for _ in range(2)]):
        useful_set(user=person, item=published, useful=True)
    useful_set(user=user, item=other, useful=True)

    html = client_as(user).get(published.get_absolute_url()).content.decode()
    assert "Marked as useful (3)" in html
    assert 'aria-pressed="true"' in html
    assert f'action="{useful_url(published)}"' in html

    client.logout()
    html = client.get(published.get_absolute_url()).content.decode()
    assert "3 people found this useful." in html
    assert "Sign in to mark it as useful or save it" in html
    assert "aria-pressed" not in html


def test_an_unmarked_item_offers_the_button(client_as, user, published):
    html = client_as(user).get(published.get_absolute_url()).content.decode()
    assert "Useful (0)" in html
    assert 'name="useful" value="1"' in html
    assert 'aria-pressed="false"' in html


@pytest.mark.parametrize(
    ("factory", "kind"), [(ResourceFactory, "resource"), (NeedFactory, "need")]
)
def test_resources_and_questions_can_be_marked_useful(client_as, user, trusted, factory, kind):
    item = factory()
    useful_set(user=trusted, item=item, useful=True)
    client = client_as(user)
    assert client.post(useful_url(item, kind), {"useful": "1"}).status_code == 302
    assert Reaction.objects.filter(**{kind: item}).count() == 2
    html = client.get(item.get_absolute_url()).content.decode()
    assert "Marked as useful (2)" in html


def test_contacts_cannot_be_marked_useful(client_as, user):
    contact = ContactFactory()
    response = client_as(user).post(useful_url(contact, "contact"), {"useful": "1"})
    assert response.status_code == 404
    assert "Useful (" not in client_as(user).get(contact.get_absolute_url()).content.decode()


def test_signed_out_people_are_sent_to_sign_in(client, published):
    response = client.post(useful_url(published), {"useful": "1"})
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert "next=" + published.get_absolute_url().replace("/", "%2F") in response.url
    assert count_of(published) == 0


def test_it_only_accepts_post(client_as, user, published):
    assert client_as(user).get(useful_url(published)).status_code == 405
    assert count_of(published) == 0


@pytest.mark.parametrize(
    "status",
    [Status.DRAFT, Status.SUBMITTED, Status.HIDDEN, Status.REJECTED, Status.WITHDRAWN],
)
def test_nobody_can_mark_what_is_not_published(client_as, user, author, status):
    item = InnovationFactory(author=author, status=status)
    for person in (user, author):
        response = client_as(person).post(useful_url(item), {"useful": "1"})
        assert response.status_code == 404
    assert count_of(item) == 0
    assert not Reaction.objects.exists()


def test_an_unknown_kind_or_slug_is_a_404(client_as, user, published):
    client = client_as(user)
    assert client.post(useful_url(published, "reply"), {"useful": "1"}).status_code == 404
    missing = reverse("community:useful", kwargs={"kind": "innovation", "slug": "nope"})
    assert client.post(missing, {"useful": "1"}).status_code == 404


def test_the_csrf_token_is_required(user, published):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    assert client.post(useful_url(published), {"useful": "1"}).status_code == 403
    assert count_of(published) == 0


def test_marks_are_rate_limited(client_as, user, settings):
    settings.SHAREHUB_MARKS_PER_HOUR = 2
    items = InnovationFactory.create_batch(3)
    client = client_as(user)
    for item in items[:2]:
        assert client.post(useful_url(item), {"useful": "1"}).status_code == 302
    response = client.post(useful_url(items[2]), {"useful": "1"})
    assert response.status_code == 429
    assert "as many as ShareHub allows" in response.content.decode()
    assert count_of(items[2]) == 0


def test_script_gets_the_new_state_as_json(client_as, user, published):
    response = client_as(user).post(
        useful_url(published), {"useful": "1"}, headers={"accept": "application/json"}
    )
    assert response.json() == {"useful": True, "useful_count": 1, "saved": False}


def test_deleting_an_account_takes_its_marks_off_the_counts(user, published):
    from sharehub.accounts.privacy import delete_account

    other = InnovationFactory()
    useful_set(user=user, item=published, useful=True)
    useful_set(user=user, item=other, useful=True)
    useful_set(user=published.author, item=other, useful=True)
    delete_account(user=user, remove_content=True)
    assert count_of(published) == 0
    assert count_of(other) == 1


def test_the_data_download_lists_marks(user, published):
    from sharehub.accounts.privacy import export_user_data

    useful_set(user=user, item=published, useful=True)
    data = export_user_data(user)
    assert [m["slug"] for m in data["marked_useful"]] == [published.slug]
    assert data["saved"] == []


def test_most_useful_sorts_by_the_marks(client, user, trusted, author):
    less, most, none = InnovationFactory.create_batch(3)
    for person in (user, trusted, author):
        useful_set(user=person, item=most, useful=True)
    useful_set(user=user, item=less, useful=True)
    response = client.get(reverse("catalogue:innovation_list"), {"ordering": "useful"})
    titles = [item.title for item in response.context["result"].page.object_list]
    assert titles == [most.title, less.title, none.title]


def test_an_account_deleted_in_the_admin_takes_its_marks_off_the_counts(user, published):
    useful_set(user=user, item=published, useful=True)
    useful_set(user=published.author, item=published, useful=True)
    user.delete()
    assert count_of(published) == 1
    assert Reaction.objects.count() == 1
