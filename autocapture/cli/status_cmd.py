"""`autocapture status`: what this data directory and its providers are doing."""

from __future__ import annotations

import json
from typing import Any

import click

from autocapture.cli.common import open_app
from autocapture.status import collect_status


def _line(name: str, section: dict[str, Any], text: str) -> str:
    return f"{name:<10}{'error: ' + section['error'] if 'error' in section else text}"


def render(st: dict[str, Any]) -> str:
    s, p, po, m, a, c = (
        st[k] for k in ("store", "plugins", "promptops", "model", "audit", "capture")
    )
    out = [f"data dir  {st['data_dir']}"]
    out.append(
        _line(
            "store",
            s,
            f"{s.get('frames')} frames, {s.get('spans')} spans, last frame "
            f"{s.get('last_frame_utc') or '-'}, {s.get('db_bytes', 0) / 1e6:.1f} MB",
        )
    )
    safe = f"SAFE MODE ({p.get('safe_mode_reason')})" if p.get("safe_mode") else "normal"
    locks = "locks enforced" if p.get("locks_enforced") else "locks not enforced"
    out.append(_line("plugins", p, f"{safe}; {locks}; loaded: {', '.join(p.get('loaded', {}))}"))
    for name, why in sorted(p.get("refused", {}).items()):
        out.append(f"{'':<10}refused {name}: {why}")
    out.append(
        _line(
            "promptops",
            po,
            f"{po.get('state')} bundle {str(po.get('bundle_sha256'))[:12]} mode {po.get('mode')}"
            + (f" ({po['reason']})" if po.get("reason") else ""),
        )
    )
    if m.get("configured"):
        pol = m["policy"]
        verdict = "allowed" if pol["allowed"] else f"REFUSED {pol['reason']}: {pol['detail']}"
        model = f"{m['name']} at {m['base_url']} ({verdict}); answering: {m['answering']}"
    else:
        model = "none configured; answering: extractive"
    out.append(_line("model", m, model))
    chain = f"ok, {a.get('entries')} entries" if a.get("ok") else f"BROKEN: {a.get('problem')}"
    out.append(_line("audit", a, chain))
    out.append(_line("capture", c, "paused" if c.get("paused") else "not paused"))
    return "\n".join(out)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the status as one JSON object.")
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Show the store, plugins (and safe mode), PromptOps, model policy and audit chain."""
    app = open_app(ctx)
    try:
        st = collect_status(app)
    finally:
        app.close()
    click.echo(json.dumps(st, indent=2) if as_json else render(st))
