import json

import pytest
from allauth.account.models import EmailAddress
from allauth.usersessions.models import UserSession
from django.contrib.sessions.models import Session
from django.test import Client

from sharehub.accounts import privacy
from sharehub.accounts.models import User
from sharehub.catalogue.models import Adoption, Innovation, Need, NeedReply, Resource
from sharehub.contacts.models import Contact
from sharehub.core.models import Status
from tests.accounts.conftest import PASSWORD
from tests.factories import (
    AdoptionFactory,
    ContactFactory,
    InnovationFactory,
    NeedFactory,
    ResourceFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(member, eve):
    """What mair has written, in every state, next to eve's content."""
    eves_innovation = InnovationFactory(author=eve, title="Eve's innovation")
    eves_need = NeedFactory(author=eve, title="Eve's question")
    mairs_need = NeedFactory(author=member, title="Mair's question")
    NeedReply.objects.create(
        need=mairs_need, author=eve, body="Eve's answer to Mair", status="published"
    )
    return {
        "published": InnovationFactory(author=member, title="Mair's published innovation"),
        "draft": InnovationFactory(
            author=member, title="Mair's draft", status=Status.DRAFT, published_at=None
        ),
        "resource": ResourceFactory(author=member, title="Mair's toolkit"),
        "withdrawn_resource": ResourceFactory(
            author=member, title="Mair's old toolkit", status=Status.WITHDRAWN
        ),
        "need": mairs_need,
        "reply": NeedReply.objects.create(
            need=eves_need, author=member, body="Mair's reply", status="published"
        ),
        "adoption": AdoptionFactory(
            innovation=eves_innovation, author=member, organisation="Mair's care home"
        ),
        "contact": ContactFactory(user=member, name="Mair Jones (contact)"),
        "eves_innovation": eves_innovation,
        "eves_need": eves_need,
    }


def test_the_download_holds_everything_about_the_person_whatever_its_status(
    client_as, member, content
):
    member.bio = "I run a dementia café."
    member.save()
    response = client_as(member).get("/en/accounts/privacy/my-data.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="sharehub-my-data-')
    data = json.loads(response.content)

    assert data["account"]["email"] == member.email
    assert data["profile"]["display_name"] == "Mair Jones"
    assert data["profile"]["bio"] == "I run a dementia café."
    assert data["public_fields"] == ["display_name"]
    assert data["email_addresses"] == [{"email": member.email, "verified": True, "primary": True}]
    assert {i["title"] for i in data["innovations"]} == {
        "Mair's published innovation",
        "Mair's draft",
    }
    assert {r["title"] for r in data["resources"]} == {"Mair's toolkit", "Mair's old toolkit"}
    assert [n["title"] for n in data["needs"]] == ["Mair's question"]
    assert [r["body"] for r in data["need_replies"]] == ["Mair's reply"]
    assert data["need_replies"][0]["need"] == content["eves_need"].slug
    assert [a["organisation"] for a in data["adoptions"]] == ["Mair's care home"]
    assert [c["name"] for c in data["contact_listings"]] == ["Mair Jones (contact)"]
    assert data["innovations"][0]["challenge_areas"] == ["value"]
    assert "password" not in json.dumps(data)
    # Nothing of anyone else's.
    assert "Eve's innovation" not in json.dumps(data)


def test_the_download_needs_a_signed_in_member(client):
    response = client.get("/en/accounts/privacy/my-data.json")
    assert response.status_code == 302


def test_other_apps_can_add_a_section(member):
    @privacy.export_section("test_messages")
    def _messages(user):
        return [{"to": "someone", "by": user.pk}]

    try:
        assert privacy.export_user_data(member)["test_messages"] == [
            {"to": "someone", "by": member.pk}
        ]
    finally:
        privacy._export_sections.pop("test_messages")


def delete(client, choice: str):
    client.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    return client.post("/en/accounts/delete/", {"content": choice, "confirm": "on"})


def test_deleting_and_removing_content_leaves_nothing_of_the_person(
    signed_in, member, content, eve, django_capture_on_commit_callbacks
):
    other_browser = Client()
    other_browser.post("/en/accounts/login/", {"login": member.email, "password": PASSWORD})
    assert UserSession.objects.filter(user=member).count() == 2
    sessions_before = Session.objects.count()

    with django_capture_on_commit_callbacks(execute=True):
        response = delete(signed_in, "remove")
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/deleted/"

    assert not User.objects.filter(pk=member.pk).exists()
    assert not EmailAddress.objects.filter(email=member.email).exists()
    assert not UserSession.objects.exists()
    assert Session.objects.count() == sessions_before - 2
    assert not Contact.objects.filter(name="Mair Jones (contact)").exists()
    assert list(Innovation.objects.values_list("title", flat=True)) == ["Eve's innovation"]
    assert not Resource.objects.exists()
    assert list(Need.objects.values_list("title", flat=True)) == ["Eve's question"]
    assert not NeedReply.objects.exists()
    assert not Adoption.objects.exists()
    content["eves_innovation"].refresh_from_db()
    assert content["eves_innovation"].adoption_count == 0
    # Both browsers are signed out.
    assert "_auth_user_id" not in signed_in.session
    assert other_browser.get("/en/accounts/profile/").status_code == 302
    assert User.objects.get(pk=eve.pk)


def test_deleting_and_keeping_content_keeps_only_what_was_published_without_an_author(
    signed_in, member, content
):
    response = delete(signed_in, "keep")
    assert response.status_code == 302

    assert not User.objects.filter(pk=member.pk).exists()
    assert not EmailAddress.objects.filter(email=member.email).exists()
    assert not Contact.objects.filter(name="Mair Jones (contact)").exists()
    kept = Innovation.objects.filter(author=None)
    assert list(kept.values_list("title", flat=True)) == ["Mair's published innovation"]
    assert list(Resource.objects.values_list("title", flat=True)) == ["Mair's toolkit"]
    assert Resource.objects.get().author is None
    assert Need.objects.get(title="Mair's question").author is None
    assert NeedReply.objects.get(body="Mair's reply").author is None
    assert (
        NeedReply.objects.get(body="Eve's answer to Mair", status="published").need
        == content["need"]
    )
    assert Adoption.objects.get().author is None
    assert not Innovation.objects.filter(title="Mair's draft").exists()
    assert not Resource.objects.filter(title="Mair's old toolkit").exists()

    page = Client().get(content["published"].get_absolute_url()).content.decode()
    assert "A ShareHub member" in page
    assert "Mair Jones" not in page
    reply_page = Client().get(content["eves_need"].get_absolute_url()).content.decode()
    assert "Mair's reply" in reply_page
    assert "Mair Jones" not in reply_page


def test_deletion_asks_for_the_password_first(client, member):
    client.force_login(member)
    response = client.get("/en/accounts/delete/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/reauthenticate/")
    response = client.post("/en/accounts/delete/", {"content": "remove", "confirm": "on"})
    assert response["Location"].startswith("/en/accounts/reauthenticate/")
    assert User.objects.filter(pk=member.pk).exists()


def test_deletion_explains_both_choices_before_asking(signed_in):
    signed_in.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    for url in ("/en/accounts/privacy/", "/en/accounts/delete/"):
        html = signed_in.get(url).content.decode()
        assert "Remove everything I have shared" in html
        assert "Keep what I have published, without my name" in html


def test_deletion_without_a_choice_is_a_form_error_and_deletes_nothing(signed_in, member):
    signed_in.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    response = signed_in.post("/en/accounts/delete/", {})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Choose what should happen to what you have published" in html
    assert "Confirm that you understand your account cannot be brought back" in html
    assert 'href="#id_content_0"' in html
    assert User.objects.filter(pk=member.pk).exists()


def test_deletion_is_post_only_and_csrf_protected(member):
    client = Client(enforce_csrf_checks=True)
    client.post("/en/accounts/login/", {"login": member.email, "password": PASSWORD})
    assert client.put("/en/accounts/delete/").status_code in (403, 405)
    response = client.post("/en/accounts/delete/", {"content": "remove", "confirm": "on"})
    assert response.status_code == 403
    assert User.objects.filter(pk=member.pk).exists()


def test_a_failure_part_way_deletes_nothing(member, content, monkeypatch):
    def broken(user, *, remove_content):
        raise RuntimeError("disk on fire")

    privacy.on_account_delete(broken)
    try:
        with pytest.raises(RuntimeError):
            privacy.delete_account(user=member, remove_content=True)
    finally:
        privacy._deletion_steps.remove(broken)
    assert User.objects.filter(pk=member.pk).exists()
    assert Innovation.objects.filter(author=member).count() == 2
    assert Contact.objects.filter(user=member).exists()


def test_removing_content_removes_uploaded_files(
    member, settings, django_capture_on_commit_callbacks
):
    from django.core.files.base import ContentFile

    resource = ResourceFactory(author=member, url="")
    resource.file.save("guide.pdf", ContentFile(b"%PDF-1.4 test"), save=True)
    storage, name = resource.file.storage, resource.file.name
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        privacy.delete_account(user=member, remove_content=True)
    assert not storage.exists(name)


def test_the_download_holds_the_messages_sent_and_files_uploaded_without_addresses(
    client_as, member, eve
):
    from sharehub.attachments.models import Attachment
    from sharehub.contacts.models import ContactMessage

    innovation = InnovationFactory(author=member)
    ContactMessage.objects.create(
        sender=member, recipient=eve, recipient_name="Eve Evans", subject="Hello", body="Hi Eve"
    )
    ContactMessage.objects.create(
        sender=eve, recipient=member, recipient_name="Mair", subject="Not mine", body="x"
    )
    Attachment.objects.create(
        innovation=innovation,
        file="attachments/x.pdf",
        original_name="plan.pdf",
        content_type="application/pdf",
        size=1234,
        uploaded_by=member,
    )
    data = json.loads(client_as(member).get("/en/accounts/privacy/my-data.json").content)
    assert [(m["to"], m["subject"], m["message"]) for m in data["messages_sent"]] == [
        ("Eve Evans", "Hello", "Hi Eve")
    ]
    assert eve.email not in json.dumps(data)
    assert [(f["file_name"], f["size"]) for f in data["files_uploaded"]] == [("plan.pdf", 1234)]
