"""scripts/backup.sh and scripts/restore.sh, end to end against the PostgreSQL server
the suite uses: a migrated database with the demo catalogue and an upload is backed
up, restored into a new database and uploads folder, and compared."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import psycopg2
import pytest
from django.conf import settings
from psycopg2 import sql

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        shutil.which("pg_dump") is None or shutil.which("pg_restore") is None,
        reason="needs the PostgreSQL client tools (pg_dump, pg_restore, psql)",
    ),
]

ROOT = Path(__file__).resolve().parents[1]
SRC, DST = "sharehub_backup_src", "sharehub_backup_dst"
MAIN_TABLES = ["accounts_user", "catalogue_innovation", "catalogue_resource", "django_migrations"]


def server() -> dict:
    db = settings.DATABASES["default"]
    return {
        "host": db.get("HOST") or "127.0.0.1",
        "port": str(db.get("PORT") or 5432),
        "user": db.get("USER") or "postgres",
        "password": db.get("PASSWORD") or "",
    }


def url(name: str) -> str:
    s = server()
    auth = s["user"] + (f":{s['password']}" if s["password"] else "")
    return f"postgres://{auth}@{s['host']}:{s['port']}/{name}"


def admin(*statements: sql.Composable) -> None:
    s = server()
    conn = psycopg2.connect(dbname="postgres", **s)
    conn.autocommit = True
    try:
        with conn.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    finally:
        conn.close()


def recreate(name: str) -> None:
    admin(
        sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)),
        sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)),
    )


def counts(name: str) -> dict[str, int]:
    """Rows in every table of the public schema."""
    conn = psycopg2.connect(dbname=name, **server())
    try:
        with conn.cursor() as cursor:
            cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
            result = {}
            for (table,) in cursor.fetchall():
                cursor.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table)))
                result[table] = cursor.fetchone()[0]
            return result
    finally:
        conn.close()


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        list(args),
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def databases():
    recreate(SRC)
    recreate(DST)
    yield
    admin(
        *(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            for name in (SRC, DST)
        )
    )


def test_backup_then_restore_into_a_new_database_and_folder(databases, tmp_path):
    app_env = {
        "DATABASE_URL": url(SRC),
        "DJANGO_SETTINGS_MODULE": "sharehub.settings",
        "DEBUG": "true",
        "SECRET_KEY": "",
        "REDIS_URL": "",
    }
    for command in (["migrate", "--noinput"], ["seed_demo"]):
        result = run(sys.executable, "manage.py", *command, env=app_env)
        assert result.returncode == 0, result.stderr
    media = tmp_path / "media"
    upload = media / "attachments" / "2026" / "photo of the day.jpg"
    upload.parent.mkdir(parents=True)
    payload = os.urandom(200_000)
    upload.write_bytes(payload)
    before = counts(SRC)
    assert all(before[table] > 0 for table in MAIN_TABLES), before

    backup = run("scripts/backup.sh", url(SRC), str(media), str(tmp_path / "backups"))
    assert backup.returncode == 0, backup.stderr
    backup_dir = Path(backup.stdout.strip().splitlines()[-1])
    manifest = (backup_dir / "MANIFEST").read_text()
    assert "media_files=1\n" in manifest
    password = server()["password"]
    # The manifest names the database, never its password (masked in the address).
    assert not password or (f":{password}@" not in manifest and ":***@" in manifest)

    restored_media = tmp_path / "restored-media"
    restore = run("scripts/restore.sh", str(backup_dir), url(DST), str(restored_media))
    assert restore.returncode == 0, restore.stderr
    assert "match the backup" in restore.stderr
    assert counts(DST) == before
    restored = restored_media / upload.relative_to(media)
    assert restored.read_bytes() == payload

    # A second restore into the now non-empty database is refused, and so is a damaged backup.
    again = run("scripts/restore.sh", str(backup_dir), url(DST), str(tmp_path / "elsewhere"))
    assert again.returncode != 0
    assert "already holds" in again.stderr
    with (backup_dir / "media.tar.gz").open("ab") as archive:
        archive.write(b"x")
    damaged = run("scripts/restore.sh", str(backup_dir), url(DST), str(tmp_path / "other"))
    assert damaged.returncode != 0
    assert "damaged" in damaged.stderr
