"""The insights page's figures: one function per figure, each a few aggregate queries.

Every figure is counted by the database (GROUP BY, COUNT, percentile_cont): Python
only lays out the rows it returns (one per term, month or band), never the content
itself, so a figure costs the same number of queries at 100 items or 100,000.

What counts is what anyone may read: a kind's public rows (sharehub.gate.kinds
ContentKind.public_rows), narrowed by the filters in the page's address
(sharehub.insights.forms). The moderation queue's times are for staff only.

On PostgreSQL the challenge area by region table reads the items' tag arrays
(sharehub.taxonomy.facet_arrays); SQLite (`make run`) counts the same from the link
tables. SQLite has no percentile_cont: there a percentile is the nearest rank,
found by the database with ORDER BY … OFFSET, and the page says so.
"""

import math
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.core.cache import cache
from django.db import connection
from django.db.models import (
    Aggregate,
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    Min,
    OuterRef,
    Q,
    Subquery,
)
from django.db.models.functions import Coalesce, TruncMonth
from django.utils import formats, timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from sharehub.catalogue.models import Innovation
from sharehub.core.models import Status
from sharehub.core.search import is_postgres
from sharehub.gate.kinds import KINDS, QUEUED
from sharehub.gate.models import Action, AuditEntry
from sharehub.taxonomy import facet_arrays
from sharehub.taxonomy import models as tax
from sharehub.taxonomy.terms import terms
from sharehub.taxonomy.terms import version as term_version

# The content the kind filter chooses between.
CONTENT_KINDS = ("innovation", "resource", "need")
NO_VALUE = "\N{EN DASH}"  # a figure with nothing to measure
NOT_GIVEN = _("Not given")


@dataclass(frozen=True)
class Filters:
    """What the page's address asks for, already checked (forms.FilterForm)."""

    period: str = "12m"  # "12m", "all" or a year ("2025")
    start: datetime | None = None  # published from (inclusive)
    end: datetime | None = None  # published before (exclusive)
    sector: tax.Sector | None = None
    kind: str = "innovation"
    language: str = ""  # "", "en" or "cy"

    @property
    def key(self) -> str:
        sector = self.sector.slug if self.sector else ""
        return f"{self.period}|{sector}|{self.kind}|{self.language}"


@dataclass
class Figure:
    """One figure: its table (the columns' headings and rows whose first cell names
    the row), which the page, the chart and the CSV download all show."""

    slug: str
    title: str
    columns: list[str]
    rows: list[list]
    notes: list[str] = field(default_factory=list)
    # The cell of each row the bar chart draws (an index into the row).
    value_index: int = 1
    # An innovation's slug for each row that names one (its title links to it).
    links: list[str] = field(default_factory=list)

    @property
    def linked_rows(self) -> list[tuple[list[tuple], str]]:
        """Each row as its (cell, column heading) pairs, with its link if any (the
        headings label the cells where a narrow screen stacks the table)."""
        links = self.links or [""] * len(self.rows)
        return [
            (list(zip(row, self.columns, strict=True)), link)
            for row, link in zip(self.rows, links, strict=True)
        ]

    @property
    def total(self) -> int:
        return sum(row[self.value_index] or 0 for row in self.rows)

    @property
    def empty(self) -> bool:
        return not any(row[self.value_index] for row in self.rows)

    @property
    def bars(self) -> list[dict]:
        """The rows as bars: label, value, and the bar's length as a percentage of
        the largest value (at least a sliver for any value above nought)."""
        values = [row[self.value_index] or 0 for row in self.rows]
        top = max(values, default=0) or 1
        return [
            {
                "label": row[0],
                "value": value,
                "percent": 0 if not value else max(round(100 * value / top, 1), 0.5),
            }
            for row, value in zip(self.rows, values, strict=True)
        ]


# --- the content each figure counts ---------------------------------------------


def has_field(model, name: str) -> bool:
    return any(f.name == name for f in model._meta.get_fields())


def public(kind: str, filters: Filters, *, period: bool = True):
    """The public rows of `kind` that the filters choose."""
    rows = KINDS[kind].public_rows().order_by()
    model = rows.model
    if filters.language:
        rows = rows.filter(language=filters.language)
    if filters.sector and has_field(model, "sector"):
        rows = rows.filter(sector=filters.sector)
    if period:
        rows = within(rows, "published_at", filters)
    return rows


def within(rows, field_name: str, filters: Filters):
    if filters.start:
        rows = rows.filter(**{f"{field_name}__gte": filters.start})
    if filters.end:
        rows = rows.filter(**{f"{field_name}__lt": filters.end})
    return rows


def sector_note(kind: str, filters: Filters) -> list[str]:
    if filters.sector and not has_field(KINDS[kind].model, "sector"):
        return [str(_("Questions have no sector: the sector filter does not change this figure."))]
    return []


def _fetch(sql: str, params) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


# --- challenge area by region ----------------------------------------------------


def _heat_sql_arrays(rows) -> tuple[str, list]:
    """PostgreSQL: each item's challenge areas and regions from its tag arrays."""
    model = rows.model
    inner = rows.annotate(
        cas=facet_arrays.array(model, "challenge_areas"),
        rgs=facet_arrays.array(model, "regions"),
    ).values("cas", "rgs")
    sql, params = inner.query.sql_with_params()
    return (
        f"""WITH t AS MATERIALIZED ({sql}),
cas AS (SELECT ca FROM t CROSS JOIN LATERAL unnest(t.cas) ca),
rgs AS (SELECT rg FROM t CROSS JOIN LATERAL unnest(t.rgs) rg)
SELECT ca, rg, COUNT(*) FROM t CROSS JOIN LATERAL unnest(t.cas) ca
  CROSS JOIN LATERAL unnest(t.rgs) rg GROUP BY ca, rg
UNION ALL SELECT ca, NULL, COUNT(*) FROM cas GROUP BY ca
UNION ALL SELECT NULL, rg, COUNT(*) FROM rgs GROUP BY rg
UNION ALL SELECT NULL, NULL, COUNT(*) FROM t""",
        list(params),
    )


def _heat_sql_links(rows) -> tuple[str, list]:
    """Any database: the same counts from the link tables (a region holds the items
    tagged with its local authorities)."""
    model = rows.model
    qn = connection.ops.quote_name

    def link(name):
        f = model._meta.get_field(name)
        return qn(f.remote_field.through._meta.db_table), f.m2m_column_name(), f.m2m_reverse_name()

    ca_table, ca_src, ca_dst = link("challenge_areas")
    rg_table, rg_src, rg_dst = link("regions")
    la_table, la_src, la_dst = link("local_authorities")
    sql, params = rows.values("pk").query.sql_with_params()
    return (
        f"""WITH items AS ({sql}),
cas AS (SELECT x.{ca_src} AS id, x.{ca_dst} AS ca FROM {ca_table} x
        WHERE x.{ca_src} IN (SELECT * FROM items)),
rgs AS (SELECT x.{rg_src} AS id, x.{rg_dst} AS rg FROM {rg_table} x
        WHERE x.{rg_src} IN (SELECT * FROM items)
        UNION
        SELECT x.{la_src}, la.region_id FROM {la_table} x
        JOIN taxonomy_localauthority la ON la.id = x.{la_dst}
        WHERE x.{la_src} IN (SELECT * FROM items))
SELECT cas.ca, rgs.rg, COUNT(*) FROM cas JOIN rgs ON rgs.id = cas.id GROUP BY cas.ca, rgs.rg
UNION ALL SELECT ca, NULL, COUNT(*) FROM cas GROUP BY ca
UNION ALL SELECT NULL, rg, COUNT(*) FROM rgs GROUP BY rg
UNION ALL SELECT NULL, NULL, COUNT(*) FROM items""",
        list(params),
    )


@dataclass
class Heat(Figure):
    regions: list = field(default_factory=list)

    @property
    def shaded_rows(self) -> list[dict]:
        """Each challenge area's cells with a shade (0 for none, then 1 to 4 by the
        cell's share of the largest cell): the spread map's key, BANDS, whose fills
        the stylesheet's .sh-heat-N classes repeat. The numbers are written in the
        cells: the shade only repeats them."""
        top = max((c for row in self.rows[:-1] for c in row[1:-1]), default=0) or 1
        return [
            {
                "label": row[0],
                "cells": [
                    {"count": count, "band": min(math.ceil(4 * count / top), 4)}
                    for count in row[1:-1]
                ],
                "total": row[-1],
            }
            for row in self.rows[:-1]
        ]

    @property
    def totals(self) -> list:
        return self.rows[-1]


def heat(filters: Filters) -> Heat:
    """Published items of the chosen kind by challenge area (rows) and region
    (columns), with each row's and column's total (an item with two challenge areas
    counts once in each row, and once in its row's total)."""
    rows = public(filters.kind, filters)
    sql, params = _heat_sql_arrays(rows) if is_postgres() else _heat_sql_links(rows)
    counts = {(ca, rg): n for ca, rg, n in _fetch(sql, params)}
    areas = terms(tax.ChallengeArea)
    regions = terms(tax.Region)
    table = [
        [
            area.name,
            *(counts.get((area.pk, r.pk), 0) for r in regions),
            counts.get((area.pk, None), 0),
        ]
        for area in areas
    ]
    table.append(
        [
            str(_("All challenge areas")),
            *(counts.get((None, r.pk), 0) for r in regions),
            counts.get((None, None), 0),
        ]
    )
    plural = KINDS[filters.kind].plural
    return Heat(
        slug="areas-by-region",
        title=str(_("%(kind)s by challenge area and region") % {"kind": plural}),
        columns=[str(_("Challenge area")), *(r.name for r in regions), str(_("Total"))],
        rows=table,
        notes=[
            *sector_note(filters.kind, filters),
            str(
                _(
                    "An item tagged with more than one challenge area or region is counted "
                    "in each; a local authority counts towards its region. Totals count "
                    "each item once."
                )
            ),
        ],
        value_index=len(regions) + 1,
        regions=regions,
    )


# --- trend by month ---------------------------------------------------------------


def month_label(month: date) -> str:
    return formats.date_format(month, "F Y")


def _months(first: date, last: date) -> list[date]:
    months = []
    current = first.replace(day=1)
    while current <= last:
        months.append(current)
        current = (current + timedelta(days=32)).replace(day=1)
    return months


def trend(filters: Filters) -> Figure:
    """Published items of the chosen kind, by the month they were published."""
    rows = (
        public(filters.kind, filters)
        .annotate(month=TruncMonth("published_at"))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by("month")
    )
    counts = {
        timezone.localtime(r["month"]).date()
        if isinstance(r["month"], datetime)
        else r["month"]: r["n"]
        for r in rows
    }
    today = timezone.localdate()
    if filters.start:
        first = timezone.localtime(filters.start).date()
    else:
        first = min(counts, default=today)
    last = timezone.localtime(filters.end - timedelta(seconds=1)).date() if filters.end else today
    plural = KINDS[filters.kind].plural
    return Figure(
        slug="by-month",
        title=str(_("%(kind)s published each month") % {"kind": plural}),
        columns=[str(_("Month")), str(_("Published"))],
        rows=[[month_label(m), counts.get(m, 0)] for m in _months(first, last)],
        notes=sector_note(filters.kind, filters),
    )


# --- stage -----------------------------------------------------------------------


# The innovation's own fields that the stage and "who shares" figures count.
TERM_FIELDS = {"stage": tax.Stage, "organisation_type": tax.OrganisationType, "role": tax.Role}


def innovation_terms(filters: Filters) -> dict[str, dict]:
    """{field: {term id or None: published innovations}} for the stage, organisation
    type and role, in one query that reads the innovations once."""
    rows = public("innovation", filters).values(*(f"{name}_id" for name in TERM_FIELDS))
    sql, params = rows.query.sql_with_params()
    materialized = "MATERIALIZED " if is_postgres() else ""
    counts_by = " UNION ALL ".join(
        f"SELECT '{name}', {name}_id, COUNT(*) FROM t GROUP BY {name}_id" for name in TERM_FIELDS
    )
    found: dict[str, dict] = {name: {} for name in TERM_FIELDS}
    for name, pk, n in _fetch(f"WITH t AS {materialized}({sql}) {counts_by}", params):
        found[name][pk] = n
    return found


def _by_term(counts: dict, model) -> list[list]:
    table = [[term.name, counts.get(term.pk, 0)] for term in terms(model)]
    if counts.get(None):
        table.append([str(NOT_GIVEN), counts[None]])
    return table


def stages(filters: Filters, counts: dict | None = None) -> Figure:
    """Published innovations by the stage they have reached."""
    counts = counts or innovation_terms(filters)
    return Figure(
        slug="stages",
        title=str(_("Innovations by stage")),
        columns=[str(_("Stage")), str(_("Innovations"))],
        rows=_by_term(counts["stage"], tax.Stage),
    )


def organisation_types(filters: Filters, counts: dict | None = None) -> Figure:
    """Published innovations by the type of organisation that shared them."""
    counts = counts or innovation_terms(filters)
    return Figure(
        slug="organisation-types",
        title=str(_("Innovations by type of organisation")),
        columns=[str(_("Type of organisation")), str(_("Innovations"))],
        rows=_by_term(counts["organisation_type"], tax.OrganisationType),
    )


def roles(filters: Filters, counts: dict | None = None) -> Figure:
    """Published innovations by the role of the person who shared them."""
    counts = counts or innovation_terms(filters)
    return Figure(
        slug="roles",
        title=str(_("Innovations by role of the person sharing")),
        columns=[str(_("Role")), str(_("Innovations"))],
        rows=_by_term(counts["role"], tax.Role),
    )


# --- spread ----------------------------------------------------------------------


def _adoptions(filters: Filters):
    """Published adoptions of published innovations the filters choose (by the
    innovation's language and sector), told by the end of the period."""
    rows = KINDS["adoption"].public_rows().order_by()
    if filters.language:
        rows = rows.filter(innovation__language=filters.language)
    if filters.sector:
        rows = rows.filter(innovation__sector=filters.sector)
    if filters.end:
        rows = rows.filter(published_at__lt=filters.end)
    return (
        rows.annotate(place=Coalesce("region", "local_authority__region"))
        .filter(place__isnull=False)
        .values("innovation")
        .annotate(regions=Count("place", distinct=True), stories=Count("pk"))
    )


TOP_SPREAD = 10


def spread_counts(filters: Filters) -> tuple[dict[int, int], list[tuple[int, int, int]]]:
    """({number of regions: innovations taken up in that many}, the TOP_SPREAD
    innovations taken up in the most regions (two or more) as (id, regions,
    stories)), in one query that reads the adoptions once."""
    sql, params = _adoptions(filters).query.sql_with_params()
    materialized = "MATERIALIZED " if is_postgres() else ""
    rows = _fetch(
        f"""WITH s AS {materialized}({sql})
SELECT 0, s.regions, COUNT(*), 0 FROM s GROUP BY s.regions
UNION ALL SELECT * FROM (
  SELECT 1, s.regions, s.stories, s.innovation FROM s WHERE s.regions >= 2
  ORDER BY s.regions DESC, s.stories DESC, s.innovation LIMIT {TOP_SPREAD}) top""",
        params,
    )
    counts = {regions: n for part, regions, n, _id in rows if part == 0}
    top = [(pk, regions, stories) for part, regions, stories, pk in rows if part == 1]
    top.sort(key=lambda row: (-row[1], -row[2], row[0]))
    return counts, top


def spread(filters: Filters, counts: dict[int, int] | None = None) -> Figure:
    """How many innovations have been taken up in 1, 2, 3… regions: spread is being
    taken up in two or more."""
    if counts is None:
        counts, _top = spread_counts(filters)
    most = max(counts, default=0)
    table = [
        [
            ngettext("Taken up in %(count)s region", "Taken up in %(count)s regions", n)
            % {"count": n},
            counts.get(n, 0),
        ]
        for n in range(1, max(most, 2) + 1)
    ]
    figure = Figure(
        slug="spread",
        title=str(_("Innovations by the number of regions that took them up")),
        columns=[str(_("Regions")), str(_("Innovations"))],
        rows=table,
        notes=[
            str(
                _(
                    "From published “We tried this too” stories told by the end of the "
                    "period; the period does not limit when the innovation was shared."
                )
            )
        ],
    )
    figure.two_or_more = sum(n for regions, n in counts.items() if regions >= 2)
    return figure


def most_spread(filters: Filters, top: list | None = None) -> Figure:
    """The innovations taken up in the most regions (two or more), by title."""
    if top is None:
        _counts, top = spread_counts(filters)
    names = (
        {
            pk: (title, slug)
            for pk, title, slug in Innovation.objects.filter(pk__in=[row[0] for row in top])
            .order_by()
            .values_list("pk", "title", "slug")
        }
        if top
        else {}
    )
    return Figure(
        slug="most-spread",
        title=str(_("Innovations taken up in the most regions")),
        columns=[str(_("Innovation")), str(_("Regions")), str(_("Adoption stories"))],
        rows=[[names[pk][0], regions, stories] for pk, regions, stories in top],
        links=[names[pk][1] for pk, _regions, _stories in top],
    )


# --- questions and replies ------------------------------------------------------


class Percentile(Aggregate):
    """PostgreSQL's percentile_cont: the value below which `fraction` of the values
    fall, interpolated."""

    function = "percentile_cont"
    name = "Percentile"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"

    def __init__(self, expression, fraction: float, **extra):
        super().__init__(
            expression, fraction=float(fraction), output_field=DurationField(), **extra
        )


def percentiles(rows, expression, fractions: tuple[float, ...]) -> list[timedelta | None]:
    """The `fractions` percentiles of `expression` over `rows`, by the database: on
    PostgreSQL percentile_cont in one query; elsewhere the nearest rank, one
    ORDER BY … LIMIT 1 OFFSET query each (after a count)."""
    rows = rows.annotate(_value=ExpressionWrapper(expression, output_field=DurationField()))
    rows = rows.filter(_value__isnull=False)
    if is_postgres():
        found = rows.aggregate(
            **{f"p{i}": Percentile(F("_value"), f) for i, f in enumerate(fractions)}
        )
        return [found[f"p{i}"] for i in range(len(fractions))]
    count = rows.count()
    if not count:
        return [None for _f in fractions]
    ordered = rows.order_by("_value").values_list("_value", flat=True)
    return [ordered[max(math.ceil(f * count) - 1, 0)] for f in fractions]


def days(value: timedelta | None) -> str:
    """A duration as days, to one decimal place ("2.5"), or a dash."""
    if value is None:
        return NO_VALUE
    return formats.number_format(round(value.total_seconds() / 86400, 1), 1)


def hours(value: timedelta | None) -> str:
    if value is None:
        return NO_VALUE
    return formats.number_format(round(value.total_seconds() / 3600, 1), 1)


def percent(part: int, whole: int) -> str:
    if not whole:
        return NO_VALUE
    return f"{round(100 * part / whole)}%"


def needs(filters: Filters) -> Figure:
    """Questions asked in the period: how many had a published reply, how many the
    asker marked answered, and the median time from asking to the first published
    reply."""
    replies = KINDS["reply"].public_rows().filter(need=OuterRef("pk")).order_by()
    first_reply = Subquery(
        replies.values("need").annotate(first=Min("published_at")).values("first")[:1]
    )
    rows = public("need", filters).annotate(first_reply=first_reply)
    found = rows.aggregate(
        total=Count("pk"),
        replied=Count("pk", filter=Q(first_reply__isnull=False)),
        answered=Count("pk", filter=Q(answered_at__isnull=False)),
    )
    (median,) = percentiles(rows, F("first_reply") - F("published_at"), (0.5,))
    total, replied, answered = found["total"], found["replied"], found["answered"]
    figure = Figure(
        slug="questions",
        title=str(_("Questions on the notice board")),
        columns=[str(_("Measure")), str(_("Number")), str(_("Share of questions"))],
        rows=[
            [str(_("Questions asked")), total, ""],
            [str(_("Had at least one reply")), replied, percent(replied, total)],
            [str(_("Marked answered by the person who asked")), answered, percent(answered, total)],
            [str(_("Median time to the first reply (days)")), days(median), ""],
        ],
        notes=sector_note("need", filters),
    )
    figure.replied_share = percent(replied, total)
    figure.median_days = days(median)
    return figure


# --- the moderation queue (staff) -----------------------------------------------

DECISIONS = (Action.APPROVE, Action.REQUEST_CHANGES, Action.REJECT)


def queue_times(filters: Filters) -> Figure:
    """Decisions moderators made in the period on content waiting for them, and how
    long it had waited: from the entry that put it in the queue (its last one with
    status submitted) to the decision."""
    waiting_since = Subquery(
        AuditEntry.objects.filter(
            target_type=OuterRef("target_type"),
            target_id=OuterRef("target_id"),
            status_after=Status.SUBMITTED,
            created__lte=OuterRef("created"),
        )
        .exclude(pk=OuterRef("pk"))
        .order_by("-created", "-id")
        .values("created")[:1]
    )
    decisions = within(
        AuditEntry.objects.filter(action__in=DECISIONS, status_before=Status.SUBMITTED),
        "created",
        filters,
    ).annotate(waiting_since=waiting_since)
    count = decisions.count()
    median, p95 = percentiles(decisions, F("created") - F("waiting_since"), (0.5, 0.95))
    waiting = waiting_now()
    figure = Figure(
        slug="queue",
        title=str(_("Moderation queue")),
        columns=[str(_("Measure")), str(_("Value"))],
        rows=[
            [str(_("Decisions made in the period")), count],
            [str(_("Median wait for a decision (hours)")), hours(median)],
            [str(_("95th percentile wait (hours)")), hours(p95)],
            *([str(_("Waiting now: %(kind)s") % {"kind": label}), n] for label, n in waiting),
        ],
        notes=[
            str(
                _(
                    "Times run from submission (or return to the queue) to approval, "
                    "rejection or a request for changes. The language and sector filters "
                    "do not apply."
                )
            )
        ],
    )
    figure.waiting_total = sum(n for _label, n in waiting)
    return figure


def waiting_now() -> list[tuple[str, int]]:
    """Each queued kind's items waiting for a moderator now, in one query."""
    parts, params = [], []
    for name, kind in QUEUED.items():
        rows = kind.model.objects.filter(status=Status.SUBMITTED).order_by().values("pk")
        sql, p = rows.query.sql_with_params()
        parts.append(f"SELECT %s AS kind, COUNT(*) AS n FROM ({sql}) s{len(parts)}")
        params += [name, *p]
    counts = dict(_fetch(" UNION ALL ".join(parts), params))
    return [(str(kind.plural), counts.get(name, 0)) for name, kind in QUEUED.items()]


# --- the page --------------------------------------------------------------------

# slug (the CSV's address) -> the page's name for the figure
PUBLIC_FIGURES = {
    "areas-by-region": "heat",
    "by-month": "trend",
    "stages": "stages",
    "spread": "spread",
    "most-spread": "most_spread",
    "questions": "questions",
    "organisation-types": "organisation_types",
    "roles": "roles",
}
STAFF_FIGURES = {"queue": "queue"}

# The tables whose published rows the public figures count: their versions
# (taxonomy_facetversion, bumped by triggers in the writing transaction) key the cache.
COUNTED_TABLES = (
    "catalogue_innovation",
    "catalogue_resource",
    "catalogue_need",
    "catalogue_adoption",
    "catalogue_needreply",
)
CACHE_SECONDS = 24 * 3600


def catalogue_version() -> str | None:
    """The counted tables' versions, read in one query; None where there are none
    (SQLite), and then nothing is cached."""
    return facet_arrays.table_versions(*COUNTED_TABLES)


def _public_figures(filters: Filters) -> dict:
    counts = innovation_terms(filters)
    spread_by_regions, top = spread_counts(filters)
    return {
        "heat": heat(filters),
        "trend": trend(filters),
        "stages": stages(filters, counts),
        "spread": spread(filters, spread_by_regions),
        "most_spread": most_spread(filters, top),
        "questions": needs(filters),
        "organisation_types": organisation_types(filters, counts),
        "roles": roles(filters, counts),
    }


def public_figures(filters: Filters) -> dict:
    """The public figures for `filters`, from the cache when the counted tables,
    the taxonomy, the language and the day are as they were when they were counted
    (exact, like the facet counts: see sharehub.taxonomy.facet_arrays)."""
    version = catalogue_version()
    if version is None:
        return _public_figures(filters)
    key = ":".join(
        [
            "insights",
            version,
            str(term_version()),
            get_language() or "",
            timezone.localdate().isoformat(),
            filters.key,
        ]
    )
    found = cache.get(key)
    if found is None:
        found = _public_figures(filters)
        cache.set(key, found, CACHE_SECONDS)
    return found


def figure(slug: str, filters: Filters, *, staff: bool) -> Figure | None:
    """One figure by its slug (its CSV), or None if there is none the reader may see."""
    if slug in PUBLIC_FIGURES:
        return public_figures(filters)[PUBLIC_FIGURES[slug]]
    if slug in STAFF_FIGURES and staff:
        return queue_times(filters)
    return None


def page(filters: Filters, *, staff: bool) -> dict:
    """Everything the page shows: the public figures, and for staff the queue's."""
    figures = {**public_figures(filters), "interpolated": is_postgres()}
    if staff:
        figures["queue"] = queue_times(filters)
    return figures
