"""The import at scale (issue 13): write a content file of N records (default
100,000: innovations, resources and needs with every field, some published), then
time `manage.py import_content` on it and report its peak memory.

    DATABASE_URL=… python bench/import_scale.py [--records 100000] [--file /tmp/x.jsonl]

Run it against an empty database (content tables empty, taxonomy loaded): it
imports for real. The file is written a line at a time and read a line at a time,
so neither side holds it whole. Peak RSS is read from getrusage (the process's
own high-water mark)."""

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sharehub.settings")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.core.management.base import CommandError  # noqa: E402

from sharehub.taxonomy import models as tax  # noqa: E402
from sharehub.transfer.io import dumps  # noqa: E402
from sharehub.transfer.records import SCHEMA, SCHEMA_VERSION  # noqa: E402

STATUSES = ["published", "published", "published", "draft", "submitted", "withdrawn"]


def slugs(model) -> list[str]:
    return list(model.objects.order_by("slug").values_list("slug", flat=True))


def write_file(path: Path, count: int) -> None:
    areas, regions, las = slugs(tax.ChallengeArea), slugs(tax.Region), slugs(tax.LocalAuthority)
    sectors, kinds, stages = slugs(tax.Sector), slugs(tax.Kind), slugs(tax.Stage)
    roles, job_roles, org_types = slugs(tax.Role), slugs(tax.JobRole), slugs(tax.OrganisationType)
    with path.open("w", encoding="utf-8") as out:
        header = {"type": "header", "schema": SCHEMA, "version": SCHEMA_VERSION}
        out.write(dumps(header | {"people": False, "files": False}) + "\n")
        # The organisation the innovations name (schema 2 links them by slug).
        organisation = {
            "type": "organisation",
            "slug": "cyngor-sir-enghraifft",
            "name": "Cyngor Sir Enghraifft",
            "organisation_type": None,
            "local_authorities": [],
            "website": "",
            "created_at": "2025-01-01T09:00:00.000000Z",
            "updated_at": "2025-01-01T09:00:00.000000Z",
        }
        out.write(dumps(organisation) + "\n")
        for n in range(count):
            status = STATUSES[n % len(STATUSES)]
            stamp = f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T10:{n % 60:02d}:00.{n % 1000000:06d}Z"
            common = {
                "slug": f"scale-{n:06d}",
                "title": f"Scale record {n}: a change that worked",
                "language": "cy" if n % 5 == 0 else "en",
                "challenge_areas": sorted({areas[n % len(areas)], areas[(n * 7) % len(areas)]}),
                "regions": [regions[n % len(regions)]] if n % 3 else [],
                "local_authorities": [las[n % len(las)]] if not n % 3 else [],
                "status": status,
                "created_at": stamp,
                "updated_at": stamp,
                "published_at": stamp if status == "published" else None,
                "submitted_at": stamp if status in ("published", "submitted") else None,
                "personal_data_confirmed_at": stamp if status != "draft" else None,
                "featured": n % 50 == 0,
                "moderator_message": "",
                "translation_of": None,
                "duplicate_of": None,
            }
            body = f"What changed in record {n}, and why. " * 10
            kind = ("innovation", "resource", "need")[n % 3]
            if kind == "innovation":
                record = common | {
                    "summary": f"Summary of record {n}.",
                    "body": body,
                    "sector": sectors[n % len(sectors)],
                    "kind": kinds[n % len(kinds)],
                    "stage": stages[n % len(stages)],
                    "role": roles[n % len(roles)],
                    "job_role": job_roles[n % len(job_roles)],
                    "organisation": "Cyngor Sir Enghraifft",
                    "organisation_record": "cyngor-sir-enghraifft",
                    "organisation_type": org_types[n % len(org_types)],
                    "what_helped": "Time to plan.",
                    "what_got_in_the_way": "",
                    "outcomes": "Fewer falls.",
                    "looking_for": ["advice"],
                    "links": [{"title": "Report", "url": f"https://example.org/{n}"}],
                    "contact_preference": "message",
                }
            elif kind == "resource":
                record = common | {
                    "summary": f"Summary of resource {n}.",
                    "body": body,
                    "resource_type": "guide",
                    "url": f"https://example.org/guide/{n}",
                    "roles": [roles[n % len(roles)]],
                    "job_roles": [],
                    "sector": None,
                    "evidence_level": "evaluated",
                    "cost": "free",
                    "time_to_implement": "weeks",
                    "licence": "OGL",
                    "review_by": "2027-01-01",
                    "organisation": "",
                    "organisation_record": None,
                }
            else:
                record = common | {"body": body, "answered_at": None}
            out.write(dumps({"type": kind, **record}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--file", default="/tmp/sharehub-import-scale.jsonl")
    args = parser.parse_args()
    path = Path(args.file)
    started = time.monotonic()
    write_file(path, args.records)
    print(
        f"wrote {args.records} records ({path.stat().st_size / 1e6:.1f} MB) "
        f"in {time.monotonic() - started:.0f} s",
        flush=True,
    )
    started = time.monotonic()
    try:
        call_command("import_content", str(path))
    except CommandError as exc:
        print(exc)
    elapsed = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    print(
        f"imported in {elapsed:.0f} s ({args.records / elapsed:.0f} records/s); "
        f"peak RSS {peak:.0f} MB",
        flush=True,
    )


if __name__ == "__main__":
    main()
