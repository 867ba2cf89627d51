"""Writing the open data files: every dataset as CSV and JSON Lines, and a manifest.

Rows are streamed from the database (`.iterator(chunk_size=…)`, prefetching per
chunk) into temporary files, hashing as they go, so memory stays flat however large
the catalogue; each finished file then replaces the old one in one step (os.replace
on the filesystem, one upload on object storage), and the manifest goes last, so a
reader never sees half a file. Two builds never run at once (an advisory lock).

CSV is RFC 4180: UTF-8 without a byte order mark, a header row, CRLF line ends,
fields quoted where they hold a comma, quote or line break. A text cell that starts
with = + - @ (or a tab or carriage return) gets a single quote in front, so that no
spreadsheet runs it as a formula (sharehub.opendata.columns.csv_cell); the JSON Lines
file has the text as written."""

import csv
import hashlib
import json
import logging
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from django.core.files import File
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connection
from django.utils import timezone

from sharehub.opendata.columns import DATASETS, csv_cell, json_value
from sharehub.taxonomy.terms import attach_terms

logger = logging.getLogger(__name__)

DIRECTORY = "open-data"
MANIFEST = f"{DIRECTORY}/manifest.json"
FORMATS = ("csv", "jsonl")
CHUNK_SIZE = 1000
LOCK_ID = 0x0DA7A  # pg advisory lock: one build at a time


class BuildRunning(Exception):
    """Another build holds the lock; this one did nothing."""


def file_name(kind: str, fmt: str) -> str:
    return f"{DIRECTORY}/{kind}.{fmt}"


class HashingWriter:
    """A text sink for csv.writer and json: UTF-8 bytes to a file, counted and hashed."""

    def __init__(self, handle):
        self.handle = handle
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, text: str) -> int:
        data = text.encode("utf-8")
        self.handle.write(data)
        self.sha256.update(data)
        self.size += len(data)
        return len(text)


def batches(queryset, size: int = CHUNK_SIZE):
    """Lists of at most `size` rows, streamed; taxonomy foreign keys filled from the
    term cache (no join, no query)."""
    batch = []
    for obj in queryset.iterator(chunk_size=size):
        batch.append(obj)
        if len(batch) == size:
            yield attach_terms(batch)
            batch = []
    if batch:
        yield attach_terms(batch)


def _temp_dir(storage) -> str | None:
    """Beside the files on the filesystem (so os.replace is one rename)."""
    if isinstance(storage, FileSystemStorage):
        path = Path(storage.path(DIRECTORY))
        path.mkdir(parents=True, exist_ok=True)
        return str(path)
    return None


def _replace(storage, name: str, temp_path: str) -> None:
    if isinstance(storage, FileSystemStorage):
        os.chmod(temp_path, storage.file_permissions_mode or 0o644)
        os.replace(temp_path, storage.path(name))
        return
    try:
        with open(temp_path, "rb") as handle:
            if storage.exists(name):
                storage.delete(name)
            storage.save(name, File(handle, name=name))
    finally:
        os.unlink(temp_path)


@contextmanager
def _temp_files(storage, count: int):
    handles = [
        tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, kept on success
            dir=_temp_dir(storage), prefix=".building-", delete=False
        )
        for _ in range(count)
    ]
    try:
        yield handles
    except BaseException:
        for handle in handles:
            handle.close()
            Path(handle.name).unlink(missing_ok=True)
        raise
    for handle in handles:
        handle.close()


def write_dataset(dataset, storage) -> list[dict]:
    """One pass over the dataset's rows into its CSV and JSON Lines files."""
    names = [column.name for column in dataset.columns]
    rows = 0
    with _temp_files(storage, 2) as (csv_handle, jsonl_handle):
        csv_out, jsonl_out = HashingWriter(csv_handle), HashingWriter(jsonl_handle)
        writer = csv.writer(csv_out, lineterminator="\r\n")
        writer.writerow(names)
        for batch in batches(dataset.rows()):
            for obj in batch:
                values = [column.value(obj) for column in dataset.columns]
                writer.writerow(
                    [csv_cell(col, v) for col, v in zip(dataset.columns, values, strict=True)]
                )
                record = {n: json_value(v) for n, v in zip(names, values, strict=True)}
                jsonl_out.write(json.dumps(record, ensure_ascii=False) + "\n")
                rows += 1
    entries = []
    for fmt, handle, out in (("csv", csv_handle, csv_out), ("jsonl", jsonl_handle, jsonl_out)):
        name = file_name(dataset.name, fmt)
        _replace(storage, name, handle.name)
        entries.append(
            {
                "kind": dataset.name,
                "format": fmt,
                "file": name.removeprefix(f"{DIRECTORY}/"),
                "rows": rows,
                "bytes": out.size,
                "sha256": out.sha256.hexdigest(),
            }
        )
    return entries


@contextmanager
def _one_build_at_a_time():
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [LOCK_ID])
        if not cursor.fetchone()[0]:
            raise BuildRunning
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [LOCK_ID])


def build_all(storage=None) -> dict:
    """Write every dataset's files and then the manifest; return the manifest."""
    storage = storage or default_storage
    with _one_build_at_a_time():
        started = timezone.now()
        files = []
        for dataset in DATASETS.values():
            files.extend(write_dataset(dataset, storage))
        manifest = {
            "generated_at": json_value(started),
            "licence": "OGL-UK-3.0",
            "licence_url": LICENCE_URL,
            "files": files,
        }
        with _temp_files(storage, 1) as (handle,):
            handle.write(json.dumps(manifest, indent=2).encode("utf-8"))
        _replace(storage, MANIFEST, handle.name)
    logger.info("Open data built: %s", {f["file"]: f["rows"] for f in files})
    return manifest


LICENCE_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"


def read_manifest(storage=None) -> dict | None:
    """The last build's manifest, or None when there has been none (or it is unreadable)."""
    storage = storage or default_storage
    try:
        with storage.open(MANIFEST, "rb") as handle:
            return json.loads(handle.read())
    except (FileNotFoundError, OSError, ValueError):
        return None
