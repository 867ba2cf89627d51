"""Who may use each moderation page and action: anonymous, an ordinary user, a
trusted author, a moderator without two-factor authentication, a moderator and a
superuser."""

import pytest
from django.urls import reverse

from sharehub.catalogue.models import Revision
from sharehub.core.models import Status
from sharehub.gate.models import AuditEntry
from sharehub.moderation.models import Note
from tests.factories import sign_in_with_two_factor

pytestmark = pytest.mark.django_db

PERSONAS = ["anonymous", "user", "trusted", "moderator_no_mfa", "moderator", "superuser"]
ALLOWED = {"moderator", "superuser"}


@pytest.fixture
def as_persona(client, request):
    def login(persona):
        if persona != "anonymous":
            client.force_login(request.getfixturevalue(persona))
        return client

    return login


def pages(item, person):
    return [
        reverse("moderation:queue"),
        reverse("moderation:audit_log"),
        reverse("moderation:item", kwargs={"kind": "innovation", "slug": item.slug}),
        reverse("moderation:user", kwargs={"public_id": person.public_id}),
    ]


def expect_refused(response, persona):
    if persona == "anonymous":
        assert response.status_code == 302
        assert "/accounts/login/" in response.url
    elif persona == "moderator_no_mfa":
        assert response.status_code == 302
        assert response.url == "/en/accounts/2fa/totp/activate/"
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("persona", PERSONAS)
def test_pages(as_persona, persona, submitted, author):
    client = as_persona(persona)
    for url in pages(submitted, author):
        response = client.get(url)
        if persona in ALLOWED:
            assert response.status_code == 200, url
        else:
            expect_refused(response, persona)


def test_moderator_without_mfa_is_told_why(client, moderator_no_mfa):
    client.force_login(moderator_no_mfa)
    response = client.get(reverse("moderation:queue"), follow=True)
    assert "two-factor authentication" in response.text


ITEM_ACTIONS = [
    ("approve", {}, Status.SUBMITTED),
    ("request_changes", {"request_changes-text": "Change it"}, Status.SUBMITTED),
    ("reject", {"reject-text": "No"}, Status.SUBMITTED),
    ("note", {"note-text": "A note"}, Status.SUBMITTED),
    ("hide", {"hide-text": "Why"}, Status.PUBLISHED),
    ("feature", {}, Status.PUBLISHED),
    ("approve_edit", {}, Status.PUBLISHED),
    ("decline_edit", {"decline_edit-text": "No"}, Status.PUBLISHED),
]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("action", "data", "status"), ITEM_ACTIONS)
def test_item_actions(as_persona, persona, action, data, status, submitted):
    submitted.status = status
    submitted.save()
    if action.endswith("_edit"):  # an edit waiting for review
        Revision.objects.create(target=submitted, author=submitted.author, changes={"title": "E"})
    client = as_persona(persona)
    url = reverse(
        "moderation:item_action",
        kwargs={"kind": "innovation", "slug": submitted.slug, "action": action},
    )
    assert client.get(url).status_code in (302, 403, 405)  # never acts on GET
    response = client.post(url, data)
    if action == "note":
        acted = Note.objects.exists()
    else:
        acted = AuditEntry.objects.filter(action=action).exists()
    if persona in ALLOWED:
        assert response.status_code == 302
        assert acted
    else:
        expect_refused(response, persona)
        assert not AuditEntry.objects.exists()
        assert not Note.objects.exists()
        submitted.refresh_from_db()
        assert submitted.status == status


USER_ACTIONS = [("trust", {}), ("suspend", {"suspend-text": "Spam"}), ("note", {"note-text": "x"})]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("action", "data"), USER_ACTIONS)
def test_user_actions(as_persona, persona, action, data, author):
    client = as_persona(persona)
    url = reverse(
        "moderation:user_action", kwargs={"public_id": author.public_id, "action": action}
    )
    response = client.post(url, data)
    author.refresh_from_db()
    if persona in ALLOWED:
        assert response.status_code == 302
        if action == "trust":
            assert author.trusted
        if action == "suspend":
            assert not author.is_active
    else:
        expect_refused(response, persona)
        assert not author.trusted
        assert author.is_active


def test_csrf_is_checked(moderator, submitted):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)
    url = reverse(
        "moderation:item_action",
        kwargs={"kind": "innovation", "slug": submitted.slug, "action": "approve"},
    )
    assert client.post(url).status_code == 403
    submitted.refresh_from_db()
    assert submitted.status == Status.SUBMITTED


def test_unknown_kind_or_action_is_404(client, moderator, submitted):
    client.force_login(moderator)
    assert client.get("/en/moderation/contact/anything/").status_code == 404
    url = f"/en/moderation/innovation/{submitted.slug}/delete/"
    assert client.post(url).status_code == 404


def test_moderators_group_has_explicit_permissions(moderator):
    group = moderator.groups.get()
    assert set(group.permissions.values_list("codename", flat=True)) == {
        "moderate_content",
        "suspend_users",
        "view_audit_log",
    }


def test_nobody_can_edit_the_audit_log_in_the_admin(client, superuser, submitted, moderator):
    from sharehub.gate.audit import record

    entry = record(actor=moderator, action="approve", target=submitted)
    sign_in_with_two_factor(client, superuser)
    base = "/en/admin/gate/auditentry/"
    assert client.get(base).status_code == 200
    assert client.get(f"{base}add/").status_code == 403
    assert client.post(f"{base}{entry.pk}/delete/").status_code == 403
    assert client.post(f"{base}{entry.pk}/change/", {"reason": "edited"}).status_code == 403
    entry.refresh_from_db()
    assert entry.reason == ""


def test_superuser_without_mfa_is_sent_to_set_it_up(client):
    from tests.factories import verified_user

    root = verified_user(username="root2", is_staff=True, is_superuser=True)
    client.force_login(root)
    response = client.get(reverse("moderation:queue"))
    assert response.status_code == 302
    assert response.url == "/en/accounts/2fa/totp/activate/"


def test_group_member_without_audit_permission_cannot_see_the_log(client, moderator):
    from django.contrib.auth.models import Group, Permission

    limited = Group.objects.create(name="Queue only")
    limited.permissions.add(Permission.objects.get(codename="moderate_content"))
    moderator.groups.set([limited])
    client.force_login(moderator)
    assert client.get(reverse("moderation:queue")).status_code == 200
    assert client.get(reverse("moderation:audit_log")).status_code == 403
    url = reverse("moderation:user_action", args=[moderator.public_id, "suspend"])
    assert client.post(url, {"suspend-text": "x"}).status_code == 403
