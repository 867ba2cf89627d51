"""Bookmarks and the "Saved" page: save and unsave anything published, see it listed
by type while it is published, at a cost that does not grow with the page."""

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from sharehub.community.models import Bookmark
from sharehub.community.services import bookmark_set
from sharehub.core.models import Status
from tests.factories import ContactFactory, InnovationFactory, NeedFactory, ResourceFactory

pytestmark = pytest.mark.django_db

SAVED = "/en/saved/"


def save_url(item, kind) -> str:
    return reverse("community:bookmark", kwargs={"kind": kind, "slug": item.slug})


def listed(response) -> list[str]:
    return [bookmark.item.title for bookmark in response.context["page"].object_list]


def one_of_each():
    return {
        "innovation": InnovationFactory(title="Saved innovation"),
        "resource": ResourceFactory(title="Saved resource"),
        "need": NeedFactory(title="Saved question"),
        "contact": ContactFactory(name="Saved contact"),
    }


def test_it_has_its_address():
    assert reverse("community:saved") == SAVED


def test_one_bookmark_per_person_per_item_is_a_database_rule(user, published):
    Bookmark.objects.create(user=user, innovation=published)
    with pytest.raises(IntegrityError), transaction.atomic():
        Bookmark.objects.create(user=user, innovation=published)


def test_anything_published_can_be_saved_and_unsaved(client_as, user):
    client = client_as(user)
    items = one_of_each()
    for kind, item in items.items():
        response = client.post(save_url(item, kind), {"saved": "1"})
        assert response.status_code == 302
        assert response.url == item.get_absolute_url()
        client.post(save_url(item, kind), {"saved": "1"})  # twice: still one
    assert Bookmark.objects.filter(user=user).count() == 4
    for kind, item in items.items():
        html = client.get(item.get_absolute_url()).content.decode()
        assert 'name="saved" value="0"' in html, kind  # pressing it takes it off
        assert ">Saved</button>" in html, kind
    for kind, item in items.items():
        client.post(save_url(item, kind), {"saved": "0"})
    assert not Bookmark.objects.exists()
    html = client.get(items["need"].get_absolute_url()).content.decode()
    assert 'name="saved" value="1"' in html
    assert ">Save for later</button>" in html


def test_nobody_can_save_what_is_not_published(client_as, user, author, submitted):
    draft = InnovationFactory(author=author, status=Status.DRAFT, published_at=None)
    for item in (draft, submitted):
        for person in (author, user):
            response = client_as(person).post(save_url(item, "innovation"), {"saved": "1"})
            assert response.status_code == 404
    assert not Bookmark.objects.exists()


def test_signed_out_people_are_sent_to_sign_in(client, published):
    response = client.post(save_url(published, "innovation"), {"saved": "1"})
    assert response.url.startswith(reverse("account_login"))
    assert client.get(SAVED).url.startswith(reverse("account_login"))
    assert not Bookmark.objects.exists()


def test_saving_is_rate_limited(client_as, user, settings):
    settings.SHAREHUB_MARKS_PER_HOUR = 1
    first, second = InnovationFactory.create_batch(2)
    client = client_as(user)
    assert client.post(save_url(first, "innovation"), {"saved": "1"}).status_code == 302
    assert client.post(save_url(second, "innovation"), {"saved": "1"}).status_code == 429
    assert list(Bookmark.objects.values_list("innovation", flat=True)) == [first.pk]


def test_the_saved_page_is_empty_at_first(client_as, user):
    response = client_as(user).get(SAVED)
    assert response.status_code == 200
    assert "You have not saved anything yet." in response.content.decode()


def test_the_saved_page_lists_my_bookmarks_newest_first_by_type(client_as, user, trusted):
    items = one_of_each()
    for item in items.values():
        bookmark_set(user=user, item=item, saved=True)
    bookmark_set(user=trusted, item=InnovationFactory(title="Someone else's"), saved=True)
    client = client_as(user)
    response = client.get(SAVED)
    assert listed(response) == [
        "Saved contact",
        "Saved question",
        "Saved resource",
        "Saved innovation",
    ]
    html = response.content.decode()
    assert "Innovations (1)" in html and "Everything (4)" in html
    assert "Remove from saved" in html
    assert listed(client.get(SAVED, {"type": "resource"})) == ["Saved resource"]
    assert listed(client.get(SAVED, {"type": "contact"})) == ["Saved contact"]


def test_an_unknown_type_or_page_is_a_400(client_as, user):
    client = client_as(user)
    assert client.get(SAVED, {"type": "comment"}).status_code == 400
    assert client.get(SAVED, {"page": "9"}).status_code == 400


def test_items_that_stop_being_public_leave_the_list_and_come_back(client_as, user):
    hidden, kept = InnovationFactory.create_batch(2)
    for item in (hidden, kept):
        bookmark_set(user=user, item=item, saved=True)
    hidden.status = Status.HIDDEN
    hidden.save()
    client = client_as(user)
    response = client.get(SAVED)
    assert listed(response) == [kept.title]
    assert "Everything (1)" in response.content.decode()
    assert Bookmark.objects.filter(user=user).count() == 2  # the bookmark stays

    hidden.status = Status.PUBLISHED
    hidden.save()
    assert listed(client.get(SAVED)) == [kept.title, hidden.title]


def test_removing_from_the_saved_page_goes_back_to_it(client_as, user, published):
    bookmark_set(user=user, item=published, saved=True)
    client = client_as(user)
    response = client.post(save_url(published, "innovation"), {"saved": "0", "next": SAVED})
    assert response.url == SAVED
    assert listed(client.get(SAVED)) == []


def test_the_saved_page_is_paged(client_as, user, settings):
    settings.SHAREHUB_PAGE_SIZE = 2
    for item in InnovationFactory.create_batch(5):
        bookmark_set(user=user, item=item, saved=True)
    client = client_as(user)
    assert len(listed(client.get(SAVED))) == 2
    assert len(listed(client.get(SAVED, {"page": 3}))) == 1


def queries_for_saved_page(client, user, per_kind: int) -> int:
    for _ in range(per_kind):
        for item in one_of_each().values():
            bookmark_set(user=user, item=item, saved=True)
    client.get(SAVED)  # the term cache and the session are warm for both
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(SAVED)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_the_saved_page_costs_the_same_for_any_page_size(
    client_as, user, settings, raise_on_lazy_fetch
):
    settings.SHAREHUB_PAGE_SIZE = 100
    client = client_as(user)
    small = queries_for_saved_page(client, user, 1)
    Bookmark.objects.all().delete()
    large = queries_for_saved_page(client, user, 6)
    assert large == small
    assert small <= 25


def test_a_detail_page_costs_one_query_for_the_marks(
    client_as, user, published, django_assert_max_num_queries
):
    client = client_as(user)
    client.get(published.get_absolute_url())  # warm the term cache
    with CaptureQueriesContext(connection) as ctx:
        client.get(published.get_absolute_url())
    marks = [q for q in ctx.captured_queries if "community_" in q["sql"]]
    assert len(marks) == 1


@pytest.mark.parametrize(
    "params",
    [
        {"type": "innovation\x00"},
        {"type": "x" * 2000},
        {"type": "../contact"},
        {"page": "0"},
        {"page": "-1"},
        {"page": "1e9"},
        {"page": "99999999999999999999999"},
        {"type": "need", "page": "2"},
    ],
)
def test_hostile_filters_are_a_400_never_a_500(user, params):
    from django.test import Client

    client = Client(raise_request_exception=False)
    client.force_login(user)
    assert client.get(SAVED, params).status_code == 400


def test_hostile_marks_are_never_a_500(user, published):
    from django.test import Client

    client = Client(raise_request_exception=False)
    client.force_login(user)
    for data in ({"saved": "\x00"}, {"saved": ["1", "0"]}, {"next": "//evil.example"}):
        response = client.post(save_url(published, "innovation"), data)
        assert response.status_code == 302
        assert not response.url.startswith("//")
