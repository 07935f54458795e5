"""The `accord` command line: a thin layer over the library (typer + rich).

Exit codes: 0 ok, 1 some inputs failed (all others done), 2 usage error.
"""
from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from .limits import DOC_TIMEOUT, MAX_DOC_BYTES

app = typer.Typer(
    name="accord",
    help="Political event data from news: who did what to whom, when, and according to whom.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
console = Console()
err_console = Console(stderr=True)

STORE_HELP = "Store directory (Parquet parts + DuckDB views)."
DEFAULT_STORE = "accord-data"


def usage_error(message: str) -> None:
    err_console.print(f"[red]error:[/red] {message}")
    raise typer.Exit(2)


def _published(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    from .errors import AccordError
    from .read import parse_published

    try:
        return parse_published(value)
    except AccordError as e:
        usage_error(f"--published: {e}")


def _open_existing(store: str):
    from .store import open_store

    if not Path(store).exists():
        usage_error(f"no store at {store!r}. Fix: run `accord ingest PATH --store {store}` first, "
                    "or pass --store with the directory that holds your store.")
    return open_store(store, create=False)


def _actor_str(a: Optional[dict]) -> str:
    if not a:
        return "—"
    return a["code"] + (f" ({a['text']})" if a.get("text") else "")


def events_table(events: list, title: str | None = None) -> Table:
    t = Table(title=title, show_lines=False)
    for col in ("date", "source", "type", "cameo", "target", "trigger", "flags"):
        t.add_column(col, overflow="fold")
    for e in events:
        d = e.to_dict() if hasattr(e, "to_dict") else e
        flags = []
        if d["negated"]:
            flags.append("negated")
        if d["historical"]:
            flags.append("historical")
        if d["modality"] != "asserted":
            flags.append(d["modality"])
        if d.get("attribution"):
            flags.append("per " + d["attribution"]["text"])
        t.add_row(d["date"] or "", _actor_str(d["source"]), d["event_type"] or "—", d["cameo"],
                  _actor_str(d["target"]), d["trigger"], ", ".join(flags))
    return t


# ------------------------------------------------------------------------------------------------ code

@app.command()
def code(
    path: str = typer.Argument(..., help="A file, a folder, or - for standard input."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) where the input has none."),
    input_format: str = typer.Option("auto", "--input-format", help="auto|txt|html|jsonl|csv"),
    fmt: str = typer.Option("table", "--format", help="table|jsonl"),
) -> None:
    """Code events from text and print them; nothing is stored.

    Example: [bold]accord code article.txt --published 2022-08-16 --format jsonl[/bold]
    """
    from .errors import AccordError
    from .pipeline import code_documents
    from .read import read_path

    if fmt not in {"table", "jsonl"}:
        usage_error(f"--format {fmt!r}: use table or jsonl.")
    if input_format not in {"auto", "txt", "html", "jsonl", "csv"}:
        usage_error(f"--input-format {input_format!r}: use auto, txt, html, jsonl or csv.")
    if path != "-" and not Path(path).exists():
        usage_error(f"{path!r} does not exist. Fix: give a file, a folder, or - for standard input.")
    pub = _published(published)
    failed = []

    def on_error(e: AccordError) -> None:
        failed.append(e)
        err_console.print(f"[yellow]skipped:[/yellow] {escape(str(e))}", soft_wrap=True)

    docs = read_path(path, published=pub, input_format=input_format, on_error=on_error)
    for coded in code_documents(docs):
        if fmt == "jsonl":
            for e in coded.events:
                sys.stdout.write(e.to_json() + "\n")
        else:
            title = coded.document.title or coded.document.path or coded.document.id
            console.print(events_table(coded.events, title=f"{title} — {len(coded.events)} events"))
    sys.stdout.flush()
    if failed:
        raise typer.Exit(1)


# ------------------------------------------------------------------------------------------------ ingest

def print_summary(summary) -> None:
    t = Table(title="ingest")
    t.add_column("")
    t.add_column("", justify="right")
    for k, v in summary.as_dict().items():
        t.add_row(k, str(v))
    console.print(t)
    for e in summary.error_list[:20]:
        # one line per failure, printed as it is: a file name may hold "[" (rich markup) and lines are long
        err_console.print(f"[yellow]error:[/yellow] {escape(str(e))}", soft_wrap=True)
    if len(summary.error_list) > 20:
        err_console.print(f"… and {len(summary.error_list) - 20} more: see `accord errors`")


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders, or - for standard input."),
    store: str = typer.Option(DEFAULT_STORE, "--store", help=STORE_HELP),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date where the input has none."),
    input_format: str = typer.Option("auto", "--input-format", help="auto|txt|html|jsonl|csv|warc"),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Documents per stored batch."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1,
                                          help="Processes that code batches (default: one per core)."),
    no_prefilter: bool = typer.Option(False, "--no-prefilter",
                                      help="Parse every sentence, not only those that can hold an event."),
    engine: str = typer.Option("local", "--engine", help="local|dask: worker processes here, or Dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                            help="Dask scheduler address, tcp://HOST:PORT (implies --engine dask)."),
    dedup_threshold: float = typer.Option(0.8, "--dedup-threshold", min=0.0, max=1.0,
                                          help="Jaccard similarity from which two stories are the same story."),
    no_dedup: bool = typer.Option(False, "--no-dedup",
                                  help="Code every document not stored yet under its id, duplicates too."),
    lang: str = typer.Option("en", "--lang", help="Code documents in this language (en; codes separated by "
                             "commas); others are reported and skipped. 'any' codes every document."),
    max_doc_bytes: int = typer.Option(MAX_DOC_BYTES, "--max-doc-bytes", min=1,
                                      help="Largest document, in bytes of text; a larger one is reported and skipped."),
    doc_timeout: float = typer.Option(DOC_TIMEOUT, "--doc-timeout", min=0,
                                      help="Seconds one document may take to code; one that takes longer is "
                                           "stopped and reported. 0: no limit."),
    entities: str = typer.Option("rules", "--entities",
                                 help="rules|model: accord's entity rules, or the model's statistical recogniser "
                                      "(about twice the parse time)."),
) -> None:
    """Read, code and store documents. Documents already in the store are skipped, so after a crash
    you run the same command again.

    Example: [bold]accord ingest news/ --store accord-data[/bold]

    On a Dask cluster (see docs/scale.md): [bold]accord ingest cc-news/*.warc.gz --scheduler tcp://10.0.0.5:8786
    --store /shared/accord-data[/bold]
    """
    from .pipeline import default_workers
    from .pipeline import ingest as run_ingest
    from .store import open_store
    from .workers import EngineError

    for p in paths:
        if p != "-" and not Path(p).exists():
            usage_error(f"{p!r} does not exist. Fix: give existing files or folders, or - for standard input.")
    from .read import FORMATS

    if input_format not in ("auto", *FORMATS):
        usage_error(f"--input-format {input_format!r}: use one of auto, {', '.join(FORMATS)}.")
    if engine not in {"local", "dask"}:
        usage_error(f"--engine {engine!r}: use local or dask.")
    if entities not in {"rules", "model"}:
        usage_error(f"--entities {entities!r}: use rules or model.")
    if scheduler is not None and not scheduler.startswith(("tcp://", "tls://", "ws://", "wss://", "inproc://")):
        usage_error(f"--scheduler {scheduler!r}: give the scheduler's address, such as tcp://10.0.0.5:8786.")
    if not 0.0 < dedup_threshold <= 1.0:
        usage_error(f"--dedup-threshold {dedup_threshold}: give a similarity above 0 and at most 1, such as 0.8.")
    from .lang import parse_wanted

    try:
        parse_wanted(lang)
    except ValueError:
        usage_error(f"--lang {lang!r}: give en, language codes separated by commas (en,fr), or any.")
    pub = _published(published)
    st = open_store(store)
    with Progress(SpinnerColumn(), TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err_console, transient=True) as bar:
        task = bar.add_task("coding", total=None)
        try:
            summary = run_ingest(paths, st, published=pub, input_format=input_format, batch_size=batch_size,
                                 progress=lambda n: bar.advance(task, n), workers=workers or default_workers(),
                                 prefilter=not no_prefilter, engine=engine, scheduler=scheduler,
                                 dedup=not no_dedup, dedup_threshold=dedup_threshold, lang=lang,
                                 max_doc_bytes=max_doc_bytes, doc_timeout=doc_timeout or None,
                                 entities=entities)
        except EngineError as e:
            usage_error(str(e))
    print_summary(summary)
    if summary.errors:
        raise typer.Exit(1)


# ------------------------------------------------------------------------------------------------ events

@app.command()
def events(
    store: str = typer.Option(DEFAULT_STORE, "--store", help=STORE_HELP),
    actor: Optional[str] = typer.Option(None, "--actor", help="Actor code or prefix (RUS matches RUSGOV)."),
    type_: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. SANCTION."),
    since: Optional[str] = typer.Option(None, "--since", help="Earliest date (YYYY[-MM[-DD]])."),
    until: Optional[str] = typer.Option(None, "--until", help="Latest date (YYYY[-MM[-DD]])."),
    limit: int = typer.Option(50, "--limit", min=1, help="At most this many events."),
    fmt: str = typer.Option("table", "--format", help="table|jsonl|csv"),
) -> None:
    """Query stored events.

    Example: [bold]accord events --actor PRK --type SANCTION --format jsonl[/bold]
    """
    if fmt not in {"table", "jsonl", "csv"}:
        usage_error(f"--format {fmt!r}: use table, jsonl or csv.")
    st = _open_existing(store)
    evs = st.events(actor=actor, type=type_, since=since, until=until, limit=limit)
    if fmt == "jsonl":
        for e in evs:
            sys.stdout.write(e.to_json() + "\n")
    elif fmt == "csv":
        import csv as _csv

        from .store import event_to_row

        rows = [event_to_row(e) for e in evs]
        w = _csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["event_id"])
        w.writeheader()
        w.writerows(rows)
    else:
        console.print(events_table(evs, title=f"{len(evs)} events"))


@app.command()
def errors(
    store: str = typer.Option(DEFAULT_STORE, "--store", help=STORE_HELP),
    fmt: str = typer.Option("table", "--format", help="table|jsonl"),
) -> None:
    """Inputs that could not be read or coded, with the reason and what to do.

    Example: [bold]accord errors --format jsonl[/bold]
    """
    if fmt not in {"table", "jsonl"}:
        usage_error(f"--format {fmt!r}: use table or jsonl.")
    st = _open_existing(store)
    # "at" is quoted: DuckDB reads a bare AT as a keyword (AT TIME ZONE)
    rows = st.query('SELECT path, line, code, reason, fix, "at" FROM errors ORDER BY "at", path, line')
    if fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, default=str) + "\n")
        return
    t = Table(title=f"{len(rows)} errors")
    for c in ("path", "line", "code", "reason", "fix"):
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(str(r["path"]), "" if r["line"] is None else str(r["line"]), r["code"] or "", r["reason"] or "",
                  r["fix"] or "")
    console.print(t)


@app.command()
def export(
    out: str = typer.Argument(..., help="Output file."),
    store: str = typer.Option(DEFAULT_STORE, "--store", help=STORE_HELP),
    fmt: str = typer.Option(..., "--format", help="csv|parquet|jsonl"),
    schema: str = typer.Option("native", "--schema", help="native|gdelt|icews|plover"),
) -> None:
    """Export all events, in accord's columns or in GDELT 2.0 / ICEWS / PLOVER layouts.

    Example: [bold]accord export events.tsv --format csv --schema gdelt[/bold]
    """
    from .export import FORMATS, SCHEMAS
    from .export import export as run_export

    if fmt not in FORMATS:
        usage_error(f"--format {fmt!r}: use one of {', '.join(FORMATS)}.")
    if schema not in SCHEMAS:
        usage_error(f"--schema {schema!r}: use one of {', '.join(SCHEMAS)}.")
    st = _open_existing(store)
    n = run_export(st, out, fmt=fmt, schema=schema)
    console.print(f"wrote {n} events to {out} ({fmt}, {schema} columns)")


@app.command()
def compact(store: str = typer.Option(DEFAULT_STORE, "--store", help=STORE_HELP)) -> None:
    """Merge the store's small parts into one per table (safe while others read).

    Example: [bold]accord compact --store accord-data[/bold]
    """
    st = _open_existing(store)
    console.print(st.compact())


# ------------------------------------------------------------------------------------------------ demo

def demo_corpus() -> Path:
    """The bundled demo corpus: the seed article and international-politics articles from open news."""
    here = Path(__file__).resolve().parents[1] / "examples" / "news"
    if here.exists():
        return here
    return Path(str(resources.files("accord").joinpath("..", "examples", "news")))


def print_store_report(st) -> None:
    con = st.connect()
    counts = st.counts()
    console.print(f"[bold]{counts['documents']}[/bold] documents, [bold]{counts['events']}[/bold] events "
                  f"in {st.path}")
    actors = con.execute("""
        SELECT actor, count(*) AS n FROM (
            SELECT coalesce(source_country, source_code) AS actor FROM events WHERE NOT negated
            UNION ALL SELECT coalesce(target_country, target_code) FROM events WHERE NOT negated AND target_code IS NOT NULL)
        WHERE actor IS NOT NULL AND actor NOT LIKE '---%' GROUP BY actor ORDER BY n DESC, actor LIMIT 12""").fetchall()
    t = Table(title="top actors")
    t.add_column("actor")
    t.add_column("events", justify="right")
    for a, n in actors:
        t.add_row(a, str(n))
    console.print(t)
    dyads = con.execute("""
        SELECT least(s, t) AS a, greatest(s, t) AS b, count(*) AS n, round(sum(goldstein), 1) AS net
        FROM (SELECT coalesce(source_country, source_code) AS s, coalesce(target_country, target_code) AS t, goldstein
              FROM events WHERE NOT negated AND NOT historical AND target_code IS NOT NULL)
        WHERE s <> t AND s NOT LIKE '---%' AND t NOT LIKE '---%' GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT 12""").fetchall()
    t = Table(title="top dyads")
    for c, j in (("a", "left"), ("b", "left"), ("events", "right"), ("net Goldstein", "right")):
        t.add_column(c, justify=j)
    for a, b, n, net in dyads:
        t.add_row(a, b, str(n), f"{net:+.1f}")
    console.print(t)
    types = con.execute("""SELECT coalesce(event_type, '(CAMEO ' || substr(cameo, 1, 2) || ')') AS ty, count(*) AS n
                           FROM events WHERE NOT negated GROUP BY 1 ORDER BY n DESC, ty""").fetchall()
    t = Table(title="events by type")
    t.add_column("type")
    t.add_column("events", justify="right")
    for ty, n in types:
        t.add_row(ty, str(n))
    console.print(t)


@app.command()
def demo(
    store: str = typer.Option(DEFAULT_STORE, "--store", help=STORE_HELP),
    report: str = typer.Option("report.html", "--report", help="Where to write the HTML report."),
) -> None:
    """Code the bundled demo corpus into the store and print a report.

    Example: [bold]accord demo[/bold]
    """
    from .pipeline import ingest as run_ingest
    from .store import open_store

    corpus = demo_corpus()
    if not corpus.exists():
        usage_error(f"the demo corpus is missing ({corpus}). Fix: run from a checkout of the accord repository.")
    st = open_store(store)
    with Progress(SpinnerColumn(), TextColumn("coding the demo corpus"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err_console, transient=True) as bar:
        task = bar.add_task("demo", total=None)
        summary = run_ingest([str(corpus)], st, published=None, progress=lambda n: bar.advance(task, n))
    print_summary(summary)
    print_store_report(st)
    for hook in _DEMO_HOOKS:
        hook(st, report)


_DEMO_HOOKS: list = []


def main() -> None:
    app()


def _register_optional() -> None:
    """Commands that live in their own modules (analysis, web, evaluation, scale)."""
    import importlib

    for name in ("cli_analysis", "cli_web", "cli_eval", "cli_scale"):
        try:
            mod = importlib.import_module(f"accord.{name}")
        except ModuleNotFoundError as e:
            if e.name == f"accord.{name}":
                continue
            raise
        mod.register(app)
        if hasattr(mod, "demo_hook"):
            _DEMO_HOOKS.append(mod.demo_hook)


_register_optional()

if __name__ == "__main__":
    main()
