"""Issue 10, "one gate": moderators see exactly what they approve (every field, every
file), never a draft its author did not submit; reporters land on a thank-you page;
junk in a moderation address is a 400 or a 404, never a 500."""

import datetime
import html

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst

from sharehub.catalogue.forms.innovations import InnovationDetailsForm, InnovationForm
from sharehub.catalogue.forms.needs import NeedForm
from sharehub.catalogue.forms.resources import ResourceForm
from sharehub.core.models import Status
from sharehub.core.uploads import validated_upload
from sharehub.moderation import services
from sharehub.taxonomy import models as tax
from tests.attachments import files
from tests.factories import InnovationFactory, NeedFactory, ResourceFactory, verified_user

pytestmark = pytest.mark.django_db


def item_url(kind: str, item) -> str:
    return reverse("moderation:item", kwargs={"kind": kind, "slug": item.slug})


@pytest.fixture
def full_resource(author):
    """A submitted resource with every field filled in, its file included."""
    resource = ResourceFactory(
        author=author,
        status=Status.SUBMITTED,
        published_at=None,
        slug="hydration-guide",
        title="Hydration guide",
        summary="How we keep residents drinking.",
        body="Start with a drinks round at 10.",
        resource_type="guide",
        url="https://example.org/guides/hydration?from=sharehub",
        sector=tax.Sector.objects.get(slug="adults"),
        evidence_level="evaluated",
        cost="low",
        time_to_implement="weeks",
        licence="Open Government Licence v3.0",
        review_by=datetime.date(2027, 3, 1),
    )
    resource.roles.set([tax.Role.objects.order_by("pk").first()])
    resource.job_roles.set([tax.JobRole.objects.order_by("pk").first()])
    resource.file = validated_upload(files.upload("Hydration guide.docx", files.docx()))
    resource.submitted_at = timezone.now()
    resource.save()
    return resource


def test_the_moderator_sees_every_field_of_a_submitted_resource(client, moderator, full_resource):
    client.force_login(moderator)
    page = client.get(item_url("resource", full_resource))
    assert page.status_code == 200
    text = html.unescape(page.text)
    # The link written out in full, not hidden behind a title.
    url = "https://example.org/guides/hydration?from=sharehub"
    assert f">{url}</a>" in text
    # The file, from the address moderators download it at.
    file_url = reverse("attachments:resource_file", kwargs={"slug": full_resource.slug})
    assert f'href="{file_url}"' in page.text
    for label, value in [
        ("Type", "Guide"),
        ("Evidence level", "Evaluated"),
        ("Cost", "Low cost"),
        ("Time to put in place", "Weeks"),
        ("Licence", "Open Government Licence v3.0"),
        ("Review by", "1 March 2027"),
        ("Sector", full_resource.sector.name),
        ("Audience", full_resource.roles.get().name),
        ("Audience job roles", full_resource.job_roles.get().name),
        ("Summary", "How we keep residents drinking."),
        ("Description", "Start with a drinks round at 10."),
    ]:
        assert label in text, label
        assert value in text, value


def test_the_moderator_downloads_a_pending_resources_file(client, moderator, full_resource, user):
    file_url = reverse("attachments:resource_file", kwargs={"slug": full_resource.slug})
    client.force_login(user)
    assert client.get(file_url).status_code == 404  # not published: not for everyone
    client.force_login(moderator)
    response = client.get(file_url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="hydration-guide.docx"'
    assert response["Cache-Control"] == "private, no-store"


def test_the_moderator_sees_every_field_of_an_innovation_with_personal_data_marked(
    client, moderator, author
):
    innovation = InnovationFactory(
        author=author,
        status=Status.SUBMITTED,
        published_at=None,
        slug="drinks-round",
        organisation="Ty Gwyn care home",
        organisation_type=tax.OrganisationType.objects.order_by("pk").first(),
        role=tax.Role.objects.order_by("pk").first(),
        job_role=tax.JobRole.objects.order_by("pk").first(),
        what_helped="Mrs Evans, aged 87, asked for it.",
        what_got_in_the_way="Staff rotas.",
        outcomes="Fewer falls.",
        looking_for=["funding", "partners"],
        links=[{"title": "Evaluation", "url": "https://example.org/evaluation.pdf"}],
        contact_preference="none",
    )
    client.force_login(moderator)
    page = client.get(item_url("innovation", innovation)).text
    text = html.unescape(page)
    assert '<mark class="sh-personal-data"' in page
    assert "Evaluation: " in text and ">https://example.org/evaluation.pdf</a>" in text
    for value in [
        "Ty Gwyn care home",
        innovation.organisation_type.name,
        innovation.role.name,
        innovation.job_role.name,
        innovation.sector.name,
        innovation.stage.name,
        innovation.kind.name,
        "Staff rotas.",
        "Fewer falls.",
        "Funding, Partners",
        "Do not contact me about this",
    ]:
        assert value in text, value


@pytest.mark.parametrize(
    ("kind", "factory", "forms"),
    [
        ("innovation", InnovationFactory, [InnovationForm, InnovationDetailsForm]),
        ("resource", ResourceFactory, [ResourceForm]),
        ("need", NeedFactory, [NeedForm]),
    ],
)
def test_every_field_an_author_can_set_is_on_the_moderators_page(
    client, moderator, author, kind, factory, forms
):
    item = factory(author=author, status=Status.SUBMITTED, published_at=None)
    client.force_login(moderator)
    text = html.unescape(client.get(item_url(kind, item)).text)
    model = type(item)
    shown_as = {"regions": "Where", "local_authorities": "Where", "language": "Language"}
    for form in forms:
        for name in form._meta.fields:
            label = shown_as.get(name) or str(capfirst(model._meta.get_field(name).verbose_name))
            assert f">{label}<" in text, f"{kind}: {name}"


def test_the_moderator_downloads_a_submitted_resources_attachments(client, moderator, author):
    from sharehub.attachments.services import attach_files

    resource = ResourceFactory(author=author, status=Status.SUBMITTED, published_at=None)
    [attachment] = attach_files(resource, [files.upload("plan.pdf", files.PDF_BYTES)], author)
    assert Client().get(attachment.get_absolute_url()).status_code == 404
    client.force_login(moderator)
    assert attachment.get_absolute_url() in client.get(item_url("resource", resource)).text
    assert client.get(attachment.get_absolute_url()).status_code == 200


# --- Drafts never submitted are the author's alone -----------------------------------


def never_submitted(author, status=Status.DRAFT):
    from sharehub.attachments.services import attach_files

    resource = ResourceFactory(author=author, status=status, published_at=None, slug="secret")
    resource.file = validated_upload(files.upload("notes.docx", files.docx()))
    resource.save()
    [attachment] = attach_files(resource, [files.upload("plan.pdf", files.PDF_BYTES)], author)
    return resource, attachment


@pytest.mark.parametrize("status", [Status.DRAFT, Status.WITHDRAWN])
def test_a_never_submitted_draft_and_its_files_are_a_404_for_moderators(
    client, moderator, author, status
):
    resource, attachment = never_submitted(author, status)
    file_url = reverse("attachments:resource_file", kwargs={"slug": resource.slug})
    client.force_login(moderator)
    assert client.get(item_url("resource", resource)).status_code == 404
    assert client.get(file_url).status_code == 404
    assert client.get(attachment.get_absolute_url()).status_code == 404
    note = reverse(
        "moderation:item_action", kwargs={"kind": "resource", "slug": "secret", "action": "note"}
    )
    assert client.post(note, {"note-text": "Seen it."}).status_code == 404
    # Still the author's own.
    client.force_login(author)
    assert client.get(file_url).status_code == 200
    assert client.get(attachment.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    "status",
    [
        Status.DRAFT,  # submitted, then edited back to a draft
        Status.WITHDRAWN,
        Status.REJECTED,
        Status.CHANGES_REQUESTED,
        Status.HIDDEN,
        Status.PUBLISHED,
    ],
)
def test_what_was_submitted_stays_visible_to_moderators(client, moderator, author, status):
    resource, attachment = never_submitted(author, status)
    resource.submitted_at = timezone.now()
    resource.save(update_fields=["submitted_at"])
    file_url = reverse("attachments:resource_file", kwargs={"slug": resource.slug})
    client.force_login(moderator)
    assert client.get(item_url("resource", resource)).status_code == 200
    assert client.get(file_url).status_code == 200
    assert client.get(attachment.get_absolute_url()).status_code == 200


# --- After reporting --------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_reporter_who_hides_an_item_lands_on_a_thank_you_page(
    client, published, settings, language
):
    settings.SHAREHUB_REPORTS_TO_HIDE = 3
    for n in range(2):
        services.report_create(
            published, reporter=verified_user(username=f"r{n}"), reason="spam", text="An advert"
        )
    client.force_login(verified_user(username="third"))
    response = client.post(
        f"/{language}/report/innovation/{published.slug}/", {"reason": "spam", "text": "Advert"}
    )
    published.refresh_from_db()
    assert published.status == Status.HIDDEN
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/report/sent/innovation/"
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert f'<html lang="{language}"' in page.text
    assert page.text.count("<h1") == 1
    assert f'href="/{language}/innovations/"' in page.text
    assert f'href="/{language}/"' in page.text


def test_the_first_reporter_is_thanked_too(client, published, user):
    client.force_login(user)
    response = client.post(
        f"/en/report/innovation/{published.slug}/", {"reason": "spam", "text": "An advert"}
    )
    assert response["Location"] == "/en/report/sent/innovation/"
    page = client.get(response["Location"]).text
    assert "Report sent" in page and "e-mail you what they did" in page


def test_the_thank_you_page_knows_only_the_kinds_people_can_report(client):
    assert client.get("/en/report/sent/need/").status_code == 200
    assert client.get("/en/report/sent/reply/").status_code == 200
    assert client.get("/en/report/sent/message/").status_code == 404
    assert client.get("/en/report/sent/%00/").status_code == 404


# --- Junk in the address ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/en/moderation/?region=%00", 400),
        ("/en/moderation/?type=%00", 400),
        ("/en/moderation/?reason=%00", 400),
        ("/en/moderation/?region=nowhere", 400),
        ("/en/moderation/audit/?who=%00", 400),
        ("/en/moderation/audit/?q=%00", 400),
        ("/en/moderation/audit/?action=%00", 400),
        ("/en/moderation/users/%00/", 404),
        ("/en/moderation/innovation/%00/", 404),
        ("/en/moderation/%00/some-item/", 404),
        ("/en/report/%00/some-item/", 404),
    ],
)
def test_junk_in_a_moderation_address_is_a_400_or_404_never_a_500(client, moderator, path, status):
    client.force_login(moderator)
    response = client.get(path)
    assert response.status_code == status
    if status == 400:
        parameter = path.split("?")[1].split("=")[0]
        assert f"{parameter}:" in response.text  # the page names what is wrong


def test_a_nul_byte_in_a_user_action_is_a_404(client, moderator):
    client.force_login(moderator)
    assert client.post("/en/moderation/users/%00/trust/").status_code == 404


def test_good_filters_still_work(client, moderator, submitted):
    client.force_login(moderator)
    for query in ("region=gwent", "type=innovation", "reason=submitted", ""):
        response = client.get(f"/en/moderation/?{query}")
        assert response.status_code == 200 and "Hydration stations" in response.text
    assert client.get("/en/moderation/audit/?who=Mo&q=tea&action=approve").status_code == 200


def test_the_moderator_opens_the_new_file_a_pending_edit_would_add(client, moderator, author, user):
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from sharehub.catalogue.models import Revision

    resource = ResourceFactory(author=author, slug="falls-toolkit")
    stored = default_storage.save("resources/2026/12/new.pdf", ContentFile(files.PDF_BYTES))
    Revision.objects.create(target=resource, author=author, changes={"file": stored})
    url = reverse("attachments:proposed_resource_file", kwargs={"slug": resource.slug})
    client.force_login(user)
    assert client.get(url).status_code == 404  # waiting for review: not for everyone
    client.force_login(moderator)
    assert f'href="{url}"' in client.get(item_url("resource", resource)).text
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="falls-toolkit.pdf"'
    assert b"".join(response.streaming_content) == files.PDF_BYTES
    client.force_login(author)
    assert client.get(url).status_code == 200


def test_nul_bytes_in_moderation_forms_are_a_form_error(client, moderator, submitted, published):
    client.force_login(moderator)
    note = reverse(
        "moderation:item_action",
        kwargs={"kind": "innovation", "slug": submitted.slug, "action": "note"},
    )
    assert client.post(note, {"note-text": "a\x00b"}).status_code == 400
    duplicate = note.replace("/note/", "/duplicate/")
    assert client.post(duplicate, {"duplicate-original": "\x00"}).status_code == 400
    queue = client.post(
        reverse("moderation:queue"),
        {"selected": ["\x00"], "action": "reject", "reason": "\x00"},
    )
    assert queue.status_code == 400
    report = client.post(
        f"/en/report/innovation/{published.slug}/", {"reason": "\x00", "text": "\x00"}
    )
    assert report.status_code == 400


def test_the_item_page_counts_the_authors_earlier_content_of_every_kind(
    client, moderator, author, submitted, user
):
    """The author's history beside an item: their content of every kind by status,
    and the reports about it (read in two statements, not two per kind)."""
    resource = ResourceFactory(author=author, status=Status.PUBLISHED)
    NeedFactory(author=author, status=Status.REJECTED, published_at=None)
    InnovationFactory(author=author, status=Status.HIDDEN)
    InnovationFactory(author=author, status=Status.PUBLISHED)
    InnovationFactory(status=Status.PUBLISHED)  # someone else's
    services.report_create(resource, reporter=user, reason="spam", text="An advert")
    client.force_login(moderator)
    page = html.unescape(client.get(item_url("innovation", submitted)).text)
    history = page[page.index("sh-author-history") :]
    values = [
        history[history.index(label) :].split('govuk-summary-list__value">', 1)[1].split("<", 1)[0]
        for label in (">Published<", ">Rejected<", ">Waiting<", ">Hidden<", ">Reports about")
    ]
    assert values == ["2", "1", "1", "1", "1"]
