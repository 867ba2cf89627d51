#!/usr/bin/env python
"""In-process facts about each page, for bench/run.py, through Django's test Client
(public URLs only), against one bench database with the production settings:

- queries per page at two page sizes (SHAREHUB_PAGE_SIZE 20 and 40): a page whose
  count grows with the page size runs a query per row;
- the page's own SQL (captured at the default page size) replayed through a raw
  cursor, fetching every row: the median of --runs replays is the page's SQL floor.

    .venv/bin/python bench/probe.py --database-url URL --pages pages.json --runs 5

`pages.json` is a list of {"name", "path"}; prints a JSON object keyed by name.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import configure_django, fresh_address

PAGE_SIZES = (20, 40)  # the default and twice it: more rows, no more queries
WARMUP = 2

Statement = tuple[str, Any, bool]  # sql, params, executemany


def get_ok(client, path: str):
    """A new address each time (fresh_address): the page is made, not kept."""
    path = fresh_address(path)
    response = client.get(path)
    if response.status_code != 200:
        raise RuntimeError(f"GET {path} answered {response.status_code}, not 200")
    return response


def capture(client, path: str) -> list[Statement]:
    """The SQL one request issues, after a warm-up request (a warm cache, as in use)."""
    from django.db import connection

    executed: list[Statement] = []

    def record(execute, sql, params, many, context):
        executed.append((sql, params, many))
        return execute(sql, params, many, context)

    get_ok(client, path)
    with connection.execute_wrapper(record):
        get_ok(client, path)
    return executed


def is_read(sql: str) -> bool:
    words = sql.lstrip(" (\n\t").split(None, 1)
    return bool(words) and words[0].upper() in {"SELECT", "WITH", "VALUES", "SHOW"}


def replay(statements: list[Statement], runs: int) -> list[float]:
    """Milliseconds to run the statements in order through a raw cursor, fetching
    every row, after warm-up runs."""
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
            if i >= WARMUP:
                samples.append((time.perf_counter() - start) * 1000)
    return samples


def probe(pages: list[dict], runs: int) -> dict[str, dict]:
    from django.test import Client
    from django.test.utils import override_settings

    client = Client()
    facts = {}
    for page in pages:
        queries = {}
        for size in PAGE_SIZES:
            with override_settings(SHAREHUB_PAGE_SIZE=size):
                # The fewer of two: a cache entry that expired between requests
                # (terms, counts) adds queries once, a query per row every time.
                queries[str(size)] = min(len(capture(client, page["path"])) for _ in range(2))
        executed = capture(client, page["path"])
        reads = [s for s in executed if is_read(s[0])]
        replayed = replay(reads, runs) if reads else [0.0]
        facts[page["name"]] = {
            "queries": queries,
            "constant": len(set(queries.values())) == 1,
            "sql_replay_ms": [round(x, 3) for x in replayed],
            "sql_replay_median_ms": round(statistics.median(replayed), 3),
            "writes_not_replayed": len(executed) - len(reads),
            "sql": [sql for sql, _params, _many in executed],
        }
    return facts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--pages", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    configure_django(args.database_url)
    print(json.dumps(probe(json.loads(args.pages.read_text()), args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
