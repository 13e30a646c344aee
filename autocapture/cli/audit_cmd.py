"""`autocapture audit`: verify the hash chain, show recent entries, replay a recorded query."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from autocapture.audit.chain import AuditLog, audit_dir
from autocapture.audit.replay import QueryNotFound
from autocapture.audit.replay import replay as replay_query
from autocapture.audit.verify import verify as verify_chain
from autocapture.cli.common import open_app
from autocapture.config import load_config
from autocapture.errors import AutocaptureError


def _audit_dir(ctx: click.Context) -> Path:
    """Only the data directory is needed: verifying must not build the query service."""
    try:
        return audit_dir(load_config((ctx.find_root().obj or {}).get("data_dir")).data_dir)
    except AutocaptureError as exc:
        raise click.ClickException(str(exc)) from None


def _echo_json(obj: Any) -> None:
    click.echo(json.dumps(obj, indent=2, ensure_ascii=False))


@click.group()
def audit() -> None:
    """The tamper-evident audit chain of queries, template changes and review decisions.

    \b
      autocapture audit verify            # exit 1 naming the first bad entry
      autocapture audit show --tail 20
      autocapture audit replay QUERY_ID   # re-run a recorded query, compare answer hashes
    """


@audit.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def verify(ctx: click.Context, as_json: bool) -> None:
    """Check every entry's hash and link and the head; exit 1 at the first bad entry."""
    result = verify_chain(_audit_dir(ctx))
    if as_json:
        _echo_json(result.as_dict())
    elif result.problem is None:
        click.echo(f"audit chain ok: {result.entries} entries")
    else:
        click.echo(result.problem.message())
    ctx.exit(0 if result.ok else 1)


def _summary(entry: dict[str, Any]) -> str:
    p = entry.get("payload") or {}
    if entry.get("kind") == "query":
        return f"{str(p.get('query_id'))[:12]} {p.get('state')} {p.get('query')!r}"
    keys = ("query_id", "proposal", "template_id", "outcome", "match", "policy", "reason")
    return " ".join(f"{k}={p[k]}" for k in keys if p.get(k) is not None)


@audit.command()
@click.option("--tail", "n", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--kind", help="Only entries of this kind (query, template.apply, review, ...).")
@click.option("--json", "as_json", is_flag=True, help="One JSON entry per line.")
@click.pass_context
def show(ctx: click.Context, n: int, kind: str | None, as_json: bool) -> None:
    """The last entries: seq, time, kind, who, and what."""
    log = AuditLog(_audit_dir(ctx))
    entries = [e for _, e in log.entries() if kind is None or e.get("kind") == kind][-n:]
    for e in entries:
        if as_json:
            click.echo(json.dumps(e, ensure_ascii=False))
        else:
            click.echo(
                f"{e.get('seq'):>6} {e.get('ts_utc')} {e.get('kind'):<16} "
                f"{e.get('actor')} · {_summary(e)}"
            )


def _render(d: dict[str, Any]) -> str:
    rec, rep = d["recorded"], d["replay"]
    lines = [
        f"query     {d['query_id']} (entry {d['seq']}, line {d['line']})",
        f"who       {d['who']}",
        f"when      {d['when']} (reference time {d['now']})",
        f"what      {d['query']!r}",
        f"effective {d['query_effective']!r}",
        f"recorded  {rec['state']} · answer {rec['answer_hash']}",
        f"replayed  {rep['state']} · answer {rep['answer_hash']}",
        f"result    {'match' if d['match'] else 'differs'}",
    ]
    lines += [f"note      {note}" for note in d["notes"]]
    return "\n".join(lines)


@audit.command()
@click.argument("query_id")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def replay(ctx: click.Context, query_id: str, as_json: bool) -> None:
    """Show who asked QUERY_ID, what and when; re-run it and compare answer hashes.

    Exit 0 when the hashes match, 1 when they differ, 2 when the query is not recorded.
    """
    app = open_app(ctx)
    try:
        result = replay_query(app, query_id)
    except QueryNotFound as exc:
        click.echo(f"Error: {exc}", err=True)
        ctx.exit(2)
    finally:
        app.close()
    out = result.as_dict()
    _echo_json(out) if as_json else click.echo(_render(out))
    ctx.exit(0 if result.match else 1)
