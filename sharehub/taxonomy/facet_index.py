"""An in-memory index of the published items' facets, for counting and paging.

PostgreSQL only (SQLite keeps the SQL path in taxonomy.filters). For a table of
tagged content it holds, per process:

  order   the published items' ids, newest first (published_at, then id)
  bits    one row of bits per facet option: bit i is set when item order[i]
          has the option (a challenge area, a region, a local authority, a
          stage, a language, ...), by the same rules the filters use

A filter state is then a bit mask: options within a facet OR'd, facets AND'ed,
and the words searched for AND'ed as the mask of their matches. Every count
beside every option is a population count of (option & mask), and the page of
newest results is the mask's first set bits: no statement reads the wide
table for counting, however many facets are in use. At 100,000 items a state
costs well under a millisecond.

The index is exact. It is read in one statement that reads the table's
version (taxonomy.facet_arrays, bumped by triggers in the transaction that
publishes, hides, edits or re-tags) in the same snapshot as the rows, and is
used only while that version is current. A request that sees a newer version
first brings it up to date: the triggers note which rows each bump changed
(facet_arrays.CHANGES_SQL), so only those rows are read again and merged in
(a few milliseconds); a full read (about 0.4 s at 100,000 items) happens on a
process's first request, after a change that names no row (a truncate, a
resource's audience), after the noted changes were pruned, or when the index
was read inside a transaction that may still roll back. The matches of a
search are kept beside it (SEARCHES_KEPT, newest used first) and carried into
the updated index with the changed rows' matches read again.
"""

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from django.db import connection, transaction
from django.db.models import BooleanField, Value
from django.db.models.expressions import RawSQL

from sharehub.taxonomy import facet_arrays

SEARCHES_KEPT = 256
SEARCHES_UPDATED = 32  # the most recent searches carried into an updated index

VERSION, PLAIN, CHANGES = "__version__", "__plain__", "__changes__"  # rows read
EMPTY = "CAST('' AS text)"

_lock = threading.Lock()
_searches_lock = threading.Lock()
_indexes: dict[str, "FacetIndex"] = {}


@dataclass
class FacetIndex:
    version: str
    order: np.ndarray  # ids, newest first
    published: np.ndarray  # their published_at, microseconds since 1970
    options: dict[tuple[str, str], int]  # (param, value) -> row of `bits`
    bits: np.ndarray  # uint8, one packed row per option
    # Read inside a transaction, which may still roll back: never updated by
    # changes, only rebuilt (an update reads only what committed after it).
    provisional: bool = False
    # Read as an update (_read with `since`): the ids whose rows changed since,
    # published or not any more; None when anything may have changed.
    changed: np.ndarray | None = None
    searches: OrderedDict = field(default_factory=OrderedDict)

    @cached_property
    def _positions(self) -> np.ndarray:
        return np.argsort(self.order, kind="stable")

    @cached_property
    def _sorted_ids(self) -> np.ndarray:
        return self.order[self._positions]

    @property
    def size(self) -> int:
        return len(self.order)

    def from_ids(self, ids) -> np.ndarray:
        """The mask of `ids` (ids not in the index are ignored)."""
        ids = np.asarray(ids, dtype=np.int64)
        found = np.zeros(self.size, dtype=bool)
        if len(ids) and self.size:
            at = np.searchsorted(self._sorted_ids, ids).clip(0, self.size - 1)
            hit = self._sorted_ids[at] == ids
            found[self._positions[at[hit]]] = True
        return np.packbits(found, bitorder="little")

    def any_of(self, param: str, values) -> np.ndarray:
        """Items with any of the options `values` of `param` (OR within a facet)."""
        mask = np.zeros((self.size + 7) // 8, dtype=np.uint8)
        for value in values:
            row = self.options.get((param, value))
            if row is not None:
                mask |= self.bits[row]
        return mask

    def all_of(self, masks: list[np.ndarray]) -> np.ndarray:
        """Items in every one of `masks` (facets narrow with AND); all without any."""
        if not masks:
            return np.packbits(np.ones(self.size, dtype=bool), bitorder="little")
        return np.bitwise_and.reduce(masks) if len(masks) > 1 else masks[0]

    def matching(self, queryset, q: str) -> np.ndarray:
        """Items `queryset.search(q)` finds, kept for the next request (SEARCHES_KEPT)."""
        with _searches_lock:
            mask = self.searches.get(q)
            if mask is not None:
                self.searches.move_to_end(q)
                return mask
        sql, params = queryset.search(q).order_by().values("pk").query.sql_with_params()
        # Through the GIN index, never a sequential scan: the planner does not know
        # that reading a common word's matches from the table means unpacking every
        # row's search vector (a few KB, out of line), about ten times as slow.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)"
            )
            before = cursor.fetchone()[0]
            cursor.execute(f"SELECT array_to_string(array_agg(m.pk), ',') FROM ({sql}) m", params)
            mask = self.from_ids(_numbers(cursor.fetchone()[0]))
            cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [before])
        with _searches_lock:
            self.searches[q] = mask
            while len(self.searches) > SEARCHES_KEPT:
                self.searches.popitem(last=False)
        return mask

    def matches(self, queryset, queries: list[str]) -> list[np.ndarray]:
        """For each of `queries`, the mask of what it finds among this index's
        items (a few: the rows of an update), in one statement."""
        table = connection.ops.quote_name(queryset.model._meta.db_table)
        pk = connection.ops.quote_name(queryset.model._meta.pk.column)
        mine = queryset.filter(
            RawSQL(f"{table}.{pk} = ANY(%s::bigint[])", (self.order.tolist(),), BooleanField())
        )
        parts = [
            mine.search(q).order_by().annotate(n=Value(n)).values_list("n", "pk")
            for n, q in enumerate(queries)
        ]
        found: list[list[int]] = [[] for _q in queries]
        if self.size:
            rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
            for n, item in rows:
                found[n].append(item)
        return [self.from_ids(ids) for ids in found]

    def count(self, mask: np.ndarray) -> int:
        return int(np.bitwise_count(mask).sum())

    def counts(self, mask: np.ndarray, params: set[str]) -> dict[str, dict[str, int]]:
        """{param: {value: n}} for every option of `params` within `mask`."""
        per_row = np.bitwise_count(self.bits & mask).sum(axis=1, dtype=np.int64)
        counts: dict[str, dict[str, int]] = {param: {} for param in params}
        for (param, value), row in self.options.items():
            if param in counts and per_row[row]:
                counts[param][value] = int(per_row[row])
        return counts

    def ids(self, mask: np.ndarray, start: int = 0, stop: int | None = None) -> list[int]:
        """The ids in `mask`, newest first, [start:stop]."""
        where = np.flatnonzero(np.unpackbits(mask, count=self.size, bitorder="little"))
        return self.order[where[start:stop]].tolist()


def index_for(model, queryset) -> FacetIndex | None:
    """The current index of `model`'s published items, or None where there is
    none: not PostgreSQL, or `queryset` is not exactly the published items."""
    if not facet_arrays.whole_published(model, queryset):
        return None
    table = model._meta.db_table
    version = facet_arrays.table_versions(table)
    index = _indexes.get(table)
    if index is not None and index.version == version:
        return index
    with _lock:
        index = _indexes.get(table)
        if index is None or index.version != version:
            index = _updated(model, queryset, index)
            _indexes[table] = index
    return index


def _updated(model, queryset, index: FacetIndex | None) -> FacetIndex:
    """`index` brought up to date with the rows that changed since it was read
    (a few milliseconds), or a new one (`_read`) when it is missing,
    provisional, too old for the noted changes, or more than a quarter changed."""
    provisional = connection.in_atomic_block
    if index is None or index.provisional or provisional:
        return _read(model, queryset, provisional=provisional)
    delta = _read(model, queryset, since=index.version)
    if delta.changed is None or len(delta.changed) > max(index.size // 4, 100):
        return _read(model, queryset)
    return _merged(index, delta, queryset)


def forget() -> None:
    """Drop every index (tests that rewrite tables behind the triggers' back)."""
    with _lock:
        _indexes.clear()


def _read(model, queryset, *, since: str | None = None, provisional=False) -> FacetIndex:
    """One statement: the version, then the items' positions (newest first),
    ids, publication times and plain facet values in one pass, and (position,
    term) pairs for the facets an item can have several of; each as one
    comma-separated text, which numpy reads far faster than rows or arrays.
    With `since` (a version): only the rows that changed after it, and which
    ids those are (`changed`), read in the same snapshot as the version."""
    from sharehub.taxonomy.filters import facet_field, facets_for

    qn = connection.ops.quote_name
    table = model._meta.db_table
    if since is not None:
        queryset = queryset.filter(
            pk__in=RawSQL(
                f"SELECT item FROM {facet_arrays.CHANGES_TABLE} WHERE name = %s AND version > %s",
                (table, int(since)),
            )
        )
    columns, arrays, plain, several, pairs = ["pk", "published_at"], {}, [], [], []
    for facet in facets_for(model):
        field_ = facet_field(model, facet.param)
        if field_.name in facet_arrays.COLUMNS:
            alias = f"a_{field_.name}"
            arrays[alias] = facet_arrays.array(model, field_.name)
            columns.append(alias)
            several.append((facet.param, f"r.c{len(columns)}"))
        elif field_.many_to_many:
            through = field_.remote_field.through
            src = qn(through._meta.get_field(field_.m2m_field_name()).column)
            dst = qn(through._meta.get_field(field_.m2m_reverse_field_name()).column)
            pairs.append(
                (
                    facet.param,
                    f"r JOIN (SELECT {src} AS item, {dst} AS k FROM "
                    f"{qn(through._meta.db_table)}) t ON t.item = r.c1",
                )
            )
        else:
            columns.append(field_.attname)
            plain.append((facet.param, f"r.c{len(columns)}"))
    sql, params = queryset.order_by().annotate(**arrays).values(*columns).query.sql_with_params()
    names = ", ".join(f"c{n}" for n in range(1, len(columns) + 1))
    texts = [
        "string_agg(CAST(r.pos AS text), ',')",
        "string_agg(CAST(r.c1 AS text), ',')",
        "string_agg(CAST(COALESCE(CAST(extract(epoch FROM r.c2) * 1000000 AS bigint), 0) "
        "AS text), ',')",
    ]
    # A blank or missing value is no option: it becomes '' and is left out.
    texts += [f"string_agg(COALESCE(CAST({column} AS text), ''), ',')" for _p, column in plain]
    # An array: how many terms each item has, then all of them in a row.
    for _param, column in several:
        texts += [
            f"string_agg(CAST(cardinality({column}) AS text), ',')",
            f"string_agg(NULLIF(array_to_string({column}, ','), ''), ',')",
        ]
    selects = [
        f"SELECT '{VERSION}', CAST(COALESCE((SELECT version FROM "
        f"{facet_arrays.VERSION_TABLE} WHERE name = %s), 0) AS text), NULL",
        f"SELECT '{PLAIN}', {' || chr(10) || '.join(f'COALESCE({t}, {EMPTY})' for t in texts)}, "
        "NULL FROM r",
        *(
            f"SELECT '{param}', string_agg(CAST(r.pos AS text), ','), "
            f"string_agg(CAST(k AS text), ',') FROM {source}"
            for param, source in pairs
        ),
    ]
    extra = [table]
    if since is not None:
        # Which rows changed; anything may have when a change names no row, or
        # when the changes since `since` have been pruned.
        selects.append(
            f"SELECT '{CHANGES}', string_agg(DISTINCT CAST(item AS text), ','), "
            f"CAST(bool_or(item IS NULL) OR COALESCE((SELECT version FROM "
            f"{facet_arrays.VERSION_TABLE} WHERE name = %s), 0) > %s AS text) "
            f"FROM {facet_arrays.CHANGES_TABLE} WHERE name = %s AND version > %s"
        )
        extra += [table + facet_arrays.PRUNED, int(since), table, int(since)]
    statement = (
        f"WITH b ({names}) AS ({sql}), "
        "r AS (SELECT b.*, row_number() OVER (ORDER BY c2 DESC, c1 DESC) - 1 AS pos FROM b) "
        + " UNION ALL ".join(selects)
    )
    with connection.cursor() as cursor:
        cursor.execute(statement, [*params, *extra])
        found = {param: (first, second) for param, first, second in cursor.fetchall()}
    version = found.pop(VERSION)[0]
    changed = None
    if since is not None:
        ids, everything = found.pop(CHANGES)
        changed = None if everything == "true" else _numbers(ids)
    lines = found.pop(PLAIN)[0].split("\n")
    position = _numbers(lines[0])
    order = np.zeros(len(position), dtype=np.int64)
    order[position] = _numbers(lines[1])
    published = np.zeros(len(position), dtype=np.int64)
    published[position] = _numbers(lines[2])
    members: dict[tuple[str, str], np.ndarray] = {}
    for (param, _column), line in zip(plain, lines[3 : 3 + len(plain)], strict=True):
        values, inverse = np.unique(np.array(line.split(",")), return_inverse=True)
        for i, value in enumerate(values.tolist()):
            if value:
                members[(param, value)] = position[inverse == i]
    rest = lines[3 + len(plain) :]
    for (param, _column), lengths, terms in zip(several, rest[::2], rest[1::2], strict=True):
        found[param] = (np.repeat(position, _numbers(lengths)), _numbers(terms))
    for param, (at, terms) in found.items():
        if isinstance(at, str | None):  # a link table's pairs, as text
            at, terms = _numbers(at), _numbers(terms)
        for term in np.unique(terms).tolist():
            members[(param, str(term))] = at[terms == term]
    present = np.zeros((len(members), len(order)), dtype=bool)
    for row, positions in enumerate(members.values()):
        present[row, positions] = True
    return FacetIndex(
        version=version,
        order=order,
        published=published,
        options={key: row for row, key in enumerate(members)},
        bits=np.packbits(present, axis=1, bitorder="little"),
        provisional=provisional,
        changed=changed,
    )


def _merged(index: FacetIndex, delta: FacetIndex, queryset) -> FacetIndex:
    """`index` with the rows in `delta.changed` replaced by `delta`'s (those
    still published), in newest-first order again; the kept searches are
    carried over, with the changed rows' matches read again (one statement)."""
    keep = ~np.isin(index.order, delta.changed)
    gone = np.flatnonzero(~keep)
    kept_order, kept_published = np.delete(index.order, gone), np.delete(index.published, gone)
    # Where each changed row goes among the kept ones (both newest first): after
    # the kept rows published later, or at the same moment with a higher id.
    at = []
    for item, moment in zip(delta.order.tolist(), delta.published.tolist(), strict=True):
        first = int(np.searchsorted(-kept_published, -moment, side="left"))
        last = int(np.searchsorted(-kept_published, -moment, side="right"))
        at.append(first + int(np.count_nonzero(kept_order[first:last] > item)))
    order = np.insert(kept_order, at, delta.order)
    published = np.insert(kept_published, at, delta.published)

    def merge(old_rows: np.ndarray, new_rows: np.ndarray) -> np.ndarray:
        old = np.delete(
            np.unpackbits(old_rows, axis=1, count=index.size, bitorder="little"), gone, axis=1
        )
        new = np.unpackbits(new_rows, axis=1, count=delta.size, bitorder="little")
        return np.packbits(np.insert(old, at, new, axis=1), axis=1, bitorder="little")

    options = dict(index.options)
    for key in delta.options:
        options.setdefault(key, len(options))
    old_bits = np.zeros((len(options), index.bits.shape[1]), dtype=np.uint8)
    old_bits[: len(index.options)] = index.bits
    new_bits = np.zeros((len(options), delta.bits.shape[1]), dtype=np.uint8)
    for key, row in delta.options.items():
        new_bits[options[key]] = delta.bits[row]
    merged = FacetIndex(
        version=delta.version,
        order=order,
        published=published,
        options=options,
        bits=merge(old_bits, new_bits),
    )
    with _searches_lock:
        searches = list(index.searches.items())[-SEARCHES_UPDATED:]
    if searches:
        found = delta.matches(queryset, [q for q, _mask in searches])
        masks = merge(np.stack([mask for _q, mask in searches]), np.stack(found))
        merged.searches.update(zip([q for q, _m in searches], masks, strict=True))
    return merged


def _numbers(text: str | None) -> np.ndarray:
    if not text:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=",")
