"""`autocapture graph show|reparse|provenance`: the UI graph (screen.parse.v1) of stored frames."""

from __future__ import annotations

import json

import click
from rich.progress import Progress

from autocapture.cli.common import open_app
from autocapture.store.graphs import reparse as reparse_frames
from autocapture.store.provenance import graph_of, provenance


@click.group()
def graph() -> None:
    """Inspect and rebuild the UI graphs parsed from stored frames."""


@graph.command()
@click.argument("frame_id")
@click.option("--json", "as_json", is_flag=True, help="Print the screen.parse.v1 document.")
@click.pass_context
def show(ctx: click.Context, frame_id: str, as_json: bool) -> None:
    """Show the UI graph of FRAME_ID (windows, chrome, console lines, messages, fields...)."""
    app = open_app(ctx)
    doc = graph_of(app.store.db, frame_id)
    if doc is None:
        raise click.ClickException(f"no UI graph for frame {frame_id!r} (try `graph reparse`)")
    if as_json:
        click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
        return
    click.echo(f"{doc['frame_id']} · {doc['parser']} · {len(doc['nodes'])} nodes")
    for n in doc["nodes"]:
        attrs = {k: v for k, v in n["attrs"].items() if k not in ("words",) and v not in (None, [])}
        click.echo(f"  {n['kind']:<15} {n['bbox']} {n['text'][:60]!r} {attrs}")


@graph.command()
@click.option("--all", "all_frames", is_flag=True, help="Re-parse every frame.")
@click.pass_context
def reparse(ctx: click.Context, all_frames: bool) -> None:
    """Rebuild graphs made by an older parser (or none) from stored spans and windows; no OCR."""
    app = open_app(ctx)
    db = app.store.db
    total = db.execute("SELECT count(*) FROM frame").fetchone()[0]
    with Progress(transient=True) as bar:
        task = bar.add_task("re-parsing", total=total)
        n = reparse_frames(db, all_frames, progress=lambda: bar.advance(task))
    click.echo(f"re-parsed {n} of {total} frames")


@graph.command("provenance")
@click.argument("evidence_id")
@click.pass_context
def provenance_cmd(ctx: click.Context, evidence_id: str) -> None:
    """Print what a span or node id (from a citation) points at: screen.index.v1 JSON."""
    app = open_app(ctx)
    doc = provenance(app.store.db, evidence_id)
    if doc is None:
        raise click.ClickException(f"no span or UI node {evidence_id!r} in this store")
    click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
