"""Writing and reading the content file (JSON Lines, docs/import-export.md).

Export: a header, then every record type's rows in RECORD_TYPES order, each in
its identity order; keys sorted, UTF-8, one record a line, so the same content
always gives the same bytes. Import: the file is read a line at a time (never
whole); each record is all or nothing (its own savepoint); a record whose row
already exists and matches is left alone, so importing a file twice changes
nothing; every refusal is reported with its line and field.
"""

import contextlib
import json
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.core.files.storage import default_storage
from django.db import connection, transaction

from sharehub.transfer.codec import FieldError, quoted
from sharehub.transfer.records import BY_NAME, RECORD_TYPES, SCHEMA, SCHEMA_VERSION, Rejected, Run


def dumps(record: dict) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _types(run: Run):
    for record_type in RECORD_TYPES:
        if record_type.needs_people and not run.with_people:
            continue
        if record_type.needs_files and run.files is None:
            continue
        yield record_type


def export_content(out, run: Run) -> int:
    """Write every record to the text stream `out`; with run.files, copy the files
    the records name into that folder. Returns the number of records."""
    header = {
        "type": "header",
        "schema": SCHEMA,
        "version": SCHEMA_VERSION,
        "people": run.with_people,
        "files": run.files is not None,
    }
    out.write(dumps(header) + "\n")
    count = 0
    for record_type in _types(run):
        for row in record_type.rows(run).iterator(chunk_size=2000):
            record = {"type": record_type.name, **record_type.export(row, run)}
            out.write(dumps(record) + "\n")
            count += 1
            for name in record_type.file_fields:
                if record.get(name):
                    _copy_out(record[name], run.files)
    return count


def _copy_out(name: str, folder: Path) -> None:
    target = folder / name
    target.parent.mkdir(parents=True, exist_ok=True)
    with default_storage.open(name, "rb") as source, target.open("wb") as copy:
        shutil.copyfileobj(source, copy)


@dataclass
class Report:
    created: int = 0
    unchanged: int = 0
    rejected: list[str] = field(default_factory=list)  # "line 17: field "x": why"

    def reject(self, line: int, errors: list[FieldError]) -> None:
        for error in errors:
            where = f'field "{error.field}": ' if error.field else ""
            self.rejected.append(f"line {line}: {where}{error.message}")

    @property
    def rejected_records(self) -> int:
        return len({entry.split(":", 1)[0] for entry in self.rejected})


class Progress:
    """A progress bar on stderr: bytes read of the file's size, records per second."""

    def __init__(self, total: int, stream=None, every: float = 0.5):
        self.total, self.stream, self.every = max(total, 1), stream, every
        self.started = self.shown = time.monotonic()

    def update(self, done: int, records: int, *, last: bool = False) -> None:
        now = time.monotonic()
        if self.stream is None or (not last and now - self.shown < self.every):
            return
        self.shown = now
        share = min(done / self.total, 1)
        bar = "#" * int(share * 30)
        rate = records / max(now - self.started, 1e-9)
        end = "\n" if last else ""
        self.stream.write(f"\r[{bar:<30}] {share:4.0%} {records} records, {rate:.0f}/s{end}")
        self.stream.flush()


def _header(raw: bytes) -> dict:
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        header = None
    if not isinstance(header, dict) or header.get("schema") != SCHEMA:
        raise Rejected([FieldError("schema", f"the first line must be the {SCHEMA} header")])
    if header.get("version") != SCHEMA_VERSION:
        raise Rejected(
            [FieldError("version", f"this ShareHub reads version {SCHEMA_VERSION} only")]
        )
    return header


def _differences(record: dict, existing: dict, skip=()) -> list[FieldError]:
    names = sorted((set(record) | set(existing)) - set(skip))
    return [
        FieldError(name, "unknown field")
        if name not in existing
        else FieldError(name, f"is stored as {json.dumps(existing[name], ensure_ascii=False)}")
        for name in names
        if record.get(name, ...) != existing.get(name, ...)
    ]


def _one(record: dict, run: Run) -> str:
    """Read one record in its own savepoint: "created" or "unchanged"; Rejected otherwise."""
    name = record.get("type")
    record_type = BY_NAME.get(name) if isinstance(name, str) else None
    if record_type is None or (record_type.needs_people and not run.with_people):
        raise Rejected([FieldError("type", f"unknown record type {quoted(name)}")])
    with transaction.atomic():
        existing = record_type.find(record, run)
        if existing is not None:
            if record_type.compare:
                stored = {"type": name, **record_type.export(existing, run)}
                differences = _differences(record, stored)
                if differences:
                    raise Rejected(
                        [
                            FieldError(
                                error.field,
                                f"differs from the {name} already here ({error.message}); "
                                "an import never overwrites",
                            )
                            for error in differences
                        ]
                    )
            return "unchanged"
        row = record_type.create(record, run)
        if record_type.compare:
            # What was saved must read back as the record: nothing lost or changed.
            row = record_type.find(record, run)
            stored = {"type": name, **record_type.export(row, run)}
            differences = _differences(record, stored, skip=record_type.deferred)
            if differences:
                raise Rejected(differences)
        return "created"


def import_content(path: Path, run: Run, *, dry_run: bool = False, progress=None) -> Report:
    """Read the file at `path` a line at a time. With `dry_run` everything happens
    in one transaction that is rolled back, and stored files are removed again."""
    report = Report()
    bar = Progress(path.stat().st_size, progress)
    stored: list[str] = []
    # Each record commits on its own (its own transaction); a dry run holds them all
    # in one that is rolled back.
    whole = transaction.atomic() if dry_run else _quick_commits()
    with path.open("rb") as handle, whole:
        first = handle.readline()
        done = len(first)
        try:
            header = _header(first)
        except Rejected as exc:
            report.reject(1, exc.errors)
            return report
        run.with_people = bool(header.get("people"))
        run.slugs = _identities(handle)
        handle.seek(len(first))
        for number, raw in enumerate(handle, start=2):
            done += len(raw)
            run.line = number
            run.saved = []
            if raw.strip():
                try:
                    record = json.loads(raw.decode("utf-8"))
                    if not isinstance(record, dict):
                        raise ValueError
                except (UnicodeDecodeError, ValueError):
                    report.reject(number, [FieldError("", "not a JSON object in UTF-8")])
                else:
                    try:
                        outcome = _one(record, run)
                    except Rejected as exc:
                        report.reject(number, exc.errors)
                        for name in run.saved:
                            default_storage.delete(name)
                    else:
                        stored += run.saved
                        report.created += outcome == "created"
                        report.unchanged += outcome == "unchanged"
            bar.update(done, number - 1)
        _links(run, report)
        bar.update(done, report.created + report.unchanged, last=True)
        if dry_run:
            transaction.set_rollback(True)
            for name in stored:
                default_storage.delete(name)
    return report


@contextlib.contextmanager
def _quick_commits():
    """Commits that do not wait for the disk (PostgreSQL's synchronous_commit off,
    for this connection while it imports): a third faster. A crash can lose the
    last records committed, never corrupt anything, and importing the file again
    adds exactly those (what is already here is left alone). Other databases
    (SQLite, the embedded default) import as they are."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO off")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO DEFAULT")


def _identities(handle) -> set:
    """(type, slug) of every record in the file: a first pass, a line at a time."""
    found = set()
    for raw in handle:
        try:
            record = json.loads(raw)
        except ValueError:
            continue
        if isinstance(record, dict) and isinstance(record.get("slug"), str):
            found.add((record.get("type"), record["slug"]))
    return found


def _links(run: Run, report: Report) -> None:
    """Translations and duplicates, once every item they may name is in. A target
    that was in the file but was itself refused is reported on the linking line
    (its item is kept, without the link)."""
    for line, model, slug, name, target in run.links:
        other = model.objects.filter(slug=target).first()
        if other is None:
            report.reject(
                line, [FieldError(name, f"unknown {model._meta.model_name} slug {quoted(target)}")]
            )
            continue
        model.objects.filter(slug=slug).update(**{name: other})
