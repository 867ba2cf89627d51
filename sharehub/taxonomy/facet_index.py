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
first brings it up to date: every row carries the transaction that last wrote
it (facet_arrays.stamp_sql), so only the rows written since the oldest
transaction still running when the index was read are read again and merged in
(a few milliseconds; rows read twice are merged twice, harmlessly). A whole
read (about 0.4 s at 100,000 items) happens on a process's first request,
after a change no row shows (a published row deleted, a link table without
arrays such as a resource's audience, a truncate: the "<table>:whole"
version), when more than a quarter of the rows changed, or when the index was
read inside a transaction that may still roll back. The matches of a search
are kept beside it (SEARCHES_KEPT, newest used first) and carried into the
updated index with the changed rows' matches read again, and so are the ranks
of the items a search has ranked (RANKS_KEPT), but the changed rows': the
combined search ranks a word's candidates once, whatever filters and page
come next, and after a publish only what changed.
"""

import threading
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np
from django.db import connection, transaction
from django.db.models import BooleanField, Value
from django.db.models.expressions import RawSQL

from sharehub.taxonomy import facet_arrays

SEARCHES_KEPT = 256
SEARCHES_UPDATED = 32  # the most recent searches carried into an updated index
RANKS_KEPT = 64  # searches whose ranked items are kept (at most 2,000 each: 48 KB)

VERSION, PLAIN, CHANGES = "__version__", "__plain__", "__changes__"  # rows read
EMPTY = "CAST('' AS text)"

_lock = threading.Lock()
_searches_lock = threading.Lock()
_indexes: dict[str, "FacetIndex"] = {}


@dataclass
class FacetIndex:
    version: str
    order: np.ndarray  # ids, newest first
    options: dict[tuple[str, str], int]  # (param, value) -> row of `bits`
    bits: np.ndarray  # uint8, one packed row per option
    published: np.ndarray  # publication times of `order`, microseconds since 1970
    xmin: int = 0  # the oldest transaction running when read: its rows are read again
    # Read inside a transaction, which may still roll back: never updated, only
    # read whole again (an update reads only what was written after it).
    provisional: bool = False
    # Read as an update (_read with `since`): the ids of every row written since,
    # published or not any more.
    changed: np.ndarray | None = None
    _sorted_ids: np.ndarray = field(init=False)
    _positions: np.ndarray = field(init=False)
    searches: OrderedDict = field(default_factory=OrderedDict)
    ranked: OrderedDict = field(default_factory=OrderedDict)  # q -> ids, ranks, times

    def __post_init__(self):
        self._positions = np.argsort(self.order, kind="stable")
        self._sorted_ids = self.order[self._positions]

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

    def ranks(self, q: str, ids: list[int], compute) -> list[tuple[int, float, int]]:
        """(id, rank, publication time in microseconds) of each of `ids` for the search `q`:
        those ranked before under this version from memory, the others from
        `compute(ids)` (the same triples, from the database), kept for the next
        request (RANKS_KEPT searches, newest used first). An item's rank for a
        search changes only with the item, and so with a new version; a merged
        version keeps the ranks of the rows that did not change (`_merged`)."""
        wanted = np.asarray(ids, dtype=np.int64)
        if not len(wanted):
            return []
        with _searches_lock:
            kept = self.ranked.get(q)
            if kept is not None:
                self.ranked.move_to_end(q)
        known = _lookup(kept, wanted)
        if not known.all():
            rows = compute(wanted[~known].tolist())
            new = (
                np.array([row[0] for row in rows], dtype=np.int64),
                np.array([row[1] for row in rows], dtype=np.float64),
                np.array([row[2] for row in rows], dtype=np.int64),
            )
            if kept is not None:
                new = tuple(np.concatenate(pair) for pair in zip(kept, new, strict=True))
            order = np.argsort(new[0], kind="stable")
            kept = tuple(column[order] for column in new)
            with _searches_lock:
                self.ranked[q] = kept
                while len(self.ranked) > RANKS_KEPT:
                    self.ranked.popitem(last=False)
        found = _lookup(kept, wanted)
        at = np.searchsorted(kept[0], wanted[found])
        return list(
            zip(wanted[found].tolist(), kept[1][at].tolist(), kept[2][at].tolist(), strict=True)
        )

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


def _lookup(kept, wanted: np.ndarray) -> np.ndarray:
    """Which of `wanted` the kept (sorted ids, ranks, times) hold."""
    if kept is None or not len(kept[0]):
        return np.zeros(len(wanted), dtype=bool)
    at = np.searchsorted(kept[0], wanted).clip(0, len(kept[0]) - 1)
    return kept[0][at] == wanted


def index_for(model, queryset) -> FacetIndex | None:
    """The current index of `model`'s published items, or None where there is
    none: not PostgreSQL, or `queryset` is not exactly the published items."""
    if not facet_arrays.whole_published(model, queryset):
        return None
    table = model._meta.db_table
    version = facet_arrays.table_versions(table, table + facet_arrays.WHOLE)
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
    """`index` brought up to date with the rows written since it was read (a
    few milliseconds), or read whole (`_read`) when it is missing or
    provisional, when a change no row shows happened since (its "whole"
    version moved), or when more than a quarter of it changed."""
    provisional = connection.in_atomic_block
    if index is None or index.provisional or provisional:
        return _read(model, queryset, provisional=provisional)
    delta = _read(model, queryset, since=index.xmin)
    whole = index.version.rsplit(".", 1)[-1] != delta.version.rsplit(".", 1)[-1]
    if whole or len(delta.changed) > max(index.size // 4, 100):
        return _read(model, queryset)
    return _merged(index, delta, queryset)


def forget() -> None:
    """Drop every index (tests that rewrite tables behind the triggers' back)."""
    with _lock:
        _indexes.clear()


def _read(model, queryset, *, since: int | None = None, provisional=False) -> FacetIndex:
    """One statement: the version and the snapshot's oldest running
    transaction, then the items' positions (newest first), ids, publication
    times and plain facet values in one pass, and (position, term) pairs for
    the facets an item can have several of; each as one comma-separated text,
    which numpy reads far faster than rows or arrays. With `since` (a
    transaction id): only the rows written by it or later, and which ids those
    are (`changed`), read in the same snapshot as the version."""
    from sharehub.taxonomy.filters import facet_field, facets_for

    table, qn = model._meta.db_table, connection.ops.quote_name
    stamped = f"SELECT id FROM {qn(table)} WHERE {facet_arrays.STAMP_COLUMN} >= %s::text::xid8"
    if since is not None:
        # The ids first (the stamp's index), then the rows by id: asked as one
        # condition, the planner may walk every published row for a few.
        queryset = queryset.filter(
            RawSQL(f"{qn(table)}.id = ANY(ARRAY({stamped}))", (str(since),), BooleanField())
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
    versions = " || '.' || ".join(
        f"CAST(COALESCE((SELECT version FROM {facet_arrays.VERSION_TABLE} "
        "WHERE name = %s), 0) AS text)"
        for _name in range(2)
    )
    selects = [
        f"SELECT '{VERSION}', {versions}, CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text)",
        f"SELECT '{PLAIN}', {' || chr(10) || '.join(f'COALESCE({t}, {EMPTY})' for t in texts)}, "
        "NULL FROM r",
        *(
            f"SELECT '{param}', string_agg(CAST(r.pos AS text), ','), "
            f"string_agg(CAST(k AS text), ',') FROM {source}"
            for param, source in pairs
        ),
    ]
    extra = [table, table + facet_arrays.WHOLE]
    if since is not None:  # which rows were written since, published or not
        selects.append(
            f"SELECT '{CHANGES}', string_agg(CAST(id AS text), ','), NULL FROM ({stamped}) c"
        )
        extra.append(str(since))
    statement = (
        f"WITH b ({names}) AS ({sql}), "
        "r AS (SELECT b.*, row_number() OVER (ORDER BY c2 DESC, c1 DESC) - 1 AS pos FROM b) "
        + " UNION ALL ".join(selects)
    )
    with connection.cursor() as cursor:
        cursor.execute(statement, [*params, *extra])
        found = {param: (first, second) for param, first, second in cursor.fetchall()}
    version, xmin = found.pop(VERSION)
    changed = _numbers(found.pop(CHANGES)[0]) if since is not None else None
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
    bits = np.zeros((len(members), (len(order) + 7) // 8), dtype=np.uint8)
    rows = {}
    for row, (key, positions) in enumerate(members.items()):
        present = np.zeros(len(order), dtype=bool)
        present[positions] = True
        bits[row] = np.packbits(present, bitorder="little")
        rows[key] = row
    return FacetIndex(
        version=version,
        order=order,
        options=rows,
        bits=bits,
        published=published,
        xmin=int(xmin),
        provisional=provisional,
        changed=changed,
    )


def _spliced(old: np.ndarray, gone: np.ndarray, at: list[int], new: np.ndarray) -> np.ndarray:
    """`np.insert(np.delete(old, gone, axis=1), at, new, axis=1)` for a few columns
    gone and a few new ones, by copying the runs of columns between them into one
    new array (np.delete and np.insert cost tens of milliseconds on a 100,000-column
    index). The merge's one splice: the ids, their times and the bits alike."""
    rows, width = old.shape
    kept_width = width - len(gone)
    out = np.empty((rows, kept_width + new.shape[1]), dtype=old.dtype)
    # Columns of `old` that stay, as runs [start, end).
    runs, start = [], 0
    for column in gone.tolist():
        if column > start:
            runs.append((start, column))
        start = column + 1
    if start < width:
        runs.append((start, width))
    # New columns in the order np.insert puts them: by position, then as given.
    inserts = sorted(range(len(at)), key=lambda j: at[j])
    written = kept = 0  # columns written to `out`; columns of the kept ones copied
    for start, end in runs:
        while start < end:
            while inserts and at[inserts[0]] == kept:
                out[:, written] = new[:, inserts.pop(0)]
                written += 1
            stop = end if not inserts else min(end, start + at[inserts[0]] - kept)
            out[:, written : written + stop - start] = old[:, start:stop]
            written += stop - start
            kept += stop - start
            start = stop
    for j in inserts:  # at the very end
        out[:, written] = new[:, j]
        written += 1
    return out


def _merged(index: FacetIndex, delta: FacetIndex, queryset) -> FacetIndex:
    """`index` with the rows in `delta.changed` replaced by `delta`'s (those
    still published), in newest-first order again; the kept searches are
    carried over, with the changed rows' matches read again (one statement),
    and so are the kept ranks, but the changed rows'."""
    gone = np.flatnonzero(np.isin(index.order, delta.changed))
    kept_order, kept_published = np.delete(index.order, gone), np.delete(index.published, gone)
    # Where each changed row goes among the kept ones (both newest first): after
    # the kept rows published later, or at the same moment with a higher id.
    oldest_first = -kept_published  # ascending, as searchsorted needs
    at = []
    for item, moment in zip(delta.order.tolist(), delta.published.tolist(), strict=True):
        first = int(np.searchsorted(oldest_first, -moment, side="left"))
        last = int(np.searchsorted(oldest_first, -moment, side="right"))
        at.append(first + int(np.count_nonzero(kept_order[first:last] > item)))
    order, published = _spliced(
        np.stack([index.order, index.published]), gone, at, np.stack([delta.order, delta.published])
    )

    def merge(old_rows: np.ndarray, new_rows: np.ndarray) -> np.ndarray:
        old = np.unpackbits(old_rows, axis=1, count=index.size, bitorder="little")
        new = np.unpackbits(new_rows, axis=1, count=delta.size, bitorder="little")
        return np.packbits(_spliced(old, gone, at, new), axis=1, bitorder="little")

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
        options=options,
        bits=merge(old_bits, new_bits),
        published=published,
        xmin=delta.xmin,
    )
    with _searches_lock:
        searches = list(index.searches.items())[-SEARCHES_UPDATED:]
        ranked = list(index.ranked.items())
    # A row's rank for a search changes only with the row: the unchanged rows keep
    # theirs, and the changed ones are ranked again when a search asks for them.
    for q, (ids, ranks, published_at) in ranked:
        stay = ~np.isin(ids, delta.changed)
        merged.ranked[q] = (ids[stay], ranks[stay], published_at[stay])
    if searches:
        found = delta.matches(queryset, [q for q, _mask in searches])
        masks = merge(np.stack([mask for _q, mask in searches]), np.stack(found))
        merged.searches.update(zip([q for q, _m in searches], masks, strict=True))
    return merged


def _numbers(text: str | None) -> np.ndarray:
    if not text:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=",")
