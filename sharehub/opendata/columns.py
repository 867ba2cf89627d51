"""What the open data files hold: for each kind, its columns, once.

The files (sharehub.opendata.build), the data dictionary page and the tests all read
these definitions. A kind's columns are the public fields the API serializers show
(sharehub.api.serializers; tests/opendata checks they stay a subset), plus what the
pages show of kinds the API has no endpoint for. Nothing here is personal data beyond
what an author chose to publish: no e-mail address, no account id, and an author only
as the display name their profile shows (empty when they keep it private).

Which kinds, and why (sharehub.gate.kinds has them all):
- innovations, resources, questions, replies, adoption stories, comments and contact
  listings: what anyone can read on the site, so the files hold what the pages show;
  comments are in because a published comment is as public as a reply, shown with
  its author's public name on the item's page;
- never messages (between two people), profiles (people publish a profile to be
  found, not to be copied in bulk), reports or moderators' notes (private)."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from sharehub.core.spreadsheets import defused
from sharehub.gate.kinds import KINDS, ContentKind

# The types a column may have: how it is written, and what the dictionary calls it.
TEXT = "text"
INTEGER = "integer"
BOOLEAN = "boolean"
DATETIME = "datetime"
DATE = "date"
URL = "url"
SLUG = "slug"
SLUGS = "slugs"
LINKS = "links"

TYPE_NAMES = {
    TEXT: _("text"),
    INTEGER: _("whole number"),
    BOOLEAN: _("true or false"),
    DATETIME: _("date and time (ISO 8601, UTC)"),
    DATE: _("date (ISO 8601)"),
    URL: _("web address"),
    SLUG: _("identifier (slug)"),
    SLUGS: _("list of identifiers (slugs)"),
    LINKS: _("list of links"),
}
TYPE_EXAMPLES = {
    DATETIME: "2026-03-14T09:30:00Z",
    DATE: "2026-03-01",
    URL: "https://sharehub.example/en/innovations/memory-cafe/",
}
# Multi-valued cells in CSV: slugs joined with ";" (a slug never holds one), links
# with a space (a web address never holds one). JSON Lines has arrays.
CSV_SEPARATORS = {SLUGS: ";", LINKS: " "}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: Promise
    example: str
    value: Callable  # the row's value: str, int, bool, date, datetime, list or None

    @property
    def type_name(self) -> str:
        return str(TYPE_NAMES[self.type])

    @property
    def example_text(self) -> str:
        return self.example or TYPE_EXAMPLES.get(self.type, "")


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def url_of(obj) -> str:
    """The row's page, in English (the site has every page at /en/ and /cy/)."""
    with translation.override("en"):
        return absolute(obj.get_absolute_url())


def author_name(obj) -> str:
    """The name the item's page shows, only where the author made it public."""
    return obj.author.shown_display_name if obj.author is not None else ""


def slug_of(field: str) -> Callable:
    def value(obj):
        term = getattr(obj, field)
        return term.slug if term is not None else None

    return value


def slugs_of(field: str) -> Callable:
    return lambda obj: [term.slug for term in getattr(obj, field).all()]


def attr(field: str) -> Callable:
    return lambda obj: getattr(obj, field)


def column(name, type_, description, example, value=None) -> Column:
    return Column(name, type_, description, example, value or attr(name))


SLUG_COLUMN = column("slug", SLUG, _("The row's identifier, as in its address."), "memory-cafe")
URL_COLUMN = column("url", URL, _("The row's page on ShareHub."), "", url_of)
LANGUAGE = column(
    "language", TEXT, _("The language it is written in: en (English) or cy (Welsh)."), "en"
)
AUTHOR = column(
    "author",
    TEXT,
    _("The author's display name, as the page shows it; empty when they keep it private."),
    "Alys Jones",
    author_name,
)
PUBLISHED_AT = column("published_at", DATETIME, _("When it was published."), "")
UPDATED_AT = column("updated_at", DATETIME, _("When it last changed."), "")
TAGS = (
    column(
        "challenge_areas",
        SLUGS,
        _("The challenge areas it is about."),
        "loneliness;dementia",
        slugs_of("challenge_areas"),
    ),
    column(
        "regions",
        SLUGS,
        _("Every region it is in: chosen, or holding a chosen local authority."),
        "north-wales",
        lambda obj: obj.region_slugs(),
    ),
    column(
        "local_authorities",
        SLUGS,
        _("The local authorities it is in."),
        "gwynedd;conwy",
        slugs_of("local_authorities"),
    ),
)
TAG_PREFETCH = ("challenge_areas", "regions", "local_authorities")


def term_column(name, description, example) -> Column:
    return column(name, SLUG, description, example, slug_of(name))


ROLE = term_column("role", _("The author's role (a taxonomy slug)."), "frontline-worker")
JOB_ROLE = term_column("job_role", _("The author's job role (a taxonomy slug)."), "social-worker")
ORGANISATION_TYPE = term_column(
    "organisation_type", _("The kind of organisation (a taxonomy slug)."), "local-authority"
)
SECTOR = term_column("sector", _("The sector (a taxonomy slug)."), "adult-social-care")


def published_slugs(field: str, kind: str) -> tuple[Callable, Prefetch]:
    """A reply's links to innovations or resources: only those anyone may read."""
    attr_name = f"public_{field}"
    prefetch = Prefetch(field, queryset=KINDS[kind].public_rows().only("slug"), to_attr=attr_name)
    return (lambda obj: [item.slug for item in getattr(obj, attr_name)]), prefetch


REPLY_INNOVATIONS, REPLY_INNOVATIONS_PREFETCH = published_slugs("innovations", "innovation")
REPLY_RESOURCES, REPLY_RESOURCES_PREFETCH = published_slugs("resources", "resource")


def comment_on_kind(obj) -> str:
    return obj.item_kind


def comment_on(obj) -> str:
    return obj.item.slug


@dataclass(frozen=True)
class Dataset:
    """One kind's files: its rows (the gate's public rules) and its columns."""

    kind: ContentKind
    columns: tuple[Column, ...]
    select: tuple[str, ...] = ()
    prefetch: tuple = ()

    @property
    def name(self) -> str:
        return self.kind.name

    @property
    def title(self) -> str:
        return str(self.kind.plural)

    def rows(self):
        """The published rows, their authors and parents joined, their tags fetched a
        chunk at a time; without the large columns no file holds (the rendered HTML,
        the search index), which would otherwise be most of each row in memory."""
        rows = self.kind.public_rows().prefetch_related(*self.prefetch).order_by("pk")
        if self.select:
            rows = rows.select_related(*self.select)
        return rows.defer(*_unused(self.kind.model, "", self.select))


UNUSED_FIELDS = ("rendered", "search_vector")


def _unused(model, prefix: str, select: tuple[str, ...]) -> list[str]:
    """The UNUSED_FIELDS of `model` and of the relations `select` follows from it."""
    names = [f"{prefix}{f.name}" for f in model._meta.concrete_fields if f.name in UNUSED_FIELDS]
    for relation in select:
        related = model._meta.get_field(relation).related_model
        names += [
            f"{prefix}{relation}__{f.name}"
            for f in related._meta.concrete_fields
            if f.name in UNUSED_FIELDS
        ]
    return names


def _dataset(name, columns, select=(), prefetch=()) -> Dataset:
    return Dataset(KINDS[name], tuple(columns), tuple(select), tuple(prefetch))


DATASETS: dict[str, Dataset] = {
    dataset.name: dataset
    for dataset in (
        _dataset(
            "innovation",
            [
                SLUG_COLUMN,
                URL_COLUMN,
                LANGUAGE,
                column("title", TEXT, _("Its title."), "Memory café in the library"),
                column(
                    "summary",
                    TEXT,
                    _("A short summary."),
                    "A weekly café for people living with dementia.",
                ),
                column(
                    "body",
                    TEXT,
                    _("What changed and why (Markdown)."),
                    "We opened a **memory café** in the library.",
                ),
                AUTHOR,
                SECTOR,
                term_column("kind", _("The kind of innovation (a taxonomy slug)."), "service"),
                term_column("stage", _("How far it has got (a taxonomy slug)."), "embedded"),
                ROLE,
                JOB_ROLE,
                column(
                    "organisation",
                    TEXT,
                    _("The organisation, if the author named one."),
                    "Conwy County Borough Council",
                ),
                ORGANISATION_TYPE,
                *TAGS,
                column(
                    "what_helped",
                    TEXT,
                    _("What helped (Markdown)."),
                    "Volunteers from the library.",
                ),
                column(
                    "what_got_in_the_way",
                    TEXT,
                    _("What got in the way (Markdown)."),
                    "Transport to the library.",
                ),
                column(
                    "outcomes",
                    TEXT,
                    _("Outcomes and evidence (Markdown)."),
                    "30 people come each week.",
                ),
                column(
                    "looking_for",
                    SLUGS,
                    _(
                        "What the author is looking for: partners, funding, evidence, advice "
                        "or permission."
                    ),
                    "partners;funding",
                ),
                column(
                    "links",
                    LINKS,
                    _(
                        "Web links the author added. JSON Lines: objects with title and url; "
                        "CSV: the addresses, separated by spaces."
                    ),
                    "https://example.org/report",
                ),
                column("featured", BOOLEAN, _("Whether ShareHub features it."), "false"),
                column("useful_count", INTEGER, _("How many people marked it useful."), "12"),
                column(
                    "adoption_count", INTEGER, _("How many published adoption stories it has."), "2"
                ),
                PUBLISHED_AT,
                UPDATED_AT,
            ],
            select=("author",),
            prefetch=TAG_PREFETCH,
        ),
        _dataset(
            "resource",
            [
                SLUG_COLUMN,
                URL_COLUMN,
                LANGUAGE,
                column("title", TEXT, _("Its title."), "Dementia-friendly checklist"),
                column(
                    "summary",
                    TEXT,
                    _("A short summary."),
                    "A checklist for a dementia-friendly home.",
                ),
                column("body", TEXT, _("A description (Markdown)."), "Use it room by room."),
                AUTHOR,
                column(
                    "resource_type",
                    SLUG,
                    _("The type of resource: toolkit, guide, template, research and so on."),
                    "toolkit",
                ),
                column(
                    "link", URL, _("The resource's web address, if it has one."), "", attr("url")
                ),
                column(
                    "roles", SLUGS, _("Who it is for (taxonomy slugs)."), "carer", slugs_of("roles")
                ),
                column(
                    "job_roles",
                    SLUGS,
                    _("The job roles it is for (taxonomy slugs)."),
                    "care-worker",
                    slugs_of("job_roles"),
                ),
                SECTOR,
                *TAGS,
                column(
                    "evidence_level", SLUG, _("How strong the evidence behind it is."), "research"
                ),
                column("cost", SLUG, _("What it costs."), "free"),
                column("time_to_implement", SLUG, _("How long it takes to put in place."), "weeks"),
                column("licence", TEXT, _("The licence it is shared under."), "OGL v3.0"),
                column("review_by", DATE, _("When it should be checked again."), "2027-04-01"),
                PUBLISHED_AT,
                UPDATED_AT,
            ],
            select=("author",),
            prefetch=(*TAG_PREFETCH, "roles", "job_roles"),
        ),
        _dataset(
            "need",
            [
                SLUG_COLUMN,
                URL_COLUMN,
                LANGUAGE,
                column("title", TEXT, _("The question."), "Who runs a memory café?"),
                column(
                    "body", TEXT, _("Details (Markdown)."), "We would like to start one in Bangor."
                ),
                AUTHOR,
                *TAGS,
                column(
                    "answered",
                    BOOLEAN,
                    _("Whether the asker marked it answered."),
                    "true",
                    attr("is_answered"),
                ),
                column("answered_at", DATETIME, _("When the asker marked it answered."), ""),
                PUBLISHED_AT,
                UPDATED_AT,
            ],
            select=("author",),
            prefetch=TAG_PREFETCH,
        ),
        _dataset(
            "reply",
            [
                column("id", INTEGER, _("The reply's number."), "42", attr("pk")),
                URL_COLUMN,
                column(
                    "need",
                    SLUG,
                    _("The question it answers (its slug in the questions file)."),
                    "who-runs-a-memory-cafe",
                    lambda obj: obj.need.slug,
                ),
                LANGUAGE,
                column(
                    "body",
                    TEXT,
                    _("The reply (Markdown)."),
                    "We run one in Llandudno: get in touch.",
                ),
                AUTHOR,
                column(
                    "innovations",
                    SLUGS,
                    _("Published innovations the reply points to."),
                    "memory-cafe",
                    REPLY_INNOVATIONS,
                ),
                column(
                    "resources",
                    SLUGS,
                    _("Published resources the reply points to."),
                    "dementia-checklist",
                    REPLY_RESOURCES,
                ),
                PUBLISHED_AT,
                UPDATED_AT,
            ],
            select=("author", "need"),
            prefetch=(REPLY_INNOVATIONS_PREFETCH, REPLY_RESOURCES_PREFETCH),
        ),
        _dataset(
            "adoption",
            [
                column("id", INTEGER, _("The adoption story's number."), "7", attr("pk")),
                URL_COLUMN,
                column(
                    "innovation",
                    SLUG,
                    _("The innovation taken up (its slug in the innovations file)."),
                    "memory-cafe",
                    lambda obj: obj.innovation.slug,
                ),
                LANGUAGE,
                column(
                    "organisation", TEXT, _("The organisation that took it up."), "Gwynedd Council"
                ),
                term_column("region", _("The region (a taxonomy slug)."), "north-wales"),
                term_column(
                    "local_authority", _("The local authority (a taxonomy slug)."), "gwynedd"
                ),
                column(
                    "started", DATE, _("The month it started (the first day of the month)."), ""
                ),
                column(
                    "progress",
                    SLUG,
                    _("How far it got: planning, running, embedded or stopped."),
                    "running",
                ),
                column("story", TEXT, _("What happened."), "We started a café in Caernarfon."),
                column(
                    "stopped_reason", TEXT, _("Why it stopped, if it did."), "The funding ended."
                ),
                PUBLISHED_AT,
                UPDATED_AT,
            ],
            select=("innovation",),
        ),
        _dataset(
            "comment",
            [
                column("id", INTEGER, _("The comment's number."), "301", attr("pk")),
                URL_COLUMN,
                column(
                    "on_kind",
                    SLUG,
                    _("What it is on: innovation, resource or need (a question)."),
                    "innovation",
                    comment_on_kind,
                ),
                column(
                    "on",
                    SLUG,
                    _("The slug of what it is on, in that kind's file."),
                    "memory-cafe",
                    comment_on,
                ),
                LANGUAGE,
                column("body", TEXT, _("The comment (Markdown)."), "We tried this too."),
                AUTHOR,
                PUBLISHED_AT,
                column("edited_at", DATETIME, _("When its author last edited it."), ""),
            ],
            select=("author", "innovation", "resource", "need"),
        ),
        _dataset(
            "contact",
            [
                SLUG_COLUMN,
                URL_COLUMN,
                LANGUAGE,
                column("name", TEXT, _("The name they chose to list."), "Ceri Evans"),
                column(
                    "is_organisation",
                    BOOLEAN,
                    _("Whether the listing is an organisation rather than a person."),
                    "false",
                ),
                ROLE,
                JOB_ROLE,
                column(
                    "organisation",
                    TEXT,
                    _("Their organisation, if they named one."),
                    "Age Cymru",
                ),
                ORGANISATION_TYPE,
                *TAGS,
                column(
                    "can_help_with",
                    TEXT,
                    _("What they can help with (Markdown)."),
                    "Setting up peer support.",
                ),
                column("bio", TEXT, _("About them (Markdown)."), "A social worker in Conwy."),
                PUBLISHED_AT,
            ],
            prefetch=TAG_PREFETCH,
        ),
    )
}


def json_value(value):
    """A cell for JSON Lines: dates and times as ISO 8601 (times in UTC, with Z)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return value


def csv_cell(column: Column, value) -> str:
    """A cell for CSV: empty for none, true/false, lists joined, formulas defused."""
    value = json_value(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        if column.type == LINKS:
            value = [link.get("url", "") if isinstance(link, dict) else link for link in value]
        value = CSV_SEPARATORS.get(column.type, ";").join(str(v) for v in value)
    if isinstance(value, str):
        return defused(value)  # formulas defused (CSV injection)
    return str(value)
