"""Issue 14, scale out: two gunicorn instances share everything.

Two gunicorn instances of the production settings (DEBUG off, a SECRET_KEY,
ALLOWED_HOSTS) run on loopback behind one address: a small reverse proxy here, which
sends each request to the instance the test names. They share what production shares:
PostgreSQL (this suite's test database, with committed rows), sessions and cache in
Redis (a redis-server of the test's own), uploads in S3-compatible object storage
through django-storages (moto's standalone server; the settings' S3 configuration from
environment variables, as in production), and e-mail through the database task queue,
sent by `manage.py db_worker` to a folder (the file e-mail backend).

A care worker signs in through A and shares an innovation with a file through B; a
moderator signs in through A with two-factor authentication and approves it; the file
is then served by both, is in the bucket and only there, and the author's e-mail is sent
once by the worker. Sign-in and new-content limits count the attempts made through both.
"""

import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http.client import HTTPConnection
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import pytest
import requests
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django_tasks_db.models import DBTaskResult

from sharehub.attachments.models import Attachment
from sharehub.catalogue.models import Innovation
from sharehub.core.models import Status
from sharehub.taxonomy import models as tax
from tests.accounts.conftest import PASSWORD
from tests.attachments.files import PDF_BYTES
from tests.conftest import seed_taxonomy
from tests.contributing.conftest import pks
from tests.factories import verified_user
from tests.moderation.conftest import moderators_group
from tests.servers import Redis, free_port

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server"),
]

ROOT = Path(__file__).resolve().parents[1]
BUCKET = "sharehub-uploads"
REGION = "eu-west-2"
NEW_CONTENT_PER_HOUR = 3
TOO_MANY_SIGN_INS = "Too many failed login attempts"


# --- The proxy: one address in front of both instances --------------------------------

HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-connection",
    "transfer-encoding",
    "te",
    "trailer",
    "upgrade",
    "content-length",
}


class Proxy(ThreadingHTTPServer):
    """Forwards each request to the instance named in its `X-Backend` header (a or b),
    keeping the Host header, as a load balancer does; the answer says which one served
    it (`X-Served-By`). Bodies are read whole: the files here are small."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), ProxyHandler)
        self.port = self.server_address[1]
        self.backends: dict[str, int] = {}

    def start(self) -> None:
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        if getattr(self, "thread", None):
            self.shutdown()
        self.server_close()


class ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def forward(self) -> None:
        name = self.headers.get("X-Backend", "")
        port = self.server.backends.get(name)
        if port is None:
            self.send_error(502, f"no instance {name!r}")
            return
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        headers.pop("X-Backend", None)
        upstream = HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            upstream.request(self.command, self.path, body=body or None, headers=headers)
            answer = upstream.getresponse()
            content = answer.read()
        finally:
            upstream.close()
        self.send_response(answer.status, answer.reason)
        for key, value in answer.getheaders():
            if key.lower() not in HOP_BY_HOP and key.lower() not in ("server", "date"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(content)))
        self.send_header("X-Served-By", name)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(content)

    do_GET = do_POST = do_HEAD = forward

    def log_message(self, format, *args) -> None:  # quiet
        pass


# --- The cluster -----------------------------------------------------------------------


@dataclass
class Cluster:
    proxy: Proxy
    processes: dict[str, subprocess.Popen]
    logs: Path
    mail: Path
    media: Path
    s3: object  # a boto3 S3 client for the moto server
    s3_endpoint: str

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.proxy.port}"

    def log_tails(self) -> str:
        return "\n".join(
            f"--- {path.name}\n" + "\n".join(path.read_text(errors="replace").splitlines()[-30:])
            for path in sorted(self.logs.glob("*.log"))
        )


def database_url() -> str:
    db = settings.DATABASES["default"]
    password = f":{quote(db['PASSWORD'], safe='')}" if db.get("PASSWORD") else ""
    host, port = db.get("HOST") or "127.0.0.1", db.get("PORT") or 5432
    return f"postgres://{quote(db.get('USER') or 'postgres', safe='')}{password}@{host}:{port}/{db['NAME']}"


def production_env(**extra: str) -> dict[str, str]:
    """This environment without any ShareHub setting of its own, plus `extra`."""
    names = ("DJANGO_", "SECRET_", "DEBUG", "SECURE_", "ALLOWED_", "AWS_", "EMAIL_", "REDIS_")
    names += ("DATABASE_", "MEDIA_", "STATIC_", "SHAREHUB_", "TASKS_", "SESSION_", "CSRF_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(names)}
    env.update(DJANGO_SETTINGS_MODULE="sharehub.settings", **extra)
    return env


def healthy(name: str, port: int, process: subprocess.Popen, logs: Path) -> None:
    """Wait (up to a minute) until instance `name` answers /healthz with all ok."""
    deadline = time.monotonic() + 60
    while True:
        assert process.poll() is None, (logs / f"{name}.log").read_text()
        try:
            # The port opens before the worker has loaded Django: the first answer waits.
            answer = requests.get(f"http://127.0.0.1:{port}/healthz", timeout=30)
        except (requests.ConnectionError, requests.Timeout):
            answer = None
        if answer is not None and answer.status_code == 200:
            assert answer.json() == {"status": "ok", "database": "ok", "cache": "ok"}
            return
        assert time.monotonic() < deadline, f"instance {name} is not healthy"
        time.sleep(0.1)


@pytest.fixture(scope="module")
def s3():
    """moto's S3 server with the uploads bucket, and a client for it."""
    import boto3
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # a line per S3 request
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
    yield endpoint, client
    server.stop()


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    """collectstatic's output, which the production settings serve (with a manifest)."""
    static = tmp_path_factory.mktemp("static")
    env = production_env(SECRET_KEY="collectstatic-only", STATIC_ROOT=str(static))
    collected = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert collected.returncode == 0, collected.stderr
    return static


@pytest.fixture
def cluster(transactional_db, s3, static_root, tmp_path):
    """Both instances, the worker and a Redis of their own, fresh for each test (the
    rows they read are committed: transactional_db, flushed after the test and after
    these processes stop). Taxonomy and the moderators' group are made first, in case
    a test before this one flushed them."""
    seed_taxonomy()
    moderators_group()
    s3_endpoint, s3_client = s3
    logs, mail, media = (tmp_path / name for name in ("logs", "mail", "media"))
    for folder in (logs, mail, media):
        folder.mkdir()
    redis = Redis()
    proxy = Proxy()
    processes: dict[str, subprocess.Popen] = {}
    try:
        env = production_env(
            SECRET_KEY="scale-out-test-" + os.urandom(24).hex(),
            ALLOWED_HOSTS="127.0.0.1",
            SITE_URL=f"http://127.0.0.1:{proxy.port}",
            DATABASE_URL=database_url(),
            REDIS_URL=redis.url,
            AWS_STORAGE_BUCKET_NAME=BUCKET,
            AWS_S3_ENDPOINT_URL=s3_endpoint,
            AWS_S3_REGION_NAME=REGION,
            AWS_ACCESS_KEY_ID="testing",
            AWS_SECRET_ACCESS_KEY="testing",
            AWS_S3_ADDRESSING_STYLE="path",
            EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
            EMAIL_FILE_PATH=str(mail),
            # Nothing may be written here: every upload goes to the bucket.
            MEDIA_ROOT=str(media),
            STATIC_ROOT=str(static_root),
            SHAREHUB_NEW_CONTENT_PER_HOUR=str(NEW_CONTENT_PER_HOUR),
            # Plain HTTP on loopback: no redirect to HTTPS, cookies without Secure.
            SECURE_SSL_REDIRECT="false",
            SESSION_COOKIE_SECURE="false",
            CSRF_COOKIE_SECURE="false",
            LOG_LEVEL="WARNING",
        )
        ports = {"a": free_port(), "b": free_port()}

        def start(name: str, *command: str) -> None:
            with (logs / f"{name}.log").open("w") as out:
                processes[name] = subprocess.Popen(
                    command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
                )

        for name, port in ports.items():
            # gunicorn's control socket is one path per user ($HOME/.gunicorn/gunicorn.ctl)
            # unless told otherwise: two instances on one machine would share it.
            gunicorn = ["-m", "gunicorn", "sharehub.wsgi", "--no-control-socket", "-w", "1"]
            start(name, sys.executable, *gunicorn, "-b", f"127.0.0.1:{port}")
        worker = ["manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"]
        start("worker", sys.executable, *worker)
        for name, port in ports.items():
            healthy(name, port, processes[name], logs)
        proxy.backends = ports
        proxy.start()
        yield Cluster(proxy, processes, logs, mail, media, s3_client, s3_endpoint)
    finally:
        for name, process in processes.items():
            # gunicorn: QUIT is its quick shutdown; the worker finishes its task on TERM.
            process.send_signal(signal.SIGTERM if name == "worker" else signal.SIGQUIT)
        for process in processes.values():
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        proxy.stop()
        redis.stop()


# --- People and their browsers ---------------------------------------------------------


class Browser:
    """One person's browser: one cookie jar, whichever instance answers."""

    def __init__(self, cluster: Cluster):
        self.base = cluster.url
        self.http = requests.Session()

    def get(self, via: str, path: str) -> requests.Response:
        response = self.http.get(
            self.base + path, headers={"X-Backend": via}, allow_redirects=False, timeout=30
        )
        assert response.headers.get("X-Served-By") == via
        return response

    def post(self, via: str, path: str, data, *, page: str = "", files=None):
        """Fill in the form on `page` (default `path`), as a person does: the page with
        its CSRF token first, through the same instance, then the POST. `data` is a
        dict, or a function that returns one when the page has come."""
        form = self.get(via, page or path)
        assert form.status_code == 200, (page or path, form.status_code)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)
        assert token, f"no form on {page or path}"
        if callable(data):
            data = data()
        response = self.http.post(
            self.base + path,
            data={**data, "csrfmiddlewaretoken": token.group(1)},
            files=files,
            headers={"X-Backend": via},
            allow_redirects=False,
            timeout=30,
        )
        assert response.headers.get("X-Served-By") == via
        return response


def person(username: str, **kwargs):
    """A verified account whose password is PASSWORD. (Hashed with few iterations,
    which the instances accept and upgrade at the first sign-in: the test settings'
    MD5 hasher is not one production accepts.)"""
    kwargs.setdefault("display_name", username.title())
    user = verified_user(username=username, **kwargs)
    hasher = PBKDF2PasswordHasher()
    user.password = hasher.encode(PASSWORD, hasher.salt(), iterations=1000)
    user.save(update_fields=["password"])
    return user


def sign_in(browser: Browser, via: str, user, *, totp_secret: str = "") -> None:
    response = browser.post(via, "/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302, response.text[:3000]
    if totp_secret:
        assert response.headers["Location"] == "/en/accounts/2fa/authenticate/"
        response = browser.post(via, "/en/accounts/2fa/authenticate/", lambda: totp(totp_secret))
        assert response.status_code == 302, response.text[:3000]


def totp(secret: str) -> dict:
    """The code the authenticator app shows now; allauth accepts only the current
    30-second step, so a code about to change is waited for."""
    if time.time() % 30 > 25:
        time.sleep(30 - time.time() % 30)
    return {"code": format_hotp_value(hotp_value(secret, int(time.time()) // 30))}


def innovation_form(title: str) -> dict:
    return {
        "title": title,
        "body": "We put **water** where people walk.",
        "summary": "Fewer falls and infections from drinking more.",
        "challenge_areas": pks(tax.ChallengeArea, "risk"),
        "regions": pks(tax.Region, "gwent"),
        "local_authorities": pks(tax.LocalAuthority, "newport"),
    }


def mail_sent(cluster: Cluster, *, expect_tasks: int, seconds: float = 20) -> list:
    """The messages the worker wrote, once `expect_tasks` e-mail tasks are finished."""
    from email import policy
    from email.parser import BytesParser

    deadline = time.monotonic() + seconds
    while True:
        tasks = DBTaskResult.objects.filter(task_path="sharehub.core.mail.send_email")
        statuses = sorted(tasks.values_list("status", flat=True))
        if statuses == ["SUCCESSFUL"] * expect_tasks:
            break
        assert time.monotonic() < deadline, (statuses, cluster.log_tails())
        time.sleep(0.2)
    separator = b"\n" + b"-" * 79 + b"\n"
    chunks = [
        chunk
        for path in sorted(cluster.mail.iterdir())
        for chunk in path.read_bytes().split(separator)
        if chunk.strip()
    ]
    return [BytesParser(policy=policy.default).parsebytes(chunk) for chunk in chunks]


# --- The tests -------------------------------------------------------------------------


def test_two_instances_share_sessions_uploads_moderation_mail_and_rate_limits(cluster):
    """One scenario, because starting the instances is most of its cost (and each test
    needs processes of its own: the database is flushed between tests, and a running
    process keeps content types and taxonomy it has read)."""
    author = person("alice", display_name="Alice Jones")
    moderator = person("mo")
    moderator.groups.add(moderators_group())
    secret = generate_totp_secret()
    TOTP.activate(moderator, secret)
    alice, mo, anyone = Browser(cluster), Browser(cluster), Browser(cluster)

    # Signed in through A; B knows her (sessions are shared).
    sign_in(alice, "a", author)
    assert alice.get("b", "/en/innovations/new/").status_code == 200

    # Shared through B: the draft, a file, submitted.
    created = alice.post("b", "/en/innovations/new/", innovation_form("Hydration stations"))
    assert created.status_code == 302, created.text[:3000]
    slug = re.fullmatch(r"/en/innovations/([\w-]+)/", created.headers["Location"]).group(1)
    upload = {"files": ("hydration-plan.pdf", PDF_BYTES, "application/pdf")}
    added = alice.post("b", f"/en/attachments/innovations/{slug}/", {}, files=upload)
    assert added.status_code == 302, added.text[:3000]
    submitted = alice.post(
        "b", f"/en/innovations/{slug}/submit/", {"confirm_no_personal_data": "on"}
    )
    assert submitted.status_code == 302, submitted.text[:3000]
    innovation = Innovation.objects.get(slug=slug)
    assert innovation.status == Status.SUBMITTED
    attachment = Attachment.objects.get(innovation=innovation)
    download = attachment.get_absolute_url()

    # The file is in the bucket, private, and not on any web process's disk.
    stored = cluster.s3.get_object(Bucket=BUCKET, Key=attachment.file.name)
    assert stored["Body"].read() == PDF_BYTES
    grants = cluster.s3.get_object_acl(Bucket=BUCKET, Key=attachment.file.name)["Grants"]
    assert [grant["Grantee"]["Type"] for grant in grants] == ["CanonicalUser"], grants
    assert not list(cluster.media.iterdir())

    # Waiting for review: the author can read it through either instance, nobody else.
    for via in "ab":
        assert anyone.get(via, download).status_code == 404
        own = alice.get(via, download)
        assert own.status_code == 200
        assert own.content == PDF_BYTES
        assert own.headers["Cache-Control"] == "private, no-store"

    # Moderated through A, after the password and a code from the authenticator app.
    sign_in(mo, "a", moderator, totp_secret=secret)
    review = f"/en/moderation/innovation/{slug}/"
    assert mo.get("b", review).status_code == 200  # two-factor sign-in is known to B too
    held = mo.get("a", download)
    assert held.status_code == 200 and held.content == PDF_BYTES
    approved = mo.post("a", f"{review}approve/", {}, page=review)
    assert approved.status_code == 302, approved.text[:3000]
    innovation.refresh_from_db()
    assert innovation.status == Status.PUBLISHED

    # Published: both instances link to the file and serve it, from the bucket.
    for via in "ab":
        page = anyone.get(via, f"/en/innovations/{slug}/")
        assert page.status_code == 200
        assert f'href="{download}"' in page.text
        assert cluster.s3_endpoint not in page.text  # no address in the bucket is handed out
        served = anyone.get(via, download)
        assert served.status_code == 200
        assert served.content == PDF_BYTES
        assert served.headers["Content-Disposition"] == 'attachment; filename="hydration-plan.pdf"'
        assert served.headers["Cache-Control"] == "public, max-age=600"
    assert not list(cluster.media.iterdir())

    # The worker sent the author's e-mail, once; every queued e-mail was sent.
    queued = DBTaskResult.objects.filter(task_path="sharehub.core.mail.send_email").count()
    messages = mail_sent(cluster, expect_tasks=queued)
    assert len(messages) == queued
    to_alice = [m for m in messages if m["To"] == author.email]
    assert [m["Subject"] for m in to_alice] == ["ShareHub: “Hydration stations” is published"]
    assert f"{cluster.url}/en/innovations/{slug}/" in to_alice[0].get_body().get_content()

    # Rate limits count what comes through both instances.
    # Failed sign-ins to one account from one client: 5 allowed in 5 minutes. Three
    # through A and two through B reach the limit, though neither saw five.
    owner = person("rhys")
    guesser = Browser(cluster)
    for via in "ababa":
        wrong = guesser.post(via, "/en/accounts/login/", {"login": owner.email, "password": "x"})
        assert wrong.status_code == 200
        assert "govuk-error-summary" in wrong.text and TOO_MANY_SIGN_INS not in wrong.text
    refused = guesser.post("b", "/en/accounts/login/", {"login": owner.email, "password": PASSWORD})
    assert refused.status_code == 200
    assert TOO_MANY_SIGN_INS in refused.text

    # New content: NEW_CONTENT_PER_HOUR (3) an hour, through A, B and A; then B refuses.
    author = person("tom")
    tom = Browser(cluster)
    sign_in(tom, "b", author)
    for number, via in enumerate("aba"):
        made = tom.post(via, "/en/innovations/new/", innovation_form(f"Idea {number}"))
        assert made.status_code == 302, made.text[:3000]
    too_many = tom.post("b", "/en/innovations/new/", innovation_form("One too many"))
    assert too_many.status_code == 429
    assert f"You have added {NEW_CONTENT_PER_HOUR} things to ShareHub in the last hour" in (
        too_many.text
    )
    assert Innovation.objects.filter(author=author).count() == NEW_CONTENT_PER_HOUR

    # Nothing failed quietly on the way.
    for name in ("a", "b", "worker"):
        log = (cluster.logs / f"{name}.log").read_text()
        assert '"level": "ERROR"' not in log and "Traceback" not in log, log
