"""What bench/run.py, bench/seed.py and bench/load.py share: the catalogue sizes,
the production-like environment, and small helpers. No Django import at the top."""

from __future__ import annotations

import itertools
import json
import math
import os
import sys
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = ROOT / "bench" / "results"
DATABASE_URL = "postgres://postgres@127.0.0.1:5432/sharehub_bench{size}"
# The bench's own Redis database (flushed before each run), apart from anyone else's.
REDIS_URL = "redis://127.0.0.1:6379/13"
SECRET_KEY = "bench-only-secret-key-0123456789-abcdefghijklmnop"


@dataclass(frozen=True)
class Catalogue:
    """How many generated items of each kind (on top of the written demo catalogue)."""

    innovations: int
    resources: int
    needs: int
    contacts: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


SIZES = {
    "100k": Catalogue(innovations=100_000, resources=20_000, needs=10_000, contacts=5_000),
    "10k": Catalogue(innovations=10_000, resources=2_000, needs=1_000, contacts=500),
    # For smoke runs of the tools themselves, not for figures.
    "1k": Catalogue(innovations=1_000, resources=200, needs=100, contacts=50),
}


def database_url(size: str) -> str:
    return DATABASE_URL.format(size=size)


def production_env(database_url: str, **extra: str) -> dict[str, str]:
    """The environment of a production-like process: the production settings with
    DEBUG off and the Redis cache, on plain HTTP on loopback (so no HTTPS redirect
    and no Secure-only cookies: the client could not send them back), behind one
    trusted proxy (the load test's simulated people each have their own address)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sharehub.settings",
        "DEBUG": "false",
        "SECRET_KEY": SECRET_KEY,
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "TRUSTED_PROXY_COUNT": "1",
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        "LOG_FORMAT": "json",
        "PYTHONPATH": str(ROOT),
        **extra,
    }
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    return env


def configure_django(database_url: str) -> None:
    """Set up Django in this process with production_env's settings."""
    os.environ.update(production_env(database_url))
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def p95(samples: Sequence[float]) -> float:
    """Nearest-rank 95th percentile."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def write_json(payload: dict[str, Any], name: str, started: datetime) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"{name}-{started:%Y%m%d-%H%M%S}.json"
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    return path


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], left: Sequence[int] = (0,)) -> str:
    """A plain-text table: columns in `left` aligned left, the rest right."""
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            cell.ljust(width) if i in left else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(headers), rule, *(line(row) for row in rows)])


_FRESH = itertools.count()
_RUN = uuid.uuid4().hex[:8]


def fresh_address(path: str) -> str:
    """`path` with `bench=RUN-N`, a parameter pages ignore, new for every call and
    every run: the page is made, not served as kept for readers who are not
    signed in (sharehub.taxonomy.kept_pages)."""
    return f"{path}{'&' if '?' in path else '?'}bench={_RUN}-{next(_FRESH)}"
