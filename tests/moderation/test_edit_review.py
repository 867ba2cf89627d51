"""Edits to published items by authors who are not trusted yet wait for a moderator:
the public keeps the published version, the moderator sees the differences and
approves (the edit is applied) or declines it (with a reason the author sees)."""

import pytest
from django.core import mail
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sharehub.catalogue.models import Innovation, Resource, Revision
from sharehub.core.models import Status
from sharehub.gate.audit import entries_for
from sharehub.gate.models import Action
from sharehub.moderation.queue import build_queue
from sharehub.taxonomy import models as tax
from tests.factories import InnovationFactory, ResourceFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def pks(model, *slugs):
    return [str(model.objects.get(slug=s).pk) for s in slugs]


@pytest.fixture
def published(author):
    return InnovationFactory(
        author=author, title="Tea trolley rounds", slug="tea-trolley", places=(["all-wales"], [])
    )


@pytest.fixture
def edit_data(published):
    """The edit form for `published`, as its author would send it."""
    return {
        "title": "Tea trolley rounds",
        "body": published.body,
        "summary": published.summary,
        "challenge_areas": pks(tax.ChallengeArea, "value"),
        "regions": pks(tax.Region, "all-wales"),
        "local_authorities": [],
    }


def edit(client, item, data, kind="innovation"):
    return client.post(reverse(f"catalogue:{kind}_edit", kwargs={"slug": item.slug}), data)


def act(client, item, action, kind="innovation", **data):
    url = reverse(
        "moderation:item_action", kwargs={"kind": kind, "slug": item.slug, "action": action}
    )
    return client.post(url, data)


def actions(item) -> list[str]:
    return list(entries_for(item).order_by("created", "id").values_list("action", flat=True))


def propose(client, author, published, edit_data, **changes):
    client.force_login(author)
    response = edit(client, published, {**edit_data, **changes})
    assert response.status_code == 302, response.context["form"].errors
    return Revision.objects.get(state=Revision.State.PENDING)


def test_an_untrusted_authors_edit_waits_and_the_public_sees_the_published_version(
    client, author, published, edit_data
):
    client.force_login(author)
    response = edit(
        client,
        published,
        {
            **edit_data,
            "title": "Tea trolley rounds on every floor",
            "challenge_areas": pks(tax.ChallengeArea, "value", "risk"),
            "regions": pks(tax.Region, "gwent"),
        },
    )
    assert response.status_code == 302
    followed = client.get(response.url)
    assert "A moderator will check them before they are published" in followed.text
    assert "Your changes are waiting for review" in followed.text

    published.refresh_from_db()
    assert published.title == "Tea trolley rounds"
    assert published.status == Status.PUBLISHED
    assert set(published.challenge_areas.values_list("slug", flat=True)) == {"value"}
    assert published.place_names() == ["All Wales"]
    revision = Revision.objects.get()
    assert revision.state == Revision.State.PENDING
    assert revision.author == author
    assert set(revision.changes) == {"title", "challenge_areas", "regions", "local_authorities"}
    assert actions(published) == [Action.PROPOSE_EDIT]

    # Everyone else still sees the published version.
    client.logout()
    public = client.get(published.get_absolute_url()).text
    assert "Tea trolley rounds on every floor" not in public
    assert "Tea trolley rounds" in public

    # The author's edit form starts from their pending changes, and their
    # contributions page says the changes wait for review.
    client.force_login(author)
    form = client.get(reverse("catalogue:innovation_edit", kwargs={"slug": published.slug})).text
    assert 'value="Tea trolley rounds on every floor"' in form
    assert "Your earlier changes are waiting for a moderator" in form
    contributions = client.get(reverse("catalogue:contributions")).text
    assert "Changes waiting for review" in contributions


def test_a_trusted_authors_edit_needs_no_review(client, trusted, edit_data):
    item = InnovationFactory(author=trusted, title="Tea trolley rounds", places=(["all-wales"], []))
    client.force_login(trusted)
    edit(client, item, {**edit_data, "title": "Tea trolley rounds, weekly"})
    item.refresh_from_db()
    assert item.title == "Tea trolley rounds, weekly"
    assert not Revision.objects.filter(state=Revision.State.PENDING).exists()
    # Audited, with what it replaced, for moderators to see afterwards.
    applied = Revision.objects.get(state=Revision.State.APPLIED)
    assert applied.before == {"title": "Tea trolley rounds"}
    assert applied.changes == {"title": "Tea trolley rounds, weekly"}
    entry = entries_for(item).get(action=Action.EDIT)
    assert (entry.actor, entry.detail) == (trusted, {"fields": ["title"]})


def test_approving_the_edit_applies_it_and_tells_the_author(
    client, author, moderator, published, edit_data
):
    propose(
        client,
        author,
        published,
        edit_data,
        title="Tea trolley rounds on every floor",
        body="Now on **every** floor.",
        challenge_areas=pks(tax.ChallengeArea, "risk"),
        local_authorities=pks(tax.LocalAuthority, "newport"),
        regions=pks(tax.Region, "gwent"),
    )
    client.force_login(moderator)
    queue = client.get(reverse("moderation:queue") + "?reason=edit").text
    assert "Tea trolley rounds" in queue and "Edit to a published item" in queue
    page = client.get(
        reverse("moderation:item", kwargs={"kind": "innovation", "slug": "tea-trolley"})
    )
    assert "Changes waiting for review" in page.text
    assert (
        '<ins><span class="govuk-visually-hidden">[added:] </span>on every floor</ins>' in page.text
    )
    assert "Newport" in page.text  # the new place, by name

    response = act(client, published, "approve_edit")
    assert response.status_code == 302
    published.refresh_from_db()
    assert published.title == "Tea trolley rounds on every floor"
    assert published.body == "Now on **every** floor."
    assert published.status == Status.PUBLISHED
    assert list(published.challenge_areas.values_list("slug", flat=True)) == ["risk"]
    assert published.place_names() == ["Newport"]
    assert Innovation.objects.published().filter(title__contains="every floor").exists()
    revision = Revision.objects.get()
    assert (revision.state, revision.decided_by) == (Revision.State.APPLIED, moderator)
    assert actions(published) == [Action.PROPOSE_EDIT, Action.APPROVE_EDIT]
    entry = entries_for(published).get(action=Action.APPROVE_EDIT)
    assert entry.actor == moderator
    assert (entry.status_before, entry.status_after) == ("published", "published")
    assert mail.outbox[-1].to == [author.email]
    assert "your changes to" in mail.outbox[-1].subject
    assert "published them" in mail.outbox[-1].body
    # Nothing waits any more, and a second approval is told it was handled.
    assert not [e for e in build_queue() if e.revision]
    act(client, published, "approve_edit")
    messages = [str(m) for m in client.get(reverse("moderation:queue")).context["messages"]]
    assert any("already handled by Mo" in m for m in messages)


def test_declining_the_edit_keeps_the_published_version_and_says_why(
    client, author, moderator, published, edit_data
):
    propose(client, author, published, edit_data, title="Buy TeaMax 3000 now")
    client.force_login(moderator)
    response = act(client, published, "decline_edit", **{"decline_edit-text": " "})
    assert response.status_code == 400
    assert "There is a problem" in response.text
    assert Revision.objects.get().state == Revision.State.PENDING

    act(client, published, "decline_edit", **{"decline_edit-text": "This reads as an advert."})
    published.refresh_from_db()
    assert published.title == "Tea trolley rounds"
    revision = Revision.objects.get()
    assert revision.state == Revision.State.DECLINED
    assert revision.reason == "This reads as an advert."
    assert actions(published) == [Action.PROPOSE_EDIT, Action.DECLINE_EDIT]
    assert "were not published" in mail.outbox[-1].subject
    assert "This reads as an advert." in mail.outbox[-1].body

    client.force_login(author)
    for url in (published.get_absolute_url(), reverse("catalogue:contributions")):
        text = client.get(url).text
        assert "Your last changes were not published" in text
        assert "This reads as an advert." in text


def test_a_second_edit_updates_the_pending_one_and_undoing_it_withdraws_it(
    client, author, published, edit_data
):
    first = propose(client, author, published, edit_data, title="Tea rounds")
    second = propose(client, author, published, edit_data, title="Tea rounds, twice a day")
    assert first.pk == second.pk
    assert second.changes == {"title": "Tea rounds, twice a day"}
    assert Revision.objects.count() == 1

    response = edit(client, published, edit_data)  # back to what is published
    assert "Nothing has changed." in [str(m) for m in client.get(response.url).context["messages"]]
    assert Revision.objects.get().state == Revision.State.WITHDRAWN


def test_edits_through_both_innovation_forms_make_one_revision(
    client, author, published, edit_data
):
    propose(client, author, published, edit_data, title="Tea rounds")
    details = reverse("catalogue:innovation_details", kwargs={"slug": published.slug})
    form = client.get(details)
    assert form.status_code == 200
    data = {
        "what_helped": "Residents drink more.",
        "links": "Guide https://example.org/guide",
        "contact_preference": published.contact_preference,
        "language": "en",
    }
    response = client.post(details, data)
    assert response.status_code == 302, response.text[:3000]
    revision = Revision.objects.get(state=Revision.State.PENDING)
    assert revision.changes["title"] == "Tea rounds"
    assert revision.changes["what_helped"] == "Residents drink more."
    assert revision.changes["links"] == [{"title": "Guide", "url": "https://example.org/guide"}]
    # The details form starts from the pending values too.
    assert "Residents drink more." in client.get(details).text
    assert "Guide https://example.org/guide" in client.get(details).text


def test_withdrawing_the_item_withdraws_its_pending_edit(client, author, published, edit_data):
    propose(client, author, published, edit_data, title="Tea rounds")
    client.post(reverse("catalogue:innovation_withdraw", kwargs={"slug": published.slug}))
    assert Revision.objects.get().state == Revision.State.WITHDRAWN
    assert not [e for e in build_queue() if e.revision]


def test_personal_data_in_an_edit_is_shown_to_author_and_moderator(
    client, author, moderator, published, edit_data
):
    propose(
        client, author, published, edit_data, body="Mrs Evans, aged 87, NHS number 943 476 5919."
    )
    owner = client.get(published.get_absolute_url()).text
    assert "This may include personal details of someone who receives care" in owner
    assert "943 476 5919" in owner

    [entry] = build_queue(reason="edit")
    assert {f.kind for f in entry.findings} >= {"nhs_number", "named_person"}
    client.force_login(moderator)
    page = client.get(
        reverse("moderation:item", kwargs={"kind": "innovation", "slug": published.slug})
    )
    assert "The changed version may identify a person who receives care" in page.text
    assert '<mark class="sh-personal-data"' in page.text


def test_the_queue_filters_edits_from_submissions(author, published, submitted, edit_data, client):
    propose(client, author, published, edit_data, title="Tea rounds")
    assert [e.item.pk for e in build_queue(reason="edit")] == [published.pk]
    assert [e.item.pk for e in build_queue(reason="submitted")] == [submitted.pk]
    assert {e.item.pk for e in build_queue()} == {published.pk, submitted.pk}


def test_bulk_approve_applies_edits_and_publishes_submissions(
    client, author, moderator, published, submitted, edit_data
):
    propose(client, author, published, edit_data, title="Tea rounds")
    client.force_login(moderator)
    response = client.post(
        reverse("moderation:queue"),
        {
            "selected": [f"innovation:{published.pk}", f"innovation:{submitted.pk}"],
            "action": "approve",
        },
    )
    assert response.status_code == 302
    published.refresh_from_db()
    submitted.refresh_from_db()
    assert published.title == "Tea rounds"
    assert submitted.status == Status.PUBLISHED


def test_a_new_file_waits_with_the_edit_and_a_declined_one_is_deleted(
    client, author, moderator, resource_form_data, django_capture_on_commit_callbacks
):
    resource = ResourceFactory(author=author, title="Falls toolkit", url="https://example.org/f")
    client.force_login(author)
    pdf = SimpleUploadedFile("Falls toolkit v2.pdf", PDF, content_type="application/pdf")
    response = edit(client, resource, {**resource_form_data, "file": pdf}, kind="resource")
    assert response.status_code == 302, response.text[:2000]
    resource.refresh_from_db()
    assert not resource.file
    stored = Revision.objects.get().changes["file"]
    assert stored.startswith("resources/") and default_storage.exists(stored)

    # Fixing a typo afterwards keeps the file waiting (a file input starts empty).
    edit(client, resource, {**resource_form_data, "summary": "Checklists, for homes."}, "resource")
    assert Revision.objects.get().changes["file"] == stored
    assert default_storage.exists(stored)

    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, resource, "decline_edit", kind="resource", **{"decline_edit-text": "Wrong."})
    assert not default_storage.exists(stored)

    client.force_login(author)
    pdf = SimpleUploadedFile("v3.pdf", PDF, content_type="application/pdf")
    edit(client, resource, {**resource_form_data, "file": pdf}, kind="resource")
    stored = Revision.objects.get(state=Revision.State.PENDING).changes["file"]
    client.force_login(moderator)
    act(client, resource, "approve_edit", kind="resource")
    resource.refresh_from_db()
    assert resource.file.name == stored
    assert Resource.objects.get(pk=resource.pk).file.read() == PDF


@pytest.fixture
def resource_form_data(db):
    return {
        "title": "Falls toolkit",
        "resource_type": "toolkit",
        "url": "https://example.org/f",
        "summary": "Checklists for care homes.",
        "challenge_areas": pks(tax.ChallengeArea, "value"),
        "language": "en",
    }


def test_the_decision_is_written_in_the_authors_language(
    client, author, moderator, published, edit_data
):
    author.language = "cy"
    author.save(update_fields=["language"])
    propose(client, author, published, edit_data, title="Tea rounds")
    client.force_login(moderator)
    act(client, published, "approve_edit")
    assert mail.outbox[-1].subject == "ShareHub: mae eich newidiadau i “Tea rounds” wedi'u cyhoeddi"


def test_pending_edits_are_in_the_authors_data_download(client, author, published, edit_data):
    propose(client, author, published, edit_data, title="Tea rounds")
    data = client.get("/en/accounts/privacy/my-data.json").json()
    [sent] = data["edits_sent_for_review"]
    assert sent["changes"] == {"title": "Tea rounds"}
    assert sent["state"] == "pending"


def test_once_trusted_the_next_edit_shows_at_once_and_replaces_the_pending_one(
    client, author, published, edit_data
):
    propose(client, author, published, edit_data, title="Tea rounds")
    author.trusted = True
    author.save(update_fields=["trusted"])
    edit(client, published, {**edit_data, "title": "Tea rounds, weekly"})
    published.refresh_from_db()
    assert published.title == "Tea rounds, weekly"
    assert Revision.objects.exclude(state=Revision.State.APPLIED).get().state == (
        Revision.State.WITHDRAWN
    )
    assert not [e for e in build_queue() if e.revision]


def test_dates_terms_and_choices_round_trip_through_a_pending_edit(
    client, author, moderator, resource_form_data
):
    resource = ResourceFactory(author=author, title="Falls toolkit", url="https://example.org/f")
    client.force_login(author)
    data = {
        **resource_form_data,
        "review_by_day": "31",
        "review_by_month": "3",
        "review_by_year": "2027",
        "cost": "free",
        "roles": pks(tax.Role, "innovator"),
    }
    response = edit(client, resource, data, kind="resource")
    assert response.status_code == 302, response.context["form"].errors
    changes = Revision.objects.get().changes
    assert changes["review_by"] == "2027-03-31"
    # The author's form shows their pending values again.
    form = client.get(reverse("catalogue:resource_edit", kwargs={"slug": resource.slug}))
    assert form.status_code == 200
    assert 'value="2027"' in form.text and 'value="31"' in form.text
    assert 'value="free" checked' in form.text

    client.force_login(moderator)
    page = client.get(
        reverse("moderation:item", kwargs={"kind": "resource", "slug": resource.slug})
    )
    assert "31 March 2027" in page.text
    act(client, resource, "approve_edit", kind="resource")
    resource.refresh_from_db()
    assert resource.review_by.isoformat() == "2027-03-31"
    assert resource.cost == "free"
    assert list(resource.roles.values_list("slug", flat=True)) == ["innovator"]


def test_a_term_deleted_after_the_edit_is_skipped_not_a_500(
    client, author, moderator, published, edit_data
):
    area = tax.ChallengeArea.objects.create(slug="short-lived", name_en="Short", position=99)
    propose(client, author, published, edit_data, challenge_areas=[str(area.pk)])
    area.delete()
    client.force_login(moderator)
    page = client.get(
        reverse("moderation:item", kwargs={"kind": "innovation", "slug": published.slug})
    )
    assert page.status_code == 200
    assert act(client, published, "approve_edit").status_code == 302
    assert not published.challenge_areas.exists()


def test_resaving_what_is_published_is_not_a_change(client, author, edit_data):
    """A browser sends CRLF line ends, and an item tagged with a region and a local
    authority inside it is re-saved as the local authority alone: neither is a change
    a moderator should be asked about."""
    item = InnovationFactory(
        author=author,
        title="Tea trolley rounds",
        body="First line.\nSecond line.",
        places=(["north-wales"], ["conwy"]),
    )
    client.force_login(author)
    data = {
        **edit_data,
        "summary": item.summary,
        "body": "First line.\r\nSecond line.",
        "regions": pks(tax.Region, "north-wales"),
        "local_authorities": pks(tax.LocalAuthority, "conwy"),
    }
    response = edit(client, item, data)
    assert "Nothing has changed." in [str(m) for m in client.get(response.url).context["messages"]]
    assert not Revision.objects.exists()

    edit(client, item, {**data, "local_authorities": pks(tax.LocalAuthority, "conwy", "gwynedd")})
    changes = Revision.objects.get().changes
    assert set(changes) == {"regions", "local_authorities"}  # places go together
    assert changes["regions"] == []


def upload(name="Drinks chart.pdf"):
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def test_files_added_to_a_published_item_wait_for_review(client, author, moderator, published):
    from sharehub.attachments.models import Attachment

    client.force_login(author)
    manage = reverse("attachments:manage", kwargs={"kind": "innovations", "slug": published.slug})
    assert "a moderator will check files you add" in client.get(manage).text
    response = client.post(manage, {"files": [upload()]})
    assert response.status_code in (200, 302)
    attachment = Attachment.objects.get()
    assert attachment.pending
    assert actions(published) == [Action.PROPOSE_EDIT]
    # The author sees it, marked; nobody else sees or downloads it.
    assert "Waiting for review" in client.get(published.get_absolute_url()).text
    assert client.get(attachment.get_absolute_url()).status_code == 200
    client.logout()
    assert "Drinks chart.pdf" not in client.get(published.get_absolute_url()).text
    assert client.get(attachment.get_absolute_url()).status_code == 404

    # The moderator finds it in the queue, opens the file and approves it.
    [entry] = build_queue(reason="edit")
    assert entry.files == [attachment] and entry.revision is None
    client.force_login(moderator)
    page = client.get(
        reverse("moderation:item", kwargs={"kind": "innovation", "slug": published.slug})
    )
    assert "New documents and images" in page.text
    assert client.get(attachment.get_absolute_url()).status_code == 200
    act(client, published, "approve_edit")
    attachment.refresh_from_db()
    assert not attachment.pending
    client.logout()
    assert "Drinks chart.pdf" in client.get(published.get_absolute_url()).text
    assert client.get(attachment.get_absolute_url()).status_code == 200
    assert entries_for(published).first().detail == {"fields": [], "files": ["Drinks chart.pdf"]}


def test_declined_files_are_removed_and_the_author_sees_why(
    client, author, moderator, published, django_capture_on_commit_callbacks
):
    from sharehub.attachments.models import Attachment
    from sharehub.attachments.services import attach_files

    [attachment] = attach_files(published, [upload("Resident photo.pdf")], author)
    stored = attachment.file.name
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, published, "decline_edit", **{"decline_edit-text": "It shows a resident."})
    assert not Attachment.objects.exists()
    assert not default_storage.exists(stored)
    assert "It shows a resident." in mail.outbox[-1].body
    client.force_login(author)
    assert "It shows a resident." in client.get(published.get_absolute_url()).text


def test_a_trusted_authors_files_show_at_once(trusted):
    from sharehub.attachments.services import attach_files

    item = InnovationFactory(author=trusted)
    [attachment] = attach_files(item, [upload()], trusted)
    assert not attachment.pending


def test_moderators_can_open_the_files_of_a_submitted_item(client, author, moderator, submitted):
    from sharehub.attachments.services import attach_files

    [attachment] = attach_files(submitted, [upload()], author)
    assert not attachment.pending  # not published: the whole submission is reviewed
    assert client.get(attachment.get_absolute_url()).status_code == 404
    client.force_login(moderator)
    page = client.get(
        reverse("moderation:item", kwargs={"kind": "innovation", "slug": submitted.slug})
    )
    assert attachment.get_absolute_url() in page.text
    assert client.get(attachment.get_absolute_url()).status_code == 200


def test_the_moderator_page_names_what_the_author_is_looking_for(
    client, author, moderator, published
):
    from sharehub.catalogue.models import Innovation as Model

    Revision.objects.create(target=published, author=author, changes={"looking_for": ["funding"]})
    client.force_login(moderator)
    page = client.get(
        reverse("moderation:item", kwargs={"kind": "innovation", "slug": "tea-trolley"})
    )
    assert page.status_code == 200
    assert "Funding" in page.text
    act(client, published, "approve_edit")
    assert Model.objects.get(pk=published.pk).looking_for == ["funding"]


def test_a_trusted_edit_keeps_what_the_pending_one_changed_in_the_other_form(
    client, author, published, edit_data
):
    details = reverse("catalogue:innovation_details", kwargs={"slug": published.slug})
    client.force_login(author)
    client.post(
        details,
        {
            "what_helped": "Residents drink more.",
            "contact_preference": published.contact_preference,
            "language": "en",
        },
    )
    assert Revision.objects.get().changes["what_helped"] == "Residents drink more."
    author.trusted = True
    author.save(update_fields=["trusted"])
    edit(client, published, {**edit_data, "title": "Tea rounds"})
    published.refresh_from_db()
    assert (published.title, published.what_helped) == ("Tea rounds", "Residents drink more.")
    assert Revision.objects.exclude(state=Revision.State.APPLIED).get().state == (
        Revision.State.WITHDRAWN
    )
    applied = Revision.objects.get(state=Revision.State.APPLIED)
    assert {"title", "what_helped"} <= set(applied.changes)
