#!/usr/bin/env python
"""Load test: one command per journey of bench/locustfile.py.

Prepares the bench database (bench/seed.py with the account pool; --reuse keeps a
full one), starts gunicorn with the production settings (2 workers unless --workers,
Redis) and, for the write journey, the task worker that sends e-mail; runs locust
headless; prints requests per second, errors and each step's median and p95, checks
the targets and writes the figures to bench/results/ (git-ignored).

    .venv/bin/python bench/load.py --journey read --minutes 1 --reuse
    .venv/bin/python bench/load.py --journey write --minutes 10 --reuse
    .venv/bin/python bench/load.py --journey write --size 1k --minutes 0.5   # smoke

Targets: read (issue 11) >= 100 requests/s, 0 errors, p95 <= 300 ms over all
requests; write-mixed (issue 14) >= 50 requests/s, 0 errors, p95 <= 300 ms for
every step. Exit status 0 if met, 1 if not, 2 if the run failed.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import RESULTS_DIR, ROOT, SIZES, database_url, log, table, write_json
from bench.server import BIN, WORKERS, serve

JOURNEYS = {
    # user classes, default simulated users, rps target, p95 target, p95 per step?
    "read": {"classes": ["Reader"], "users": 50, "rps": 100.0, "p95_ms": 300.0, "per_step": False},
    # 20 people, each taking a step every 0.5 to 1.5 s, ask for about 55 requests a
    # second: a little above the target, so the run shows whether ShareHub holds 50/s
    # and how fast it answers while doing so. 80 people ask for about 270/s, five
    # times what two cores serve: their p95 is time spent queueing, whatever the
    # code does, and their requests/s is the most it can serve (`--users 80`).
    "write": {
        "classes": ["CareWorker", "Manager", "Moderator"],
        "users": 20,
        "rps": 50.0,
        "p95_ms": 300.0,
        "per_step": True,
    },
}


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--journey", choices=JOURNEYS, required=True)
    parser.add_argument("--minutes", type=float, default=10.0, help="length of the run")
    parser.add_argument("--users", type=int, help="simulated people (default per journey)")
    parser.add_argument("--spawn-rate", type=float, default=5.0, help="people started a second")
    parser.add_argument("--size", choices=SIZES, default="100k", help="catalogue size")
    parser.add_argument("--database-url", help="default: sharehub_bench<size> on localhost")
    parser.add_argument("--reuse", action="store_true", help="keep a database already full")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=WORKERS, help="gunicorn workers")
    args = parser.parse_args(argv)
    if args.minutes <= 0 or (args.users is not None and args.users < 1):
        parser.error("--minutes and --users must be more than 0")
    return args


def read_stats(prefix: Path) -> list[dict[str, Any]]:
    """locust's <prefix>_stats.csv: one row a step, then "Aggregated"."""
    rows = []
    with open(f"{prefix}_stats.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            rows.append(
                {
                    "method": row["Type"],
                    "step": row["Name"],
                    "requests": int(row["Request Count"]),
                    "failures": int(row["Failure Count"]),
                    "median_ms": float(row["Median Response Time"] or 0),
                    "p95_ms": float(row["95%"] or 0) if row["95%"] != "N/A" else 0.0,
                    "rps": float(row["Requests/s"] or 0),
                }
            )
    return rows


def evaluate(journey: dict[str, Any], rows: list[dict[str, Any]]) -> dict[str, bool]:
    total = next(row for row in rows if row["step"] == "Aggregated")
    steps = [row for row in rows if row["step"] != "Aggregated"]
    checks = {
        f"rps>={journey['rps']:g}": total["rps"] >= journey["rps"],
        "0 errors": total["failures"] == 0,
    }
    if journey["per_step"]:
        checks[f"every step p95<={journey['p95_ms']:g}ms"] = all(
            row["p95_ms"] <= journey["p95_ms"] for row in steps
        )
    else:
        checks[f"p95<={journey['p95_ms']:g}ms"] = total["p95_ms"] <= journey["p95_ms"]
    return checks


# What every worker reads once before its first answer can be quick: its facet index
# of each content type (a whole read, about 0.4 s at 100k) and its caches.
WARM_UP = ["/en/", "/en/search/?q=care", "/api/v1/innovations/"]
WARM_UP += [f"/en/{kind}/" for kind in ("innovations", "resources", "needs", "contacts")]


def warm_up(base_url: str, workers: int) -> None:
    """Ask for each page of WARM_UP from as many clients at once as there are
    workers, a few times, so every worker has answered each before the run: the run
    measures a server in use, not one starting (a restart is its own figure)."""
    from concurrent.futures import ThreadPoolExecutor

    def fetch(path: str) -> None:
        with urllib.request.urlopen(base_url + path, timeout=60) as response:
            response.read()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        for _round in range(3):
            list(pool.map(fetch, [path for path in WARM_UP for _worker in range(workers)]))


def run(args: argparse.Namespace) -> int:
    journey = JOURNEYS[args.journey]
    started = datetime.now(UTC)
    url = args.database_url or database_url(args.size)
    seed = [sys.executable, str(ROOT / "bench" / "seed.py"), "--size", args.size, "--accounts"]
    seed += ["--database-url", url] + (["--reuse"] if args.reuse else [])
    seeded = json.loads(
        subprocess.run(seed, check=True, stdout=subprocess.PIPE, text=True).stdout.splitlines()[-1]
    )
    name = f"load-{args.journey}-{started:%Y%m%d-%H%M%S}"
    prefix = RESULTS_DIR / name
    users = args.users or journey["users"]
    with serve(
        url,
        log_name=name,
        workers=args.workers,
        task_worker=args.journey == "write",
        port=args.port,
    ) as base_url:
        warm_up(base_url, args.workers)
        command = [
            str(BIN / "locust") if (BIN / "locust").exists() else "locust",
            "-f",
            str(ROOT / "bench" / "locustfile.py"),
            "--headless",
            "--only-summary",
            "--users",
            str(users),
            "--spawn-rate",
            str(args.spawn_rate),
            "--run-time",
            f"{round(args.minutes * 60)}s",
            "--stop-timeout",
            "10",
            "--host",
            base_url,
            "--csv",
            str(prefix),
            "--loglevel",
            "WARNING",
            *journey["classes"],
        ]
        log(f"Running locust {' '.join(command[3:])}")
        with open(f"{prefix}-locust.log", "w") as output:
            subprocess.run(command, cwd=ROOT, check=False, stdout=output, stderr=subprocess.STDOUT)
    rows = read_stats(prefix)
    checks = evaluate(journey, rows)
    total = next(row for row in rows if row["step"] == "Aggregated")
    print()
    print(
        f"ShareHub load, {args.journey} journey: {users} people for {args.minutes:g} min "
        f"against gunicorn ({args.workers} workers) on {url.rsplit('/', 1)[-1]} "
        f"({'reused' if seeded['reused'] else 'seeded'})"
    )
    print(
        f"{total['rps']:.1f} requests/s, {total['requests']} requests, "
        f"{total['failures']} errors, median {total['median_ms']:.0f} ms, "
        f"p95 {total['p95_ms']:.0f} ms"
    )
    print()
    print(
        table(
            ["step", "requests", "errors", "median ms", "p95 ms", "req/s"],
            [
                [
                    f"{row['method']} {row['step']}".strip(),
                    str(row["requests"]),
                    str(row["failures"]),
                    f"{row['median_ms']:.0f}",
                    f"{row['p95_ms']:.0f}",
                    f"{row['rps']:.1f}",
                ]
                for row in rows
            ],
        )
    )
    failures = Path(f"{prefix}_failures.csv")
    if total["failures"] and failures.exists():
        print(f"\nErrors: {failures.relative_to(ROOT)}")
    print("\n" + ", ".join(f"{name}: {'PASS' if ok else 'MISS'}" for name, ok in checks.items()))
    payload = {
        "started_at": started.isoformat(),
        "journey": args.journey,
        "args": vars(args) | {"users": users},
        "database": url.rsplit("/", 1)[-1],
        "seed": seeded,
        "steps": rows,
        "checks": checks,
        "passed": all(checks.values()),
    }
    path = write_json(payload, f"load-{args.journey}", started)
    print(f"Results written to {path.relative_to(ROOT)} (and {prefix.name}_*.csv)")
    return 0 if payload["passed"] else 1


def main(argv=None) -> int:
    try:
        return run(parse_args(argv))
    except (subprocess.CalledProcessError, RuntimeError, FileNotFoundError) as exc:
        log(f"load: {exc}")
        return 2


if __name__ == "__main__":
    sys.exit(main())
