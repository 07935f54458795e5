"""Reading a store that grows while ``accord serve`` runs, fast enough for many requests at once.

:class:`LiveStore` is the :class:`~accord.store.Store` the web app reads. At every request it lists the store's
Parquet files (:meth:`Store.snapshot_key`: one directory listing and a stat per file, no file opened) and
compares the listing with the one its *snapshot* was built from:

- the same listing: the request runs on the snapshot, a DuckDB database in memory that holds the store's
  ``events`` (committed events only, with their ``sources_count``, exactly the ``events`` view of
  :meth:`Store.connect`) as a table sorted in the API's order, so no request reads Parquet for events;
- another listing (``accord ingest`` wrote a part, a compaction merged parts): the snapshot is built again
  before the request is answered, so new events are answered at the very next request. Parts are immutable
  (written once, renamed into place), so the same listing means the same data: nothing stale is served.

``documents``, ``errors`` and ``links`` stay views over the Parquet parts (documents hold whole texts; they
are read by one lookup per request at most). A store of more events than ``ACCORD_SERVE_MEMORY_EVENTS``
(2,000,000 by default, about 0.5–1 GB of memory; 0 turns the table off) keeps the ``events`` view over
Parquet, as :meth:`Store.connect` makes it.

:meth:`LiveStore.live_counts` answers ``/healthz`` from the listing and the parts' row counts, read once per
part and kept by part: it never waits for a snapshot to be built.
"""
from __future__ import annotations

import json
import os
import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any

import duckdb
import pyarrow.parquet as pq

from ..models import Event
from ..store import (_COMPACT_SUFFIX, _REPLACES_KEY, EVENT_ORDER, TABLES, Store, event_filters,
                     row_to_event)

__all__ = ["LiveStore", "Snapshot", "EVENTS_TABLE"]

EVENTS_TABLE = "events_sorted"   # the table behind the snapshot's ``events`` view; _pos is the API's order
MEMORY_ENV = "ACCORD_SERVE_MEMORY_EVENTS"
DEFAULT_MAX_EVENTS = 2_000_000   # about 0.5-1 GB in memory (100,000 synthetic events take 43 MiB)
_TABLE_INDEX = {t: i for i, t in enumerate(TABLES)}
_RETRIES = 5


@dataclass(frozen=True)
class Snapshot:
    """One state of the store: its listing (``key``), a DuckDB connection with the four tables, and whether
    ``events`` is the in-memory table :data:`EVENTS_TABLE` (else a view over the Parquet parts)."""

    key: tuple
    conn: duckdb.DuckDBPyConnection
    materialised: bool
    ordered: bool = False   # the table's rowid order is _pos order (always, in practice: see _build_once)


class LiveStore(Store):
    """A :class:`Store` whose readers see the parts present at each call, served from an in-memory snapshot
    that is rebuilt only when the store's listing changed (see the module docstring).

    :meth:`connect` gives each caller its own cursor on the snapshot (cursors have their own temporary tables
    and settings, so request threads do not see each other's); a snapshot that a request still reads stays
    alive until that request's cursor is gone, even if a newer one was built meanwhile.
    """

    def __init__(self, path: str | os.PathLike[str], max_events: int | None = None) -> None:
        super().__init__(path)
        if max_events is None:
            try:
                max_events = int(os.environ.get(MEMORY_ENV, DEFAULT_MAX_EVENTS))
            except ValueError:
                max_events = DEFAULT_MAX_EVENTS
        self.max_events = max_events
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._counts_lock = threading.Lock()
        self._part_info: dict[tuple[str, str, int, int], Any] = {}

    # --- the snapshot -------------------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        """The snapshot of the store as it is now, built first if the listing changed since the last one."""
        snap = self._snapshot
        if snap is not None and snap.key == self.snapshot_key():
            return snap   # the store is as it was listed just now: no lock
        with self._lock:
            # Listed again under the lock: a thread that listed earlier can never replace a newer snapshot.
            key = self.snapshot_key()
            snap = self._snapshot
            if snap is None or snap.key != key:
                snap = self._snapshot = self._build(key)
            return snap

    def _build(self, key: tuple) -> Snapshot:
        for attempt in range(_RETRIES):
            try:
                return self._build_once(key)
            except (duckdb.IOException, FileNotFoundError):
                # A compaction removed a part between listing and reading: list again.
                if attempt == _RETRIES - 1:
                    raise
                key = self.snapshot_key()
        raise AssertionError("unreachable")

    def _build_once(self, key: tuple) -> Snapshot:
        conn = Store.connect(self)   # views over the parts listed now
        _one_thread_per_query(conn)
        n_events = self.live_counts()["events"]
        materialised = ordered = False
        if 0 < n_events <= self.max_events:
            conn.execute(f"CREATE TABLE {EVENTS_TABLE} AS SELECT row_number() OVER (ORDER BY {EVENT_ORDER}) "
                         f"AS _pos, * FROM events ORDER BY _pos")
            conn.execute("DROP VIEW events")
            conn.execute(f"CREATE VIEW events AS SELECT * EXCLUDE (_pos) FROM {EVENTS_TABLE}")
            materialised = True
            # Rows are stored in the order they were inserted, which is _pos order; check it rather than trust it.
            ordered = conn.execute(f"SELECT count(*) FROM {EVENTS_TABLE} WHERE _pos <> rowid + 1").fetchone()[0] == 0
        return Snapshot(key, conn, materialised, ordered)

    def connect(self) -> duckdb.DuckDBPyConnection:
        """A cursor on the current snapshot, with views (or tables) ``documents``, ``events``, ``errors``,
        ``links`` as :meth:`Store.connect` makes them."""
        cursor = self.snapshot().conn.cursor()
        cursor.execute("SET TimeZone = 'UTC'")   # session settings are not shared; Store.connect sets this one
        return cursor

    # --- what the API asks most -----------------------------------------------------------------------------

    def events_page(self, *, actor: str | None = None, type: str | None = None, since: str | None = None,
                    until: str | None = None, include_negated: bool = True, q: str | None = None,
                    limit: int = 100, offset: int = 0) -> list[Event]:
        """``Store.events(..., limit=limit, offset=offset)``: the same events in the same order.

        On the in-memory table it runs in two steps: the row ids of the page's events (a scan of the filter
        columns only, which stops at the page's last event), then those rows.
        """
        snap = self.snapshot()
        if not snap.materialised:
            return self.events(actor=actor, type=type, since=since, until=until, include_negated=include_negated,
                               q=q, limit=limit, offset=offset)
        where, params = event_filters(actor=actor, type=type, since=since, until=until,
                                      include_negated=include_negated, q=q)
        where_sql = " WHERE " + " AND ".join(where) if where else ""
        page = [*params, int(limit), int(offset)]
        with snap.conn.cursor() as cur:
            ids = None
            if snap.ordered:
                # WHERE, LIMIT and OFFSET keep a table's insertion order (DuckDB's "order preservation"), and
                # the table was inserted in _pos order: no sort, and the scan stops at the page's last row.
                ids = [r[0] for r in cur.execute(f"SELECT rowid FROM {EVENTS_TABLE}{where_sql} LIMIT ? OFFSET ?",
                                                 page).fetchall()]
                if any(b <= a for a, b in zip(ids, ids[1:])):   # never seen; sort instead of trusting it
                    ids = None
            if ids is None:
                ids = [r[0] for r in cur.execute(
                    f"SELECT rowid FROM {EVENTS_TABLE}{where_sql} ORDER BY _pos LIMIT ? OFFSET ?", page).fetchall()]
            if not ids:
                return []
            # Then the page's rows by rowid: a fetch of those rows only, whatever their place in the table.
            cur.execute(f"SELECT rowid AS _rowid, * EXCLUDE (_pos) FROM {EVENTS_TABLE} WHERE rowid = ANY(?)", [ids])
            names = [d[0] for d in cur.description]
            rows = {r[0]: dict(zip(names[1:], r[1:])) for r in cur.fetchall()}
        return [row_to_event(rows[i]) for i in ids]

    def live_counts(self) -> dict[str, int]:
        """``documents`` and ``events`` as :meth:`Store.counts` counts them (committed events only), from the
        listing and each part's ``batch_id`` column, read once per part: no DuckDB, no snapshot."""
        for attempt in range(_RETRIES):
            key = self.snapshot_key()
            try:
                with self._counts_lock:
                    return self._counts(key)
            except FileNotFoundError:   # a compaction removed a part after the listing: list again
                if attempt == _RETRIES - 1:
                    raise
        raise AssertionError("unreachable")

    def _counts(self, key: tuple) -> dict[str, int]:
        seen: set[tuple[str, str, int, int]] = set()

        def live(table: str) -> list[tuple[str, str, int, int]]:
            entries = [(table, *e) for e in key[_TABLE_INDEX[table]]]
            replaced: set[str] = set()
            for entry in entries:
                if entry[1].endswith(_COMPACT_SUFFIX):
                    replaced.update(self._info(entry, "replaces"))
            seen.update(entries)
            return [e for e in entries if e[1] not in replaced]

        committed: set[str] = set()
        documents = 0
        for entry in live("documents"):
            batches = self._info(entry, "batches")
            committed.update(b for b in batches if b is not None)
            documents += sum(batches.values())
        events = 0
        for entry in live("events"):
            events += sum(n for batch, n in self._info(entry, "batches").items() if batch in committed)
        for stale in [k for k in self._part_info if k[:4] not in seen]:
            del self._part_info[stale]
        return {"documents": documents, "events": events}

    def _info(self, entry: tuple[str, str, int, int], what: str) -> Any:
        cached = self._part_info.get((*entry, what))
        if cached is None:
            path = self.path / entry[0] / entry[1]
            if what == "replaces":
                meta = pq.read_metadata(path).metadata or {}
                cached = frozenset(json.loads(meta.get(_REPLACES_KEY, b"[]")))
            else:   # rows per batch_id
                column = pq.read_table(path, columns=["batch_id"]).column("batch_id")
                cached = Counter({k: int(v) for k, v in
                                  ((x["values"], x["counts"]) for x in column.value_counts().to_pylist())})
            self._part_info[(*entry, what)] = cached
        return cached


def _one_thread_per_query(conn: duckdb.DuckDBPyConnection) -> None:
    """No DuckDB worker threads: each query runs in the thread of its request only.

    The server runs many requests at once, each in a thread of its own; DuckDB's worker threads would split
    every aggregation over all CPUs and compete with the request threads and the event loop for them (on
    2 cores, with 20 requests in flight, /api/events waited behind them). DuckDB starts ``threads`` minus
    ``external_threads`` workers, and :mod:`accord.analysis` sets ``threads`` to the CPUs this process may use
    on each call, so ``external_threads`` is set to that same number: no workers, whatever analysis sets.
    """
    try:
        n = max(1, len(os.sched_getaffinity(0)))
    except AttributeError:   # not on Linux: what analysis._connect counts there
        n = max(1, os.cpu_count() or 1)
    conn.execute(f"SET threads = {n}")
    conn.execute(f"SET external_threads = {n}")
