"""Faults against real processes (tests/faults/conftest.py: gunicorn with 2 workers on
production settings, a PostgreSQL cluster and a redis-server of the run's own):

1. PostgreSQL stopped and restarted under load;
2. Redis stopped and restarted under gunicorn;
3. the task worker killed at random points while it sends a batch of e-mails;
4. gunicorn's workers killed while they handle writes (one with a file upload).

Each prints its figures (`scripts/faults.sh` shows them; pytest -s)."""

import email
import functools
import logging
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter

import pytest

from tests.faults import harness

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

# How many kills each run makes: 1 in CI (about a minute in all), more from
# scripts/faults.sh (FAULTS_ROUNDS=5).
ROUNDS = int(os.environ.get("FAULTS_ROUNDS", "1"))
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
SUBMIT = {"confirm_no_personal_data": "on"}
UNAVAILABLE = {
    "en": "ShareHub is not available at the moment",
    "cy": "Nid yw ShareHub ar gael ar hyn o bryd",
}


def figures(name: str, **values) -> None:
    shown = ", ".join(
        f"{key}={value:.3f}" if isinstance(value, float) else f"{key}={value}"
        for key, value in values.items()
    )
    print(f"\nFAULTS {name}: {shown}", flush=True)


@functools.cache
def _term(postgres, table: str, slug: str) -> str:
    return postgres.psql(f"SELECT id FROM taxonomy_{table} WHERE slug = '{slug}'")[0][0]


def term(stack, table: str, slug: str) -> str:
    """A taxonomy row's id, looked up once (the writers keep going while the database
    is down)."""
    return _term(stack.postgres, table, slug)


def innovation_fields(stack, title: str) -> dict:
    return {
        "title": title,
        "summary": "Fewer falls from drinking more water.",
        "body": "We put **water** where people walk.",
        "challenge_areas": term(stack, "challengearea", "risk"),
        "regions": term(stack, "region", "gwent"),
        "local_authorities": term(stack, "localauthority", "newport"),
    }


def resource_fields(stack, title: str) -> dict:
    return {
        "title": title,
        "resource_type": "toolkit",
        "summary": "Checklists for care homes.",
        "body": "Use it **weekly**.",
        "challenge_areas": term(stack, "challengearea", "risk"),
        "roles": term(stack, "role", "innovator"),
        "regions": term(stack, "region", "all-wales"),
        "evidence_level": "evaluated",
        "cost": "free",
        "time_to_implement": "weeks",
        "licence": "CC BY 4.0",
        "review_by_day": "31",
        "review_by_month": "3",
        "review_by_year": "2030",
        "language": "en",
    }


def audited(stack, table: str, title_prefix: str) -> dict[str, tuple]:
    """title → (status, challenge areas, places, audit entries of a submission) for
    every item whose title starts with the prefix."""
    model = table.removeprefix("catalogue_")
    rows = stack.postgres.psql(
        f"""SELECT t.title, t.status,
          (SELECT count(*) FROM {table}_challenge_areas c WHERE c.{model}_id = t.id),
          (SELECT count(*) FROM {table}_regions r WHERE r.{model}_id = t.id)
          + (SELECT count(*) FROM {table}_local_authorities l WHERE l.{model}_id = t.id),
          (SELECT count(*) FROM moderation_auditentry a
             JOIN django_content_type ct ON ct.id = a.target_type_id
           WHERE ct.app_label = 'catalogue' AND ct.model = '{model}' AND a.target_id = t.id
             AND a.action IN ('submit', 'publish', 'hold', 'flag'))
        FROM {table} t WHERE t.title LIKE '{title_prefix}%'"""
    )
    return {row[0]: (row[1], *map(int, row[2:])) for row in rows}


def assert_whole(items: dict[str, tuple]) -> None:
    """Each item has its tags (a challenge area, a place); it is a draft with no
    submission in the audit log, or submitted/published with exactly one."""
    for title, (status, areas, places, audits) in items.items():
        assert (areas, places > 0) == (1, True), (title, status, areas, places)
        assert (status, audits) in {("draft", 0), ("submitted", 1), ("published", 1)}, (
            title,
            status,
            audits,
        )


# --- 1. PostgreSQL stopped and restarted under load -----------------------------


class Load:
    """Client threads looping until stopped; every answer kept as
    (kind, started, ended, status or the exception, response)."""

    def __init__(self):
        self.records = []
        self.running = True
        self.threads = []
        self.lock = threading.Lock()

    def loop(self, kind, call, pause=0.0):
        def run():
            while self.running:
                started = time.monotonic()
                try:
                    response = call()
                    outcome = response.status
                except Exception as error:  # a hang or a reset is what this looks for
                    response, outcome = None, error
                with self.lock:
                    self.records.append((kind, started, time.monotonic(), outcome, response))
                time.sleep(pause)

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        self.threads.append(thread)

    def stop(self):
        self.running = False
        for thread in self.threads:
            thread.join(timeout=30)

    def of(self, kind, after=0.0, before=float("inf")):
        return [r for r in self.records if r[0] == kind and r[1] >= after and r[2] <= before]


KINDS = {"page-en", "page-cy", "api", "healthz", "write"}


def test_postgresql_stopped_and_restarted_under_load(stack):
    reader, api, probe = stack.client(), stack.client(), stack.client()
    writer = stack.client("alys")
    written = {}  # title → what the create and the submit answered
    counter = iter(range(10**6))

    def write():
        title = f"Outage write {next(counter)}"
        created = writer.post("/en/innovations/new/", innovation_fields(stack, title), timeout=10)
        written[title] = [created.status]
        if created.status != 302:
            return created
        submitted = writer.post(created.headers["Location"] + "submit/", SUBMIT, timeout=10)
        written[title].append(submitted.status)
        return submitted

    load = Load()
    load.loop("page-en", lambda: reader.get("/en/innovations/", timeout=10))
    load.loop("page-cy", lambda: reader.get("/cy/innovations/", timeout=10))
    load.loop("api", lambda: api.get("/api/v1/innovations/", timeout=10))
    load.loop("healthz", lambda: probe.get("/healthz", timeout=10), pause=0.1)
    load.loop("write", write)
    try:
        time.sleep(1.5)
        stopping = time.monotonic()
        stack.postgres.stop()
        stopped = time.monotonic()
        time.sleep(2.5)
        starting = time.monotonic()
        stack.postgres.start()
        started = time.monotonic()
        deadline = started + 20
        while time.monotonic() < deadline:
            ok = [r for r in load.records if r[1] >= started and r[3] in (200, 302)]
            if {r[0] for r in ok} == KINDS:
                break
            time.sleep(0.1)
        time.sleep(1.5)  # keep going after recovery: it must stay recovered
    finally:
        load.stop()
        if not stack.postgres.data.joinpath("postmaster.pid").exists():
            stack.postgres.start()

    before = [r for r in load.records if r[2] <= stopping]
    assert before and all(r[3] in (200, 302) for r in before), Counter(r[3] for r in before)

    # While it is down: a 503 at once, never a hang or a reset.
    during = [r for r in load.records if r[1] >= stopped and r[2] <= starting]
    assert {r[0] for r in during} == KINDS
    assert all(r[3] == 503 for r in during), Counter(str(r[3]) for r in during)
    slowest = max(r[2] - r[1] for r in load.records if stopping <= r[1] < starting)
    assert slowest < 3  # including requests that began while it was stopping
    for kind, language in [("page-en", "en"), ("page-cy", "cy"), ("write", "en")]:
        for *_, response in load.of(kind, stopped, starting):
            assert f'lang="{language}"' in response.body
            assert UNAVAILABLE[language] in response.body
            assert response.headers["Retry-After"] == "120"
    for *_, response in load.of("api", stopped, starting):
        assert response.headers["Content-Type"] == "application/json"
        assert response.json()["detail"]
    for *_, response in load.of("healthz", stopped, starting):
        assert response.json()["database"] != "ok"

    # Back by itself, and stays back.
    recovery = {}
    for kind in sorted(KINDS):
        after = sorted(load.of(kind, started), key=lambda r: r[1])
        first = next(i for i, r in enumerate(after) if r[3] in (200, 302))
        assert all(r[3] in (200, 302) for r in after[first:]), [r[3] for r in after]
        recovery[kind] = after[first][2] - started
    assert max(recovery.values()) < 10
    assert max(r[2] - r[1] for r in load.records) < 5  # nothing hung, before or after

    # Every write whole or absent; each the client saw succeed is there.
    items = audited(stack, "catalogue_innovation", "Outage write ")
    assert_whole(items)
    for title, statuses in written.items():
        if statuses[0] == 302:
            assert title in items
        if statuses[-1] == 302 and len(statuses) == 2:
            assert items[title][0] in ("submitted", "published")
    failed = sum(1 for statuses in written.values() if 302 not in statuses[-1:])
    figures(
        "postgres",
        requests=len(load.records),
        during_outage=len(during),
        outage_503=sum(1 for r in during if r[3] == 503),
        fail_median_s=statistics.median(r[2] - r[1] for r in during),
        fail_max_s=slowest,
        stop_s=stopped - stopping,
        start_s=started - starting,
        recover_page_en_s=recovery["page-en"],
        recover_page_cy_s=recovery["page-cy"],
        recover_api_s=recovery["api"],
        recover_healthz_s=recovery["healthz"],
        recover_write_s=recovery["write"],
        writes=len(written),
        writes_refused=failed,
        items=len(items),
        half_written=0,
    )


# --- 2. Redis stopped and restarted ---------------------------------------------


def signed_in(client) -> bool:
    page = client.get("/en/accounts/profile/")
    return page.status == 200 and 'name="display_name"' in page.body


def test_redis_stopped_and_restarted_under_gunicorn(stack):
    """tests/core/test_cache_outage.py proves this in one process with Django's test
    client; here the session is made by one gunicorn worker and read by either, and
    Redis comes back empty."""
    person = stack.client("bryn")
    assert signed_in(person)
    stack.redis.stop()
    try:
        answers = [
            person.get(path)
            for path in ["/en/", "/cy/", "/en/innovations/", "/api/v1/innovations/"] * 2
        ]
        assert [a.status for a in answers] == [200] * len(answers)
        assert all(signed_in(person) for _ in range(4))  # both workers, likely
        health = person.get("/healthz")
        assert (health.status, health.json()["cache"]) == (200, "down")
        refused = person.post("/en/innovations/new/", innovation_fields(stack, "Redis down"))
        assert refused.status == 429
        assert "ShareHub cannot add new things just now" in refused.body
        assert "Redis down" in refused.body  # what they typed is still there
        assert not stack.postgres.psql(
            "SELECT id FROM catalogue_innovation WHERE title = 'Redis down'"
        )
        page_down = max(a.seconds for a in answers)
    finally:
        stack.redis.start()
        back = time.monotonic()
    assert signed_in(person)
    # Each process tries Redis again at most ResilientRedisCache.RETRY_SECONDS after
    # its last failure: until then rate-limited writes are still refused.
    deadline = back + 15
    while True:
        allowed = person.post("/en/innovations/new/", innovation_fields(stack, "Redis back"))
        if allowed.status != 429 or time.monotonic() > deadline:
            break
        time.sleep(0.25)
    assert allowed.status == 302
    writes_back = time.monotonic() - back
    assert signed_in(person)
    assert person.get("/healthz").json()["cache"] == "ok"
    figures(
        "redis",
        pages_while_down=len(answers),
        page_max_s=page_down,
        signed_in_throughout=True,
        write_while_down=refused.status,
        writes_back_after_s=writes_back,
    )


# --- 3. The task worker killed mid-batch ------------------------------------------


class Sink:
    """A real SMTP server (aiosmtpd) on a free port: every Message-ID it accepts."""

    def __init__(self):
        from aiosmtpd.controller import Controller

        logging.getLogger("mail.log").setLevel(logging.WARNING)  # a line per SMTP command
        self.received = []
        sink = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                sink.received.append(email.message_from_bytes(envelope.content)["Message-ID"])
                return "250 Message accepted for delivery"

        self.port = harness.free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        self.controller.stop()


WORKER = [sys.executable, "manage.py", "worker", "--interval", "0.2", "--no-startup-delay"]


def test_the_worker_killed_mid_batch_loses_and_repeats_nothing(stack):
    pytest.importorskip("aiosmtpd")
    sink = Sink()
    env = {
        **stack.env,
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(sink.port),
        "EMAIL_USE_TLS": "false",
    }
    kills_wanted = 2 * ROUNDS
    batch = 30 * (ROUNDS + 1)
    harness.manage(
        env,
        code=(
            "from sharehub.core.mail import queue_email\n"
            f"for i in range({batch}):\n"
            "    queue_email(subject=f'Digest {i}', body='Hello', to=[f'p{i}@example.org'])\n"
        ),
    )
    queued = {row[0] for row in stack.postgres.psql("SELECT message_id FROM core_outgoingemail")}
    assert len(queued) >= batch  # the batch, and anything the other runs queued
    kills, mid_batch = 0, 0
    try:
        while True:
            began = time.monotonic()
            worker = subprocess.Popen(
                WORKER, cwd=harness.ROOT, env=env, start_new_session=True,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            if kills < kills_wanted:
                # Kill at a random point of the batch: once a random number more have
                # gone (spread so that every kill lands before the batch is out).
                target = len(sink.received) + random.randint(1, batch // (kills_wanted + 1))
                deadline = time.monotonic() + 30
                while len(sink.received) < target and time.monotonic() < deadline:
                    time.sleep(0.002)
                time.sleep(random.uniform(0, 0.02))
                mid_batch += len(set(sink.received)) < len(queued)
                harness.killpg(worker, signal.SIGKILL)
                kills += 1
                continue
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                left = stack.postgres.psql("SELECT count(*) FROM core_outgoingemail")[0][0]
                if left == "0" and len(set(sink.received)) >= len(queued):
                    break
                time.sleep(0.1)
            drained = time.monotonic() - began
            time.sleep(0.5)  # anything sent twice would arrive now
            harness.killpg(worker, signal.SIGTERM)
            break
    finally:
        sink.stop()
    counts = Counter(sink.received)
    lost = queued - set(counts)
    repeated = {mid: n for mid, n in counts.items() if n > 1}
    figures(
        "worker",
        emails=len(queued),
        kills=kills,
        kills_mid_batch=mid_batch,
        delivered=len(counts),
        lost=len(lost),
        sent_twice=len(repeated),
        last_run_s=drained,
    )
    assert not lost
    assert set(counts) == queued  # nothing that was not queued
    # A repeat is possible only when a kill lands between the server's "250" and the
    # commit (sharehub.core.mail): at most one per kill, with the same Message-ID.
    assert sum(n - 1 for n in repeated.values()) <= kills


# --- 4. A web process killed mid-write --------------------------------------------


def killed_while_posting(stack, client, path, fields, files=None, *, within: float) -> str:
    """POST, and SIGKILL every gunicorn worker at a random moment in the `within`
    seconds such a POST takes; "answered <status>" or "cut" (no answer came)."""
    stack.gunicorn.wait_ready()
    outcome = []

    def post():
        try:
            outcome.append(f"answered {client.post(path, fields, files, timeout=20).status}")
        except Exception as error:
            assert harness.connection_failed(error), error
            outcome.append("cut")

    thread = threading.Thread(target=post)
    thread.start()
    time.sleep(random.uniform(0, within))
    for pid in stack.gunicorn.worker_pids():
        harness.kill(pid, signal.SIGKILL)
    thread.join(timeout=30)
    return outcome[0]


def test_a_web_worker_killed_mid_write_leaves_it_whole_or_absent(stack):
    author = stack.client("alys")
    files = lambda: {"file": ("Falls toolkit.pdf", PDF, "application/pdf")}  # noqa: E731
    untouched = author.post(
        "/en/resources/new/", resource_fields(stack, "Killed upload (none)"), files()
    )
    assert untouched.status == 302
    drafts = []
    for i in range(ROUNDS + 1):
        made = author.post("/en/innovations/new/", innovation_fields(stack, f"Killed submit {i}"))
        assert made.status == 302
        drafts.append(made.headers["Location"])
    submit_time = author.post(drafts.pop() + "submit/", SUBMIT).seconds
    outcomes = Counter()
    creates = {}
    for i in range(ROUNDS):
        title = f"Killed upload {i}"
        creates[title] = killed_while_posting(
            stack,
            author,
            "/en/resources/new/",
            resource_fields(stack, title),
            files(),
            within=1.5 * untouched.seconds,
        )
        outcomes[creates[title].split()[0]] += 1
    for location in drafts:
        outcome = killed_while_posting(
            stack, author, location + "submit/", SUBMIT, within=1.5 * submit_time
        )
        outcomes[outcome.split()[0]] += 1
    stack.gunicorn.wait_ready()

    resources = audited(stack, "catalogue_resource", "Killed upload ")
    for title, outcome in creates.items():
        if outcome == "answered 302":
            assert title in resources
    assert_whole(resources)
    assert all(status == "draft" for status, *_ in resources.values())
    roles = stack.postgres.psql(
        "SELECT count(*) FROM catalogue_resource_roles r JOIN catalogue_resource t "
        "ON t.id = r.resource_id WHERE t.title LIKE 'Killed upload %'"
    )[0][0]
    assert int(roles) == len(resources)
    stored = stack.postgres.psql(
        "SELECT file FROM catalogue_resource WHERE title LIKE 'Killed upload %'"
    )
    for (name,) in stored:
        assert stack.media.joinpath(name).read_bytes() == PDF
    assert_whole(audited(stack, "catalogue_innovation", "Killed submit "))

    # Files written by a transaction that never committed: prune_uploads removes them.
    on_disk = {p.relative_to(stack.media).as_posix() for p in stack.media.rglob("*") if p.is_file()}
    referenced = {name for (name,) in stored} | {
        name for (name,) in stack.postgres.psql("SELECT file FROM catalogue_resource")
    }
    orphans = on_disk - referenced
    harness.manage(stack.env, "prune_uploads", "--hours", "0")
    after = {p.relative_to(stack.media).as_posix() for p in stack.media.rglob("*") if p.is_file()}
    assert after == on_disk - orphans
    assert referenced & on_disk <= after
    figures(
        "web-kill",
        posts_killed=len(creates) + len(drafts),
        upload_s=untouched.seconds,
        submit_s=submit_time,
        cut=outcomes["cut"],
        answered=outcomes["answered"],
        uploads_kept=len(resources),
        submitted=sum(
            1
            for status, *_ in audited(stack, "catalogue_innovation", "Killed submit ").values()
            if status != "draft"
        ),
        orphan_files=len(orphans),
        orphans_left_after_prune=len(after - referenced),
        half_written=0,
    )
