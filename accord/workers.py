"""Coding batches of documents in parallel: in this process, in a pool of worker processes, or on Dask.

One function does the work everywhere: `code_batch(docs, store_path, options)` codes a batch of cleaned
documents and writes it into the store as one atomic batch of parts (`Store.write_batch`: events first, the
documents part last), then returns a `BatchResult` with its counts. Each process that runs it loads spaCy once
(`accord.nlp.load` is cached per process) and keeps it for every later batch.

The engines differ only in where `code_batch` runs:

- ``InProcess`` — here; what ``--workers 1`` gets, and what a run of a single batch gets whatever the options.
- ``LocalPool`` — ``N`` worker processes (started with ``spawn``, so nothing of this process's threads or
  open files is inherited). At most ``2 × N`` batches are in flight: the reader waits for a batch to finish
  before it hands out another, so memory does not grow with the corpus; and a worker is replaced by a fresh
  process after `BATCHES_PER_WORKER` batches, so the words spaCy's vocabulary collects do not pile up either.
- ``DaskEngine`` — `distributed.Client.submit` on the cluster at a scheduler address, or on a
  `distributed.LocalCluster` of ``N`` single-threaded worker processes. Workers write their parts into the store
  path themselves, so every worker must see the store at the same path (a shared file system).
"""
from __future__ import annotations

from abc import ABC, abstractmethod

import os
import resource
import signal
import sys
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from functools import lru_cache
from multiprocessing.context import SpawnContext, SpawnProcess

from .models import Document
from .pipeline import CodingError, code_cleaned, document_row, error_row

__all__ = ["BatchOptions", "BatchResult", "EngineError", "code_batch", "make_engine", "InProcess", "LocalPool",
           "DaskEngine"]

# Batches handed out per worker before the reader waits: one being coded, one queued.
IN_FLIGHT_PER_WORKER = 2
# Batches a pool worker codes before a fresh process takes its place (about 16,000 documents, half an hour of
# one process's work; starting one costs about 6 s). spaCy's vocabulary keeps every new word form it reads, so a worker that
# lived for a year of news would keep growing; a fresh one starts from the model's own.
BATCHES_PER_WORKER = 500
# How long to try to reach a Dask scheduler.
CONNECT_TIMEOUT = "30s"


@dataclass(frozen=True)
class BatchOptions:
    """How `code_batch` codes: with the pre-filter or not, and how many documents nlp.pipe gets at once."""

    prefilter: bool = True
    batch_size: int = 32
    doc_timeout: float | None = None   # seconds one document may take to code (accord.limits); None: no limit
    entities: str = "rules"            # accord.nlp.use_entities: "rules" or the model's recogniser ("model")


@dataclass
class BatchResult:
    """What one batch did, counted by the process that coded it."""

    documents: int = 0
    sentences: int = 0
    parsed_sentences: int = 0
    events: int = 0
    words: int = 0
    errors: list[CodingError] = field(default_factory=list)
    seconds: float = 0.0
    pid: int = 0
    peak_rss_mb: float = 0.0


@lru_cache(maxsize=8)
def _store(path: str):
    from .store import open_store

    return open_store(path)


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB.

    Linux's VmHWM, which starts again at exec: ``ru_maxrss`` would count the parent's memory in a spawned
    worker (it survives fork and exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def code_batch(docs: list[Document], store_path: str, options: BatchOptions = BatchOptions()) -> BatchResult:
    """Code a batch of cleaned documents and write it into the store at ``store_path``; return its counts.

    A document the coder fails on becomes a row of the ``errors`` table and is not stored, so a later run codes
    it again. The same function runs in this process, in a pool worker, and on a Dask worker.
    """
    from . import nlp

    t0 = time.perf_counter()
    result = BatchResult(pid=os.getpid())
    rows, events = [], []

    def failed(doc: Document, error: BaseException) -> None:
        result.errors.append(CodingError.of(doc, error))

    previous = nlp.use_entities(options.entities)   # (in this process: put back after the batch)
    try:
        for coded in code_cleaned(docs, batch_size=options.batch_size, prefilter=options.prefilter,
                                  on_error=failed, doc_timeout=options.doc_timeout):
            rows.append(document_row(coded.document, coded.n_sentences, len(coded.events)))
            events.extend(coded.events)
            result.sentences += coded.n_sentences
            result.parsed_sentences += coded.n_parsed or 0
            result.words += len(coded.document.text.split())
    finally:
        nlp.use_entities(previous)
    if rows or result.errors:
        _store(store_path).write_batch(documents=rows, events=events,
                                       errors=[error_row(e) for e in result.errors])
    result.documents = len(rows)
    result.events = len(events)
    result.seconds = time.perf_counter() - t0
    result.peak_rss_mb = peak_rss_mb()
    return result


Done = Callable[[BatchResult], None]


class EngineError(RuntimeError):
    """The engine could not start: a Dask scheduler that does not answer."""


class _Engine(ABC):
    """Where batches are coded: a local process pool or a Dask cluster."""

    def __init__(self, store_path: str, options: BatchOptions, done: Done) -> None:
        self.store_path = store_path
        self.options = options
        self.done = done

    @abstractmethod
    def submit(self, docs: list[Document]) -> None:
        """Hand one batch of documents to a worker."""

    def start(self) -> None:
        """Start the workers now rather than with the first batches: the run is known to need them."""

    def close(self) -> None:
        """Wait for every batch handed out."""

    def abort(self) -> None:
        """Stop without waiting for more than the batches being coded now."""

    def __enter__(self) -> "_Engine":
        return self

    def __exit__(self, kind, value, tb) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()


class InProcess(_Engine):
    """Code each batch here, as it is handed out."""

    def submit(self, docs: list[Document]) -> None:
        self.done(code_batch(docs, self.store_path, self.options))


def _init_worker(options: BatchOptions) -> None:
    # Ctrl-C reaches the whole process group: the parent decides what stops, the workers finish their batch.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from . import nlp

    nlp.use_entities(options.entities)
    nlp.load()
    if options.prefilter:
        from .prefilter import prefilter

        prefilter()


def _ready() -> None:
    """Nothing: a task that makes the pool start a worker process."""


class _WorkerProcess(SpawnProcess):
    """A pool worker that leaves without tearing its interpreter down.

    Once the pool tells a worker to stop, every batch it took is coded, written and its result sent back; what
    is left is freeing the model and the tables object by object, which took a worker half a second to a second
    while the run waited for it. ``os._exit`` leaves at once. A worker that fails leaves the usual way."""

    def run(self) -> None:
        super().run()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


class _SpawnContext(SpawnContext):
    Process = _WorkerProcess


class LocalPool(_Engine):
    """``workers`` processes, each loading spaCy once; at most ``2 × workers`` batches in flight.

    The pool starts with the second batch: a run that fits in one batch is coded here, without paying for
    starting processes and loading the model in each. `start` starts it at once, for a run known to be larger:
    the workers then load the model while this process reads the first documents.
    """

    def __init__(self, workers: int, store_path: str, options: BatchOptions, done: Done) -> None:
        super().__init__(store_path, options, done)
        self.workers = workers
        self._held: list[Document] | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._pending: set[Future] = set()

    def start(self) -> None:
        """Start the worker processes now, before the first batch."""
        if self._pool is not None:
            return
        self._pool = ProcessPoolExecutor(
            max_workers=self.workers, mp_context=_SpawnContext(),
            initializer=_init_worker, initargs=(self.options,), max_tasks_per_child=BATCHES_PER_WORKER)
        # (the executor spawns a process per submitted task until it has `workers`: start them all now)
        for _ in range(self.workers):
            self._pending.add(self._pool.submit(_ready))

    def submit(self, docs: list[Document]) -> None:
        if self._pool is None:
            if self._held is None:
                self._held = docs
                return
            self.start()
            held, self._held = self._held, None
            self._send(held)
        self._send(docs)

    def _send(self, docs: list[Document]) -> None:
        while len(self._pending) >= IN_FLIGHT_PER_WORKER * self.workers:
            self._collect(FIRST_COMPLETED)
        self._pending.add(self._pool.submit(code_batch, docs, self.store_path, self.options))

    def _collect(self, how) -> None:
        finished, self._pending = wait(self._pending, return_when=how)
        for future in finished:
            result = future.result()
            if result is not None:   # (None: a worker's `_ready`)
                self.done(result)

    def close(self) -> None:
        if self._held is not None:
            held, self._held = self._held, None
            self.done(code_batch(held, self.store_path, self.options))
        try:
            while self._pending:
                self._collect(FIRST_COMPLETED)
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True)

    def abort(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine(_Engine):
    """Batches submitted to a Dask cluster: the one at ``scheduler``, or a LocalCluster of ``workers`` processes."""

    def __init__(self, workers: int, scheduler: str | None, store_path: str, options: BatchOptions,
                 done: Done) -> None:
        super().__init__(store_path, options, done)
        from distributed import Client, LocalCluster, as_completed

        self._cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as error:
                raise EngineError(
                    f"cannot reach the Dask scheduler at {scheduler} ({error}). Fix: start it (`dask scheduler "
                    f"--port 8786`) and its workers (`dask worker {scheduler}`), or check the address.") from None
            n = len(self.client.scheduler_info().get("workers", {})) or workers
        else:
            self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                         dashboard_address=None)
            self.client = Client(self._cluster)
            n = workers
        self.limit = IN_FLIGHT_PER_WORKER * max(1, n)
        self._running = as_completed()
        self._n = 0

    def submit(self, docs: list[Document]) -> None:
        while self._n >= self.limit:
            self._take()
        self._running.add(self.client.submit(code_batch, docs, self.store_path, self.options, pure=False))
        self._n += 1

    def _take(self) -> None:
        future = next(self._running)
        self._n -= 1
        self.done(future.result())

    def close(self) -> None:
        try:
            while self._n:
                self._take()
        finally:
            self._shutdown()

    def abort(self) -> None:
        self._shutdown()

    def _shutdown(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_engine(engine: str, workers: int, scheduler: str | None, store_path: str, options: BatchOptions,
                done: Done) -> _Engine:
    """The engine for ``--engine``/``--workers``/``--scheduler``; use it as a context manager."""
    if engine == "dask" or scheduler:
        return DaskEngine(workers, scheduler, store_path, options, done)
    if workers <= 1:
        return InProcess(store_path, options, done)
    return LocalPool(workers, store_path, options, done)
