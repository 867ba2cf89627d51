"""Co-authors: an author invites another ShareHub account to write an innovation or
resource with them; accepted co-authors edit and submit through the same gate and
revision flow; invitations can be declined; removals are audited.

The permission matrix of every author URL by role (co-author and invitee included)
is tests/contributing/test_permissions.py; trust by findings for co-authors' edits is
in tests/gate/test_gate_matrix.py."""

import pytest

from sharehub.catalogue import coauthors, workflow
from sharehub.catalogue.models import CoAuthor, Revision
from sharehub.core.models import Status
from sharehub.gate.audit import describe, entries_for
from sharehub.gate.models import Action
from sharehub.taxonomy import models as tax
from tests.factories import InnovationFactory, ResourceFactory, UserFactory, verified_user
from tests.queries import made_page_queries as count
from tests.queries import made_page_sql

NEUTRAL = "If that address belongs to a ShareHub account, we have invited them"


@pytest.fixture
def cai(db):
    """Invited to co-author: untrusted."""
    return verified_user(username="cai", display_name="Cai Davies")


@pytest.fixture
def item(author):
    return InnovationFactory(author=author, title="Tea trolley rounds", slug="tea-trolley")


def edit_data(title: str) -> dict:
    return {
        "title": title,
        "summary": "A short summary of what changed.",
        "body": "What changed and why.",
        "challenge_areas": [str(tax.ChallengeArea.objects.get(slug="value").pk)],
        "regions": [str(tax.Region.objects.get(slug="gwent").pk)],
        "local_authorities": [str(tax.LocalAuthority.objects.get(slug="newport").pk)],
    }


def invite(client, item, email):
    return client.post(f"{item.get_absolute_url()}coauthors/", {"email": email})


def accepted(item, user) -> CoAuthor:
    return CoAuthor.objects.create(innovation=item, user=user, state=CoAuthor.State.ACCEPTED)


# --- Inviting --------------------------------------------------------------------------


def test_invite_accept_and_edit_a_draft(client_as, author, cai, mailoutbox):
    draft = InnovationFactory(author=author, status=Status.DRAFT, published_at=None)
    client = client_as(author)
    response = invite(client, draft, cai.email.upper())  # the address in any case
    assert response.status_code == 302
    assert NEUTRAL in client.get(response["Location"]).content.decode()
    invitation = CoAuthor.objects.get()
    assert (invitation.user, invitation.invited_by, invitation.state) == (cai, author, "invited")
    # Told by e-mail, through the outbox and Django's mail backend, with the link.
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == [cai.email]
    assert draft.title in message.subject
    assert f"/en/coauthors/{invitation.pk}/" in message.body
    assert "Alice Jones" in message.body
    # Before answering, the invitee has no rights over the draft.
    client = client_as(cai)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(f"{draft.get_absolute_url()}edit/").status_code == 404
    # Told in the site too: on their contributions page.
    assert f"/en/coauthors/{invitation.pk}/" in client.get("/en/contributions/").content.decode()
    page = client.get(f"/en/coauthors/{invitation.pk}/").content.decode()
    assert draft.title in page and "Alice Jones" in page
    response = client.post(f"/en/coauthors/{invitation.pk}/", {"answer": "accept"})
    assert response["Location"] == draft.get_absolute_url()
    invitation.refresh_from_db()
    assert invitation.state == "accepted" and invitation.answered_at
    # Now they see it, edit it and submit it like the author.
    assert client.get(draft.get_absolute_url()).status_code == 200
    response = client.post(f"{draft.get_absolute_url()}edit/", edit_data("Better tea rounds"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.title == "Better tea rounds" and draft.author == author
    response = client.post(f"{draft.get_absolute_url()}submit/", {"confirm_no_personal_data": "on"})
    draft.refresh_from_db()
    assert draft.status == Status.SUBMITTED  # an untrusted co-author: a moderator checks it
    assert draft.personal_data_confirmed_by == cai
    # Their contributions list it, marked as co-authored.
    html = client.get("/en/contributions/").content.decode()
    assert "Better tea rounds" in html and "Co-author</strong>" in html


def test_the_answer_is_the_same_whether_or_not_the_address_has_an_account(
    client_as, author, item, mailoutbox
):
    unverified = UserFactory(username="nobody-yet")  # no verified address
    suspended = verified_user(username="gone", is_active=False)
    client = client_as(author)
    pages = []
    for email in ("stranger@example.org", unverified.email, suspended.email, author.email):
        response = invite(client, item, email)
        assert response.status_code == 302
        pages.append(client.get(response["Location"]).content.decode())
    assert all(NEUTRAL in page for page in pages)
    assert not CoAuthor.objects.exists()
    assert mailoutbox == []


def test_inviting_the_same_person_twice_sends_one_invitation(
    client_as, author, item, cai, mailoutbox
):
    client = client_as(author)
    invite(client, item, cai.email)
    invite(client, item, cai.email)
    assert CoAuthor.objects.count() == 1
    assert len(mailoutbox) == 1


def test_a_bad_address_is_a_form_error(client_as, author, item):
    response = invite(client_as(author), item, "not an address")
    assert response.status_code == 400
    assert "Enter an e-mail address in the correct format" in response.content.decode()


def test_invitations_are_rate_limited(client_as, author, item, settings, mailoutbox):
    settings.SHAREHUB_COAUTHOR_INVITES_PER_HOUR = 2
    people = [verified_user(username=f"person{n}") for n in range(3)]
    client = client_as(author)
    assert invite(client, item, "unknown@example.org").status_code == 302  # counts too
    assert invite(client, item, people[0].email).status_code == 302
    response = invite(client, item, people[1].email)
    assert response.status_code == 429
    assert "2 invitations" in response.content.decode()
    assert list(CoAuthor.objects.values_list("user", flat=True)) == [people[0].pk]
    assert len(mailoutbox) == 1


def test_only_the_author_invites_and_sees_the_co_authors_page(client_as, item, cai, user):
    accepted(item, cai)
    for person in (cai, user):
        client = client_as(person)
        assert client.get(f"{item.get_absolute_url()}coauthors/").status_code == 404
        assert invite(client, item, "x@example.org").status_code == 404


# --- Declining ------------------------------------------------------------------------


def test_declining_gives_no_rights_and_the_author_sees_it(client_as, author, item, cai):
    invitation = CoAuthor.objects.create(innovation=item, user=cai, invited_by=author)
    client = client_as(cai)
    response = client.post(f"/en/coauthors/{invitation.pk}/", {"answer": "decline"})
    assert response["Location"] == "/en/contributions/"
    invitation.refresh_from_db()
    assert invitation.state == "declined"
    assert client.get(f"{item.get_absolute_url()}edit/").status_code == 404
    # Answering again changes nothing.
    client.post(f"/en/coauthors/{invitation.pk}/", {"answer": "accept"})
    invitation.refresh_from_db()
    assert invitation.state == "declined"
    html = client_as(author).get(f"{item.get_absolute_url()}coauthors/").content.decode()
    assert "Cai Davies" in html and "Declined" in html


def test_only_the_invitee_sees_or_answers_the_invitation(client_as, author, item, cai, user):
    invitation = CoAuthor.objects.create(innovation=item, user=cai, invited_by=author)
    for person in (author, user):
        client = client_as(person)
        assert client.get(f"/en/coauthors/{invitation.pk}/").status_code == 404
        assert (
            client.post(f"/en/coauthors/{invitation.pk}/", {"answer": "accept"}).status_code == 404
        )
    invitation.refresh_from_db()
    assert invitation.state == "invited"
    response = client_as(cai).post(f"/en/coauthors/{invitation.pk}/", {"answer": "maybe"})
    assert response.status_code == 400


# --- Editing a published item: the same gate as the author ------------------------------


def test_an_untrusted_co_authors_edit_of_a_published_item_waits_for_review(client_as, trusted, cai):
    item = InnovationFactory(author=trusted, title="Tea trolley rounds")
    accepted(item, cai)
    response = client_as(cai).post(f"{item.get_absolute_url()}edit/", edit_data("Changed"))
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.title == "Tea trolley rounds"  # the public still sees the published version
    revision = Revision.objects.get()
    assert revision.state == Revision.State.PENDING
    assert revision.author == cai and revision.changes["title"] == "Changed"
    entry = entries_for(item).get(action=Action.PROPOSE_EDIT)
    assert entry.actor == cai


def test_a_trusted_co_authors_edit_of_a_published_item_shows_at_once(client_as, author, item):
    trusted_coauthor = verified_user(username="tess", trusted=True)
    accepted(item, trusted_coauthor)
    client_as(trusted_coauthor).post(f"{item.get_absolute_url()}edit/", edit_data("Changed"))
    item.refresh_from_db()
    assert item.title == "Changed"
    assert Revision.objects.get().state == Revision.State.APPLIED
    assert entries_for(item).get(action=Action.EDIT).actor == trusted_coauthor


def test_a_co_author_may_not_withdraw(client_as, item, cai):
    accepted(item, cai)
    assert client_as(cai).post(f"{item.get_absolute_url()}withdraw/").status_code == 404
    with pytest.raises(workflow.WorkflowError):
        workflow.withdraw(item, user=cai)
    item.refresh_from_db()
    assert item.status == Status.PUBLISHED


def test_a_co_author_manages_files_like_the_author(client_as, cai, user):
    resource = ResourceFactory(status=Status.DRAFT, published_at=None)
    CoAuthor.objects.create(resource=resource, user=cai, state="accepted")
    CoAuthor.objects.create(resource=resource, user=user)  # invited, not accepted
    url = f"/en/attachments/resources/{resource.slug}/"
    assert client_as(cai).get(url).status_code == 200
    assert client_as(user).get(url).status_code == 404


def test_someone_not_invited_cannot_edit(client_as, item, user, moderator):
    for person in (user, moderator):
        client = client_as(person)
        assert client.get(f"{item.get_absolute_url()}edit/").status_code == 404
        assert (
            client.post(f"{item.get_absolute_url()}edit/", edit_data("Hacked")).status_code == 404
        )
    item.refresh_from_db()
    assert item.title == "Tea trolley rounds"
    with pytest.raises(workflow.WorkflowError):
        from sharehub.gate.transitions import lock

        lock(item, owner=user, shared=True)


# --- Removing and leaving ---------------------------------------------------------------


def test_a_removed_co_author_loses_their_rights_and_it_is_audited(client_as, author, item, cai):
    row = accepted(item, cai)
    client = client_as(cai)
    assert client.get(f"{item.get_absolute_url()}edit/").status_code == 200
    client = client_as(author)
    assert client.get(f"/en/coauthors/{row.pk}/remove/").status_code == 200  # are you sure?
    response = client.post(f"/en/coauthors/{row.pk}/remove/")
    assert response["Location"] == f"{item.get_absolute_url()}coauthors/"
    assert not CoAuthor.objects.exists()
    entry = entries_for(item).get(action=Action.COAUTHOR_REMOVE)
    assert entry.actor == author
    assert entry.detail["coauthor_id"] == cai.pk and entry.detail["state"] == "accepted"
    assert describe(entry) == "Co-author: Cai Davies"
    client = client_as(cai)
    assert client.get(f"{item.get_absolute_url()}edit/").status_code == 404
    assert client.post(f"{item.get_absolute_url()}edit/", edit_data("Late")).status_code == 404


def test_a_co_author_may_leave_but_not_remove_others(client_as, item, cai, user):
    mine = accepted(item, cai)
    theirs = accepted(item, user)
    client = client_as(cai)
    assert client.post(f"/en/coauthors/{theirs.pk}/remove/").status_code == 404
    response = client.post(f"/en/coauthors/{mine.pk}/remove/")
    assert response["Location"] == "/en/contributions/"
    assert list(CoAuthor.objects.all()) == [theirs]
    assert entries_for(item).get(action=Action.COAUTHOR_LEAVE).actor == cai


# --- Shown on the page ------------------------------------------------------------------


def coauthor_reads(client, url: str) -> list[str]:
    return [
        sql for sql in made_page_sql(client, url) if sql.startswith('SELECT "catalogue_coauthor"')
    ]


@pytest.mark.parametrize("factory", [InnovationFactory, ResourceFactory])
def test_the_page_shows_accepted_co_authors_in_constant_queries(client, factory, cai):
    item = factory(title="Shared work")
    field = item._meta.model_name
    CoAuthor.objects.create(**{field: item}, user=cai, state="accepted")
    one = count(client, item.get_absolute_url())
    others = [verified_user(username=f"writer{n}", display_name=f"Writer {n}") for n in range(3)]
    for person in others:
        CoAuthor.objects.create(**{field: item}, user=person, state="accepted")
    invited = verified_user(username="ivy", display_name="Ivy Invited")
    CoAuthor.objects.create(**{field: item}, user=invited)
    assert count(client, item.get_absolute_url()) == one
    html = client.get(item.get_absolute_url()).content.decode()
    assert "Co-authors" in html
    assert "Cai Davies" in html and "Writer 2" in html
    assert "Ivy Invited" not in html  # not until they accept


@pytest.mark.parametrize("factory", [InnovationFactory, ResourceFactory])
def test_an_item_without_co_authors_reads_none(client, factory, cai):
    """Whether it has any comes with its row: most items have none, and their
    pages read no co-author rows; once one accepts, the page reads and shows them."""
    item = factory(title="Shared work")
    url = item.get_absolute_url()
    CoAuthor.objects.create(**{item._meta.model_name: item}, user=cai)  # invited only
    assert coauthor_reads(client, url) == []
    CoAuthor.objects.filter(user=cai).update(state="accepted")
    assert len(coauthor_reads(client, url)) == 1
    assert "Cai Davies" in client.get(url + "?made=1").content.decode()


def test_a_co_author_sees_the_owner_panel_without_withdraw(client_as, item, cai):
    row = accepted(item, cai)
    html = client_as(cai).get(item.get_absolute_url()).content.decode()
    assert f"{item.get_absolute_url()}edit/" in html
    assert f"{item.get_absolute_url()}withdraw/" not in html
    assert f"{item.get_absolute_url()}coauthors/" not in html
    assert f"/en/coauthors/{row.pk}/remove/" in html  # stop being a co-author


def test_the_author_reaches_the_co_authors_page_from_the_item(client_as, author, item):
    html = client_as(author).get(item.get_absolute_url()).content.decode()
    assert f"{item.get_absolute_url()}coauthors/" in html


def test_the_may_edit_rule_agrees_with_the_database(item, author, cai, user):
    accepted(item, cai)
    CoAuthor.objects.create(innovation=item, user=user)  # invited only
    for person, expected in ((author, True), (cai, True), (user, False)):
        assert coauthors.may_edit(item, person) is expected
        assert type(item).objects.editable_by(person).filter(pk=item.pk).exists() is expected


def test_the_persons_data_download_holds_what_they_co_author(client_as, item, cai, author):
    import json

    CoAuthor.objects.create(innovation=item, user=cai, invited_by=author, state="accepted")
    data = json.loads(client_as(cai).get("/en/accounts/privacy/my-data.json").content)
    assert [(c["innovation"], c["state"]) for c in data["coauthoring"]] == [(item.slug, "accepted")]
    assert "invited_by" not in data["coauthoring"][0]


def test_the_authors_page_shows_only_the_address_they_typed(client_as, author, item):
    """The invitee's private name and their other addresses are theirs: the author's
    page names an invitation by the address the author typed, and a co-author by the
    name they show everyone."""
    from allauth.account.models import EmailAddress

    private = verified_user(
        username="priv", display_name="Private Person", email="home@example.org", public_fields=[]
    )
    EmailAddress.objects.create(user=private, email="work@example.org", verified=True)
    client = client_as(author)
    response = invite(client, item, "work@example.org")
    html = client.get(response["Location"]).content.decode()
    assert "work@example.org" in html
    assert "home@example.org" not in html and "Private Person" not in html
    row = CoAuthor.objects.get()
    assert "home@example.org" not in client.get(f"/en/coauthors/{row.pk}/remove/").content.decode()
    private.public_fields = ["display_name"]
    private.save()
    row.answer(True)
    html = client.get(f"{item.get_absolute_url()}coauthors/").content.decode()
    assert "Private Person" in html and "home@example.org" not in html
