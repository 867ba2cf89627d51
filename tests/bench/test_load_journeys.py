"""bench/locustfile.py's journeys run end to end, for a few seconds, against a live
server with a tiny catalogue, without a single failed request: the load test stays
runnable as the pages it drives change (bench/README.md)."""

import csv
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from bench.accounts import ensure_accounts
from sharehub.catalogue.demo import generate_innovations, generate_needs, generate_resources
from sharehub.contacts.demo import generate_contacts
from tests.conftest import seed_taxonomy

ROOT = Path(__file__).resolve().parent.parent.parent
LOCUST = Path(sys.executable).parent / "locust"

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def bench_site(settings, live_server):
    """A small generated catalogue (a few innovations waiting for a moderator) and
    the account pool; the settings a site behind one TLS proxy has
    (each simulated person's address comes in X-Forwarded-For), over plain HTTP."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    seed_taxonomy()
    generate_innovations(200)
    generate_resources(20)
    generate_needs(20)
    generate_contacts(20)
    ensure_accounts()
    yield live_server.url
    wait_for_requests_in_flight()


def wait_for_requests_in_flight(timeout=30.0):
    """Locust stops its users at --run-time, but a request it had sent goes on in the
    live server's thread. The database flush after the test takes exclusive locks on
    every table, so it would deadlock with that request: wait until no other session
    on the test database is mid-statement or mid-transaction."""
    deadline = time.monotonic() + timeout
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND pid <> pg_backend_pid() AND state IS NOT NULL AND state <> 'idle'"
            )
            if cursor.fetchone()[0] == 0:
                return
            time.sleep(0.1)


def test_every_journey_runs_without_a_failure(bench_site, tmp_path):
    prefix = tmp_path / "smoke"
    result = subprocess.run(
        [
            str(LOCUST),
            "-f",
            str(ROOT / "bench" / "locustfile.py"),
            "--headless",
            "--only-summary",
            "--users",
            "8",
            "--spawn-rate",
            "8",
            "--run-time",
            "12s",
            "--host",
            bench_site,
            "--csv",
            str(prefix),
            "Reader",
            "CareWorker",
            "Manager",
            "Moderator",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    with open(f"{prefix}_stats.csv", newline="") as handle:
        steps = {row["Name"]: row for row in csv.DictReader(handle)}
    failures = (tmp_path / "smoke_failures.csv").read_text()
    assert int(steps["Aggregated"]["Failure Count"]) == 0, failures + result.stderr[-3000:]
    # Each kind of person got through their journey, two-factor sign-in included.
    for step in ("home", "share: submit", "sign in: code", "moderate: item", "list, region"):
        assert int(steps[step]["Request Count"]) > 0, (step, sorted(steps))
