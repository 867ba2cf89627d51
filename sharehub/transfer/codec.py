"""How one value is written in a record and read back: text as it is, terms as
slugs, times as ISO 8601 UTC with microseconds, items as their slugs. Reading
raises FieldError naming the field, for the import's report."""

import datetime
import json
from dataclasses import dataclass

from sharehub.taxonomy.terms import terms

TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def quoted(value) -> str:
    """A value in a report line, as JSON writes it: "valu", null, 3."""
    return json.dumps(value, ensure_ascii=False, default=str)


class FieldError(Exception):
    """One field of one record is wrong: `field` names it, the message says why."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def write_time(value: datetime.datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(datetime.UTC).strftime(TIME_FORMAT)


def read_time(name: str, value) -> datetime.datetime | None:
    if value is None:
        return None
    try:
        return datetime.datetime.strptime(value, TIME_FORMAT).replace(tzinfo=datetime.UTC)
    except (TypeError, ValueError):
        raise FieldError(
            name, f"not a time like 2026-01-31T09:30:00.000000Z: {quoted(value)}"
        ) from None


def write_date(value: datetime.date | None) -> str | None:
    return value.isoformat() if value else None


def read_date(name: str, value) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise FieldError(name, f"not a date like 2026-01-31: {quoted(value)}") from None


class Terms:
    """Every taxonomy table by slug, read once per run (the term cache)."""

    def __init__(self):
        self._by_model: dict = {}

    def by_slug(self, model) -> dict:
        if model not in self._by_model:
            self._by_model[model] = {term.slug: term for term in terms(model)}
        return self._by_model[model]

    def one(self, name: str, model, slug):
        if slug is None:
            return None
        found = self.by_slug(model).get(slug) if isinstance(slug, str) else None
        if found is None:
            raise FieldError(name, f"unknown slug {quoted(slug)}")
        return found

    def many(self, name: str, model, slugs) -> list:
        if not isinstance(slugs, list):
            raise FieldError(name, "must be a list of slugs")
        return [self.one(name, model, slug) for slug in slugs]


def text(name: str, value, *, nullable=False):
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        raise FieldError(name, "must be text")
    return value


@dataclass(frozen=True)
class Spec:
    """One field of a record: `kind` says how it is written (text, bool, json, date,
    time, term, terms), `model` the taxonomy table of a term."""

    name: str
    kind: str = "text"
    model: type | None = None

    def write(self, row):
        value = getattr(row, self.name)
        if self.kind in ("text", "bool", "json"):
            return value
        if self.kind == "date":
            return write_date(value)
        if self.kind == "time":
            return write_time(value)
        if self.kind == "term":
            return value.slug if value is not None else None
        if self.kind == "terms":
            return sorted(term.slug for term in value.all())
        raise ValueError(self.kind)

    def read(self, value, terms_: Terms):
        if self.kind == "text":
            return text(self.name, value)
        if self.kind == "bool":
            if not isinstance(value, bool):
                raise FieldError(self.name, "must be true or false")
            return value
        if self.kind == "json":
            return value
        if self.kind == "date":
            return read_date(self.name, value)
        if self.kind == "time":
            return read_time(self.name, value)
        if self.kind == "term":
            return terms_.one(self.name, self.model, value)
        if self.kind == "terms":
            return terms_.many(self.name, self.model, value)
        raise ValueError(self.kind)
