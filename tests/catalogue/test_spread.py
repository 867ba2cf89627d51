"""The spread view: a map of the 22 local authorities and a table with the same
figures, for one innovation and for the whole catalogue."""

import re
from collections import Counter

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sharehub.catalogue import spread
from sharehub.catalogue.models import Adoption
from sharehub.core.models import Status
from sharehub.taxonomy import models as tax
from tests.factories import AdoptionFactory, InnovationFactory, term

pytestmark = pytest.mark.django_db

ROW = re.compile(
    r'<tr class="govuk-table__row" data-slug="([-a-z]+)">\s*'
    r'<th scope="row" class="govuk-table__header">([^<]+)</th>\s*'
    r'<td class="govuk-table__cell" data-label="[^"]+">([^<]*)</td>\s*'
    r'<td class="govuk-table__cell govuk-table__cell--numeric" data-label="[^"]+">(\d+)</td>'
)
AREA = re.compile(
    r'<path d="[^"]+" fill="(#[0-9a-f]{6})"[^>]*data-slug="([-a-z]+)"><title>([^<]+)</title>'
)


def table(html: str) -> dict[str, int]:
    return {slug: int(count) for slug, _name, _region, count in ROW.findall(html)}


def adopt(innovation, la_slug: str, **kwargs) -> Adoption:
    la = term(tax.LocalAuthority, la_slug)
    return AdoptionFactory(
        innovation=innovation, local_authority=la, region_id=la.region_id, **kwargs
    )


@pytest.fixture
def spread_data():
    """Adoptions in several places; some waiting, hidden, or of hidden innovations."""
    first = InnovationFactory(title="Tea trolley rounds", slug="tea-trolley")
    second = InnovationFactory(title="Hydration stations")
    hidden = InnovationFactory(status=Status.HIDDEN)
    for slug in ("cardiff", "cardiff", "gwynedd", "newport", "powys-county"):
        adopt(first, slug)
    for slug in ("cardiff", "swansea", "swansea"):
        adopt(second, slug)
    adopt(first, "conwy", status=Status.SUBMITTED, published_at=None)
    adopt(second, "conwy", status=Status.HIDDEN)
    adopt(hidden, "wrexham")
    AdoptionFactory(innovation=first)  # no place given
    return first, second


# --- The boundaries --------------------------------------------------------------------


def test_every_local_authority_has_a_path_and_nothing_else_does():
    slugs = {la.slug for la in tax.LocalAuthority.objects.all()}
    assert len(slugs) == 22
    data = spread.boundaries()
    assert set(data["areas"]) == slugs
    for shape in data["areas"].values():
        assert re.fullmatch(r"(M[-\d. ]+Z)+", shape["d"])
        assert len(shape["d"]) < 8000  # simplified: a few KB an area
    assert "CC BY 4.0" in data["source"]
    assert "Ordnance Survey" in data["source"]


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_borders_keep_3_to_1_against_every_shade():
    for band in spread.BANDS:
        assert contrast(spread.BORDER, band.fill) >= 3, band


def test_the_bands_cover_every_count_once():
    for count in range(0, 200):
        assert sum(band.holds(count) for band in spread.BANDS) == 1


# --- One innovation --------------------------------------------------------------------


def test_the_table_matches_the_published_adoptions_of_the_innovation(client, spread_data):
    first, _second = spread_data
    response = client.get(f"/en/innovations/{first.slug}/spread/")
    assert response.status_code == 200
    html = response.text
    expected = Counter(
        Adoption.objects.filter(
            innovation=first, status=Status.PUBLISHED, local_authority__isnull=False
        ).values_list("local_authority__slug", flat=True)
    )
    shown = table(html)
    assert len(shown) == 22
    assert {slug: n for slug, n in shown.items() if n} == dict(expected)
    assert shown["cardiff"] == 2 and shown["conwy"] == 0
    # The map carries the same figures, in each area's <title>.
    areas = {slug: (fill, title) for fill, slug, title in AREA.findall(html)}
    assert len(areas) == 22
    for slug, count in shown.items():
        fill, title = areas[slug]
        assert title.endswith(f": {count}")
        assert fill == spread.band_for(count).fill
    assert "5 published adoption stories, in 4 of Wales\u2019s 22 local authorities." in html


def test_the_table_names_each_region(client, spread_data):
    first, _ = spread_data
    rows = {
        slug: region
        for slug, _n, region, _c in ROW.findall(
            client.get(f"/en/innovations/{first.slug}/spread/").text
        )
    }
    assert rows["newport"] == "Gwent"
    assert rows["powys-county"] == "Powys"


def test_the_map_has_an_accessible_name_a_description_and_a_key(client, spread_data):
    first, _ = spread_data
    html = client.get(f"/en/innovations/{first.slug}/spread/").text
    assert 'role="img" aria-labelledby="spread-map-title spread-map-desc"' in html
    assert '<title id="spread-map-title">' in html and '<desc id="spread-map-desc">' in html
    assert "<caption" in html and 'scope="col"' in html
    for band in spread.BANDS:
        assert f'fill="{band.fill}" stroke="#0b0c0c"' in html  # the key's swatches
    assert "10 or more" in html and "2 to 4" in html
    assert "CC BY 4.0" in html and "Ordnance Survey" in html
    assert "<script" not in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_in_welsh_the_names_are_welsh(client, spread_data):
    first, _ = spread_data
    html = client.get(f"/cy/innovations/{first.slug}/spread/").text
    assert "Caerdydd" in html


def test_a_draft_innovations_spread_is_not_found(client, author):
    draft = InnovationFactory(author=author, status=Status.DRAFT, published_at=None)
    assert client.get(f"/en/innovations/{draft.slug}/spread/").status_code == 404


def test_the_innovation_page_links_to_its_map_once_it_has_adoptions(client, spread_data):
    first, _ = spread_data
    assert f"/en/innovations/{first.slug}/spread/" in client.get(first.get_absolute_url()).text
    lonely = InnovationFactory()
    assert (
        f"/en/innovations/{lonely.slug}/spread/" not in client.get(lonely.get_absolute_url()).text
    )


# --- The catalogue ---------------------------------------------------------------------


def test_the_catalogue_table_counts_innovations_taken_up_in_each_place(client, spread_data):
    html = client.get("/en/spread/").text
    # Independently: distinct published innovations with a published adoption there.
    expected: dict[str, set] = {}
    for adoption in Adoption.objects.select_related("innovation", "local_authority"):
        if adoption.status != Status.PUBLISHED or adoption.local_authority is None:
            continue
        if adoption.innovation.status != Status.PUBLISHED:
            continue
        expected.setdefault(adoption.local_authority.slug, set()).add(adoption.innovation_id)
    shown = table(html)
    assert len(shown) == 22
    assert {slug: n for slug, n in shown.items() if n} == {
        slug: len(ids) for slug, ids in expected.items()
    }
    assert shown["cardiff"] == 2  # two innovations, three stories
    assert shown["swansea"] == 1
    assert shown["wrexham"] == 0  # its innovation is hidden
    assert shown["conwy"] == 0  # waiting and hidden stories
    assert "have been taken up in 5 of Wales\u2019s 22 local authorities" in html


def test_the_catalogue_table_is_current_after_each_change(client, spread_data, moderator):
    """The catalogue's counts are kept between requests (on PostgreSQL) and are
    counted again as soon as an adoption or an innovation changes."""
    from sharehub.gate.transitions import Action, transition

    before = table(client.get("/en/spread/").text)
    innovation = InnovationFactory()
    story = adopt(innovation, "wrexham")
    assert table(client.get("/en/spread/").text)["wrexham"] == before["wrexham"] + 1
    transition(story, Action.HIDE, actor=moderator, reason="Not about this innovation")
    assert table(client.get("/en/spread/").text)["wrexham"] == before["wrexham"]
    transition(story, Action.UNHIDE, actor=moderator, reason="Reviewed")
    transition(innovation, Action.HIDE, actor=moderator, reason="Personal data")
    assert table(client.get("/en/spread/").text) == before


def test_the_innovation_list_links_to_the_spread_map(client):
    assert "/en/spread/" in client.get("/en/innovations/").text


# --- Queries ---------------------------------------------------------------------------


def queries(client, url: str) -> int:
    client.get(url)  # warm the term cache
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_innovation_spread_costs_the_same_with_1_or_50_adoptions(client):
    innovation = InnovationFactory()
    adopt(innovation, "cardiff")
    url = f"/en/innovations/{innovation.slug}/spread/"
    few = queries(client, url)
    las = list(tax.LocalAuthority.objects.values_list("slug", flat=True))
    for i in range(49):
        adopt(innovation, las[i % len(las)])
    assert queries(client, url) == few
    assert few <= 6


def test_the_catalogue_spread_costs_the_same_with_more_innovations(client):
    adopt(InnovationFactory(), "cardiff")
    few = queries(client, "/en/spread/")
    las = list(tax.LocalAuthority.objects.values_list("slug", flat=True))
    for i in range(20):
        innovation = InnovationFactory()
        adopt(innovation, las[i % len(las)])
        adopt(innovation, las[(i + 3) % len(las)])
    assert queries(client, "/en/spread/") == few
    assert few <= 4
