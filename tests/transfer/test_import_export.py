"""manage.py export_content / import_content (sharehub.transfer): the round trip
is byte-identical, every refusal is reported by line and field, importing twice
changes nothing, and --dry-run writes nothing."""

import datetime
import io
import json
import shutil

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError

from sharehub.attachments.models import Attachment
from sharehub.attachments.services import attach_files
from sharehub.catalogue.demo import load_demo
from sharehub.catalogue.models import Adoption, Innovation, Need, NeedReply, Resource, Revision
from sharehub.catalogue.models.adoptions import Progress
from sharehub.catalogue.models.coauthors import CoAuthor
from sharehub.comments.models import Comment
from sharehub.contacts.models import Contact
from sharehub.core.models import Status
from sharehub.gate.models import AuditEntry
from sharehub.organisations.models import Membership, Organisation
from sharehub.organisations.names import normalise
from sharehub.taxonomy import models as tax
from tests.attachments import files
from tests.factories import (
    AdoptionFactory,
    ContactFactory,
    InnovationFactory,
    NeedFactory,
    ResourceFactory,
    UserFactory,
    term,
)

pytestmark = pytest.mark.django_db(transaction=False)

CONTENT = (
    Comment,
    CoAuthor,
    Membership,
    Attachment,
    Adoption,
    NeedReply,
    Revision,
    Contact,
    Innovation,
    Resource,
    Need,
    Organisation,
)
AT = datetime.datetime(2025, 3, 4, 5, 6, 7, 123456, tzinfo=datetime.UTC)


def empty_site() -> None:
    """What a new, empty ShareHub has: the taxonomy and no content, people or files."""
    for model in CONTENT:
        model.objects.all().delete()
    get_user_model().objects.all().delete()
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


def export(tmp_path, name: str, *options) -> bytes:
    path = tmp_path / name
    call_command("export_content", str(path), *options, stderr=io.StringIO())
    return path.read_bytes()


def run_import(path, *options) -> tuple[str, str, bool]:
    out, err = io.StringIO(), io.StringIO()
    failed = False
    try:
        call_command("import_content", str(path), "--no-progress", *options, stdout=out, stderr=err)
    except CommandError:
        failed = True
    return out.getvalue(), err.getvalue(), failed


def every_field_catalogue() -> None:
    """The demo site, plus rows that fill what it leaves empty: translations,
    duplicates, every innovation detail, a resource's file, attachments, a stopped
    adoption, an organisation's listing, replies pointing to items, a deleted author."""
    load_demo()
    author = UserFactory(display_name="Eleri Ddu", email="eleri@example.org")
    moderator_message = "Ychwanegwch dystiolaeth, os gwelwch yn dda."
    full = InnovationFactory(
        author=author,
        slug="every-field",
        title="Every field “quoted” — ✓",
        sector=term(tax.Sector, tax.Sector.objects.first().slug),
        kind=tax.Kind.objects.first(),
        stage=tax.Stage.objects.first(),
        role=tax.Role.objects.first(),
        job_role=tax.JobRole.objects.first(),
        organisation="Cyngor Gwynedd",
        organisation_type=tax.OrganisationType.objects.first(),
        what_helped="Amser\nline two",
        what_got_in_the_way="Money",
        outcomes="Fewer falls",
        looking_for=["advice", "partners"] if "partners" in _looking() else ["advice"],
        links=[{"title": "Report", "url": "https://example.org/r"}, {"url": "https://e.org"}],
        contact_preference="none",
        status=Status.CHANGES_REQUESTED,
        moderator_message=moderator_message,
        submitted_at=AT,
        personal_data_confirmed_at=AT,
        personal_data_confirmed_by=author,
        featured=True,
    )
    full.local_authorities.set([tax.LocalAuthority.objects.first()])
    welsh = InnovationFactory(author=author, slug="pob-maes", language="cy", translation_of=full)
    InnovationFactory(author=None, slug="by-a-deleted-account", duplicate_of=welsh)
    resource = ResourceFactory(
        author=author,
        slug="with-a-file",
        url="",
        review_by=datetime.date(2027, 5, 1),
        evidence_level="evaluated",
        cost="free",
        time_to_implement="weeks",
        licence="OGL v3",
    )
    resource.file.save("guide.pdf", ContentFile(files.PDF_BYTES))
    resource.roles.set(tax.Role.objects.all()[:2])
    attach_files(full, [files.upload("plan.pdf", files.PDF_BYTES)], author)
    attach_files(resource, [files.upload("photo.png", files.image_bytes("PNG"))], author)
    need = NeedFactory(
        author=author, slug="open-question", status=Status.PUBLISHED, published_at=AT
    )
    NeedFactory(
        author=author, slug="answered", status=Status.PUBLISHED, published_at=AT, answered_at=AT
    )
    reply = NeedReply.objects.create(
        need=need, author=author, body="Try this", status=Status.PUBLISHED, published_at=AT
    )
    reply.innovations.set([full])
    reply.resources.set([resource])
    published = Innovation.objects.published().first()
    AdoptionFactory(
        innovation=published,
        author=author,
        progress=Progress.STOPPED,
        stopped_reason="Funding ended",
        local_authority=tax.LocalAuthority.objects.first(),
        region=tax.LocalAuthority.objects.first().region,
        started=datetime.date(2024, 2, 1),
    )
    contact = ContactFactory(
        user=author, slug="an-organisation", is_organisation=True, bio="**Bold**"
    )
    organisations_and_people(author, full, resource, published, contact)


def organisations_and_people(author, full, resource, published, contact) -> None:
    """An organisation record linked from every kind (whose name is not the text
    that links to it, as after a merge), its members, co-authors in every state,
    and comments with replies (one to a deleted comment, one by a deleted account)."""
    organisation = Organisation.objects.create(
        name="Gofal Cymru",
        key=normalise("Gofal Cymru"),
        slug="gofal-cymru",
        organisation_type=tax.OrganisationType.objects.first(),
        website="https://gofal.example.org",
    )
    organisation.local_authorities.set(tax.LocalAuthority.objects.all()[:2])
    Resource.objects.filter(pk=resource.pk).update(organisation="Gofal Cymru Ltd")
    adoption = Adoption.objects.filter(author=author).first()
    for row in (full, resource, adoption, contact):
        type(row).objects.filter(pk=row.pk).update(organisation_record=organisation)
    co = UserFactory(display_name="Cai", email="cai@example.org")
    Membership.objects.create(user=co, organisation=organisation)
    Membership.objects.create(user=author, organisation=organisation)
    CoAuthor.objects.create(
        innovation=full,
        user=co,
        invited_by=author,
        address="Cai@Example.org",
        state=CoAuthor.State.ACCEPTED,
        answered_at=AT,
    )
    CoAuthor.objects.create(
        resource=resource, user=co, invited_by=None, state=CoAuthor.State.DECLINED
    )
    CoAuthor.objects.create(innovation=published, user=co, invited_by=author)

    def comment(body, **fields):
        values = {"status": Status.PUBLISHED, "published_at": AT, "language": "en"}
        return Comment.objects.create(innovation=published, body=body, **(values | fields))

    first = comment("Great idea", author=author)
    comment("Diolch!", author=co, reply_to=first, language="cy", edited_at=AT)
    deleted = comment("Gone", author=co, status=Status.WITHDRAWN)
    comment("Still here", author=None, reply_to=deleted)
    # Comments stay on an item withdrawn since (the service takes them only on a
    # published one: the import restores them all the same).
    closed = InnovationFactory(author=author, slug="withdrawn-since", status=Status.WITHDRAWN)
    Comment.objects.create(
        innovation=closed, author=author, body="Before it closed", status=Status.PUBLISHED
    )
    Comment.objects.create(
        need=Need.objects.get(slug="open-question"),
        author=co,
        body="Waiting",
        status=Status.SUBMITTED,
        language="en",
    )


def _looking() -> set:
    from sharehub.catalogue.models.innovations import LookingFor

    return set(LookingFor.values)


def test_the_round_trip_is_byte_identical_with_people_and_files(tmp_path):
    every_field_catalogue()
    first = export(tmp_path, "a.jsonl", "--with-people", "--files", str(tmp_path / "files"))
    kinds = {json.loads(line)["type"] for line in first.decode().splitlines()}
    assert kinds == {
        "header",
        "person",
        "innovation",
        "resource",
        "need",
        "reply",
        "contact",
        "adoption",
        "attachment",
        "organisation",
        "membership",
        "coauthor",
        "comment",
    }
    empty_site()
    assert not Innovation.objects.exists()
    _out, err, failed = run_import(tmp_path / "a.jsonl", "--files", str(tmp_path / "files"))
    assert not failed, err
    second = export(tmp_path, "b.jsonl", "--with-people", "--files", str(tmp_path / "again"))
    assert second == first
    # The files came through the upload checks and are stored under the same names.
    attachment = Attachment.objects.get(original_name="plan.pdf")
    assert attachment.file.read() == files.PDF_BYTES
    assert Resource.objects.get(slug="with-a-file").file.read() == files.PDF_BYTES
    # Statuses and times exactly as they were; the author is matched by e-mail.
    full = Innovation.objects.get(slug="every-field")
    assert full.status == Status.CHANGES_REQUESTED and full.submitted_at == AT
    assert full.author.email == "eleri@example.org" and full.translated_as.slug == "pob-maes"
    assert Innovation.objects.get(slug="by-a-deleted-account").author is None
    # The links are the exported ones, not what the organisation text would name.
    assert not Organisation.objects.filter(name="Gofal Cymru Ltd").exists()
    assert Resource.objects.get(slug="with-a-file").organisation_record.slug == "gofal-cymru"
    assert full.organisation_record.slug == "gofal-cymru"
    assert CoAuthor.objects.get(innovation=full).state == CoAuthor.State.ACCEPTED
    reply = Comment.objects.get(body="Still here")
    assert reply.reply_to.body == "Gone" and reply.author is None


def test_without_people_content_is_attributed_to_the_import_account(tmp_path, settings):
    every_field_catalogue()
    first = export(tmp_path, "a.jsonl")
    assert b"eleri@example.org" not in first and b'"type":"person"' not in first
    # Memberships and co-authors are people: only with --with-people.
    assert b'"type":"membership"' not in first and b'"type":"coauthor"' not in first
    assert b'"type":"comment"' in first and b'"type":"organisation"' in first
    empty_site()
    _out, err, failed = run_import(tmp_path / "a.jsonl", "--account", "bulk@example.org")
    assert not failed, err
    assert set(Innovation.objects.values_list("author__email", flat=True)) == {"bulk@example.org"}
    assert set(Comment.objects.values_list("author__email", flat=True)) == {"bulk@example.org"}
    assert not Membership.objects.exists() and not CoAuthor.objects.exists()
    assert export(tmp_path, "b.jsonl") == first


def counts() -> dict:
    return {model.__name__: model.objects.count() for model in (*CONTENT, AuditEntry)}


def test_importing_the_same_file_again_changes_nothing(tmp_path):
    every_field_catalogue()
    export(tmp_path, "a.jsonl", "--with-people", "--files", str(tmp_path / "files"))
    empty_site()
    run_import(tmp_path / "a.jsonl", "--files", str(tmp_path / "files"))
    before = counts()
    stamps = sorted(Innovation.objects.values_list("slug", "updated_at"))
    media = sorted(p.name for p in (tmp_path / "media").rglob("*") if p.is_file())
    out, err, failed = run_import(tmp_path / "a.jsonl", "--files", str(tmp_path / "files"))
    assert not failed, err
    assert out.startswith("0 created, ") and "0 rejected" in out
    assert counts() == before
    assert sorted(Innovation.objects.values_list("slug", "updated_at")) == stamps
    assert sorted(p.name for p in (tmp_path / "media").rglob("*") if p.is_file()) == media


def test_a_dry_run_writes_nothing(tmp_path):
    every_field_catalogue()
    export(tmp_path, "a.jsonl", "--with-people", "--files", str(tmp_path / "files"))
    empty_site()
    before = counts()
    out, err, failed = run_import(
        tmp_path / "a.jsonl", "--files", str(tmp_path / "files"), "--dry-run"
    )
    assert not failed, err
    assert "0 rejected (dry run: nothing was written)" in out
    assert counts() == before
    assert not get_user_model().objects.filter(email="eleri@example.org").exists()
    assert not [p for p in (tmp_path / "media").rglob("*") if p.is_file()]


# --- rejections ---------------------------------------------------------------------


def header(**extra) -> str:
    return json.dumps(
        {
            "type": "header",
            "schema": "sharehub-content",
            "version": 2,
            "people": False,
            "files": False,
        }
        | extra
    )


def need_record(**changes) -> dict:
    return {
        "type": "need",
        "slug": "a-question",
        "title": "Has anyone tried this?",
        "body": "Details",
        "language": "en",
        "challenge_areas": ["value"],
        "regions": [],
        "local_authorities": [],
        "status": "published",
        "created_at": "2025-01-02T03:04:05.000006Z",
        "updated_at": "2025-01-02T03:04:05.000006Z",
        "published_at": "2025-01-02T03:04:05.000006Z",
        "submitted_at": None,
        "personal_data_confirmed_at": None,
        "answered_at": None,
        "featured": False,
        "moderator_message": "",
        "translation_of": None,
        "duplicate_of": None,
    } | changes


def write(tmp_path, *lines) -> object:
    path = tmp_path / "in.jsonl"
    path.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n",
        encoding="utf-8",
    )
    return path


def test_every_refusal_names_its_line_and_field_and_keeps_nothing_of_the_record(tmp_path):
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "virus.exe").write_bytes(b"MZ\x90\x00not a document")
    path = write(
        tmp_path,
        header(),
        need_record(slug="good"),  # 2: accepted
        "{not json",  # 3
        {"type": "poem"},  # 4
        need_record(slug="bad-area", challenge_areas=["valu"]),  # 5
        need_record(slug="bad-time", created_at="yesterday"),  # 6
        need_record(slug="bad-status", status="lost"),  # 7
        need_record(slug=None),  # 8
        need_record(slug="extra", colour="blue"),  # 9
        need_record(slug="too-long", title="x" * 201),  # 10
        need_record(slug="good", title="Another title"),  # 11: differs from line 2
        {**need_record(slug="replied"), "type": "need", "status": "withdrawn"},  # 12 ok
        {  # 13: a reply on a question that is not published
            "type": "reply",
            "need": "replied",
            "body": "Yes",
            "language": "en",
            "innovations": [],
            "resources": [],
            "status": "published",
            "created_at": "2025-01-02T03:04:05.000006Z",
            "updated_at": "2025-01-02T03:04:05.000006Z",
            "published_at": None,
            "moderator_message": "",
        },
        {  # 14: an attachment whose file fails the upload checks
            "type": "attachment",
            "id": "6f1c7c1e-7c1a-4c55-9a53-0f6f1f7c2d11",
            "innovation": None,
            "resource": "nowhere",
            "original_name": "virus.exe",
            "path": "virus.exe",
            "pending": False,
            "created_at": "2025-01-02T03:04:05.000006Z",
        },
        {  # 15: a path outside the folder
            "type": "attachment",
            "id": "6f1c7c1e-7c1a-4c55-9a53-0f6f1f7c2d12",
            "innovation": "good",
            "resource": None,
            "original_name": "a.pdf",
            "path": "../etc/passwd",
            "pending": False,
            "created_at": "2025-01-02T03:04:05.000006Z",
        },
        need_record(slug="translated", translation_of="missing-item"),  # 16
        need_record(slug="no-area", challenge_areas=[]),  # 17
    )
    out, err, failed = run_import(path, "--files", str(tmp_path / "files"))
    assert failed
    lines = err.splitlines()
    assert "line 3: not a JSON object in UTF-8" in lines
    assert 'line 4: field "type": unknown record type "poem"' in lines
    assert 'line 5: field "challenge_areas": unknown slug "valu"' in lines
    assert any(line.startswith('line 6: field "created_at": not a time') for line in lines)
    assert 'line 7: field "status": unknown status "lost"' in lines
    assert 'line 8: field "slug": is required' in lines
    assert 'line 9: field "colour": unknown field' in lines
    assert any(line.startswith('line 10: field "title": ') for line in lines)
    assert any(
        line.startswith('line 11: field "title": differs from the need already here')
        for line in lines
    )
    assert "line 13: Only published questions take replies." in lines
    assert any(line.startswith('line 14: field "resource": unknown resource') for line in lines)
    assert any(
        line.startswith('line 14: field "path": ') and "cannot be uploaded" in line
        for line in lines
    )
    assert any(line.startswith('line 15: field "path": must be a path inside') for line in lines)
    assert 'line 16: field "translation_of": unknown need slug "missing-item"' in lines
    assert any(line.startswith('line 17: field "challenge_areas": ') for line in lines)
    assert not any(line.startswith(("line 2:", "line 12:")) for line in lines)
    assert "2 created, 0 unchanged, 14 rejected" in out
    # All or nothing: only the accepted records are here, as they were written.
    assert sorted(Need.objects.values_list("slug", flat=True)) == ["good", "replied"]
    good = Need.objects.get(slug="good")
    assert good.title == "Has anyone tried this?" and good.status == Status.PUBLISHED
    assert good.created_at == datetime.datetime(2025, 1, 2, 3, 4, 5, 6, tzinfo=datetime.UTC)
    assert not NeedReply.objects.exists() and not Attachment.objects.exists()
    assert not [p for p in (tmp_path / "media").rglob("*") if p.is_file()]


@pytest.mark.parametrize(
    ("first_line", "message"),
    [
        ('{"type": "header", "schema": "other", "version": 1}', 'field "schema"'),
        (header(version=1), 'field "version": this ShareHub reads version 2 only'),
        ("not json", 'field "schema"'),
    ],
)
def test_a_file_without_this_schema_s_header_is_refused_whole(tmp_path, first_line, message):
    path = write(tmp_path, first_line, need_record())
    _out, err, failed = run_import(path)
    assert failed and f"line 1: {message}" in err
    assert not Need.objects.exists()


def test_files_named_without_a_files_folder_and_unknown_people_are_refused(tmp_path):
    ResourceFactory(slug="guide", status=Status.PUBLISHED)
    path = write(
        tmp_path,
        header(people=True),
        need_record(author="nobody@example.org"),
        {
            "type": "attachment",
            "id": "6f1c7c1e-7c1a-4c55-9a53-0f6f1f7c2d13",
            "innovation": None,
            "resource": "guide",
            "original_name": "a.pdf",
            "path": "a.pdf",
            "pending": False,
            "created_at": "2025-01-02T03:04:05.000006Z",
        },
    )
    _out, err, failed = run_import(path)
    assert failed
    assert 'line 2: field "author": no person record or account for "nobody@example.org"' in err
    assert 'line 3: field "path": names a file but no --files folder was given' in err


def test_unknown_organisations_co_authors_and_comments_are_refused(tmp_path):
    """An organisation slug, a co-author's e-mail or a comment answered that is not
    in the file (nor here) is refused by line and field; the rest goes in."""
    author = UserFactory(email="eleri@example.org")
    host = InnovationFactory(author=author, slug="host", status=Status.PUBLISHED, published_at=AT)
    linked = InnovationFactory(author=author, slug="linked", organisation="Gofal")
    organisation = Organisation.objects.create(name="Gofal", key="gofal", slug="gofal")
    Innovation.objects.filter(pk=linked.pk).update(organisation_record=organisation)
    CoAuthor.objects.create(innovation=host, user=UserFactory(email="cai@example.org"))
    parent = Comment.objects.create(
        innovation=host, author=author, body="Hello", status=Status.PUBLISHED, language="en"
    )
    Comment.objects.create(
        innovation=host,
        author=author,
        body="Reply",
        reply_to=parent,
        status=Status.PUBLISHED,
        language="en",
    )
    export(tmp_path, "a.jsonl", "--with-people")
    records = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text().splitlines()]
    empty_site()
    kept = []
    for record in records:
        if record["type"] == "organisation":
            continue  # the link names an organisation that is not in the file
        if record["type"] == "coauthor":
            record["user"] = "stranger@example.org"
        if record["type"] == "comment" and record["reply_to"] is None:
            continue  # the comment replied to is not in the file
        kept.append(record)
    path = write(tmp_path, *kept)
    line = {(r["type"], r.get("slug")): n for n, r in enumerate(kept, start=1)}
    _out, err, failed = run_import(path)
    assert failed
    assert (
        f'line {line["innovation", "linked"]}: field "organisation_record": '
        'unknown organisation slug "gofal"'
    ) in err
    assert (
        f'line {line["coauthor", None]}: field "user": '
        'no person record or account for "stranger@example.org"'
    ) in err
    assert (
        f'line {line["comment", None]}: field "reply_to": '
        "no such comment on this item before this one"
    ) in err
    assert list(Innovation.objects.values_list("slug", flat=True)) == ["host"]
    assert not Comment.objects.exists() and not CoAuthor.objects.exists()
    assert not Organisation.objects.exists()
