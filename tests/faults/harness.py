"""Real processes for the fault runs: a PostgreSQL cluster, a redis-server and gunicorn
of the run's own (free ports, a temporary folder), and a small HTTP client that keeps
cookies and never follows redirects."""

import contextlib
import glob
import http.client
import http.cookiejar
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PG_BIN = next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)), "")
AS_POSTGRES = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


def available() -> str:
    """Why the fault runs cannot run here ("" when they can)."""
    if not PG_BIN or not Path(PG_BIN, "initdb").exists():
        return "needs PostgreSQL's server binaries (initdb, pg_ctl)"
    if not shutil.which("redis-server"):
        return "needs redis-server"
    if not shutil.which("pg_dump") or not shutil.which("psql"):
        return "needs pg_dump and psql"
    return ""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing answered on port {port}")


class Postgres:
    """A cluster of its own: stopping it never touches the shared server."""

    def __init__(self):
        # Its own folder in /tmp: the postgres user must reach it (pytest's are private).
        self.base = base = Path(tempfile.mkdtemp(prefix="sharehub-faults-pg-"))
        self.data = base / "data"
        self.port = free_port()
        if AS_POSTGRES:
            shutil.chown(base, "postgres")
        self._pg(
            "initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"
        )
        self.start()

    def _pg(self, tool: str, *args) -> None:
        subprocess.run(
            [*AS_POSTGRES, f"{PG_BIN}/{tool}", *map(str, args)],
            check=True,
            capture_output=True,
            cwd="/",
            timeout=60,
        )

    def start(self) -> None:
        options = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._pg("pg_ctl", "-D", self.data, "-o", options, "-l", self.base / "log", "-w", "start")

    def stop(self) -> None:
        """Fast shutdown: sessions are ended, open transactions rolled back."""
        self._pg("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    def url(self, name: str = "sharehub") -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def psql(self, sql: str, name: str = "sharehub") -> list[list[str]]:
        out = subprocess.run(
            ["psql", "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1", self.url(name)],
            input=sql,
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
        return [line.split("\t") for line in out.splitlines() if line]

    def copy_database_from(self, source_url: str) -> None:
        """A migrated schema without running every migration again: pg_dump | psql."""
        self.psql("CREATE DATABASE sharehub", name="postgres")
        dump = subprocess.run(
            ["pg_dump", "--no-owner", "--no-privileges", source_url],
            check=True,
            capture_output=True,
            timeout=120,
        ).stdout
        subprocess.run(
            ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", self.url()],
            input=dump,
            check=True,
            capture_output=True,
            timeout=120,
        )

    def destroy(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):  # not running
            self.stop()
        shutil.rmtree(self.base, ignore_errors=True)


class Redis:
    def __init__(self):
        self.port = free_port()
        self.process = None
        self.start()

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                *("redis-server", "--port", str(self.port), "--bind", "127.0.0.1"),
                *("--save", "", "--appendonly", "no"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"


def app_env(postgres: Postgres, redis: Redis, media: Path, **extra) -> dict:
    """Production settings (DEBUG off, SECRET_KEY set, Redis, the database task
    queue, SMTP), on plain HTTP over loopback; static files from the finders
    (tests.faults.server_settings) so no collectstatic is needed."""
    # prometheus-client writes per-process files wherever the variable points, even
    # when it is empty (the working tree): leave it out.
    inherited = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
    return {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "tests.faults.server_settings",
        "SECRET_KEY": "faults-" + "x" * 60,
        "DEBUG": "false",
        "DATABASE_URL": postgres.url(),
        "REDIS_URL": redis.url,
        "MEDIA_ROOT": str(media),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "SHAREHUB_NEW_CONTENT_PER_HOUR": "100000",
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "LOG_LEVEL": "WARNING",
        "SENTRY_DSN": "",
        **extra,
    }


def manage(env: dict, *args: str, code: str = "", timeout: float = 120) -> str:
    command = [sys.executable, "manage.py", *args]
    if code:
        command += ["shell", "-c", code]
    result = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (gunicorn's workers), from /proc."""
    found = []
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            fields = Path(stat).read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.split("/")[2]))
    return found


def kill(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, sig)


def killpg(process: subprocess.Popen, sig: int) -> None:
    """Signal a process started with start_new_session=True and its children; wait."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)
    process.wait(timeout=30)


class Gunicorn:
    def __init__(self, env: dict, log: Path, workers: int = 2):
        self.port = free_port()
        self.workers = workers
        self.log = log.open("ab")
        self.process = subprocess.Popen(
            [
                *(sys.executable, "-m", "gunicorn", "sharehub.wsgi:application"),
                *("--bind", f"127.0.0.1:{self.port}", "--workers", str(workers)),
                *("--timeout", "30", "--graceful-timeout", "2"),
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=self.log,
        )

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def worker_pids(self) -> list[int]:
        return children(self.process.pid)

    def wait_ready(self, timeout: float = 60) -> None:
        """Every worker booted and /healthz answering."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.worker_pids()) == self.workers:
                try:
                    if Client(self.base).get("/healthz", timeout=2).status == 200:
                        return
                except OSError:
                    pass
            time.sleep(0.1)
        raise RuntimeError("gunicorn did not become ready")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


@dataclass
class Response:
    status: int
    body: str
    headers: dict
    seconds: float

    def json(self):
        import json

        return json.loads(self.body)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    """One person's browser: cookies, a CSRF token from the last form, no redirects."""

    def __init__(self, base: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect()
        )

    def request(self, method, path, *, fields=None, files=None, timeout=10.0) -> Response:
        headers, data = {}, None
        if fields is not None or files:
            fields = {**(fields or {}), "csrfmiddlewaretoken": self.csrf_token()}
            data, content_type = multipart(fields, files or {})
            headers["Content-Type"] = content_type
        request = urllib.request.Request(
            self.base + path, data=data, method=method, headers=headers
        )
        started = time.monotonic()
        try:
            with self.opener.open(request, timeout=timeout) as reply:
                status, body, reply_headers = reply.status, reply.read(), dict(reply.headers)
        except urllib.error.HTTPError as error:
            status, body, reply_headers = error.code, error.read(), dict(error.headers)
        return Response(
            status, body.decode("utf-8", "replace"), reply_headers, time.monotonic() - started
        )

    def get(self, path, **kwargs) -> Response:
        return self.request("GET", path, **kwargs)

    def post(self, path, fields, files=None, **kwargs) -> Response:
        return self.request("POST", path, fields=fields, files=files, **kwargs)

    def csrf_token(self) -> str:
        for cookie in self.jar:
            if cookie.name == "csrftoken":
                return cookie.value
        self.get("/en/accounts/login/")
        return next(cookie.value for cookie in self.jar if cookie.name == "csrftoken")

    def sign_in(self, email: str, password: str) -> None:
        response = self.post("/en/accounts/login/", {"login": email, "password": password})
        assert response.status == 302, response.body[:2000]


def multipart(fields: dict, files: dict) -> tuple[bytes, str]:
    """fields: name → value or list of values; files: name → (filename, bytes, type)."""
    boundary = uuid.uuid4().hex
    parts = []
    for name, values in fields.items():
        for value in values if isinstance(values, list | tuple) else [values]:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                f"{value}\r\n".encode()
            )
    for name, (filename, content, content_type) in files.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def connection_failed(error: BaseException) -> bool:
    """A request that got no HTTP answer at all (reset, refused, cut short)."""
    return isinstance(
        error, OSError | http.client.HTTPException | urllib.error.URLError
    ) and not isinstance(error, urllib.error.HTTPError)
