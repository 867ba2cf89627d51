"""Screenshots of ShareHub's key pages, in English and Welsh, at phone and desktop widths.

    .venv/bin/python scripts/screenshots.py OUTDIR                 # own server, demo content
    .venv/bin/python scripts/screenshots.py OUTDIR --base-url http://127.0.0.1:8000

Without --base-url it migrates a temporary SQLite database, loads the demo catalogue,
and runs the development server on a free port until the pictures are taken. It writes
OUTDIR/<page>-<language>-<width>.png (full page) with Debian's Chromium.
"""

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
WIDTHS = (390, 1280)
LANGUAGES = ("en", "cy")
# (name, path after the language prefix); "first:<list path>" opens that list's first result.
PAGES = [
    ("home", "/"),
    ("search", "/search/?q=care"),
    ("search-nothing", "/search/?q=qwxyz"),
    ("search-bad-filter", "/search/?stage=nonsense"),
    ("innovations", "/innovations/"),
    ("innovations-filtered", "/innovations/?challenge_area=risk&region=north-wales"),
    ("innovation", "first:/innovations/?q=huddle"),
    ("resources", "/resources/"),
    ("resource", "first:/resources/"),
    ("contacts", "/contacts/"),
    ("contact", "first:/contacts/"),
    ("needs", "/needs/"),
    ("need", "first:/needs/"),
    ("accessibility", "/accessibility/"),
    ("privacy", "/privacy/"),
    ("not-found", "/no-such-page/"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    raise SystemExit(f"the server did not answer at {url}")


def start_server(workdir: Path) -> tuple[subprocess.Popen, str]:
    """A development server on a fresh SQLite database with the demo catalogue."""
    if not (ROOT / "static/build/sharehub.css").exists():
        raise SystemExit("static/build/sharehub.css is missing: run `make assets` first")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "DB", "SECRET_KEY", "REDIS_URL"}
    }
    env.update(DEBUG="true", SQLITE_PATH=str(workdir / "screenshots.sqlite3"))
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput"], ["seed_demo"]):
        subprocess.run([*manage, *command, "-v", "0"], env=env, cwd=ROOT, check=True)
    port = free_port()
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    wait_for(f"{base_url}/en/")
    return server, base_url


def resolve(page, language: str, path: str) -> str | None:
    if not path.startswith("first:"):
        return f"/{language}{path}"
    page.goto(f"/{language}{path.removeprefix('first:')}")
    link = page.locator(".sh-card h3 a").first
    return link.get_attribute("href") if link.count() else None


def take(base_url: str, outdir: Path) -> list[Path]:
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for width in WIDTHS:
            context = browser.new_context(
                base_url=base_url, viewport={"width": width, "height": 900}
            )
            page = context.new_page()
            for language in LANGUAGES:
                for name, path in PAGES:
                    url = resolve(page, language, path)
                    if url is None:
                        print(f"skipped {name} ({language}): the list is empty")
                        continue
                    page.goto(url)
                    target = outdir / f"{name}-{language}-{width}.png"
                    page.screenshot(path=str(target), full_page=True)
                    written.append(target)
            context.close()
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path, help="folder for the PNG files (created)")
    parser.add_argument("--base-url", help="use this running ShareHub instead of starting one")
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    if args.base_url:
        written = take(args.base_url.rstrip("/"), args.outdir)
    else:
        with tempfile.TemporaryDirectory() as workdir:
            server, base_url = start_server(Path(workdir))
            try:
                written = take(base_url, args.outdir)
            finally:
                server.terminate()
                server.wait(timeout=10)
    print(f"{len(written)} screenshots in {args.outdir}")


if __name__ == "__main__":
    main()
