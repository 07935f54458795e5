"""The event store: a directory of Parquet parts, with DuckDB views over them.

Layout of a store (default ``./accord-data``)::

    documents/<part>.parquet   one row per stored document (the commit marker of a batch)
    events/<part>.parquet      one row per event: the event record of DESIGN.md, flattened
    errors/<part>.parquet      one row per input that could not be read or coded
    links/<part>.parquet       one row per duplicate document: doc_id → duplicate_of
    tmp/                       parts being written; never read

A part is named ``<UTC timestamp>-<batch id>.parquet`` (``20220815T093000123456Z-3f2a….parquet``), so names
sort by time. Why parts and not one DuckDB file: a DuckDB file has one writer process and no readers beside
it; with parts, ``accord serve`` reads while ``accord ingest`` writes, workers on other machines write their
own parts, and a crash leaves nothing half-written.

Rules that keep readers consistent without locks:

- **Atomic parts.** A part is written to ``tmp/``, flushed, fsync'd, renamed into place, and the directory is
  fsync'd. A reader sees a whole part or none.
- **The documents part commits a batch.** A batch writes its events, links and errors parts first and its
  documents part last. The ``events`` and ``links`` views show only rows whose ``batch_id`` appears in
  ``documents``, so the parts of a batch that crashed before its documents part are invisible, and its
  documents are not in :meth:`Store.known_hashes`: re-running the ingest codes them again, without duplicates.
- **Errors are shown whether or not their batch committed**: knowing what failed is most useful exactly when
  a batch died.
- **Compaction is invisible to new readers.** A compacted part (``<part>.compact.parquet``) names the parts it
  replaces in its Parquet metadata; :meth:`Store.connect` leaves those out even while they still exist, so
  no reader ever counts a row twice. A connection that listed the old parts before they were removed may fail
  one query with a file-not-found error; connecting again fixes it.

Example::

    from accord.store import open_store
    store = open_store("accord-data")
    store.write_batch(documents=[{"doc_id": "d1", "content_hash": "…", "text": "…"}], events=events)
    store.events(actor="RUS", since="2022-07-01")       # list[Event]
    store.query("SELECT cameo, count(*) AS n FROM events GROUP BY cameo")
"""
from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Iterable, Sequence
from datetime import date as _date
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from .models import Actor, Event, content_hash

if TYPE_CHECKING:
    import pandas

__all__ = [
    "DOCUMENTS_SCHEMA", "EVENTS_SCHEMA", "ERRORS_SCHEMA", "LINKS_SCHEMA", "SCHEMAS", "TABLES",
    "Store", "open_store", "event_to_row", "row_to_event", "event_filters", "EVENT_ORDER",
]

_UTC_TS = pa.timestamp("us", tz="UTC")

DOCUMENTS_SCHEMA = pa.schema([
    ("doc_id", pa.string()),
    ("content_hash", pa.string()),
    ("title", pa.string()),
    ("source", pa.string()),
    ("url", pa.string()),
    ("published", pa.string()),       # ISO date (or datetime) as read; null when the article has none
    ("path", pa.string()),
    ("lang", pa.string()),
    ("n_sentences", pa.int32()),
    ("n_events", pa.int32()),
    ("text", pa.string()),            # the cleaned text that events' span offsets refer to
    ("duplicate_of", pa.string()),    # doc_id of the first document of the same story
    ("ingested_at", _UTC_TS),
    ("batch_id", pa.string()),
])

EVENTS_SCHEMA = pa.schema([
    ("event_id", pa.string()),
    ("doc_id", pa.string()),
    ("sentence_index", pa.int32()),
    ("sentence", pa.string()),
    ("span_start", pa.int32()),
    ("span_end", pa.int32()),
    ("trigger", pa.string()),
    ("event_type", pa.string()),
    ("event_mode", pa.string()),
    ("cameo", pa.string()),
    ("goldstein", pa.float64()),
    ("quad_class", pa.int8()),
    ("source_text", pa.string()),
    ("source_name", pa.string()),
    ("source_country", pa.string()),
    ("source_sector", pa.string()),
    ("source_code", pa.string()),
    ("source_alias", pa.bool_()),
    ("target_text", pa.string()),
    ("target_name", pa.string()),
    ("target_country", pa.string()),
    ("target_sector", pa.string()),
    ("target_code", pa.string()),
    ("target_alias", pa.bool_()),
    ("date", pa.string()),            # YYYY, YYYY-MM or YYYY-MM-DD
    ("date_precision", pa.string()),
    ("historical", pa.bool_()),
    ("negated", pa.bool_()),
    ("modality", pa.string()),
    ("attribution_text", pa.string()),
    ("attribution_code", pa.string()),
    ("attribution_state_media", pa.bool_()),
    ("location_name", pa.string()),
    ("location_country", pa.string()),
    ("location_lat", pa.float64()),
    ("location_lon", pa.float64()),
    ("sources_count", pa.int32()),
    ("confidence", pa.float64()),
    ("why", pa.string()),             # JSON object
    ("reciprocal", pa.bool_()),
    ("published", pa.string()),       # the document's publication date, for dating relative to it
    ("batch_id", pa.string()),
])

ERRORS_SCHEMA = pa.schema([
    ("path", pa.string()),
    ("line", pa.int32()),
    ("code", pa.string()),
    ("reason", pa.string()),
    ("fix", pa.string()),
    ("at", _UTC_TS),
    ("batch_id", pa.string()),
])

LINKS_SCHEMA = pa.schema([
    ("doc_id", pa.string()),          # the duplicate
    ("duplicate_of", pa.string()),    # the first document of the story
    ("similarity", pa.float64()),
    ("batch_id", pa.string()),
])

SCHEMAS: dict[str, pa.Schema] = {
    "documents": DOCUMENTS_SCHEMA, "events": EVENTS_SCHEMA,
    "errors": ERRORS_SCHEMA, "links": LINKS_SCHEMA,
}
TABLES = tuple(SCHEMAS)

# Tables whose rows are visible only once their batch's documents part exists.
_COMMITTED_ONLY = ("events", "links")
_COMPACT_SUFFIX = ".compact.parquet"
_REPLACES_KEY = b"accord:replaces"
# A part or temporary file this old with no committed batch is taken to be left by a crash, not in progress.
_STALE_SECONDS = 3600
_ROW_GROUP_ROWS = 122_880


# --- the event record ↔ a row of the events table -----------------------------------------------------------

def event_to_row(event: Event, published: str | None = None) -> dict[str, Any]:
    """Flatten an :class:`Event` into one row of the ``events`` table (without ``batch_id``).

    ``source``/``target`` of ``None`` become all-null ``source_*``/``target_*`` columns; ``attribution`` of
    ``None`` becomes null ``attribution_*`` columns. Only the keys of the event record are kept:
    attribution ``text/code/state_media`` and location ``name/country/lat/lon``.
    """
    row: dict[str, Any] = {
        "event_id": event.event_id, "doc_id": event.doc_id,
        "sentence_index": event.sentence_index, "sentence": event.sentence,
        "span_start": event.span[0], "span_end": event.span[1], "trigger": event.trigger,
        "event_type": event.event_type, "event_mode": event.event_mode, "cameo": event.cameo,
        "goldstein": event.goldstein, "quad_class": event.quad_class,
    }
    for role, actor in (("source", event.source), ("target", event.target)):
        row[f"{role}_text"] = actor.text if actor else None
        row[f"{role}_name"] = actor.name if actor else None
        row[f"{role}_country"] = actor.country if actor else None
        row[f"{role}_sector"] = actor.sector if actor else None
        row[f"{role}_code"] = actor.code if actor else None
        row[f"{role}_alias"] = actor.alias if actor else None
    attribution = event.attribution or {}
    location = event.location or {}
    row.update({
        "date": event.date, "date_precision": event.date_precision,
        "historical": event.historical, "negated": event.negated, "modality": event.modality,
        "attribution_text": attribution.get("text"), "attribution_code": attribution.get("code"),
        "attribution_state_media": attribution.get("state_media"),
        "location_name": location.get("name"), "location_country": location.get("country"),
        "location_lat": location.get("lat"), "location_lon": location.get("lon"),
        "sources_count": event.sources_count, "confidence": event.confidence,
        "why": json.dumps(event.why or {}, ensure_ascii=False, default=str),
        "reciprocal": event.reciprocal,
        "published": _iso(published),
    })
    return row


def row_to_event(row: dict[str, Any]) -> Event:
    """Rebuild an :class:`Event` from a row of the ``events`` table; the inverse of :func:`event_to_row`.

    Extra columns (``published``, ``batch_id``) are ignored. An attribution comes back with all three keys
    ``text``, ``code``, ``state_media``.
    """
    def actor(role: str) -> Actor | None:
        cols = [row.get(f"{role}_{k}") for k in ("text", "name", "country", "sector", "code", "alias")]
        if all(v is None for v in cols):
            return None
        text, name, country, sector, code, alias = cols
        return Actor(text=text or "", name=name, country=country, sector=sector,
                     code=code if code is not None else "---", alias=bool(alias))

    attribution = {"text": row.get("attribution_text"), "code": row.get("attribution_code"),
                   "state_media": row.get("attribution_state_media")}
    why = row.get("why")
    return Event(
        event_id=row["event_id"], doc_id=row["doc_id"], sentence_index=int(row["sentence_index"]),
        sentence=row["sentence"], span=(int(row["span_start"]), int(row["span_end"])),
        trigger=row["trigger"], event_type=row.get("event_type"), event_mode=row.get("event_mode"),
        cameo=row["cameo"], goldstein=float(row["goldstein"]), quad_class=int(row["quad_class"]),
        source=actor("source"), target=actor("target"),
        date=row.get("date"), date_precision=row.get("date_precision"),
        historical=bool(row.get("historical")), negated=bool(row.get("negated")),
        modality=row.get("modality") or "asserted",
        attribution=None if all(v is None for v in attribution.values()) else attribution,
        location={"name": row.get("location_name"), "country": row.get("location_country"),
                  "lat": row.get("location_lat"), "lon": row.get("location_lon")},
        sources_count=int(row["sources_count"]) if row.get("sources_count") is not None else 1,
        confidence=float(row["confidence"]) if row.get("confidence") is not None else 0.5,
        why=json.loads(why) if why else {},
        reciprocal=bool(row.get("reciprocal")),
    )


# The order of Store.events (and of /api/events): by date, undated last, then by place in the document.
EVENT_ORDER = "date NULLS LAST, doc_id, sentence_index, span_start, event_id"


def event_filters(actor: str | None = None, type: str | None = None, since: str | None = None,
                  until: str | None = None, include_negated: bool = True,
                  q: str | None = None) -> tuple[list[str], list[Any]]:
    """The WHERE conditions (to join with AND) and their parameters of :meth:`Store.events`' filters."""
    where: list[str] = []
    params: list[Any] = []
    if actor:
        where.append("(starts_with(source_code, ?) OR starts_with(target_code, ?)"
                     " OR source_country = ? OR target_country = ?)")
        params += [actor] * 4
    if type:
        where.append("upper(event_type) = ?")
        params.append(type.upper())
    if since:
        where.append("left(date, 10) || substr('0000-01-01', length(left(date, 10)) + 1) >= ?")
        params.append(_pad_date(since, "0000-01-01"))
    if until:
        # Month ends are padded to 31: as an upper bound in a string compare that is the same.
        where.append("left(date, 10) || substr('9999-12-31', length(left(date, 10)) + 1) <= ?")
        params.append(_pad_date(until, "9999-12-31"))
    if not include_negated:
        where.append("NOT coalesce(negated, false)")
    if q:
        where.append("contains(lower(sentence), lower(?))")
        params.append(q)
    return where, params


# --- the store ----------------------------------------------------------------------------------------------

class Store:
    """An event store directory. Cheap to create; every reader method sees the parts present when called.

    ``Store(path, create=False)`` raises :class:`FileNotFoundError` if ``path`` is not a store yet.
    """

    def __init__(self, path: str | os.PathLike[str] = "accord-data", create: bool = True) -> None:
        self.path = Path(path)
        if not create and not (self.path / "documents").is_dir():
            raise FileNotFoundError(
                f"{self.path}: no event store here (no documents/ folder). "
                "Fix: check the path, or run `accord ingest` to create a store.")
        for sub in (*TABLES, "tmp"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # --- writing ------------------------------------------------------------------------------------------

    def write_batch(self, documents: Sequence[dict[str, Any]], events: Sequence[Event],
                    errors: Sequence[dict[str, Any]] = (), links: Sequence[dict[str, Any]] = (),
                    published_by_doc: dict[str, str | None] | None = None) -> str:
        """Write one batch and return its id.

        ``documents`` are dicts with the ``documents`` columns (missing ones are null; ``content_hash`` is
        computed from ``text`` when missing, ``ingested_at`` is now); ``errors`` and ``links`` likewise with
        theirs. Each event's ``published`` column comes from ``published_by_doc``, else from the batch's
        document of that ``doc_id``. Parts are written events, links, errors, then documents: the documents
        part commits the batch. Empty lists write no part; a batch of errors only writes its errors part.
        """
        if not documents and (events or links):
            raise ValueError(
                "write_batch: events and links need their documents in the same batch, or they are never "
                "visible (the documents part commits a batch). Fix: pass the documents they come from.")
        batch_id = uuid.uuid4().hex
        now = datetime.now(timezone.utc)
        doc_rows = [_document_row(d, now) for d in documents]
        published = {r["doc_id"]: r["published"] for r in doc_rows}
        published.update(published_by_doc or {})

        if events:
            self._write_part("events", [event_to_row(e, published.get(e.doc_id)) for e in events], batch_id)
        if links:
            self._write_part("links", [_checked_row("links", dict(r)) for r in links], batch_id)
        if errors:
            rows = [_checked_row("errors", dict(r)) for r in errors]
            for r in rows:
                r["at"] = r.get("at") or now
            self._write_part("errors", rows, batch_id)
        if doc_rows:
            self._write_part("documents", doc_rows, batch_id)
        return batch_id

    def _write_part(self, table: str, rows: list[dict[str, Any]] | pa.Table, batch_id: str) -> Path:
        """Write ``rows`` as one part of ``table`` for ``batch_id``, atomically; return its path."""
        schema = SCHEMAS[table]
        if isinstance(rows, pa.Table):
            data = rows.drop_columns([c for c in ("batch_id",) if c in rows.column_names])
            data = data.append_column("batch_id", pa.array([batch_id] * data.num_rows, pa.string()))
            data = data.select(schema.names).cast(schema)
        else:
            data = pa.Table.from_pylist([{**r, "batch_id": batch_id} for r in rows], schema=schema)
        name = f"{_timestamp()}-{batch_id}.parquet"
        return self._publish(table, name, [data], schema)

    def _publish(self, table: str, name: str, chunks: Iterable[pa.Table | pa.RecordBatch],
                 schema: pa.Schema) -> Path:
        """Write chunks to tmp/<name>, fsync, rename into <table>/<name>, fsync the directory."""
        tmp = self.path / "tmp" / name
        final = self.path / table / name
        try:
            with open(tmp, "wb") as f:
                with pq.ParquetWriter(f, schema, compression="zstd") as writer:
                    for chunk in chunks:
                        if isinstance(chunk, pa.RecordBatch):
                            chunk = pa.Table.from_batches([chunk], schema=schema)
                        writer.write_table(chunk, row_group_size=_ROW_GROUP_ROWS)
                f.flush()
                os.fsync(f.fileno())
            os.rename(tmp, final)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        _fsync_dir(final.parent)
        return final

    # --- reading ------------------------------------------------------------------------------------------

    def parts(self, table: str) -> list[Path]:
        """The live parts of ``table``, oldest first: parts replaced by a compacted part are left out."""
        files = sorted((self.path / _check_table(table)).glob("*.parquet"))
        replaced: set[str] = set()
        for f in files:
            if f.name.endswith(_COMPACT_SUFFIX):
                try:
                    meta = pq.read_metadata(f).metadata or {}
                except FileNotFoundError:   # removed by a later compaction, which replaces it too
                    continue
                replaced.update(json.loads(meta.get(_REPLACES_KEY, b"[]")))
        return [f for f in files if f.name not in replaced]

    def snapshot_key(self) -> tuple[tuple[tuple[str, int, int], ...], ...]:
        """What the store holds now, cheaply: per table, the (name, size, mtime in ns) of every Parquet file.

        One directory listing and a stat per file; no file is opened. Parts are immutable (written once,
        renamed into place), so an equal key means equal data; a new part, a compaction or a removal changes
        it. Readers that keep something built from the parts (``accord serve``) rebuild it when the key
        changes.
        """
        key = []
        for table in TABLES:
            files = []
            with os.scandir(self.path / table) as entries:
                for entry in entries:
                    if not entry.name.endswith(".parquet"):
                        continue
                    try:
                        st = entry.stat()
                    except FileNotFoundError:   # removed by a compaction between listing and stat
                        continue
                    files.append((entry.name, st.st_size, st.st_mtime_ns))
            key.append(tuple(sorted(files)))
        return tuple(key)

    def connect(self) -> duckdb.DuckDBPyConnection:
        """A new in-memory DuckDB connection with views ``documents``, ``events``, ``errors``, ``links``.

        The views read the parts present now: the connection is a snapshot of the part list, so call
        ``connect()`` again to see parts written later. Each view exists, empty with its columns, even when
        its table has no parts. ``events`` and ``links`` show only committed batches. An event's
        ``sources_count`` counts its document and the duplicates ``links`` ties to that document.
        """
        conn = duckdb.connect(":memory:")
        conn.execute("SET TimeZone = 'UTC'")
        linked = False
        # documents first: the other views refer to it; events last: its sources_count counts the links
        for table in sorted(TABLES, key=lambda t: (t != "documents", t == "events")):
            files = self.parts(table)
            if files:
                paths = ", ".join(_sql_str(str(f)) for f in files)
                select = f"SELECT * FROM read_parquet([{paths}], union_by_name = true)"
            else:
                select = _empty_select(SCHEMAS[table])
            if table in _COMMITTED_ONLY:
                select = f"SELECT * FROM ({select}) WHERE batch_id IN (SELECT batch_id FROM documents)"
            if table == "links":
                linked = bool(files)
            if table == "events" and linked:
                # An event is reported by its document and by every duplicate linked to it (accord.dedup).
                select = ("SELECT e.* REPLACE (CAST(coalesce(e.sources_count, 1) + coalesce(l.n, 0) AS INTEGER)"
                          f" AS sources_count) FROM ({select}) e LEFT JOIN (SELECT duplicate_of,"
                          " count(DISTINCT doc_id) AS n FROM links GROUP BY duplicate_of) l"
                          " ON l.duplicate_of = e.doc_id")
            conn.execute(f"CREATE VIEW {table} AS {select}")
        return conn

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run ``sql`` over the views and return the rows as dicts."""
        with self.connect() as conn:
            cur = conn.execute(sql, params) if params is not None else conn.execute(sql)
            names = [d[0] for d in cur.description]
            return [dict(zip(names, r)) for r in cur.fetchall()]

    def to_frame(self, table: str) -> pandas.DataFrame:
        """The whole visible ``table`` as a pandas DataFrame."""
        with self.connect() as conn:
            return conn.execute(f"SELECT * FROM {_check_table(table)}").df()

    def events(self, actor: str | None = None, type: str | None = None, since: str | None = None,
               until: str | None = None, limit: int | None = None, include_negated: bool = True,
               q: str | None = None, offset: int = 0) -> list[Event]:
        """Stored events, ordered by date, doc_id, sentence_index (undated events last).

        - ``actor``: a code prefix of the source or target (``RUS`` matches ``RUSGOV``; ``IGO`` matches every
          international organisation), or their exact country.
        - ``type``: the PLOVER event type (``SANCTION``), any case.
        - ``since`` / ``until``: ISO dates, possibly partial (``2022``, ``2022-07``). An event is kept only if
          its whole date period lies inside: ``2022-07`` counts as ``2022-07-01`` against ``since`` and as
          ``2022-07-31`` against ``until``, so ``since="2022-07-15"`` leaves it out. Undated events are left
          out when either bound is given.
        - ``q``: words that the sentence contains, any case.
        """
        where, params = event_filters(actor=actor, type=type, since=since, until=until,
                                      include_negated=include_negated, q=q)
        sql = "SELECT * FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY " + EVENT_ORDER
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        if offset:
            sql += " OFFSET ?"
            params.append(int(offset))
        return [row_to_event(r) for r in self.query(sql, params)]

    def counts(self) -> dict[str, int]:
        """Visible rows: ``documents``, ``events``, ``errors``, and ``duplicates`` (rows of ``links``)."""
        row = self.query(
            "SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM events) AS events,"
            " (SELECT count(*) FROM errors) AS errors, (SELECT count(*) FROM links) AS duplicates")[0]
        return {k: int(v) for k, v in row.items()}

    def known_hashes(self) -> set[str]:
        """Content hashes of stored documents: ingest skips a document whose hash is here."""
        return self._column("documents", "content_hash")

    def known_doc_ids(self) -> set[str]:
        """The ``doc_id`` of every stored document."""
        return self._column("documents", "doc_id")

    def has_document(self, doc_id: str) -> bool:
        """Whether a document with this ``doc_id`` is stored."""
        files = self.parts("documents")
        if not files:
            return False
        dataset = ds.dataset([str(f) for f in files], format="parquet", schema=DOCUMENTS_SCHEMA)
        return dataset.count_rows(filter=ds.field("doc_id") == doc_id) > 0

    def _column(self, table: str, column: str) -> set[str]:
        files = self.parts(table)
        if not files:
            return set()
        dataset = ds.dataset([str(f) for f in files], format="parquet", schema=SCHEMAS[table])
        values = dataset.to_table(columns=[column]).column(column).drop_null().unique()
        return set(values.to_pylist())

    # --- maintenance ----------------------------------------------------------------------------------------

    def compact(self) -> dict[str, int]:
        """Merge the parts of each table into one part; return the number of parts removed per table.

        Only committed rows are merged. Events and links parts of a batch that has no documents part yet are
        kept if younger than an hour (the batch may still be writing) and removed if older (a crash left
        them), as are temporary files in ``tmp/`` older than an hour. New readers never see a row twice or
        miss one; a connection opened before may fail one query (see the module docstring). Run one
        compaction at a time: a second one started meanwhile raises :class:`RuntimeError`.
        """
        lock = self.path / "compact.lock"
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            if time.time() - lock.stat().st_mtime < _STALE_SECONDS:
                raise RuntimeError(f"{lock}: another compaction is running. Fix: wait for it to finish, "
                                   "or remove the lock file if no compaction is running.") from None
            lock.unlink(missing_ok=True)
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        os.close(fd)
        try:
            return self._compact()
        finally:
            lock.unlink(missing_ok=True)

    def _compact(self) -> dict[str, int]:
        removed: dict[str, int] = {}
        # List documents first: a batch that commits after this listing is left entirely alone.
        doc_parts = self.parts("documents")
        committed = self._column("documents", "batch_id") if doc_parts else set()
        listed = {"documents": doc_parts}
        for table in ("events", "links", "errors"):
            listed[table] = self.parts(table)

        stale_before = time.time() - _STALE_SECONDS
        orphans = 0
        for table in _COMMITTED_ONLY:
            keep, merge = [], []
            for f in listed[table]:
                if f.name.endswith(_COMPACT_SUFFIX) or _batch_of(f) in committed:
                    merge.append(f)
                elif f.stat().st_mtime < stale_before:
                    f.unlink(missing_ok=True)
                    orphans += 1
                else:
                    keep.append(f)   # a batch still writing: its documents part has not landed yet
            listed[table] = merge

        for table in ("events", "links", "errors", "documents"):   # documents last, as for a batch
            files = listed[table]
            if len(files) < 2:
                removed[table] = 0
                continue
            schema = SCHEMAS[table]
            dataset = ds.dataset([str(f) for f in files], format="parquet", schema=schema)
            filt = ds.field("batch_id").isin(list(committed)) if table in _COMMITTED_ONLY else None
            marked = schema.with_metadata({_REPLACES_KEY: json.dumps([f.name for f in files]).encode()})
            name = f"{_timestamp()}-{uuid.uuid4().hex}{_COMPACT_SUFFIX}"
            self._publish(table, name, _regroup(dataset.to_batches(filter=filt), marked), marked)
            for f in files:
                f.unlink(missing_ok=True)
            _fsync_dir(self.path / table)
            removed[table] = len(files)

        for f in (self.path / "tmp").iterdir():
            if f.is_file() and f.stat().st_mtime < stale_before:
                f.unlink(missing_ok=True)
        removed["orphans"] = orphans
        return removed


def open_store(path: str | os.PathLike[str] = "accord-data", create: bool = True) -> Store:
    """Open (and by default create) the event store at ``path``: the Python entry point to stored events."""
    return Store(path, create=create)


# --- helpers ------------------------------------------------------------------------------------------------

def _document_row(d: dict[str, Any], now: datetime) -> dict[str, Any]:
    row = _checked_row("documents", dict(d))
    if not row.get("doc_id"):
        raise ValueError(f"write_batch: a document has no doc_id ({str(row.get('title'))[:60]!r}). "
                         "Fix: give every document dict a 'doc_id'.")
    if not row.get("content_hash") and row.get("text") is not None:
        row["content_hash"] = content_hash(row["text"])
    row["published"] = _iso(row.get("published"))
    row["ingested_at"] = row.get("ingested_at") or now
    return row


def _checked_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    unknown = set(row) - set(SCHEMAS[table].names)
    if unknown:
        raise ValueError(f"write_batch: unknown {table} column(s) {sorted(unknown)}. "
                         f"Fix: use only {SCHEMAS[table].names}.")
    return row


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (datetime, _date)):
        return value.isoformat()
    return str(value)


def _pad_date(value: str, pad: str) -> str:
    value = str(value)[:10]
    return value + pad[len(value):]


def _timestamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")


def _batch_of(part: Path) -> str:
    """The batch id in a part name ``<timestamp>-<batch id>.parquet``."""
    return part.name.split(".", 1)[0].rsplit("-", 1)[-1]


def _check_table(table: str) -> str:
    if table not in SCHEMAS:
        raise ValueError(f"unknown table {table!r}. Fix: use one of {list(TABLES)}.")
    return table


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _regroup(batches: Iterable[pa.RecordBatch], schema: pa.Schema) -> Iterable[pa.Table]:
    """Gather small record batches into row-group-sized tables: small parts would make small row groups."""
    buffer: list[pa.RecordBatch] = []
    rows = 0
    for batch in batches:
        if batch.num_rows == 0:
            continue
        buffer.append(batch)
        rows += batch.num_rows
        if rows >= _ROW_GROUP_ROWS:
            yield pa.Table.from_batches(buffer).cast(schema)
            buffer, rows = [], 0
    if buffer:
        yield pa.Table.from_batches(buffer).cast(schema)


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


_DUCKDB_TYPES = {
    pa.string(): "VARCHAR", pa.int8(): "TINYINT", pa.int32(): "INTEGER", pa.int64(): "BIGINT",
    pa.float64(): "DOUBLE", pa.bool_(): "BOOLEAN", _UTC_TS: "TIMESTAMPTZ",
}


def _empty_select(schema: pa.Schema) -> str:
    """A SELECT with the columns of ``schema`` and no rows: the view of a table that has no parts yet."""
    cols = ", ".join(f'CAST(NULL AS {_DUCKDB_TYPES[f.type]}) AS "{f.name}"' for f in schema)
    return f"SELECT {cols} WHERE false"
