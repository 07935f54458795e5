"""`accord serve`: the dashboard and the JSON API over a store (accord.web), run by uvicorn."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

DEFAULT_STORE = "accord-data"


def register(app: typer.Typer) -> None:
    """Add `serve` to the main CLI."""

    @app.command()
    def serve(
        store: str = typer.Option(DEFAULT_STORE, "--store", help="Store directory (Parquet parts + DuckDB views)."),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; 0.0.0.0 opens it to the network."),
        port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
        token: Optional[str] = typer.Option(
            None, "--token", envvar="ACCORD_TOKEN",
            help="Require 'Authorization: Bearer TOKEN' on every /api call (also from ACCORD_TOKEN)."),
    ) -> None:
        """Serve the dashboard at / and the JSON API at /api (documented at /docs), reading the store live:
        events that `accord ingest` writes meanwhile appear without a restart.

        Example: [bold]accord serve --store accord-data --port 8000[/bold]
        """
        from rich.console import Console

        err = Console(stderr=True)
        if not (Path(store) / "documents").is_dir():
            err.print(f"[red]error:[/red] no store at {store!r}. Fix: run `accord ingest PATH --store {store}` "
                      "(or `accord demo`) first, or pass --store with the directory that holds your store.")
            raise typer.Exit(2)
        if host not in ("127.0.0.1", "localhost", "::1") and not token:
            err.print(f"[yellow]warning:[/yellow] serving on {host} without a token: anyone who can reach this "
                      "machine can read the store. Add --token (or ACCORD_TOKEN).")
        import uvicorn

        from .web import create_app

        app_ = create_app(store, token=token or None)
        shown = f"[{host}]" if ":" in host else host
        err.print(f"accord: dashboard at http://{shown}:{port}/ , API docs at http://{shown}:{port}/docs"
                  + (" (token required for /api)" if token else ""))
        uvicorn.run(app_, host=host, port=port, log_level=os.environ.get("ACCORD_LOG_LEVEL", "warning"))
