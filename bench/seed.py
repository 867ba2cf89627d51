#!/usr/bin/env python
"""Fill a bench database: the written demo catalogue, then generated innovations,
resources, needs and contacts with bulk inserts, then VACUUM FULL and ANALYZE;
optionally the load test's accounts (bench/accounts.py).

    .venv/bin/python bench/seed.py --size 10k               # sharehub_bench10k
    .venv/bin/python bench/seed.py --size 100k --reuse      # keep it if already full
    .venv/bin/python bench/seed.py --size 1k --accounts --database-url postgres://...

bench/run.py and bench/load.py run it (in its own process: one Django set-up per
database). Prints one JSON line on stdout: what was done and how long it took.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import SIZES, Catalogue, configure_django, database_url, log


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=SIZES, default="10k", help="catalogue size")
    parser.add_argument("--database-url", help="default: sharehub_bench<size> on localhost")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the database if it already holds at least the size's items",
    )
    parser.add_argument(
        "--accounts", action="store_true", help="also make the load test's accounts"
    )
    return parser.parse_args(argv)


def _connect(settings: dict[str, Any], dbname: str):
    import psycopg2

    keys = {"HOST": "host", "PORT": "port", "USER": "user", "PASSWORD": "password"}
    return psycopg2.connect(
        dbname=dbname, **{a: settings[k] for k, a in keys.items() if settings.get(k)}
    )


def counts() -> dict[str, int]:
    """How many generated items of each kind the database holds; zeros if it or the
    tables are missing."""
    import psycopg2
    from django.db import connection

    tables = {
        "innovations": "catalogue_innovation",
        "resources": "catalogue_resource",
        "needs": "catalogue_need",
        "contacts": "contacts_contact",
    }
    found = dict.fromkeys(tables, 0)
    try:
        conn = _connect(connection.settings_dict, connection.settings_dict["NAME"])
    except psycopg2.OperationalError:
        return found
    try:
        with conn.cursor() as cursor:
            for kind, table in tables.items():
                # Generated slugs end in -g<number> (sharehub.catalogue.demo.generated_slug).
                cursor.execute(f"SELECT count(*) FROM {table} WHERE slug ~ '-g[0-9]+$'")
                found[kind] = int(cursor.fetchone()[0])
    except psycopg2.errors.UndefinedTable:
        pass
    finally:
        conn.close()
    return found


def recreate_database() -> None:
    from django.db import connection
    from psycopg2 import sql

    settings = connection.settings_dict
    connection.close()
    conn = _connect(settings, "postgres")
    conn.autocommit = True
    name = sql.Identifier(settings["NAME"])
    try:
        with conn.cursor() as cursor:
            cursor.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(name))
    finally:
        conn.close()


def timed(info: dict, name: str, action) -> Any:
    start = time.perf_counter()
    result = action()
    info[f"{name}_s"] = round(time.perf_counter() - start, 2)
    log(f"  {name}: {info[f'{name}_s']:.1f} s")
    return result


# One innovation taken up in many places, published last so it is also the newest
# (the one `newest_innovation` gives 200 comments): its detail page and its spread
# map are the busiest of their kind (bench/run.py times both).
BUSY_SLUG = "bench-busy-innovation"
BUSY_ADOPTIONS = 50


def ensure_busy_innovation() -> bool:
    """Add the busy innovation and its published adoptions, once (kept by --reuse).
    Returns whether it was added."""
    from datetime import timedelta

    from django.db import transaction
    from django.utils import timezone

    from sharehub.catalogue.models import Adoption, Innovation
    from sharehub.core.models import Status
    from sharehub.taxonomy.models import ChallengeArea, LocalAuthority, Stage

    if Innovation.objects.filter(slug=BUSY_SLUG).exists():
        return False
    las = list(LocalAuthority.objects.order_by("position", "slug"))
    now = timezone.now()
    with transaction.atomic():
        innovation = Innovation(
            slug=BUSY_SLUG,
            title="Hydration rounds taken up across Wales",
            summary="Drinks rounds at set times, with a simple chart, now run in many places.",
            body="We moved the drinks round to mid-morning and mid-afternoon.\n\n"
            "- a chart on each floor\n- a jug on every table",
            language="en",
            stage=Stage.objects.get(slug="working-well"),
            adoption_count=BUSY_ADOPTIONS,
        )
        innovation.mark_published(at=now)
        innovation.save()
        innovation.challenge_areas.set(ChallengeArea.objects.filter(slug="risk"))
        innovation.set_places(regions=[], local_authorities=[las[0]])
        Adoption.objects.bulk_create(
            Adoption(
                innovation=innovation,
                organisation=f"Care team {n + 1} in {la.name_en}",
                local_authority=la,
                region_id=la.region_id,
                started=(now - timedelta(days=30 * (n % 12 + 1))).date().replace(day=1),
                progress=("exploring", "trying", "running", "stopped")[n % 4],
                stopped_reason="The funding ended." if n % 4 == 3 else "",
                story="We tried the rounds on two floors and kept the chart. " * 3,
                status=Status.PUBLISHED,
                published_at=now - timedelta(days=n),
            )
            for n, la in ((n, las[n % len(las)]) for n in range(BUSY_ADOPTIONS))
        )
    return True


def newest_innovation():
    """The innovation whose page bench/run.py measures (the API's first, newest first):
    it is given 200 comments."""
    from sharehub.catalogue.models import Innovation

    return Innovation.objects.published().order_by("-published_at", "-id").first()


def prepare(size: Catalogue, *, reuse: bool) -> dict[str, Any]:
    """Create, migrate and fill the database unless --reuse finds it full."""
    from django.core.management import call_command
    from django.db import connection

    from sharehub.catalogue.demo import generate_innovations, generate_needs, generate_resources
    from sharehub.comments.demo import generate_comments
    from sharehub.contacts.demo import generate_contacts

    name = connection.settings_dict["NAME"]
    wanted = size.as_dict()
    if reuse:
        found = counts()
        if all(found[kind] >= n for kind, n in wanted.items()):
            log(f"Reusing {name}: {found}")
            call_command("migrate", interactive=False, verbosity=0)
            info = {"reused": True, "generated": found}
            info["busy_added"] = ensure_busy_innovation()
            if not newest_innovation().comments.exists():  # a database seeded before comments
                timed(
                    info, "generate_comments", lambda: generate_comments(newest_innovation(), 200)
                )
            return info
        log(f"{name} holds {found}, not {wanted}: loading it again.")
    log(f"Creating database {name} ...")
    recreate_database()
    info: dict[str, Any] = {"reused": False, "generated": wanted}
    timed(info, "migrate", lambda: call_command("migrate", interactive=False, verbosity=0))
    timed(info, "seed_demo", lambda: call_command("seed_demo", stdout=io.StringIO()))
    generators = {
        "innovations": generate_innovations,
        "resources": generate_resources,
        "needs": generate_needs,
        "contacts": generate_contacts,
    }
    for kind, generate in generators.items():
        timed(info, f"generate_{kind}", lambda g=generate, k=kind: g(wanted[k]))
    timed(info, "busy_innovation", ensure_busy_innovation)  # before: it is the newest
    timed(info, "generate_comments", lambda: generate_comments(newest_innovation(), 200))

    # The bulk load rewrites every row as the tag triggers fill its id arrays,
    # leaving the tables several times their size; a live table grows row by row
    # and autovacuum keeps it near its real size. Compact them, then let VACUUM
    # set the visibility map (index-only counts) and ANALYZE the statistics.
    def vacuum():
        with connection.cursor() as cursor:
            cursor.execute("VACUUM FULL")
            cursor.execute("VACUUM ANALYZE")

    timed(info, "vacuum", vacuum)
    return info


def main(argv=None) -> int:
    args = parse_args(argv)
    configure_django(args.database_url or database_url(args.size))
    info = prepare(SIZES[args.size], reuse=args.reuse)
    if args.accounts:
        from bench.accounts import ensure_accounts

        info["accounts_made"] = ensure_accounts()
    print(json.dumps(info))
    return 0


if __name__ == "__main__":
    sys.exit(main())
