"""The JSON API and the one-page dashboard over an event store (FastAPI); ``accord serve`` runs it.

A thin face: every answer comes from :mod:`accord.store`, :mod:`accord.analysis` or :mod:`accord.pipeline`.
What this module adds is what a web face must add:

- parameters checked before they reach the library, and a 422 whose message names the parameter and why
  (``since: '2022-13' is not a calendar date …``); nothing a client sends gives a 500;
- paging with an opaque cursor, a body limit on ``POST /api/code`` (413 over 1 MiB), an optional bearer token;
- the store's parts listed again at every request (:class:`~accord.web.live.LiveStore`), so events that
  ``accord ingest`` writes while the server runs appear at the next request, without a restart; while the
  list is unchanged, requests read an in-memory snapshot of the events instead of the Parquet parts;
- the aggregations (actors, dyads, graph, blocs, shifts) in a pool of their own, one CPU fewer than the
  machine has, so that the event list and /healthz do not wait behind them under load.

Response bodies are built from the library's records and sent as they are; the pydantic models below
document them in ``/openapi.json``, and the schemathesis test checks that every answer matches them.

    from accord.web import create_app
    app = create_app("accord-data", token="s3cret")     # then: uvicorn, or `accord serve`
"""
from __future__ import annotations

import asyncio
import base64
import contextvars
import functools
import hashlib
import hmac
import json
import logging
import math
import os
import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import duckdb
from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..ontology import PLOVER_TYPES
from ..store import Store
from .live import LiveStore

__all__ = ["create_app", "MAX_BODY_BYTES", "MAX_LIMIT"]

STATIC = Path(__file__).resolve().parent / "static"
MAX_BODY_BYTES = 1_048_576   # 1 MiB: a long article is ~50 kB; more is a mistake or an attack
MAX_LIMIT = 1000
MAX_TEXT_CHARS = 1_000_000   # spaCy's default nlp.max_length: a longer text is refused by the parser
log = logging.getLogger("accord.web")
T = TypeVar("T")


# --- errors ---------------------------------------------------------------------------------------------------

class ApiError(Exception):
    """A request the API refuses: the status, the parameter at fault (if one is), and what to do."""

    def __init__(self, status: int, parameter: str | None, message: str, location: str = "query") -> None:
        super().__init__(message)
        self.status, self.parameter, self.message, self.location = status, parameter, message, location


class ParameterError(BaseModel):
    parameter: str = Field(description="The parameter at fault: a query or path parameter, or a body field.")
    location: str = Field(description="Where the parameter was: query, path, body or header.")
    message: str


class ErrorOut(BaseModel):
    """Every 4xx answer: ``detail`` is one sentence for people; ``errors`` lists each bad parameter."""

    detail: str = Field(examples=["since: '2022-13' is not a calendar date (month must be in 1..12)"])
    errors: list[ParameterError] = []


def _error(status: int, detail: str, errors: list[dict[str, str]] | None = None,
           headers: dict[str, str] | None = None) -> JSONResponse:
    return SafeJSON({"detail": detail, "errors": errors or []}, status_code=status, headers=headers)


# --- JSON out --------------------------------------------------------------------------------------------------

def _finite(value: Any) -> Any:
    """NaN and ±inf become null: JSON has no such numbers, and a mean over no events is NaN."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_finite(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):   # numpy scalars from networkx
        try:
            return _finite(value.item())
        except (TypeError, ValueError):
            return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


class SafeJSON(JSONResponse):
    """JSON that never fails to render: NaN → null, numpy scalars → numbers, anything else → str."""

    def render(self, content: Any) -> bytes:
        try:   # most answers hold only JSON's own types: encode them as they are, without a copy
            return json.dumps(content, ensure_ascii=False, allow_nan=False, default=_not_plain,
                              separators=(",", ":")).encode("utf-8")
        except (ValueError, TypeError):   # NaN or ±inf, a numpy scalar, a date, …: clean a copy first
            return json.dumps(_finite(content), ensure_ascii=False, allow_nan=False, default=str,
                              separators=(",", ":")).encode("utf-8")


def _not_plain(value: Any) -> Any:
    raise TypeError(f"{type(value).__name__} is not a JSON type")


# --- parameters --------------------------------------------------------------------------------------------------

DATE_PATTERN = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
ACTOR_PATTERN = r"^([A-Za-z]{3}[A-Za-z0-9]{0,12}|---)$"
WINDOW_PATTERN = r"^[1-9][0-9]{0,3}[dwmy]$"
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    m = _DATE.fullmatch(value)
    if not m:
        raise ValueError(f"{value[:40]!r} is not a date; give YYYY, YYYY-MM or YYYY-MM-DD, such as 2022-08-15")
    try:
        date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError as e:
        raise ValueError(f"{value!r} is not a calendar date ({e})") from None
    return value


def _check_actor(value: str | None) -> str | None:
    if value is None:
        return None
    if not re.fullmatch(ACTOR_PATTERN, value):
        raise ValueError(f"{value[:40]!r} is not an actor code; give a CAMEO-style code: a country (RUS), "
                         "a country and sector (RUSGOV), or an organisation (IGOUNO)")
    return value.upper()


_WINDOW_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}


def _check_window(value: str) -> str:
    if not re.fullmatch(WINDOW_PATTERN, value):
        raise ValueError(f"{value[:40]!r} is not a window; give a number and d, w, m or y, such as 90d or 6m")
    if int(value[:-1]) * _WINDOW_DAYS[value[-1]] > 36500:
        raise ValueError(f"{value!r} is longer than 100 years; give a shorter window")
    return value


def _upper(value: Any) -> Any:
    return value.upper() if isinstance(value, str) else value


PloverType = Literal[PLOVER_TYPES]  # type: ignore[valid-type]

DateQ = Annotated[str | None, Query(
    description="A date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD. An event counts only if its whole "
                "date lies inside (2022-07 is inside since=2022-07-01, not inside since=2022-07-15).",
    json_schema_extra={"pattern": DATE_PATTERN}, examples=["2022-07"]), AfterValidator(_check_date)]
ActorQ = Annotated[str | None, Query(
    description="Actor code or prefix, any case: RUS matches RUS, RUSGOV, RUSMIL; IGO matches every "
                "international organisation.", json_schema_extra={"pattern": ACTOR_PATTERN},
    examples=["RUS"]), AfterValidator(_check_actor)]
TypeQ = Annotated[PloverType | None, BeforeValidator(_upper), Query(
    alias="type", description="PLOVER event type, any case (SANCTION).")]
ScoreQ = Annotated[Literal["goldstein", "plover", "quad"], Query(
    description="The score of an event: goldstein (GDELT's scale), plover (PLOVER's scores) or quad "
                "(+1 cooperation, -1 conflict).")]
HistoryQ = Annotated[bool, Query(description="Count background events told as history, at their own dates.")]
ActorP = Annotated[str, PathParam(description="Actor code (country, country+sector, or IGO code).",
                                  json_schema_extra={"pattern": ACTOR_PATTERN}, examples=["RUS"]),
                   AfterValidator(_check_actor)]


def _check_range(since: str | None, until: str | None) -> None:
    if since and until and _pad(since, "0000-01-01") > _pad(until, "9999-12-31"):
        raise ApiError(422, "until", f"until ({until}) is before since ({since}); swap them")


def _pad(value: str, pad: str) -> str:
    return value + pad[len(value):]


# --- the cursor ---------------------------------------------------------------------------------------------------

def _fingerprint(filters: dict[str, Any]) -> str:
    return hashlib.sha1(json.dumps(filters, sort_keys=True).encode()).hexdigest()[:12]


def _encode_cursor(offset: int, filters: dict[str, Any]) -> str:
    raw = json.dumps({"o": offset, "f": _fingerprint(filters)}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: str | None, filters: dict[str, Any]) -> int:
    if not cursor:
        return 0
    try:
        raw = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        offset, fingerprint = int(raw["o"]), raw["f"]
    except Exception:   # any garbage a client sends is a bad cursor, whatever failed to decode it
        raise ApiError(422, "cursor", "not a cursor from this API; leave it out to start from the first "
                                      "page, then pass the next_cursor of each answer") from None
    if fingerprint != _fingerprint(filters) or offset < 0:
        raise ApiError(422, "cursor", "this cursor belongs to a query with other filters; leave it out to "
                                      "start again with the new filters")
    return offset


# --- response models (documentation; answers are checked against them by tests/test_web_schema.py) ---------

Span = Annotated[list[int], Field(min_length=2, max_length=2)]


class ActorOut(BaseModel):
    text: str = Field(description="The words of the article.")
    name: str | None = None
    country: str | None = Field(None, description="ISO-3166 alpha-3; null for organisations.")
    sector: str | None = None
    code: str = Field(description="CAMEO-style code: RUSGOV, PRK, IGOUNO; --- when unknown.")
    alias: bool = Field(False, description="Present (true) when resolved from a speaker-relative alias.")


class Attribution(BaseModel):
    model_config = ConfigDict(extra="allow")
    text: str | None = None
    code: str | None = None
    state_media: bool | None = None


class Location(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class Why(BaseModel):
    """Why the coder coded this event. Spans are [start, end) offsets into the document's cleaned text."""

    model_config = ConfigDict(extra="allow")
    rule: str | None = None
    trigger_lemma: str | None = None
    path: str | None = None
    trigger_span: Span | None = None
    source_span: Span | None = None
    target_span: Span | None = None
    sentence_span: Span | None = None


class EventOut(BaseModel):
    """The event record of DESIGN.md."""

    event_id: str
    doc_id: str
    sentence_index: int
    sentence: str
    span: Span = Field(description="The sentence's [start, end) in the document's cleaned text.")
    trigger: str
    event_type: str | None = Field(description="PLOVER type.")
    event_mode: str | None
    cameo: str
    goldstein: float
    quad_class: int = Field(ge=1, le=4)
    source: ActorOut | None
    target: ActorOut | None
    date: str | None
    date_precision: str | None
    historical: bool
    negated: bool
    modality: str
    attribution: Attribution | None
    location: Location
    sources_count: int
    confidence: float
    why: Why
    reciprocal: bool


class EventsPage(BaseModel):
    events: list[EventOut]
    next_cursor: str | None = Field(description="Pass as cursor= for the next page; null on the last page.")


class ActorCount(BaseModel):
    code: str
    name: str | None
    country: str | None
    sector: str | None
    events: int = Field(description="Events with the actor as source or target.")
    as_source: int
    as_target: int


class ActorsOut(BaseModel):
    actors: list[ActorCount]


class Period(BaseModel):
    period: str
    events: int
    goldstein: float | None = Field(description="Sum of Goldstein scores: the net relation.")
    mean_goldstein: float | None
    quad: dict[str, int] = Field(description='Events per QuadClass: {"1": verbal coop, "2": material coop, '
                                             '"3": verbal conflict, "4": material conflict}.')


class DyadTotal(BaseModel):
    events: int
    goldstein: float | None
    mean_goldstein: float | None


class DyadOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    a: str
    b: str
    by: str
    directed: bool
    since: str | None = Field(None, description="The since bound as a full day, if given.")
    until: str | None = Field(None, description="The until bound as a full day, if given.")
    total: DyadTotal | None = None
    series: list[Period] = Field(description="One entry per period from the first to the last, gaps included.")
    events: list[EventOut]


class GraphNode(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str = Field(description="Country code, IGO code, or (sectors=true) full actor code.")
    label: str | None = None
    events: int = Field(description="Events on the node's links.")
    volume: float | None = Field(None, description="The decayed absolute score of those events.")
    bloc: int | None = None


class GraphLink(BaseModel):
    model_config = ConfigDict(extra="allow")
    source: str
    target: str
    weight: float | None = Field(description="Signed, time-decayed relation: < 0 conflict, > 0 cooperation.")
    events: int
    sources_count: int | None = Field(None, description="Outlets reporting the link's events.")
    positive: int | None = Field(None, description="Events with a positive score.")
    negative: int | None = Field(None, description="Events with a negative score.")


class GraphOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    nodes: list[GraphNode]
    links: list[GraphLink]


class Bloc(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: int
    members: list[str]
    labels: dict[str, str | None] | None = None
    size: int | None = None
    cohesion: float | None = Field(None, description="Share of the absolute tie weight inside the bloc that "
                                                     "is positive; null for a bloc of one.")


class Antagonism(BaseModel):
    model_config = ConfigDict(extra="allow")
    a: int = Field(description="A bloc id.")
    b: int = Field(description="A bloc id.")
    weight: float | None = Field(None, description="Sum of the ties across: negative.")
    events: int | None = None


class BlocEvidence(BaseModel):
    model_config = ConfigDict(extra="allow")
    members: dict[str, list[EventOut]] = Field(default_factory=dict, description="Per member, its strongest "
                                               "positive events with fellow members.")
    antagonisms: dict[str, list[EventOut]] = Field(default_factory=dict, description='Per antagonism "a-b", '
                                                   "the strongest negative events across it.")


class BlocsOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    blocs: list[Bloc]
    antagonisms: list[Antagonism]
    unaligned: list[str] = Field(description="Actors with fewer than min_events events.")
    evidence: BlocEvidence
    frustration: float | None = None
    reference_date: str | None = None
    method: str


class Shift(BaseModel):
    model_config = ConfigDict(extra="allow")
    a: str
    b: str
    before: float | None = Field(description="Net Goldstein in the window before.")
    after: float | None = Field(description="Net Goldstein in the last window.")
    change: float | None
    events_before: int | None = None
    events_after: int | None = None
    events: list[EventOut] = Field(description="The events that moved it, strongest first.")


class ShiftsOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    window: str
    end: str | None
    middle: str | None = None
    start: str | None = None
    shifts: list[Shift]


class CodeIn(BaseModel):
    text: str = Field(min_length=1, description="The article text (at most 1 MiB of request body).")
    published: str | None = Field(None, max_length=64, examples=["2022-08-16"],
                                  description="Publication date, so that 'on Monday' and 'in July' get dates.")


class CodeOut(BaseModel):
    events: list[EventOut]
    published: str | None
    seconds: float


class DocumentOut(BaseModel):
    doc_id: str
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    text: str | None = Field(description="The cleaned text that events' spans refer to.")
    n_sentences: int | None
    n_events: int | None
    duplicate_of: str | None


class HealthOut(BaseModel):
    status: Literal["ok"]
    version: str
    store: str
    documents: int
    events: int


ERRORS: dict[int | str, dict[str, Any]] = {422: {"model": ErrorOut, "description": "A bad parameter: "
                                                 "the message names it and says why."}}


def _route(model: type[BaseModel], tag: str, summary: str, *extra: int) -> dict[str, Any]:
    """Route options: the answer's model documents the 200 (answers are not re-validated at run time: the
    schemathesis test checks them), 422 and any ``extra`` statuses answer an :class:`ErrorOut`."""
    responses: dict[int | str, dict[str, Any]] = {200: {"model": model}, **ERRORS}
    for status in extra:
        responses[status] = {"model": ErrorOut}
    return {"tags": [tag], "summary": summary, "response_model": None, "responses": responses}


# --- running the analyses --------------------------------------------------------------------------------------

ANALYSIS_THREADS_ENV = "ACCORD_SERVE_ANALYSIS_THREADS"


def _analysis_threads() -> int:
    """How many aggregations (actors, dyads, graph, blocs, shifts) run at once: one CPU fewer than
    this process may use (at least one), so that one CPU stays for the event list, /healthz and the server's
    event loop; ``ACCORD_SERVE_ANALYSIS_THREADS`` sets another number."""
    try:
        value = int(os.environ.get(ANALYSIS_THREADS_ENV, "0"))
    except ValueError:
        value = 0
    if value > 0:
        return value
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:   # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, cpus - 1)


def _bounded(threads: int) -> Callable[[Callable[..., T]], Callable[..., Any]]:
    """Run a sync endpoint in a pool of its own of ``threads`` threads, not in FastAPI's shared one.

    An aggregation (actors, a dyad, the graph, blocs, shifts) costs 20–100 ms of CPU on a store of 100,000
    events; the event list and /healthz cost a few. In FastAPI's shared pool of 40 threads, 20 requests at
    once on 2 cores each waited for all the others. Here aggregations beyond ``threads`` wait in this pool's
    queue (holding no thread, taking no CPU), while the cheap routes keep FastAPI's pool and answer at once.
    """
    executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="accord-analysis")

    def decorate(fn: Callable[..., T]) -> Callable[..., Any]:
        @functools.wraps(fn)
        async def run(*args: Any, **kwargs: Any) -> T:
            call = functools.partial(contextvars.copy_context().run, fn, *args, **kwargs)
            return await asyncio.get_running_loop().run_in_executor(executor, call)
        return run
    return decorate


# --- the app -----------------------------------------------------------------------------------------------------

def create_app(store_path: str, token: str | None = None) -> FastAPI:
    """The API and dashboard over the store at ``store_path``; with ``token``, ``/api/*`` needs
    ``Authorization: Bearer <token>`` (``/``, ``/healthz``, ``/docs``, ``/openapi.json``, ``/static`` stay open)."""
    store = LiveStore(store_path)
    app = FastAPI(
        title="accord",
        version=__version__,
        summary="Political event data from news: who did what to whom, from a local event store.",
        description=(
            "The JSON API behind the dashboard at `/`. Events are the records of accord's DESIGN.md. "
            "Bad parameters get **422** with a message naming the parameter. "
            + ("This server needs `Authorization: Bearer <token>` on every `/api` call (401 otherwise)."
               if token else "This server needs no token.")),
        docs_url=None, redoc_url=None, swagger_ui_oauth2_redirect_url=None,
    )
    app.state.store = store
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    _install_error_handlers(app)

    api = APIRouter(prefix="/api", dependencies=[Depends(_token_check(token))] if token else [],
                    responses={401: {"model": ErrorOut, "description": "No or wrong bearer token."}}
                    if token else {})
    code_lock = threading.Lock()   # spaCy's pipeline is not documented as thread-safe
    analysis_pool = _bounded(_analysis_threads())

    @app.get("/healthz", tags=["health"], summary="Health and store counts", response_model=None,
             responses={200: {"model": HealthOut}})
    def healthz() -> SafeJSON:
        """Liveness, with the store's document and event counts (never needs the token)."""
        counts = store.live_counts()   # a listing and cached row counts per part: no query, no snapshot
        return SafeJSON({"status": "ok", "version": __version__, "store": str(store.path),
                         "documents": counts["documents"], "events": counts["events"]})

    @api.get("/events", **_route(EventsPage, "events", "List events"))
    def events(
        actor: ActorQ = None,
        type_: TypeQ = None,
        since: DateQ = None,
        until: DateQ = None,
        q: Annotated[str | None, Query(max_length=200, description="Words the sentence contains, any case.")] = None,
        include_negated: Annotated[bool, Query(description="Keep negated events ('did not sign').")] = True,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Events per page, at most {MAX_LIMIT}.")] = 100,
        cursor: Annotated[str | None, Query(max_length=200, description="next_cursor of the previous page.")] = None,
    ) -> SafeJSON:
        """Stored events, oldest first (undated last), filtered; paged by an opaque cursor."""
        _check_range(since, until)
        q = _clean_text(q, "q")
        filters = {"actor": actor, "type": type_, "since": since, "until": until, "q": q,
                   "include_negated": include_negated}
        offset = _decode_cursor(cursor, filters)
        rows = _read(lambda: store.events_page(actor=actor, type=type_, since=since, until=until, q=q,
                                               include_negated=include_negated, limit=limit + 1, offset=offset))
        more = len(rows) > limit
        return SafeJSON({"events": [e.to_dict() for e in rows[:limit]],
                         "next_cursor": _encode_cursor(offset + limit, filters) if more else None})

    @api.get("/actors", **_route(ActorsOut, "events", "Actors with event counts"))
    @analysis_pool
    def actors(
        level: Annotated[Literal["code", "country"], Query(
            description="code: one row per actor code (RUSGOV, RUSMIL); country: one per country.")] = "code",
        include_negated: bool = False,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 500,
    ) -> SafeJSON:
        """Actors with their event counts, most active first."""
        return SafeJSON({"actors": _read(lambda: _actor_counts(store, level, include_negated, limit))})

    @api.get("/documents/{doc_id}", **_route(DocumentOut, "events", "One stored document", 404))
    def document(doc_id: Annotated[str, PathParam(max_length=200)]) -> SafeJSON:
        """One stored document, with the cleaned text that its events' spans refer to."""
        rows = _read(lambda: store.query(
            "SELECT doc_id, title, source, url, published, text, n_sentences, n_events, duplicate_of "
            "FROM documents WHERE doc_id = ? LIMIT 1", [doc_id]))
        if not rows:
            raise ApiError(404, "doc_id", f"no document {doc_id[:80]!r} in the store", location="path")
        return SafeJSON(rows[0])

    @api.get("/dyads/{a}/{b}", **_route(DyadOut, "relations", "Dyad timeline"))
    @analysis_pool
    def dyad(
        a: ActorP, b: ActorP,
        by: Annotated[Literal["week", "month", "year"], Query(
            description="Length of a period of the series (weeks are ISO weeks: 2022-W33).")] = "month",
        since: DateQ = None, until: DateQ = None,
        directed: Annotated[bool, Query(description="Only a → b (else both directions).")] = False,
        include_historical: Annotated[bool, Query(description="Keep background events told as history.")] = False,
        include_negated: bool = False,
    ) -> SafeJSON:
        """The relation of two actors over time: events per period by QuadClass, Goldstein sums, the events."""
        _check_range(since, until)
        result = _analysis_call("dyad", store, a, b, by=by, since=since, until=until, directed=directed,
                                include_historical=include_historical, include_negated=include_negated)
        result["events"] = [_event_dict(e) for e in result.get("events", [])]
        return SafeJSON(result)

    @api.get("/graph", **_route(GraphOut, "relations", "Relation graph"))
    @analysis_pool
    def graph(
        since: DateQ = None, until: DateQ = None,
        half_life_days: Annotated[float, Query(gt=0, le=36500, description=(
            "An event's weight halves every this many days before the newest event."))] = 365.0,
        sectors: Annotated[bool, Query(description="Nodes per actor code (RUSGOV) instead of per country.")] = False,
        score: ScoreQ = "goldstein",
        include_historical: HistoryQ = False,
    ) -> SafeJSON:
        """The signed relation graph: nodes are actors, links carry a time-decayed score (Goldstein by default)."""
        _check_range(since, until)
        analysis = _analysis()
        G = _analysis_call("graph", store, since=since, until=until, half_life_days=half_life_days,
                           sectors=sectors, score=score, include_historical=include_historical)
        return SafeJSON(_guard(lambda: analysis.graph_json(G)))

    @api.get("/blocs", **_route(BlocsOut, "relations", "Blocs and antagonisms"))
    @analysis_pool
    def blocs(
        since: DateQ = None, until: DateQ = None,
        min_events: Annotated[int, Query(ge=1, le=100_000, description="Leave out actors with fewer events.")] = 3,
        seed: Annotated[int, Query(ge=0, le=2**31 - 1, description="Seed of the community detection.")] = 0,
        half_life_days: Annotated[float, Query(gt=0, le=36500, description=(
            "An event's weight halves every this many days before the newest event."))] = 365.0,
        score: ScoreQ = "goldstein",
        include_historical: HistoryQ = False,
    ) -> SafeJSON:
        """Blocs of actors that cooperate, the antagonisms between blocs, and the evidence."""
        _check_range(since, until)
        return SafeJSON(_analysis_call("blocs", store, since=since, until=until, min_events=min_events,
                                       seed=seed, half_life_days=half_life_days, score=score,
                                       include_historical=include_historical))

    @api.get("/shifts", **_route(ShiftsOut, "relations", "Largest shifts in dyads"))
    @analysis_pool
    def shifts(
        window: Annotated[str, Query(json_schema_extra={"pattern": WINDOW_PATTERN}, description=(
            "Compare the last window with the one before: a number and d, w, m or y (90d)."),
            examples=["90d"]), AfterValidator(_check_window)] = "90d",
        top: Annotated[int, Query(ge=1, le=100)] = 10,
        end: Annotated[str | None, Query(
            description="Last day of the last window (default: the newest event's day).",
            json_schema_extra={"pattern": DATE_PATTERN}), AfterValidator(_check_date)] = None,
    ) -> SafeJSON:
        """The dyads whose net Goldstein changed most between the last window and the one before."""
        result = _analysis_call("shifts", store, window=window, top=top, end=end)
        for s in result.get("shifts", []):
            s["events"] = [_event_dict(e) for e in s.get("events", [])]
        return SafeJSON(result)

    @api.post("/code", **_route(CodeOut, "code", "Code a text (nothing stored)", 413))
    def code(body: CodeIn) -> SafeJSON:
        """Code a text and return its events; nothing is stored. The body may be at most 1 MiB (else 413)."""
        from ..errors import AccordError
        from ..read import parse_published

        published = None
        if body.published is not None and body.published.strip():
            try:
                published = parse_published(body.published)
            except Exception:   # AccordError E012, or dateparser failing on odd input: a bad date either way
                published = None
            if published is None:
                raise ApiError(422, "published", f"{body.published[:40]!r} is not a date; give YYYY-MM-DD, "
                                                 "such as 2022-08-16", location="body")
        if len(body.text) > MAX_TEXT_CHARS:
            raise ApiError(422, "text", f"E013: the text is too large ({len(body.text):,} characters; the parser "
                                        f"takes at most {MAX_TEXT_CHARS:,}). Fix: send one article at a time",
                           location="body")
        t0 = time.perf_counter()
        if not body.text.strip():
            return SafeJSON({"events": [], "published": published, "seconds": 0.0})
        from ..pipeline import code_text

        with code_lock:
            try:
                found = code_text(body.text, published=published)
            except AccordError as e:
                raise ApiError(422, "text", str(e), location="body") from None
            except Exception as e:
                log.exception("POST /api/code: the coder failed")
                raise ApiError(422, "text", f"the coder failed on this text ({type(e).__name__}: {e}); this is a "
                                            "bug in accord: please report it with the text", location="body") from None
        return SafeJSON({"events": [e.to_dict() for e in found], "published": published,
                         "seconds": round(time.perf_counter() - t0, 3)})

    app.include_router(api)

    # --- the page, its files, and offline API docs -------------------------------------------------------------
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="accord API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png",
            # validatorUrl null: Swagger UI would otherwise send the schema to validator.swagger.io
            swagger_ui_parameters={"persistAuthorization": True, "validatorUrl": None})

    app.openapi()   # built once now (FastAPI caches it), not on the first request for /openapi.json or /docs
    # Build the first snapshot now, beside the server's start, not in the first request's time (a request that
    # comes meanwhile waits for it, as it would have built it).
    threading.Thread(target=_warm, args=(store,), name="accord-warm", daemon=True).start()
    return app


def _warm(store: LiveStore) -> None:
    try:
        store.live_counts()
        store.snapshot()
    except Exception:   # the store changed or went away meanwhile: the next request builds it, and says why
        log.debug("warming the store's snapshot failed", exc_info=True)


# --- pieces of the routes ------------------------------------------------------------------------------------

def _read(fn: Callable[[], T]) -> T:
    """Run a store read; if a compaction removed a part between listing and reading, list again once."""
    try:
        return fn()
    except (duckdb.IOException, FileNotFoundError):
        # accord.store: "a connection that listed the old parts before they were removed may fail one
        # query with a file-not-found error; connecting again fixes it".
        return fn()


def _clean_text(value: str | None, parameter: str) -> str | None:
    if value is None:
        return None
    if any(ord(c) < 32 and c not in "\t\n\r" for c in value):
        raise ApiError(422, parameter, "contains control characters; give plain words")
    return value or None


def _actor_counts(store: Store, level: str, include_negated: bool, limit: int) -> list[dict[str, Any]]:
    keep = "" if include_negated else "AND NOT coalesce(negated, false) AND coalesce(modality, 'asserted') <> 'hypothetical'"
    # Per country: international organisations keep their code (IGOUNO), unknown countries are ---.
    key = "code" if level == "code" else (
        "CASE WHEN country IS NOT NULL AND country NOT IN ('', '---') THEN country "
        "WHEN starts_with(code, 'IGO') THEN code ELSE '---' END")
    # A country's name is the name used for it without a sector (Russia, not Vladimir Putin).
    name = ("mode(name)" if level == "code"
            else "coalesce(mode(name) FILTER (WHERE sector IS NULL AND code = country), mode(name))")
    sql = f"""
        WITH m AS (
            SELECT source_code AS code, source_country AS country, source_sector AS sector,
                   source_name AS name, 1 AS s, 0 AS t
            FROM events WHERE source_code IS NOT NULL {keep}
            UNION ALL
            SELECT target_code, target_country, target_sector, target_name, 0, 1
            FROM events WHERE target_code IS NOT NULL {keep})
        SELECT {key} AS code, {name} AS name, any_value(country) AS country,
               {"any_value(sector)" if level == "code" else "NULL"} AS sector,
               count(*) AS events, sum(s) AS as_source, sum(t) AS as_target
        FROM m GROUP BY 1 ORDER BY events DESC, code LIMIT ?"""
    rows = store.query(sql, [limit])
    for r in rows:
        for k in ("events", "as_source", "as_target"):
            r[k] = int(r[k] or 0)
    return rows


def _analysis() -> Any:
    try:
        from .. import analysis
    except ImportError as e:
        raise ApiError(503, None, f"accord.analysis is not available ({e}); the relation views need it") from None
    return analysis


def _analysis_call(name: str, *args: Any, **kwargs: Any) -> Any:
    fn = getattr(_analysis(), name)
    return _read(lambda: _guard(lambda: fn(*args, **kwargs)))


def _guard(fn: Callable[[], T]) -> T:
    """A ValueError from the library is about the request's values (an unknown period, a bad window)."""
    try:
        return fn()
    except ValueError as e:
        raise ApiError(422, None, str(e)) from None
    except OverflowError:
        raise ApiError(422, "window", "the windows would reach before year 1; give a later end or a "
                                      "shorter window") from None


def _event_dict(e: Any) -> dict[str, Any]:
    return e.to_dict() if hasattr(e, "to_dict") else dict(e)


def _token_check(token: str) -> Callable[..., None]:
    bearer = HTTPBearer(auto_error=False, description="The token given to `accord serve --token` or ACCORD_TOKEN.")
    expected = token.encode("utf-8")

    # The default form, not Annotated: annotations are strings here (PEP 563) and `bearer` is local.
    def check(credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
        given = credentials.credentials.encode("utf-8") if credentials else b""
        if not hmac.compare_digest(given, expected):
            raise StarletteHTTPException(
                401, detail="this server needs a token: send the header 'Authorization: Bearer <token>' "
                            "with the token given to `accord serve --token` (or ACCORD_TOKEN)",
                headers={"WWW-Authenticate": "Bearer"})
    return check


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = []
        for err in exc.errors():
            loc = [str(x) for x in err.get("loc", ())]
            where = loc[0] if loc else "query"
            parameter = ".".join(loc[1:]) or ("body" if where == "body" else where)
            message = str(err.get("msg", "invalid")).removeprefix("Value error, ")
            if err.get("type") == "missing":
                message = "missing; this parameter is required"
            elif err.get("type") == "json_invalid":
                parameter = "body"
                message = f"the body is not valid JSON ({err.get('ctx', {}).get('error', 'parse error')})"
            errors.append({"parameter": parameter, "location": where, "message": message})
        detail = "; ".join(f"{e['parameter']}: {e['message']}" for e in errors) or "invalid request"
        return _error(422, detail, errors)

    @app.exception_handler(ApiError)
    async def refused(request: Request, exc: ApiError) -> JSONResponse:
        errors = [{"parameter": exc.parameter, "location": exc.location, "message": exc.message}] \
            if exc.parameter else []
        detail = f"{exc.parameter}: {exc.message}" if exc.parameter else exc.message
        return _error(exc.status, detail, errors)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400:   # FastAPI could not read the body (not UTF-8, say): a bad parameter too
            message = "cannot read the body: send UTF-8 JSON such as {\"text\": \"...\"}"
            return _error(422, f"body: {message}", [{"parameter": "body", "location": "body", "message": message}])
        detail = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail, default=str)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no such page: {request.url.path[:200]}; the API is described at /docs"
        return _error(exc.status_code, detail, headers=getattr(exc, "headers", None))


# --- the body limit ------------------------------------------------------------------------------------------

class BodyLimit:
    """ASGI middleware: a request body over ``limit`` bytes gets 413 before any of it is parsed.

    It checks Content-Length first, then counts the bytes of a chunked body as they come, so a client that
    sends no length cannot make the server hold more than ``limit`` bytes.
    """

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            await self._too_large(scope, send, int(length))
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await self._too_large(scope, send, None)
                return
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        body, replayed = b"".join(chunks), False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope: dict[str, Any], send: Callable[..., Any], size: int | None) -> None:
        told = f"{size:,} bytes" if size is not None else "more than that"
        response = _error(413, f"the request body is too large ({told}); the limit is {self.limit:,} bytes "
                               "(1 MiB). Split the text, or code it with `accord code FILE` on the command line")
        await response(scope, _no_receive, send)


async def _no_receive() -> dict[str, Any]:
    return {"type": "http.disconnect"}
