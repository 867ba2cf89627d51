"""Who may use every write URL, by GET and by POST.

anonymous   → sent to sign in
unverified  → asked to verify their e-mail address (allauth), nothing changes
other user  → 404 for anything of the author's, so unpublished work is never revealed
author      → allowed
staff       → 404 like any other user: staff change other people's content in the admin
coauthor    → an accepted co-author of the innovation and the resource: allowed to edit,
              preview and submit them; 404 for withdrawing them, their co-authors page
              and everything of the question (questions have no co-authors)
invitee     → invited to co-author, not yet accepted: 404 like any other user

Creating, and replying to a published question, are open to every verified user.
"""

import pytest

from sharehub.catalogue.models import CoAuthor, Innovation, Need, NeedReply, Resource
from sharehub.core.models import Status
from tests.factories import InnovationFactory, NeedFactory, ResourceFactory, verified_user

pytestmark = pytest.mark.django_db

AUTHOR_ONLY = [
    "innovation_edit",
    "innovation_details",
    "innovation_preview",
    "innovation_submit",
    "innovation_withdraw",
    "resource_edit",
    "resource_preview",
    "resource_submit",
    "resource_withdraw",
    "need_edit",
    "need_preview",
    "need_submit",
    "need_withdraw",
    "need_answered",
    "innovation_coauthors",
    "resource_coauthors",
]
# What an accepted co-author may do, like the author.
COAUTHOR_ALLOWED = {
    "innovation_edit",
    "innovation_details",
    "innovation_preview",
    "innovation_submit",
    "resource_edit",
    "resource_preview",
    "resource_submit",
}
OPEN_TO_VERIFIED = ["innovation_create", "resource_create", "need_create", "need_reply"]
ROLES = ["anonymous", "unverified", "other", "staff", "author", "coauthor", "invitee"]


@pytest.fixture
def coauthor(db):
    return verified_user(username="cai", display_name="Cai Co-author")


@pytest.fixture
def invitee(db):
    return verified_user(username="ifan", display_name="Ifan Invited")


@pytest.fixture
def world(author, coauthor, invitee, innovation_data, resource_data, need_data):
    """The author's drafts of each kind, and a published question of theirs; the
    innovation and the resource have an accepted co-author and an invitee."""
    world = {
        "innovation": InnovationFactory(author=author, status=Status.DRAFT, title="Secret idea"),
        "resource": ResourceFactory(author=author, status=Status.DRAFT, title="Secret toolkit"),
        "need": NeedFactory(author=author, status=Status.DRAFT, title="Secret question"),
        "published_need": NeedFactory(author=author, title="Open question"),
        "friend": verified_user(username="ffion", display_name="Ffion Friend"),
    }
    for kind in ("innovation", "resource"):
        CoAuthor.objects.create(**{kind: world[kind]}, user=coauthor, state="accepted")
        CoAuthor.objects.create(**{kind: world[kind]}, user=invitee)
    return {
        **world,
        "data": {
            "innovation": innovation_data,
            "resource": resource_data,
            "need": need_data,
            "reply": {"body": "We tried it."},
        },
    }


def url_and_data(name: str, world) -> tuple[str, dict]:
    kind, action = name.split("_", 1)
    if action == "create":
        plural = {"innovation": "innovations", "resource": "resources", "need": "needs"}[kind]
        return f"/en/{plural}/new/", world["data"][kind]
    if action in ("answered", "reply"):
        slug = world["published_need"].slug
        data = {"answered": "1"} if action == "answered" else world["data"]["reply"]
        return f"/en/needs/{slug}/{action}/", data
    item = world[kind]
    data = {
        "edit": world["data"][kind],
        "details": {"language": "en", "contact_preference": "none", "organisation": "Changed"},
        "submit": {"confirm_no_personal_data": "on"},
        "coauthors": {"email": world["friend"].email},
    }.get(action, {})
    return f"{item.get_absolute_url()}{action}/", data


def snapshot() -> list:
    rows = []
    for model in (Innovation, Resource, Need):
        rows += list(
            model.objects.order_by("pk").values_list(
                "pk", "title", "status", "updated_at", "submitted_at"
            )
        )
    rows += list(Need.objects.order_by("pk").values_list("pk", "answered_at"))
    rows += list(Innovation.objects.order_by("pk").values_list("pk", "organisation"))
    return [*rows, NeedReply.objects.count(), CoAuthor.objects.count()]


def client_for(role: str, client, request):
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))
    return client


def assert_refused(role: str, response, url: str) -> None:
    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/?next=")
    elif role == "unverified":
        assert response.status_code == 200
        assert "account/verified_email_required.html" in [t.name for t in response.templates]
    else:
        assert response.status_code == 404, (role, url)


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", AUTHOR_ONLY)
def test_author_only_urls(client, request, world, name, role, method):
    url, data = url_and_data(name, world)
    client = client_for(role, client, request)
    before = snapshot()
    response = getattr(client, method)(url, data if method == "post" else None)
    if not (role == "author" or (role == "coauthor" and name in COAUTHOR_ALLOWED)):
        assert_refused(role, response, url)
        assert snapshot() == before
    elif method == "get":
        assert response.status_code == 200, url
    elif name.endswith("_preview"):
        assert response.status_code == 405  # the preview only shows; nothing to post
    else:
        assert response.status_code == 302, (url, response.content.decode()[:2000])
        assert snapshot() != before


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", OPEN_TO_VERIFIED)
def test_urls_open_to_every_verified_user(client, request, world, name, role, method):
    url, data = url_and_data(name, world)
    client = client_for(role, client, request)
    before = snapshot()
    response = getattr(client, method)(url, data if method == "post" else None)
    if role in ("anonymous", "unverified"):
        assert_refused(role, response, url)
        assert snapshot() == before
    elif method == "get":
        assert response.status_code == 200
    else:
        assert response.status_code == 302, response.content.decode()[:2000]
        assert snapshot() != before


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("kind", ["innovation", "resource", "need"])
def test_drafts_are_visible_only_to_their_author_and_coauthors(client, request, world, kind, role):
    response = client_for(role, client, request).get(world[kind].get_absolute_url())
    shared = role == "coauthor" and kind != "need"
    assert response.status_code == (200 if role == "author" or shared else 404)


@pytest.mark.parametrize("kind", ["innovation", "resource", "need"])
def test_published_items_offer_their_author_actions_to_them_alone(
    client, request, author, other, kind
):
    factory = {"innovation": InnovationFactory, "resource": ResourceFactory, "need": NeedFactory}
    item = factory[kind](author=author)
    edit = f"{item.get_absolute_url()}edit/"
    assert edit not in client.get(item.get_absolute_url()).content.decode()
    client.force_login(other)
    assert edit not in client.get(item.get_absolute_url()).content.decode()
    assert client.get(edit).status_code == 404
    client.force_login(author)
    assert edit in client.get(item.get_absolute_url()).content.decode()


def test_the_contributions_page_needs_a_signed_in_user(client):
    response = client.get("/en/contributions/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
