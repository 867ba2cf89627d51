"""A production-like ShareHub on loopback for bench/run.py and bench/load.py:
gunicorn (2 workers by default, the production settings with DEBUG off, the
Redis cache) and, when asked, the task worker that sends e-mail.

    with serve(database_url, log_name="bench-10k") as base_url:
        ...  # http://127.0.0.1:8765
"""

from __future__ import annotations

import signal
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

from bench.common import REDIS_URL, RESULTS_DIR, ROOT, log, production_env

BIN = ROOT / ".venv" / "bin"
PORT = 8765
WORKERS = 2  # this machine has 2 cores


def _python() -> str:
    candidate = BIN / "python"
    return str(candidate) if candidate.exists() else "python"


def collect_static(database_url: str) -> None:
    """The manifest storage (DEBUG off) serves collected files: collect them into
    STATIC_ROOT (the git-ignored staticfiles/), as a deployment does."""
    subprocess.run(
        [_python(), "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=production_env(database_url),
        check=True,
    )


def flush_cache() -> None:
    """Empty the bench's own Redis database, so counters from an earlier run (rate
    limits, the hourly allowance for new content) do not carry over."""
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def _interrupted(signum, frame):
    raise KeyboardInterrupt(f"signal {signum}")


def _port_free(port: int) -> bool:
    import socket

    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def _wait_until_up(base_url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(f"{base_url}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"gunicorn did not answer {base_url}/healthz within {timeout:.0f} s")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def serve(
    database_url: str,
    *,
    log_name: str,
    workers: int = WORKERS,
    task_worker: bool = False,
    port: int = PORT,
) -> Iterator[str]:
    """Start gunicorn (and the task worker) against `database_url`; yields the base
    URL; stops them on the way out. Their output goes to bench/results/<log_name>-*.log."""
    if not _port_free(port):
        raise RuntimeError(f"something already listens on 127.0.0.1:{port}; stop it first")
    # Stopped with SIGTERM, still stop what was started here.
    signal.signal(signal.SIGTERM, _interrupted)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    env = production_env(database_url)
    collect_static(database_url)
    flush_cache()
    base_url = f"http://127.0.0.1:{port}"
    processes = []
    try:
        with open(RESULTS_DIR / f"{log_name}-gunicorn.log", "ab") as out:
            gunicorn = subprocess.Popen(
                [
                    str(BIN / "gunicorn") if (BIN / "gunicorn").exists() else "gunicorn",
                    "sharehub.wsgi:application",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    str(workers),
                    "--config",
                    str(ROOT / "gunicorn.conf.py"),
                ],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        processes.append(gunicorn)
        if task_worker:
            with open(RESULTS_DIR / f"{log_name}-worker.log", "ab") as out:
                processes.append(
                    subprocess.Popen(
                        [_python(), "manage.py", "db_worker", "--interval", "1"],
                        cwd=ROOT,
                        env=env,
                        stdout=out,
                        stderr=subprocess.STDOUT,
                    )
                )
        _wait_until_up(base_url, gunicorn)
        log(f"gunicorn ({workers} workers) up at {base_url} on {database_url.rsplit('/', 1)[-1]}")
        yield base_url
    finally:
        for process in reversed(processes):
            _stop(process)


__all__ = ["PORT", "WORKERS", "collect_static", "flush_cache", "serve"]
