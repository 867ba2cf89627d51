"""Where in Wales innovations have been taken up: the spread map and its table.

For one innovation, each local authority's count of its published adoptions; for
the whole catalogue, the number of published innovations taken up in each local
authority. One aggregate query either way (the local authorities and regions come
from the term cache), so the page costs the same however many adoptions there are;
the catalogue's is cached until the adoptions or innovations change.

The map's boundaries are committed, simplified, in data/wales_local_authorities.json
(made by scripts/simplify_boundaries.py; source and licence in data/README.md).
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.core.cache import cache as django_cache
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from sharehub.catalogue.models import Adoption, Innovation
from sharehub.core.models import Status
from sharehub.taxonomy.facet_arrays import table_versions
from sharehub.taxonomy.models import LocalAuthority, Region
from sharehub.taxonomy.terms import by_pk, terms

BOUNDARIES = Path(__file__).resolve().parent / "data" / "wales_local_authorities.json"

# Every area's border: the darkest text colour, at least 3:1 against every fill
# below (WCAG 1.4.11), so neighbouring areas stay apart whatever their shade.
BORDER = "#0b0c0c"


@dataclass(frozen=True)
class Band:
    low: int
    high: int | None  # None: and more
    fill: str

    @property
    def label(self) -> str:
        if self.high is None:
            return _("%(low)s or more") % {"low": self.low}
        if self.low == self.high:
            return str(self.low)
        return _("%(low)s to %(high)s") % {"low": self.low, "high": self.high}

    def holds(self, count: int) -> bool:
        return count >= self.low and (self.high is None or count <= self.high)


# Light to dark blue; the darkest keeps 3:1 with the border and the lightest with
# the page is drawn with the border too.
BANDS = (
    Band(0, 0, "#f3f2f1"),
    Band(1, 1, "#d2e2f1"),
    Band(2, 4, "#9fc4e7"),
    Band(5, 9, "#6aa2d8"),
    Band(10, None, "#4a89c8"),
)


def band_for(count: int) -> Band:
    return next(band for band in BANDS if band.holds(count))


@dataclass
class Area:
    slug: str
    name: str
    region: str
    count: int
    path: str
    fill: str


@dataclass
class Spread:
    areas: list[Area]  # the 22 local authorities, in the taxonomy's order
    view_box: str
    source: str
    total: int  # the sum of the counts
    places: int  # local authorities with at least one

    @property
    def bands(self) -> tuple[Band, ...]:
        return BANDS


@cache
def boundaries() -> dict:
    return json.loads(BOUNDARIES.read_text())


SPREAD_CACHE_SECONDS = 24 * 60 * 60


def _spread(counts: dict[int, int]) -> Spread:
    data = boundaries()
    regions = by_pk(Region)
    areas = []
    for la in terms(LocalAuthority):
        shape = data["areas"].get(la.slug)
        # A local authority staff added later has no shape: it is in the table only.
        path = "" if shape is None else shape["d"]
        count = counts.get(la.pk, 0)
        areas.append(
            Area(
                slug=la.slug,
                name=la.name,
                region=regions[la.region_id].name if la.region_id in regions else "",
                count=count,
                path=path,
                fill=band_for(count).fill,
            )
        )
    return Spread(
        areas=areas,
        view_box=data["view_box"],
        source=data["source"],
        total=sum(a.count for a in areas),
        places=sum(1 for a in areas if a.count),
    )


def innovation_spread(innovation: Innovation) -> Spread:
    """Each local authority's published adoptions of `innovation`."""
    rows = (
        Adoption.objects.published()
        .filter(innovation=innovation, local_authority__isnull=False)
        .order_by()
        .values_list("local_authority")
        .annotate(n=Count("pk"))
    )
    return _spread(dict(rows))


def catalogue_spread() -> Spread:
    """Each local authority's number of published innovations with at least one
    published adoption there. Counted once for each state of the two tables (their
    versions change in the transaction that changes them: taxonomy.facet_arrays)."""
    version = table_versions(Adoption._meta.db_table, Innovation._meta.db_table)
    key = f"spread:{version}"
    counts = django_cache.get(key) if version else None
    if counts is None:
        counts = dict(
            Adoption.objects.published()
            .filter(innovation__status=Status.PUBLISHED, local_authority__isnull=False)
            .order_by()
            .values_list("local_authority")
            .annotate(n=Count("innovation", distinct=True))
        )
        if version:
            django_cache.set(key, counts, SPREAD_CACHE_SECONDS)
    return _spread(counts)
