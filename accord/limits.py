"""Limits that keep one document from taking a run down: its size, and the time its coding may take.

**Size** (`MAX_DOC_BYTES`, ``--max-doc-bytes``): a document's text may hold at most this many bytes (UTF-8). The
readers check it (`accord.read`): a ``.txt`` or ``.html`` file larger than `raw_cap` is refused from its size,
before it is read; a JSON Lines or CSV line longer than `raw_cap` is skipped as it streams, without being held
in memory; any other document is measured once decoded. Each is an ``E013`` error row; the run goes on.

**Time** (`DOC_TIMEOUT`, ``--doc-timeout``): coding one document — pre-filter, tokenizer, parser, coder — may take
at most this many seconds. Some texts make a stage super-linear: 20 kB of ``!?.,`` keeps spaCy's tokenizer busy
for more than a minute, and the coder's time grows faster than the length of a document. `within_time` runs
a batch of documents through the coder and stops a document that runs over; it becomes an ``E015`` error row
and its batch goes on without it.

How a running document is stopped: in a process's main thread — the ingest process itself, and each worker
process of ``--workers N`` (a process pool runs its tasks there) — by ``SIGALRM`` (`signal.setitimer`), whose
handler raises `DocTimeout`. Python runs the handler between two bytecodes and inside long regular-expression
searches, which is where spaCy's tokenizer spends pathological time, so the document stops within
milliseconds of its limit (tests/test_bad_input.py measures it). In any other thread (a Dask worker's task, a
web server's request) a watchdog thread raises `DocTimeout` in the coding thread instead; that takes effect
only when the thread next runs Python code, so it stops a slow coder, but not one long call into compiled code
(such a thread has no way to be interrupted sooner; its process must be stopped from outside).
"""
from __future__ import annotations

import ctypes
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from .errors import AccordError, Err

__all__ = ["MAX_DOC_BYTES", "DOC_TIMEOUT", "DocTimeout", "time_limit", "within_time", "raw_cap", "text_bytes",
           "check_positive"]

# 2 MB of text is a book-length article; the longest of the 24,600 news articles in ../shared/data is
# 142 kB. Larger inputs are dumps or mistakes.
MAX_DOC_BYTES = 2_000_000
DOC_TIMEOUT = 30.0
# What may stand for a document's text on disk: UTF-32 takes 4 bytes a character, JSON escapes ("\u00e9")
# 6 bytes for one to three bytes of UTF-8. A file or line larger than this holds more text than the limit.
_RAW_FACTOR = 6
_RAW_SLACK = 64 * 1024   # field names, a title, markup

T = TypeVar("T")
R = TypeVar("R")
Report = Callable[[Any, BaseException], None]


class DocTimeout(AccordError):
    """Coding a document took longer than its time limit (``E015``)."""

    def __init__(self, limit: float = DOC_TIMEOUT, *, path: str | None = None, line: int | None = None) -> None:
        super().__init__(Err.DOC_TIMEOUT, path=path, line=line, limit=limit)
        self.limit = limit


def raw_cap(max_bytes: int | None) -> int | None:
    """The most bytes a file or line may have on disk for a document of at most ``max_bytes`` bytes of text."""
    return None if max_bytes is None else _RAW_FACTOR * max_bytes + _RAW_SLACK


def text_bytes(text: str) -> int:
    """The size of ``text`` in UTF-8, counted without building the encoded copy where the length tells."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-8", "surrogatepass"))


def check_positive(name: str, value: float | None, example: str) -> None:
    """Refuse a limit that is not above 0 (None means no limit)."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise AccordError(Err.BAD_LIMIT, name=name, value=value, example=example)


# ------------------------------------------------------------------------------------------------- time limit

@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `DocTimeout` in this thread if the block runs longer than ``seconds`` (None or 0: no limit)."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
    else:
        with _watchdog(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: Any) -> None:
        raise DocTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    # A timer already running (an outer limit) keeps running: the shorter of the two applies here, and the
    # outer one gets what is left of its time back afterwards.
    outer, _ = signal.getitimer(signal.ITIMER_REAL)
    started = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, min(seconds, outer) if outer else seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 1e-3))


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def expire() -> None:
        with lock:
            if state["done"]:
                return
            state["fired"] = True
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(_AsyncTimeout))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    except _AsyncTimeout:
        raise DocTimeout(seconds) from None
    finally:
        with lock:
            state["done"] = True
            timer.cancel()
            if state["fired"]:   # fired as the block ended: take back the exception not yet delivered
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), None)


class _AsyncTimeout(Exception):
    """Raised asynchronously in a thread (an exception class without arguments); becomes `DocTimeout`."""


# -------------------------------------------------------------------------------------- a batch within limits

def within_time(items: Sequence[T], code: Callable[[list[T], Report | None], Iterator[R]], seconds: float | None,
                on_error: Report | None, item_of: Callable[[R], T]) -> Iterator[R]:
    """``code(items, on_error)``'s results, each obtained within ``seconds`` (None: no limit); a document that runs
    over goes to ``on_error(item, DocTimeout)``, or raises it when ``on_error`` is None.

    ``code`` is batched (nlp.pipe parses many texts at once, so the first result may carry the parse of several
    documents); it yields one result per item, in order, except for the items it passes to the error handler it
    is given. The limit applies to each result in turn. When one runs over — or the batch fails as a whole, in
    the tokenizer or the parser, where no single document is blamed — the batch is abandoned and the items it
    had not finished are coded one at a time, each under its own limit: the document that runs over (or
    fails) alone is the one reported, and the others are coded as usual. A normal document is never stopped for
    a slow neighbour; a slow document costs at most twice the limit.
    """
    finished: set[int] = set()

    def report(item: T, error: BaseException) -> None:
        finished.add(id(item))
        if on_error is None:
            raise error
        on_error(item, error)

    results = code(list(items), report)
    try:
        while True:
            with time_limit(seconds):
                result = next(results, _END)
            if result is _END:
                return
            finished.add(id(item_of(result)))
            yield result
    except Exception as error:   # DocTimeout, or a failure of the batch as a whole
        if on_error is None and not isinstance(error, DocTimeout):
            raise
        _close_quietly(results)
    for item in items:
        if id(item) in finished:
            continue
        try:
            with time_limit(seconds):
                alone = list(code([item], report))
        except Exception as error:
            if on_error is None:
                raise
            if id(item) not in finished:   # else `code` reported it already
                report(item, error)
            continue
        yield from alone


_END = object()


def _close_quietly(results: Iterator[Any]) -> None:
    close = getattr(results, "close", None)
    if close is None:
        return
    try:
        close()
    except Exception:   # a generator stopped mid-way may fail while unwinding; it is being dropped anyway
        pass
