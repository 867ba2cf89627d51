#!/usr/bin/env python
"""ShareHub server-time benchmark.

Builds (or reuses) a PostgreSQL database filled by `seed_demo --scale N`, then,
in this process and through Django's test Client with the production settings
(DEBUG off), times the public pages and compares each with its "ceiling": the
time its own SQL takes when replayed through a raw cursor plus the time a
do-nothing view takes through the same middleware.

    .venv/bin/python bench/run.py                 # full scale: 100,000 innovations
    .venv/bin/python bench/run.py --reuse         # keep the loaded database
    .venv/bin/python bench/run.py --scale 5000 --runs 10

Exit status: 0 if every row passes, 1 if any target is missed.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import math
import os
import platform
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = ROOT / "bench" / "results"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/sharehub_bench"
DEFAULT_SCALE = 100_000
DEFAULT_RUNS = 30
WARMUP = 3
MINIMAL_MIN_RUNS = 100  # the floor is ~1 ms, so it gets more samples for a steady median

# Common words and a phrase from the demo catalogue; each must find something.
SEARCH_QUERIES = ("falls", "carers", "digital records")
FACETED_LIST = "/en/innovations/?challenge_area=risk&region=gwent"

SEARCH_P95_MS = 150.0
DETAIL_P95_MS = 40.0
MAX_RATIO = 3.0


# --- set-up -----------------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--scale",
        type=int,
        default=DEFAULT_SCALE,
        metavar="N",
        help=f"generated innovations to load (default {DEFAULT_SCALE:,})",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the database if it already holds at least --scale innovations",
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=DEFAULT_RUNS,
        metavar="N",
        help=f"timed requests per page (default {DEFAULT_RUNS})",
    )
    parser.add_argument(
        "--database-url",
        default=DEFAULT_DATABASE_URL,
        help=f"database to (re)create and use (default {DEFAULT_DATABASE_URL})",
    )
    args = parser.parse_args(argv)
    if args.scale < 0:
        parser.error("--scale must be 0 or more")
    if args.runs < 1:
        parser.error("--runs must be 1 or more")
    return args


def configure_environment(database_url: str) -> None:
    """Production settings (not settings_test), pointed at the bench database."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "sharehub.settings"
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-0123456789-abcdefghijklmnop")
    os.environ["SECURE_SSL_REDIRECT"] = "false"
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ["DATABASE_URL"] = database_url
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """Yields a list that holds the elapsed seconds once the block ends."""
    box: list[float] = []
    start = time.perf_counter()
    try:
        yield box
    finally:
        box.append(time.perf_counter() - start)


def _connect(settings: dict[str, Any], dbname: str) -> Any:
    import psycopg2

    keys = {"HOST": "host", "PORT": "port", "USER": "user", "PASSWORD": "password"}
    kwargs = {arg: settings[key] for key, arg in keys.items() if settings.get(key)}
    return psycopg2.connect(dbname=dbname, **kwargs)


def existing_innovations(settings: dict[str, Any], table: str) -> int:
    """How many innovations the database holds; 0 if it or the table is missing."""
    import psycopg2

    try:
        conn = _connect(settings, settings["NAME"])
    except psycopg2.OperationalError:
        return 0
    try:
        with conn.cursor() as cursor:
            cursor.execute(f'SELECT count(*) FROM "{table}"')
            return int(cursor.fetchone()[0])
    except psycopg2.errors.UndefinedTable:
        return 0
    finally:
        conn.close()


def recreate_database(settings: dict[str, Any]) -> None:
    from psycopg2 import sql

    conn = _connect(settings, "postgres")
    conn.autocommit = True
    name = sql.Identifier(settings["NAME"])
    try:
        with conn.cursor() as cursor:
            cursor.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(name))
    finally:
        conn.close()


def prepare_database(scale: int, reuse: bool) -> dict[str, Any]:
    """Create, migrate and fill the database unless --reuse finds it loaded."""
    from django.core.management import call_command
    from django.db import connection

    from sharehub.catalogue.models import Innovation

    settings = connection.settings_dict
    info: dict[str, Any] = {"reused": False}
    found = existing_innovations(settings, Innovation._meta.db_table) if reuse else 0
    if reuse and found >= scale and found > 0:
        log(f"Reusing {settings['NAME']}: {found:,} innovations already loaded.")
        call_command("migrate", interactive=False, verbosity=0)
        info["reused"] = True
        return info

    log(f"Creating database {settings['NAME']} ...")
    connection.close()
    recreate_database(settings)
    with stopwatch() as took:
        call_command("migrate", interactive=False, verbosity=0)
    info["migrate_s"] = round(took[0], 2)
    log(f"  migrate: {took[0]:.1f} s")
    with stopwatch() as took:
        call_command("seed_demo", scale=scale)
    info["seed_s"] = round(took[0], 2)
    log(f"  seed_demo --scale {scale}: {took[0]:.1f} s")
    # The bulk load rewrites every row as the tag triggers fill its id arrays,
    # leaving the table several times its size; a live table grows row by row
    # and autovacuum keeps it near its real size. Compact it, then let VACUUM
    # set the visibility map (index-only counts) and ANALYZE the statistics.
    with stopwatch() as took, connection.cursor() as cursor:
        cursor.execute("VACUUM FULL")
        cursor.execute("VACUUM ANALYZE")
    info["vacuum_analyze_s"] = round(took[0], 2)
    log(f"  VACUUM FULL, VACUUM ANALYZE: {took[0]:.1f} s")
    return info


def collect_static(static_root: Path) -> tuple[Any, str]:
    """The manifest storage (DEBUG off) needs collected files: collect them into a
    temporary STATIC_ROOT rather than the working tree's staticfiles/.

    If collectstatic fails (e.g. the CSS names a file the asset build did not
    ship), fall back to plain StaticFilesStorage, which costs the same per
    request; returns the override to disable later and a note for the report.
    """
    from django.conf import settings
    from django.core.management import CommandError, call_command
    from django.test.utils import override_settings

    override = override_settings(STATIC_ROOT=str(static_root))
    override.enable()
    storage = settings.STORAGES["staticfiles"]["BACKEND"]
    try:
        call_command("collectstatic", interactive=False, verbosity=0, stderr=io.StringIO())
        return override, storage
    except CommandError as exc:
        override.disable()
        reason = re.sub(r" with <[^>]*>", "", str(exc).strip().splitlines()[0])
    plain = "django.contrib.staticfiles.storage.StaticFilesStorage"
    override = override_settings(
        STATIC_ROOT=str(static_root),
        STORAGES={**settings.STORAGES, "staticfiles": {"BACKEND": plain}},
    )
    override.enable()
    log(f"collectstatic failed with {storage.rsplit('.', 1)[-1]} ({reason}); using {plain}")
    return override, f"{plain} (collectstatic failed: {reason})"


# --- measuring --------------------------------------------------------------


class BenchError(RuntimeError):
    pass


@dataclass
class Page:
    name: str
    path: str
    p95_target_ms: float | None = None


@dataclass
class Result:
    page: Page
    server_ms: list[float]
    replay_ms: list[float]
    statements: list[str]
    skipped_writes: int
    minimal_ms: float
    checks: dict[str, bool] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.server_ms)

    @property
    def p95(self) -> float:
        return p95(self.server_ms)

    @property
    def sql_median(self) -> float:
        return statistics.median(self.replay_ms)

    @property
    def ceiling(self) -> float:
        return self.sql_median + self.minimal_ms

    @property
    def ratio(self) -> float:
        return self.median / self.ceiling

    @property
    def passed(self) -> bool:
        return all(self.checks.values())

    def evaluate(self) -> None:
        if self.page.p95_target_ms is not None:
            self.checks[f"p95<{self.page.p95_target_ms:g}ms"] = self.p95 < self.page.p95_target_ms
        self.checks[f"median<={MAX_RATIO:g}x ceiling"] = self.ratio <= MAX_RATIO

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.page.name,
            "path": self.page.path,
            "queries": len(self.statements),
            "median_ms": round(self.median, 3),
            "p95_ms": round(self.p95, 3),
            "sql_replay_median_ms": round(self.sql_median, 3),
            "minimal_view_median_ms": round(self.minimal_ms, 3),
            "ceiling_ms": round(self.ceiling, 3),
            "ratio": round(self.ratio, 3),
            "p95_target_ms": self.page.p95_target_ms,
            "checks": self.checks,
            "result": "PASS" if self.passed else "MISS",
            "server_ms": [round(x, 3) for x in self.server_ms],
            "sql_replay_ms": [round(x, 3) for x in self.replay_ms],
            "skipped_write_statements": self.skipped_writes,
            "sql": self.statements,
        }


def p95(samples: Sequence[float]) -> float:
    """Nearest-rank 95th percentile."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def get_ok(client: Any, path: str) -> Any:
    response = client.get(path)
    if response.status_code != 200:
        raise BenchError(f"GET {path} answered {response.status_code}, not 200")
    return response


def time_requests(client: Any, path: str, runs: int) -> list[float]:
    """Milliseconds of wall time per client.get, after a few warm-up requests."""
    for _ in range(WARMUP):
        get_ok(client, path)
    gc.collect()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(path)
        elapsed = time.perf_counter() - start
        if response.status_code != 200:
            raise BenchError(f"GET {path} answered {response.status_code}, not 200")
        samples.append(elapsed * 1000)
    return samples


Statement = tuple[str, Any, bool]  # sql, params, executemany


def capture_sql(client: Any, path: str) -> tuple[list[str], list[Statement]]:
    """The SQL one request issues: as logged (params inlined) and as executed."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    executed: list[Statement] = []

    def record(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        executed.append((sql, params, many))
        return execute(sql, params, many, context)

    with CaptureQueriesContext(connection) as captured, connection.execute_wrapper(record):
        get_ok(client, path)
    logged = [query["sql"] for query in captured.captured_queries]
    if len(logged) != len(executed):
        raise BenchError(f"{path}: captured {len(logged)} queries but saw {len(executed)}")
    return logged, executed


def is_read(sql: str) -> bool:
    words = sql.lstrip(" (\n\t").split(None, 1)
    return bool(words) and words[0].upper() in {"SELECT", "WITH", "VALUES", "SHOW"}


def replay_sql(statements: Sequence[Statement], runs: int) -> list[float]:
    """Milliseconds to run the statements in order through a raw cursor, fetching
    every row; after warm-up runs."""
    from django.db import connection

    samples = []
    with connection.cursor() as cursor:
        for i in range(WARMUP + runs):
            start = time.perf_counter()
            for sql, params, many in statements:
                if many:
                    cursor.executemany(sql, params)
                else:
                    cursor.execute(sql, params)
                if cursor.description is not None:
                    cursor.fetchall()
            elapsed = time.perf_counter() - start
            if i >= WARMUP:
                samples.append(elapsed * 1000)
    return samples


def time_minimal_view(client: Any, runs: int) -> list[float]:
    from django.test.utils import override_settings

    from bench.minimal_urls import MINIMAL_PATH

    with override_settings(ROOT_URLCONF="bench.minimal_urls"):
        return time_requests(client, MINIMAL_PATH, max(runs, MINIMAL_MIN_RUNS))


def measure(client: Any, page: Page, runs: int, minimal_ms: float) -> Result:
    server_ms = time_requests(client, page.path, runs)
    logged, executed = capture_sql(client, page.path)
    reads = [statement for statement in executed if is_read(statement[0])]
    return Result(
        page=page,
        server_ms=server_ms,
        replay_ms=replay_sql(reads, runs),
        statements=logged,
        skipped_writes=len(executed) - len(reads),
        minimal_ms=minimal_ms,
    )


def pick_pages() -> tuple[list[Page], dict[str, int]]:
    """The pages to time; checks that every search query finds something."""
    from django.http import QueryDict

    from sharehub.catalogue.models import Innovation
    from sharehub.search.selectors import combined_search

    totals = {}
    for query in SEARCH_QUERIES:
        totals[query] = combined_search(QueryDict(urlencode({"q": query}))).total
        if totals[query] == 0:
            raise BenchError(f"search for {query!r} finds nothing; pick another query")
    # The first published innovation comes from the written catalogue (adoptions, related).
    slug = Innovation.objects.published().order_by("pk").values_list("slug", flat=True).first()
    if slug is None:
        raise BenchError("no published innovation to open")
    pages = [
        Page("home", "/en/"),
        Page("list", "/en/innovations/"),
        Page("list, 2 facets", FACETED_LIST, SEARCH_P95_MS),
        *(
            Page(f"search {query!r}", f"/en/search/?{urlencode({'q': query})}", SEARCH_P95_MS)
            for query in SEARCH_QUERIES
        ),
        Page("detail", f"/en/innovations/{slug}/", DETAIL_P95_MS),
        Page("api list", "/api/v1/innovations/?page_size=20"),
    ]
    return pages, totals


# --- reporting --------------------------------------------------------------


def table(results: Sequence[Result]) -> str:
    headers = ["page", "queries", "median ms", "p95 ms", "sql ms", "ceiling ms", "ratio", "result"]
    rows = [
        [
            r.page.name,
            str(len(r.statements)),
            f"{r.median:.1f}",
            f"{r.p95:.1f}",
            f"{r.sql_median:.1f}",
            f"{r.ceiling:.1f}",
            f"{r.ratio:.2f}",
            "PASS" if r.passed else "MISS: " + ", ".join(k for k, ok in r.checks.items() if not ok),
        ]
        for r in results
    ]
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            cell.ljust(width) if i in (0, len(cells) - 1) else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(headers), rule, *(line(row) for row in rows)])


def environment_facts() -> dict[str, Any]:
    import django
    from django.conf import settings
    from django.db import connection

    from sharehub.catalogue.models import Innovation

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        server_version = cursor.fetchone()[0]
    return {
        "python": platform.python_version(),
        "django": django.get_version(),
        "postgres": server_version,
        "database": connection.settings_dict["NAME"],
        "cache": settings.CACHES["default"]["BACKEND"],
        "cpus": os.cpu_count(),
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "innovations": Innovation.objects.count(),
        "published_innovations": Innovation.objects.published().count(),
    }


def write_json(payload: dict[str, Any], started: datetime) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"bench-{started:%Y%m%d-%H%M%S}.json"
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    return path


# --- main -------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = datetime.now(UTC)
    load_at_start = [round(x, 2) for x in os.getloadavg()]
    configure_environment(args.database_url)

    import django

    django.setup()
    from django.test import Client

    database = prepare_database(args.scale, args.reuse)
    with tempfile.TemporaryDirectory(prefix="sharehub-bench-static-") as static_root:
        static_override, static_storage = collect_static(Path(static_root))
        try:
            pages, search_totals = pick_pages()
            client = Client()
            log("Timing the minimal view ...")
            minimal_samples = time_minimal_view(client, args.runs)
            minimal_ms = statistics.median(minimal_samples)
            results = []
            for page in pages:
                log(f"Timing {page.name}: {page.path} ...")
                result = measure(client, page, args.runs, minimal_ms)
                result.evaluate()
                results.append(result)
        finally:
            static_override.disable()
        facts = environment_facts()

    print()
    print(
        f"ShareHub benchmark: {facts['innovations']:,} innovations "
        f"({facts['published_innovations']:,} published), {args.runs} runs per page, "
        f"minimal view {minimal_ms:.2f} ms (median)"
    )
    print(
        f"Load average (1 min) {load_at_start[0]} at start, "
        f"{facts['load_average_at_end'][0]} at end, on {facts['cpus']} CPUs"
    )
    if database.get("reused"):
        print("Database reused (no seeding this run).")
    else:
        print(
            f"Seeding: migrate {database['migrate_s']:.1f} s, seed_demo --scale {args.scale:,} "
            f"{database['seed_s']:.1f} s, VACUUM ANALYZE {database['vacuum_analyze_s']:.1f} s"
        )
    if "failed" in static_storage:
        print(f"Static files: {static_storage}")
    print()
    print(table(results))
    for result in results:
        if result.skipped_writes:
            print(f"note: {result.page.name} issued {result.skipped_writes} write(s), not replayed")

    payload = {
        "started_at": started.isoformat(),
        "args": {
            "scale": args.scale,
            "runs": args.runs,
            "reuse": args.reuse,
            "database_url": args.database_url,
        },
        "targets": {
            "search_and_faceted_list_p95_ms": SEARCH_P95_MS,
            "detail_p95_ms": DETAIL_P95_MS,
            "max_ratio": MAX_RATIO,
        },
        "environment": {**facts, "load_average_at_start": load_at_start},
        "database": database,
        "static_storage": static_storage,
        "search_totals": search_totals,
        "minimal_view_ms": [round(x, 3) for x in minimal_samples],
        "minimal_view_median_ms": round(minimal_ms, 3),
        "pages": [result.as_json() for result in results],
        "passed": all(result.passed for result in results),
    }
    path = write_json(payload, started)
    print(f"\nResults written to {path.relative_to(ROOT)}")
    return 0 if payload["passed"] else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchError as exc:
        log(f"bench: {exc}")
        sys.exit(2)
