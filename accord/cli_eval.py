"""`accord eval`: measure the coder against a gold file."""
from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

console = Console()


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_(
        gold: str = typer.Argument(..., help="Gold JSONL file (the format of ../shared/data/gold/)."),
        fmt: str = typer.Option("table", "--format", help="table|json"),
        errors: int = typer.Option(0, "--errors", min=0, help="Show the N worst misses with the coder's why."),
    ) -> None:
        """Code each gold text and report per-type, CAMEO-root and event-level accuracy.

        Example: [bold]accord eval ../shared/data/gold/plover_gsr_dev.jsonl --errors 10[/bold]
        """
        from .evaluate import evaluate, read_gold

        if fmt not in {"table", "json"}:
            console.print(f"[red]error:[/red] --format {fmt!r}: use table or json.")
            raise typer.Exit(2)
        if not Path(gold).exists():
            console.print(f"[red]error:[/red] {gold!r} does not exist. Fix: give a gold JSONL file.")
            raise typer.Exit(2)
        try:
            docs = read_gold(gold)
        except (ValueError, KeyError) as e:
            console.print(f"[red]error:[/red] {e}")
            raise typer.Exit(2)
        res = evaluate(docs, keep_misses=errors)
        d = res.as_dict()
        if errors:
            d["misses"] = res.misses[:errors]
        if fmt == "json":
            print(json.dumps(d, indent=2, default=str))
            return
        t = Table(title=f"{Path(gold).name}: {d['documents']} documents")
        for c in ("", "precision", "recall", "F1"):
            t.add_column(c, justify="right" if c else "left")
        t.add_row("type (micro)", f"{d['type_p']:.3f}", f"{d['type_r']:.3f}", f"{d['type_f1']:.3f}")
        t.add_row("type (macro F1)", "", "", f"{d['type_macro_f1']:.3f}")
        t.add_row("event triple", f"{d['triple_p']:.3f}", f"{d['triple_r']:.3f}", f"{d['triple_f1']:.3f}")
        if d["root_acc"] is not None:
            t.add_row(f"CAMEO root accuracy (n={d['root_n']})", "", "", f"{d['root_acc']:.3f}")
        console.print(t)
        pt = Table(title="per PLOVER type")
        for c in ("type", "P", "R", "F1", "support"):
            pt.add_column(c, justify="left" if c == "type" else "right")
        for ty, v in d["per_type"].items():
            pt.add_row(ty, f"{v['p']:.2f}", f"{v['r']:.2f}", f"{v['f1']:.2f}", str(v["support"]))
        console.print(pt)
        conf = Table(title="confusion (gold → predicted, misses only)")
        conf.add_column("gold")
        conf.add_column("predicted")
        conf.add_column("n", justify="right")
        for k, n in sorted(d["confusion"].items(), key=lambda kv: -kv[1]):
            g, p = k.split("->")
            if g != p:
                conf.add_row(g, p, str(n))
        console.print(conf)
        for m in d.get("misses", []):
            console.print(f"\n[bold]{m['id']}[/bold] ({m['kind']}): {m['sentence']}")
            console.print(f"  gold: {m['gold']}")
            for p in m["predicted"] or [{"type": None}]:
                console.print(f"  predicted: {p}")
