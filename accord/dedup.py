"""Story deduplication: the same story told by several outlets is coded once, and counted by all of them.

A document is a **duplicate** when its cleaned text is the same as a stored document's (same content hash), or
when the Jaccard similarity of their word-trigram sets, estimated with MinHash (datasketch, 128 permutations), is at
least the threshold (``--dedup-threshold``, default 0.8). Candidates come from a MinHash LSH index over the first
documents of the store's most recent stories (``DEFAULT_WINDOW``, 50,000: the index takes about 4 KB a story) — across runs, not only in the current
one — and are checked with the signatures' estimate; a duplicate is linked to the earliest stored document it
matches. Exact copies are found among all the stored stories.

A duplicate is stored as a row of ``documents`` with ``duplicate_of`` set (its URL, outlet and date are kept)
and a row of ``links`` (``doc_id → duplicate_of, similarity``); it is not coded, so its events are not stored
twice. An event's ``sources_count`` is computed when the store is read: 1 + the number of documents linked to the
event's document (the ``events`` view of `accord.store.Store.connect`).

The LSH index is rebuilt at the start of each ingest from the signatures kept beside the store, in a table of its
own, ``minhash/<part>.parquet`` (``doc_id``, ``signature``), written atomically like the store's parts (to
``tmp/``, fsync, rename). Signatures of stored documents missing from it (a store written before this table
existed, or a run killed before it wrote them) are computed again from the documents' text; signatures of
documents that never committed are ignored. The table is merged into one part when it has many.
"""
from __future__ import annotations

import json
import os
import re
import uuid
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from datasketch import LeanMinHash, MinHash, MinHashLSH

from .models import Document

__all__ = ["DEFAULT_THRESHOLD", "Duplicate", "Deduplicator", "signature", "similarity"]

DEFAULT_THRESHOLD = 0.8
NUM_PERM = 128
SEED = 1
SHINGLE = 3          # words per shingle
SCHEME = "affine32"
LSH_MAX_THRESHOLD = 0.9
TABLE = "minhash"
# Signatures are written in parts of about this many documents (and at the end of a run).
FLUSH_EVERY = 2048
# More parts than this are merged into one when the index is loaded.
MERGE_PARTS = 32
# Near duplicates are looked for among this many most recent stories (a copy of a news story comes within days,
# and the index costs memory per story); exact copies among all of them.
DEFAULT_WINDOW = 50_000
_PARAMS = {"num_perm": NUM_PERM, "seed": SEED, "shingle": SHINGLE, "scheme": SCHEME, "hash": "crc32",
           "text": "cleaned, lowercased words"}
_PARAMS_KEY = b"accord:minhash"
_SCHEMA = pa.schema([("doc_id", pa.string()), ("signature", pa.list_(pa.uint32()))])
_WORDS = re.compile(r"\w+")


# Shingles are hashed with CRC-32: stable across processes and runs (Python's hash() is salted; signatures are
# persisted), and called directly, with no Python function around it (once per shingle).
_crc32 = zlib.crc32

_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_crc32, scheme=SCHEME)


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """The runs of ``size`` words of a text, in lower case (the whole text when it is shorter)."""
    words = _WORDS.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str) -> np.ndarray:
    """The MinHash signature of a cleaned text: ``NUM_PERM`` uint32 values."""
    m = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_crc32, scheme=SCHEME,
                permutations=_TEMPLATE.permutations)
    m.update_batch(list(shingles(text)))
    return m.hashvalues.astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The Jaccard similarity of two texts as their signatures estimate it."""
    return float(np.count_nonzero(a == b)) / len(a)


@dataclass(frozen=True)
class Duplicate:
    """The stored document a new one duplicates, and how similar they are (1.0: the same text)."""

    doc_id: str
    similarity: float


class Deduplicator:
    """The stories of one store: ``check(doc)`` says whether a document is a duplicate, and remembers it if not.

    Not safe for two ingests into the same store at the same time: each would miss what the other adds.
    """

    def __init__(self, store, threshold: float = DEFAULT_THRESHOLD, window: int | None = DEFAULT_WINDOW) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"dedup threshold {threshold} is not in (0, 1]. Fix: give a Jaccard similarity such "
                             f"as 0.8 (higher: only closer copies count as the same story).")
        self.store = store
        self.threshold = threshold
        self.window = window
        self.dir = Path(store.path) / TABLE
        self.dir.mkdir(parents=True, exist_ok=True)
        # candidates are checked against the threshold itself; above 0.9 the LSH would have too few bands
        self.lsh = MinHashLSH(threshold=min(threshold, LSH_MAX_THRESHOLD), num_perm=NUM_PERM)
        self.signatures: dict[str, np.ndarray] = {}
        self.order: dict[str, int] = {}
        self.by_hash: dict[str, str] = {}
        self._unsaved: dict[str, np.ndarray] = {}
        self._next = 0
        self._load()

    # --- loading ------------------------------------------------------------------------------------------

    def _load(self) -> None:
        firsts = self.store.query(
            "SELECT doc_id, content_hash FROM documents WHERE duplicate_of IS NULL ORDER BY ingested_at, doc_id")
        for row in firsts:
            if row["content_hash"] and row["content_hash"] not in self.by_hash:
                self.by_hash[row["content_hash"]] = row["doc_id"]
        if self.window is not None:
            firsts = firsts[-self.window:]
        wanted = {row["doc_id"] for row in firsts}
        parts = sorted(self.dir.glob("*.parquet"))
        saved: dict[str, np.ndarray] = {}
        for part in reversed(parts):   # newest first: a merged part holds the whole window
            if len(saved) == len(wanted):
                break
            try:
                table = pq.read_table(part)
            except FileNotFoundError:
                continue
            meta = table.schema.metadata or {}
            if json.loads(meta.get(_PARAMS_KEY, b"{}")) != _PARAMS:
                continue   # signatures made another way cannot be compared: they are computed again
            values = table.column("signature").combine_chunks().flatten().to_numpy()
            values = values.astype(np.uint32).reshape(-1, NUM_PERM)
            for doc_id, sig in zip(table.column("doc_id").to_pylist(), values):
                if doc_id in wanted:
                    saved[doc_id] = sig
        missing = [row["doc_id"] for row in firsts if row["doc_id"] not in saved]
        if missing:
            for row in self._texts(missing):
                sig = signature(row["text"] or "")
                saved[row["doc_id"]] = sig
                self._unsaved[row["doc_id"]] = sig
        for row in firsts:
            if row["doc_id"] in saved and row["doc_id"] not in self.signatures:
                self._add(row["doc_id"], saved[row["doc_id"]])
        if len(parts) > MERGE_PARTS:
            self._unsaved.update({d: s for d, s in self.signatures.items()})
            self.flush()
            for part in parts:
                part.unlink(missing_ok=True)
        elif self._unsaved:
            self.flush()

    def _texts(self, doc_ids: list[str]) -> list[dict]:
        with self.store.connect() as conn:
            conn.register("wanted", pa.table({"doc_id": pa.array(doc_ids, pa.string())}))
            cur = conn.execute("SELECT doc_id, text FROM documents WHERE doc_id IN (SELECT doc_id FROM wanted)")
            return [dict(zip(("doc_id", "text"), r)) for r in cur.fetchall()]

    def _add(self, doc_id: str, sig: np.ndarray) -> None:
        self.signatures[doc_id] = sig
        self.order[doc_id] = self._next
        self._next += 1
        self.lsh.insert(doc_id, LeanMinHash(seed=SEED, hashvalues=sig, scheme=SCHEME), check_duplication=False)
        if self.window is not None and len(self.order) > self.window:
            oldest = next(iter(self.order))   # dicts keep insertion order
            del self.order[oldest], self.signatures[oldest]
            self.lsh.remove(oldest)

    # --- checking -----------------------------------------------------------------------------------------

    def check(self, doc: Document) -> Duplicate | None:
        """The first document of ``doc``'s story, or None: then ``doc`` is the first, and is remembered."""
        first = self.by_hash.get(doc.hash)
        if first is not None:
            return Duplicate(first, 1.0)
        sig = signature(doc.text)
        best: Duplicate | None = None
        for key in self.lsh.query(LeanMinHash(seed=SEED, hashvalues=sig, scheme=SCHEME)):
            sim = similarity(sig, self.signatures[key])
            if sim >= self.threshold and (best is None or self.order[key] < self.order[best.doc_id]):
                best = Duplicate(key, round(sim, 4))
        if best is not None:
            return best
        self.by_hash[doc.hash] = doc.id
        self._add(doc.id, sig)
        self._unsaved[doc.id] = sig
        return None

    # --- saving -------------------------------------------------------------------------------------------

    def flush_if_due(self) -> None:
        if len(self._unsaved) >= FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        """Write the signatures not saved yet as one part of the ``minhash`` table, atomically."""
        if not self._unsaved:
            return
        ids = list(self._unsaved)
        table = pa.table({"doc_id": pa.array(ids, pa.string()),
                          "signature": pa.array([self._unsaved[i].tolist() for i in ids], pa.list_(pa.uint32()))},
                         schema=_SCHEMA.with_metadata({_PARAMS_KEY: json.dumps(_PARAMS).encode()}))
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        name = f"{stamp}-{uuid.uuid4().hex}.parquet"
        tmp = Path(self.store.path) / "tmp" / name
        tmp.parent.mkdir(parents=True, exist_ok=True)
        try:
            with open(tmp, "wb") as f:
                pq.write_table(table, f, compression="zstd")
                f.flush()
                os.fsync(f.fileno())
            os.rename(tmp, self.dir / name)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        fd = os.open(self.dir, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        self._unsaved = {}
