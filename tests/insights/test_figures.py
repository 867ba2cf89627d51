"""Every figure on /insights/ against its own SQL, written here without the app's
code, on a generated catalogue; the CSVs hold the tables' rows."""

import calendar

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from sharehub.taxonomy import models as tax
from tests.insights.conftest import csv_rows, sql, tables

pytestmark = pytest.mark.postgres

# The first moment of the default period ("last 12 months": this month and the 11
# before it, whole, in Wales's time), and of 2025, as PostgreSQL computes them.
LAST_12 = (
    "((date_trunc('month', now() AT TIME ZONE 'Europe/London') - interval '11 months')"
    " AT TIME ZONE 'Europe/London')"
)
PERIODS = {
    "12m": (f"published_at >= {LAST_12}", f"created >= {LAST_12}"),
    "2025": (
        "published_at >= '2025-01-01 00:00:00+00' AND published_at < '2026-01-01 00:00:00+00'",
        "created >= '2025-01-01 00:00:00+00' AND created < '2026-01-01 00:00:00+00'",
    ),
    "all": ("TRUE", "TRUE"),
}


def names(model) -> dict[int, str]:
    return dict(model.objects.values_list("pk", "name_en"))


def page(client, query=""):
    response = client.get(f"/en/insights/{query}")
    assert response.status_code == 200, response.content[:2000]
    return tables(response)


def as_dict(table, value_column=1) -> dict[str, str]:
    return {row[0]: row[value_column] for row in table[1:]}


def heat_expected(where: str, table: str = "catalogue_innovation", own: str = "innovation_id"):
    """Per (challenge area, region): distinct items; per area and per region; all."""
    items = f"SELECT id FROM {table} WHERE status = 'published' AND {where}"
    regions = f"""
        SELECT {own} AS item, region_id FROM {table}_regions
        UNION
        SELECT l.{own}, la.region_id FROM {table}_local_authorities l
        JOIN taxonomy_localauthority la ON la.id = l.localauthority_id"""
    cells = sql(
        f"""SELECT c.challengearea_id, r.region_id, COUNT(DISTINCT c.{own})
        FROM {table}_challenge_areas c JOIN ({regions}) r ON r.item = c.{own}
        WHERE c.{own} IN ({items}) GROUP BY 1, 2"""
    )
    areas = sql(
        f"SELECT challengearea_id, COUNT(DISTINCT {own}) FROM {table}_challenge_areas "
        f"WHERE {own} IN ({items}) GROUP BY 1"
    )
    by_region = sql(
        f"SELECT region_id, COUNT(DISTINCT item) FROM ({regions}) r WHERE item IN ({items}) "
        "GROUP BY 1"
    )
    (total,) = sql(f"SELECT COUNT(*) FROM ({items}) i")[0]
    return {(a, r): n for a, r, n in cells}, dict(areas), dict(by_region), total


@pytest.mark.parametrize("period", ["12m", "2025", "all"])
def test_challenge_area_by_region_counts_each_published_innovation(client, catalogue, period):
    cells, areas, by_region, total = heat_expected(PERIODS[period][0])
    table = page(client, f"?period={period}")["areas-by-region"]
    regions = list(tax.Region.objects.order_by("position", "slug"))
    area_names = names(tax.ChallengeArea)
    assert table[0] == ["Challenge area", *(r.name_en for r in regions), "Total"]
    shown = {row[0]: row[1:] for row in table[1:]}
    for area in tax.ChallengeArea.objects.all():
        expected = [cells.get((area.pk, r.pk), 0) for r in regions] + [areas.get(area.pk, 0)]
        assert shown[area_names[area.pk]] == [str(n) for n in expected], area.slug
    assert shown["All challenge areas"] == [
        *(str(by_region.get(r.pk, 0)) for r in regions),
        str(total),
    ]
    assert total > 0


def test_the_kind_filter_counts_questions_or_resources_instead(client, catalogue):
    for kind, table_name, own in (
        ("need", "catalogue_need", "need_id"),
        ("resource", "catalogue_resource", "resource_id"),
    ):
        _cells, areas, _regions, total = heat_expected("TRUE", table_name, own)
        table = page(client, f"?period=all&kind={kind}")["areas-by-region"]
        assert table[-1][-1] == str(total)
        area_names = names(tax.ChallengeArea)
        totals = as_dict(table, -1)
        for pk, n in areas.items():
            assert totals[area_names[pk]] == str(n)


def test_sector_and_language_narrow_the_counts(client, catalogue):
    sector = tax.Sector.objects.order_by("id").first()
    where = f"{PERIODS['all'][0]} AND sector_id = {sector.pk} AND language = 'cy'"
    _cells, _areas, _regions, total = heat_expected(where)
    tables_ = page(client, f"?period=all&sector={sector.slug}&language=cy")
    assert tables_["areas-by-region"][-1][-1] == str(total)
    stages = sql(
        "SELECT stage_id, COUNT(*) FROM catalogue_innovation WHERE status = 'published' "
        f"AND {where} GROUP BY 1"
    )
    stage_names = names(tax.Stage)
    shown = as_dict(tables_["stages"])
    for pk, n in stages:
        assert shown[stage_names[pk]] == str(n)
    assert 0 < total < 400


def test_trend_counts_each_month_in_wales_time(client, catalogue):
    months = dict(
        sql(
            "SELECT to_char(published_at AT TIME ZONE 'Europe/London', 'YYYY-MM'), COUNT(*) "
            f"FROM catalogue_innovation WHERE status = 'published' AND {PERIODS['12m'][0]} "
            "GROUP BY 1"
        )
    )
    table = page(client)["by-month"]
    assert len(table) == 1 + 12
    month_numbers = {name: i for i, name in enumerate(calendar.month_name) if name}
    shown = {}
    for label, n in table[1:]:
        name, year = label.split()
        shown[f"{year}-{month_numbers[name]:02d}"] = int(n)
    assert {m: n for m, n in shown.items() if n} == months
    assert sum(shown.values()) > 0


def test_stages_roles_and_organisation_types(client, catalogue):
    where = f"status = 'published' AND {PERIODS['12m'][0]}"
    shown = page(client)
    for slug, column, model in (
        ("stages", "stage_id", tax.Stage),
        ("roles", "role_id", tax.Role),
        ("organisation-types", "organisation_type_id", tax.OrganisationType),
    ):
        counts = dict(
            sql(f"SELECT {column}, COUNT(*) FROM catalogue_innovation WHERE {where} GROUP BY 1")
        )
        term_names = names(model)
        expected = {term_names[pk]: str(counts.get(pk, 0)) for pk in term_names}
        if counts.get(None):
            expected["Not given"] = str(counts[None])
        assert as_dict(shown[slug]) == expected, slug
    assert "Not given" in as_dict(shown["organisation-types"])


def test_spread_counts_innovations_by_regions_that_took_them_up(client, catalogue):
    per_innovation = """
        SELECT a.innovation_id, COUNT(DISTINCT COALESCE(a.region_id, la.region_id)) AS n,
               COUNT(*) AS stories
        FROM catalogue_adoption a
        JOIN catalogue_innovation i ON i.id = a.innovation_id
        LEFT JOIN taxonomy_localauthority la ON la.id = a.local_authority_id
        WHERE a.status = 'published' AND i.status = 'published'
          AND COALESCE(a.region_id, la.region_id) IS NOT NULL
        GROUP BY a.innovation_id"""
    expected = dict(sql(f"SELECT n, COUNT(*) FROM ({per_innovation}) s GROUP BY n"))
    shown = page(client)
    rows = shown["spread"][1:]
    assert [int(n) for _label, n in rows] == [
        expected.get(n, 0) for n in range(1, max(expected) + 1)
    ]
    assert rows[1][0] == "Taken up in 2 regions"
    top = sql(
        f"SELECT i.title, s.n, s.stories FROM ({per_innovation}) s "
        "JOIN catalogue_innovation i ON i.id = s.innovation_id WHERE s.n >= 2 "
        "ORDER BY s.n DESC, s.stories DESC, s.innovation_id LIMIT 10"
    )
    assert shown["most-spread"][1:] == [[t, str(n), str(s)] for t, n, s in top]
    assert sum(n for k, n in expected.items() if k >= 2) > 0


@pytest.mark.parametrize("period", ["12m", "all"])
def test_questions_answered_and_median_time_to_first_published_reply(client, catalogue, period):
    where = PERIODS[period][0].replace("published_at", "n.published_at")
    needs = f"SELECT * FROM catalogue_need n WHERE n.status = 'published' AND {where}"
    total, replied, answered = sql(
        f"""SELECT COUNT(*),
            COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM catalogue_needreply r
                WHERE r.need_id = n.id AND r.status = 'published')),
            COUNT(answered_at) FROM ({needs}) n"""
    )[0]
    (median,) = sql(
        f"""SELECT percentile_cont(0.5) WITHIN GROUP (
                ORDER BY EXTRACT(EPOCH FROM r.first - n.published_at))
            FROM ({needs}) n JOIN (SELECT need_id, MIN(published_at) AS first
                FROM catalogue_needreply WHERE status = 'published' GROUP BY need_id) r
            ON r.need_id = n.id"""
    )[0]
    table = page(client, f"?period={period}")["questions"]
    assert table[1] == ["Questions asked", str(total), ""]
    assert table[2] == ["Had at least one reply", str(replied), f"{round(100 * replied / total)}%"]
    assert table[3][1] == str(answered)
    assert table[4] == ["Median time to the first reply (days)", f"{median / 86400:.1f}", ""]
    assert 0 < replied < total


@pytest.mark.parametrize(
    "query",
    ["", "?period=all", "?period=2025&kind=need&language=en"],
)
def test_every_csv_holds_its_tables_rows(client, catalogue, query):
    shown = page(client, query)
    assert set(shown) >= {
        "areas-by-region",
        "by-month",
        "stages",
        "spread",
        "most-spread",
        "questions",
        "organisation-types",
        "roles",
    }
    for slug, table in shown.items():
        response = client.get(f"/en/insights/{slug}.csv{query}")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        assert csv_rows(response) == table, slug


def test_the_page_asks_the_same_queries_whatever_the_catalogue_holds(client, catalogue):
    with CaptureQueriesContext(connection) as small:
        page(client, "?period=all")
    from sharehub.catalogue.demo import generate_innovations

    generate_innovations(200, batch=200, seed=21)
    with CaptureQueriesContext(connection) as large:
        page(client, "?period=all")
    assert len(large) == len(small) <= 15


def test_the_page_in_welsh(client, catalogue):
    with translation.override("cy"):
        response = client.get("/cy/insights/?period=all")
    assert response.status_code == 200
    assert '<html lang="cy"' in response.content.decode()
    table = tables(response)["areas-by-region"]
    assert "Gogledd Cymru" in table[0]
    # the same counts as in English
    english = page(client, "?period=all")["areas-by-region"]
    assert [row[1:] for row in table[1:]] == [row[1:] for row in english[1:]]
