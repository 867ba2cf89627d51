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

The index is exact. It is built in one statement that reads the table's
version (taxonomy.facet_arrays, bumped by triggers in the transaction that
publishes, hides, edits or re-tags) in the same snapshot as the rows, and is
used only while that version is current: a request that sees a newer version
rebuilds it (about 0.5 s at 100,000 items). The matches of a search are kept
beside it (SEARCHES_KEPT, newest used first) under the same version.
"""

import threading
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np
from django.db import connection, transaction

from sharehub.taxonomy import facet_arrays

SEARCHES_KEPT = 256
IDS = "__ids__"
VERSION = "__version__"

_lock = threading.Lock()
_searches_lock = threading.Lock()
_indexes: dict[str, "FacetIndex"] = {}


@dataclass
class FacetIndex:
    version: str
    order: np.ndarray  # ids, newest first
    options: dict[tuple[str, str], int]  # (param, value) -> row of `bits`
    bits: np.ndarray  # uint8, one packed row per option
    _sorted_ids: np.ndarray = field(init=False)
    _positions: np.ndarray = field(init=False)
    searches: OrderedDict = field(default_factory=OrderedDict)

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
    if not facet_arrays._cacheable(model, queryset):
        return None
    table = model._meta.db_table
    version = facet_arrays.table_versions(table)
    index = _indexes.get(table)
    if index is not None and index.version == version:
        return index
    with _lock:
        index = _indexes.get(table)
        if index is None or index.version != version:
            index = _build(model, queryset)
            _indexes[table] = index
    return index


def forget() -> None:
    """Drop every index (tests that rewrite tables behind the triggers' back)."""
    with _lock:
        _indexes.clear()


def _build(model, queryset) -> FacetIndex:
    """One statement: the version, the ids newest first, and for each option the
    positions of the items that have it."""
    from sharehub.taxonomy.filters import facet_field, facets_for

    qn = connection.ops.quote_name
    columns, arrays, parts = ["pk", "published_at"], {}, []
    for facet in facets_for(model):
        field_ = facet_field(model, facet.param)
        if field_.name in facet_arrays.COLUMNS:
            alias = f"a_{field_.name}"
            arrays[alias] = facet_arrays.array(model, field_.name)
            columns.append(alias)
            parts.append(
                f"SELECT '{facet.param}', CAST(k AS varchar), "
                f"array_to_string(array_agg(r.pos), ',') "
                f"FROM r CROSS JOIN LATERAL unnest(r.c{len(columns)}) AS k GROUP BY k"
            )
        elif field_.many_to_many:
            through = field_.remote_field.through
            src = qn(through._meta.get_field(field_.m2m_field_name()).column)
            dst = qn(through._meta.get_field(field_.m2m_reverse_field_name()).column)
            parts.append(
                f"SELECT '{facet.param}', CAST(t.{dst} AS varchar), "
                f"array_to_string(array_agg(r.pos), ',') "
                f"FROM r JOIN {qn(through._meta.db_table)} t ON t.{src} = r.c1 GROUP BY t.{dst}"
            )
        else:
            columns.append(field_.attname)
            column = f"CAST(r.c{len(columns)} AS varchar)"
            parts.append(
                f"SELECT '{facet.param}', {column}, array_to_string(array_agg(r.pos), ',') "
                f"FROM r WHERE {column} <> '' GROUP BY {column}"
            )
    sql, params = queryset.order_by().annotate(**arrays).values(*columns).query.sql_with_params()
    names = ", ".join(f"c{n}" for n in range(1, len(columns) + 1))
    table = model._meta.db_table
    statement = (
        f"WITH b ({names}) AS ({sql}), "
        "r AS (SELECT b.*, CAST(row_number() OVER (ORDER BY c2 DESC, c1 DESC) - 1 AS int) "
        "AS pos FROM b) "
        f"SELECT '{VERSION}', CAST(COALESCE((SELECT version FROM "
        f"{facet_arrays.VERSION_TABLE} WHERE name = %s), 0) AS varchar), '' "
        f"UNION ALL SELECT '{IDS}', '', array_to_string(array_agg(c1 ORDER BY pos), ',') FROM r "
        + "".join(f"UNION ALL {part} " for part in parts)
    )
    with connection.cursor() as cursor:
        cursor.execute(statement, [*params, table])
        rows = cursor.fetchall()
    version, order, options = "0", np.zeros(0, dtype=np.int64), {}
    for param, value, positions in rows:
        if param == VERSION:
            version = value
        elif param == IDS:
            order = _numbers(positions)
        else:
            options[(param, value)] = _numbers(positions)
    bits = np.zeros((len(options), (len(order) + 7) // 8), dtype=np.uint8)
    rows_of = {}
    for row, (key, positions) in enumerate(options.items()):
        present = np.zeros(len(order), dtype=bool)
        present[positions] = True
        bits[row] = np.packbits(present, bitorder="little")
        rows_of[key] = row
    return FacetIndex(version=version, order=order, options=rows_of, bits=bits)


def _numbers(text: str | None) -> np.ndarray:
    if not text:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=",")
