"""`accord watch`: poll folders and RSS/Atom feeds and ingest what is new, until stopped (accord.watch)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

DEFAULT_STORE = "accord-data"


def register(app: typer.Typer) -> None:
    """Add `watch` to the main CLI."""

    @app.command()
    def watch(
        sources: list[str] = typer.Argument(..., help="Folders, files, globs, or RSS/Atom feed URLs (http[s]://)."),
        store: str = typer.Option(DEFAULT_STORE, "--store", help="Store directory (Parquet parts + DuckDB views)."),
        every: str = typer.Option("15m", "--every", help="Time between passes: 30s, 15m, 1h, 1h30m."),
        once: bool = typer.Option(False, "--once", help="One pass, then exit (for cron and tests)."),
        workers: int = typer.Option(1, "--workers", min=1, help="Processes that code a pass's batches."),
        no_prefilter: bool = typer.Option(False, "--no-prefilter",
                                          help="Parse every sentence, not only those that can hold an event."),
        dedup_threshold: float = typer.Option(0.8, "--dedup-threshold", min=0.0, max=1.0,
                                              help="Jaccard similarity from which two stories are the same story."),
        no_dedup: bool = typer.Option(False, "--no-dedup", help="Code duplicates too."),
        published: Optional[str] = typer.Option(None, "--published",
                                                help="Publication date for documents that have none."),
        timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="Seconds to wait for each feed or page."),
        max_entries: int = typer.Option(200, "--max-entries", min=1, help="Entries read per feed and pass."),
    ) -> None:
        """Poll folders and feeds and ingest what is new, every 15 minutes by default, until stopped
        (Ctrl-C or SIGTERM end it cleanly, exit status 0). With --once: one pass; exit status 1 if some
        source or document failed (the errors are in `accord errors`).

        Example: [bold]accord watch news/ https://example.org/world/rss.xml --every 15m --store accord-data[/bold]
        """
        from rich.console import Console

        from .store import open_store
        from .watch import WatchOptions, Watcher, is_feed, parse_every

        err = Console(stderr=True)

        def usage(message: str) -> None:
            err.print(f"[red]error:[/red] {message}")
            raise typer.Exit(2)

        try:
            seconds = parse_every(every)
        except ValueError as e:
            usage(f"--every: {e}")
        if not 0.0 < dedup_threshold <= 1.0:
            usage(f"--dedup-threshold {dedup_threshold}: give a similarity above 0 and at most 1, such as 0.8.")
        pub = None
        if published is not None:
            from .errors import AccordError
            from .read import parse_published

            try:
                pub = parse_published(published)
            except AccordError as e:
                usage(f"--published: {e}")
        for s in sources:
            if not is_feed(s) and not Path(s).exists() and not any(c in s for c in "*?["):
                usage(f"{s!r} is neither an existing file or folder nor a feed URL. "
                      "Fix: give folders, files, globs, or http(s):// feed addresses.")
        options = WatchOptions(workers=workers, prefilter=not no_prefilter, dedup=not no_dedup,
                               dedup_threshold=dedup_threshold, published=pub, timeout=timeout,
                               max_entries=max_entries)
        watcher = Watcher(sources, open_store(store), options, log=lambda m: err.print(f"accord watch: {m}"))
        if not once:
            err.print(f"accord watch: {len(sources)} source(s) every {every} into {store}; Ctrl-C to stop")
        summary = watcher.run(seconds, once=once)
        if once and summary is not None and summary.errors:
            raise typer.Exit(1)   # as `accord ingest`: some inputs failed, all others were done
