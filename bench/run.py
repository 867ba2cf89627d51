#!/usr/bin/env python
"""ShareHub benchmark over HTTP, at two catalogue sizes in one run.

For each size (10k, then 100k by default): fill or reuse the bench database
(bench/seed.py), start gunicorn with the production settings (DEBUG off, Redis
cache, 2 workers; bench/server.py), time every public page through HTTP with 4
concurrent clients, then one client at a time; stop gunicorn; then, in-process
through the test Client, count each page's queries at two page sizes and replay
its SQL (bench/probe.py). The report compares the sizes and checks the targets.

    .venv/bin/python bench/run.py                      # 10k and 100k
    .venv/bin/python bench/run.py --reuse              # keep databases already full
    .venv/bin/python bench/run.py --sizes 1k --requests 12   # a quick smoke run
    .venv/bin/python bench/run.py --reuse --kept       # pages as kept for readers

Every request asks for a new address (an unknown parameter, `bench=N`, which pages
ignore), so no page kept for readers who are not signed in is served: each page is
made, as for a signed-in reader or the first reader of an address. With --kept the
same address is asked for again, as readers of one page get it (sharehub.taxonomy.
kept_pages: after the first request, from the cache).

Exit status: 0 if every target is met, 1 if any is missed, 2 if the run failed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (
    ROOT,
    SIZES,
    database_url,
    fresh_address,
    log,
    p95,
    table,
    write_json,
)
from bench.seed import BUSY_SLUG
from bench.server import serve

LIST_P95_MS = 150.0  # every public list and search page, the home page and the API
DETAIL_P95_MS = 40.0
INSIGHTS_P95_MS = 300.0  # the insights page: every figure, counted over the catalogue (issue 13)
MAX_GROWTH = 2.0  # median at the largest size / median at the smallest
# The own-SQL ceiling is reported, not a target on its own (a slow query replayed is
# still slow): ratio = one client's median / (the page's SQL replayed + the floor page).
FLOOR_PATH = "/en/accessibility/"  # a page with no queries of its own: the HTTP floor
CLIENTS = 4

# Search words by how much of the catalogue they find: "care" most of it,
# "dementia" about an eighth, "pharmacy" about one item in a hundred.
COMMON, MEDIUM, RARE = "care", "dementia", "pharmacy"
# Facets every kind has: 1 facet; 2 facets; 3 facets with an OR within one.
ONE = [("region", "gwent")]
TWO = [("region", "gwent"), ("challenge_area", "risk")]
THREE = [
    ("region", "gwent"),
    ("region", "north-wales"),
    ("challenge_area", "risk"),
    ("language", "en"),
]
LISTS = {"innovations": "/en/innovations/", "resources": "/en/resources/"}
LISTS |= {"needs": "/en/needs/", "contacts": "/en/contacts/"}


class BenchError(RuntimeError):
    pass


@dataclass
class Page:
    name: str
    path: str
    p95_target_ms: float


def url(path: str, params: list[tuple[str, str]]) -> str:
    return f"{path}?{urlencode(params)}" if params else path


def pages(details: dict[str, str]) -> list[Page]:
    """Every page the issue names; `details` maps a kind to one item's address."""
    found = [Page("home", "/en/", LIST_P95_MS)]
    for kind, path in LISTS.items():
        for label, params in (
            ("", []),
            (" 1 facet", ONE),
            (" 2 facets", TWO),
            (" 3 facets", THREE),
        ):
            found.append(Page(f"{kind}{label}", url(path, params), LIST_P95_MS))
    for word in (COMMON, MEDIUM, RARE):
        found.append(Page(f"search {word}", url("/en/search/", [("q", word)]), LIST_P95_MS))
        found.append(
            Page(f"search {word} 2 facets", url("/en/search/", [("q", word), *TWO]), LIST_P95_MS)
        )
    found.append(
        Page(f"search {COMMON} 3 facets", url("/en/search/", [("q", COMMON), *THREE]), LIST_P95_MS)
    )
    found += [
        Page("api innovations", "/api/v1/innovations/", LIST_P95_MS),
        Page("api innovations 2 facets", url("/api/v1/innovations/", TWO), LIST_P95_MS),
        Page(f"api search {COMMON}", url("/api/v1/innovations/", [("q", COMMON)]), LIST_P95_MS),
        Page(f"api search {RARE}", url("/api/v1/innovations/", [("q", RARE)]), LIST_P95_MS),
        Page("api resources", "/api/v1/resources/", LIST_P95_MS),
    ]
    found += [Page(f"detail {kind}", path, DETAIL_P95_MS) for kind, path in details.items()]
    # Where innovations were taken up: the whole catalogue (one aggregate over every
    # published adoption), and the innovation with 50 adoptions (bench/seed.py), whose
    # detail page lists them all.
    busy = f"/en/innovations/{BUSY_SLUG}/"
    found += [
        Page("spread wales", "/en/spread/", LIST_P95_MS),
        Page("spread innovation 50 adoptions", f"{busy}spread/", DETAIL_P95_MS),
        Page("detail innovation 50 adoptions", busy, DETAIL_P95_MS),
    ]
    # The insights page: every figure over the whole catalogue (last 12 months), and
    # all time narrowed by a sector and the content's language.
    found += [
        Page("insights", "/en/insights/", INSIGHTS_P95_MS),
        Page(
            "insights 2 filters",
            url("/en/insights/", [("period", "all"), ("sector", "adults"), ("language", "en")]),
            INSIGHTS_P95_MS,
        ),
    ]
    return found


# --- HTTP -------------------------------------------------------------------


KEPT = False  # --kept: the same address again, not a new one each request


def address(path: str) -> str:
    return path if KEPT else fresh_address(path)


def fetch(session, base_url: str, path: str) -> tuple[float, int]:
    start = time.perf_counter()
    response = session.get(base_url + address(path), allow_redirects=False, timeout=60)
    response.content  # noqa: B018 (read the whole body)
    return (time.perf_counter() - start) * 1000, response.status_code


def pick_details(base_url: str) -> dict[str, str]:
    """One published item of each kind, from the public API (the first written
    innovation has adoptions and related items: the busiest detail page)."""
    import requests

    details = {}
    for kind in LISTS:
        response = requests.get(f"{base_url}/api/v1/{kind}/", params={"page_size": 1}, timeout=60)
        response.raise_for_status()
        results = response.json()["results"]
        if not results:
            raise BenchError(f"the API lists no {kind}")
        details[kind] = results[0]["url"].removeprefix(base_url)
    return details


def concurrent(base_url: str, path: str, total: int, clients: int) -> tuple[list[float], list[int]]:
    """`total` requests for `path` from `clients` threads, each with its own connection
    pool, after one warm-up request each: milliseconds and statuses."""
    import requests

    lock = threading.Lock()
    remaining = [total]
    samples: list[float] = []
    statuses: list[int] = []

    def client() -> None:
        with requests.Session() as session:
            fetch(session, base_url, path)
            while True:
                with lock:
                    if remaining[0] == 0:
                        return
                    remaining[0] -= 1
                ms, status = fetch(session, base_url, path)
                with lock:
                    samples.append(ms)
                    statuses.append(status)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return samples, statuses


def sequential(base_url: str, path: str, runs: int) -> list[float]:
    import requests

    with requests.Session() as session:
        fetch(session, base_url, path)
        return [fetch(session, base_url, path)[0] for _ in range(runs)]


@dataclass
class Timing:
    page: Page
    concurrent_ms: list[float]
    statuses: list[int]
    sequential_ms: list[float]
    probe: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.concurrent_ms)

    @property
    def p95(self) -> float:
        return p95(self.concurrent_ms)

    @property
    def errors(self) -> int:
        return sum(status != 200 for status in self.statuses)

    def as_json(self, floor_ms: float) -> dict[str, Any]:
        sql = self.probe.get("sql_replay_median_ms", 0.0)
        return {
            "name": self.page.name,
            "path": self.page.path,
            "median_ms": round(self.median, 2),
            "p95_ms": round(self.p95, 2),
            "errors": self.errors,
            "p95_target_ms": self.page.p95_target_ms,
            "one_client_median_ms": round(statistics.median(self.sequential_ms), 2),
            "ceiling_ms": round(sql + floor_ms, 2),
            "ratio": round(statistics.median(self.sequential_ms) / (sql + floor_ms), 2),
            "concurrent_ms": [round(x, 2) for x in self.concurrent_ms],
            "one_client_ms": [round(x, 2) for x in self.sequential_ms],
            **self.probe,
        }


def measure_size(size: str, args: argparse.Namespace, started: datetime) -> dict[str, Any]:
    url_ = database_url(size)
    log(f"== {size}: {SIZES[size]} ==")
    seeded = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "seed.py"), "--size", size]
        + (["--reuse"] if args.reuse else []),
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    seed_info = json.loads(seeded.stdout.strip().splitlines()[-1])
    load_at_start = os.getloadavg()
    with serve(url_, log_name=f"bench-{started:%Y%m%d-%H%M%S}-{size}") as base_url:
        page_list = [
            page
            for page in pages(pick_details(base_url))
            if not args.only or any(word in page.name for word in args.only)
        ]
        floor = sequential(base_url, FLOOR_PATH, args.one_client_runs * 2)
        timings = []
        for page in page_list:
            log(f"  {page.name}: {page.path}")
            samples, statuses = concurrent(base_url, page.path, args.requests, args.clients)
            if any(status != 200 for status in statuses):
                log(f"    answered {sorted(set(statuses))}, not only 200")
            timings.append(
                Timing(
                    page, samples, statuses, sequential(base_url, page.path, args.one_client_runs)
                )
            )
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump([{"name": p.name, "path": p.path} for p in page_list], handle)
    try:
        probed = subprocess.run(
            [
                sys.executable,
                str(ROOT / "bench" / "probe.py"),
                "--database-url",
                url_,
                "--pages",
                handle.name,
                "--runs",
                str(args.one_client_runs),
            ],
            check=True,
            stdout=subprocess.PIPE,
            text=True,
        )
    finally:
        os.unlink(handle.name)
    facts = json.loads(probed.stdout.strip().splitlines()[-1])
    for timing in timings:
        timing.probe = facts[timing.page.name]
    floor_ms = statistics.median(floor)
    return {
        "size": size,
        "catalogue": SIZES[size].as_dict(),
        "database": url_.rsplit("/", 1)[-1],
        "seed": seed_info,
        "load_average_at_start": [round(x, 2) for x in load_at_start],
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "floor_page": FLOOR_PATH,
        "floor_median_ms": round(floor_ms, 2),
        "pages": [timing.as_json(floor_ms) for timing in timings],
    }


# --- report -----------------------------------------------------------------


def evaluate(runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row a page: figures at each size, and which targets it meets. Latency
    targets are checked at every size; growth between the smallest and largest."""
    rows = []
    for i, first in enumerate(runs[0]["pages"]):
        at = [run["pages"][i] for run in runs]
        checks = {}
        for run, page in zip(runs, at, strict=True):
            checks[f"p95<={page['p95_target_ms']:g}ms at {run['size']}"] = (
                page["p95_ms"] <= page["p95_target_ms"]
            )
            checks[f"no errors at {run['size']}"] = page["errors"] == 0
            checks[f"queries constant at {run['size']}"] = page["constant"]
        growth = at[-1]["median_ms"] / at[0]["median_ms"] if len(at) > 1 else None
        if growth is not None:
            checks[f"growth<={MAX_GROWTH:g}x"] = growth <= MAX_GROWTH
        rows.append(
            {
                "name": first["name"],
                "path": first["path"],
                "growth": round(growth, 2) if growth is not None else None,
                "checks": checks,
                "passed": all(checks.values()),
            }
        )
    return rows


def report(runs: list[dict[str, Any]], rows: list[dict[str, Any]]) -> str:
    headers = ["page"]
    for run in runs:
        headers += [f"{run['size']} med", f"{run['size']} p95"]
    headers += ["growth", "queries", "sql ms", "ratio", "result"]
    lines = []
    for i, row in enumerate(rows):
        at = [run["pages"][i] for run in runs]
        cells = [row["name"]]
        for page in at:
            cells += [f"{page['median_ms']:.0f}", f"{page['p95_ms']:.0f}"]
        last = at[-1]
        queries = "/".join(str(n) for n in last["queries"].values())
        missed = [name for name, ok in row["checks"].items() if not ok]
        cells += [
            f"{row['growth']:.2f}" if row["growth"] is not None else "-",
            queries,
            f"{last['sql_replay_median_ms']:.1f}",
            f"{last['ratio']:.2f}",
            "PASS" if row["passed"] else "MISS: " + "; ".join(missed),
        ]
        lines.append(cells)
    return table(headers, lines, left=(0, len(headers) - 1))


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        default="10k,100k",
        help="catalogue sizes, smallest first (from: " + ", ".join(SIZES) + "; default 10k,100k)",
    )
    parser.add_argument("--reuse", action="store_true", help="keep databases already full")
    parser.add_argument(
        "--only",
        default="",
        help="measure only the pages whose name holds one of these comma-separated words",
    )
    parser.add_argument(
        "--requests", type=int, default=200, help="timed requests a page with 4 clients"
    )
    parser.add_argument("--clients", type=int, default=CLIENTS, help="concurrent clients")
    parser.add_argument(
        "--kept",
        action="store_true",
        help="ask for the same address again (pages kept for readers), not a new one",
    )
    parser.add_argument(
        "--one-client-runs", type=int, default=10, help="requests a page with one client"
    )
    args = parser.parse_args(argv)
    args.sizes = [size.strip() for size in args.sizes.split(",") if size.strip()]
    args.only = [word.strip() for word in args.only.split(",") if word.strip()]
    unknown = [size for size in args.sizes if size not in SIZES]
    if unknown or not args.sizes:
        parser.error(f"unknown size {unknown}; choose from {', '.join(SIZES)}")
    if args.requests < 1 or args.clients < 1 or args.one_client_runs < 1:
        parser.error("--requests, --clients and --one-client-runs must be 1 or more")
    return args


def main(argv=None) -> int:
    global KEPT
    args = parse_args(argv)
    KEPT = args.kept
    started = datetime.now(UTC)
    runs = [measure_size(size, args, started) for size in args.sizes]
    rows = evaluate(runs)
    print()
    print(
        f"ShareHub over HTTP: gunicorn 2 workers, {args.clients} clients, "
        f"{args.requests} requests a page (+{args.one_client_runs} with one client), "
        f"{os.cpu_count()} CPUs; "
        + ("the same address again (kept pages)" if KEPT else "a new address each request")
    )
    for run in runs:
        seed = "reused" if run["seed"]["reused"] else "seeded"
        print(
            f"{run['size']}: {run['catalogue']} ({seed}); floor {run['floor_page']} "
            f"{run['floor_median_ms']:.1f} ms; load average {run['load_average_at_start'][0]} "
            f"-> {run['load_average_at_end'][0]}"
        )
    print("Medians and p95 in ms with 4 clients; queries at page sizes 20/40 (largest size);")
    print("sql ms = the page's SQL replayed; ratio = one client's median / (sql + floor).")
    print()
    print(report(runs, rows))
    payload = {
        "started_at": started.isoformat(),
        "args": vars(args),
        "targets": {
            "list_search_api_p95_ms": LIST_P95_MS,
            "detail_p95_ms": DETAIL_P95_MS,
            "max_growth": MAX_GROWTH,
        },
        "runs": runs,
        "rows": rows,
        "passed": all(row["passed"] for row in rows),
    }
    path = write_json(payload, "bench", started)
    print(f"\nResults written to {path.relative_to(ROOT)}")
    return 0 if payload["passed"] else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (BenchError, subprocess.CalledProcessError, RuntimeError) as exc:
        log(f"bench: {exc}")
        sys.exit(2)
