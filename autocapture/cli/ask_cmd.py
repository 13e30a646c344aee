"""`autocapture ask`: one question through PromptOps, printed as text or answer JSON."""

from __future__ import annotations

import json
from datetime import datetime

import click

from autocapture.answer.model import Answer
from autocapture.cli.common import open_app


def _parse_now(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        ts = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(f"not an ISO 8601 time: {value!r}", param_hint="--now") from None
    if ts.tzinfo is None:
        raise click.BadParameter(
            "give a time zone, for example 2026-11-23T17:00:00Z", param_hint="--now"
        )
    return ts


def render_text(ans: Answer) -> str:
    lines = [ans.answer, ""]
    lines.append(
        f"state: {ans.state} · confidence: {ans.confidence:.2f} · class: {ans.question_class}"
    )
    if ans.indeterminate_reason:
        lines.append(f"reason: {ans.indeterminate_reason}")
    n = 0
    for claim in ans.claims:
        for c in [*claim.citations, *claim.context]:
            n += 1
            where = f' · "{c.window_title}"' if c.window_title else ""
            role = " (context)" if c in claim.context else ""
            lines.append(
                f'[{n}]{role} {c.ts_utc}{where} · "{c.text}" · bbox {c.bbox} · {c.frame_id}'
            )
    tz = ans.trace.get("time_intent", {}).get("description")
    if tz:
        lines.append(f"time: {tz}")
    return "\n".join(lines)


@click.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print the screen.answer.v1 JSON object.")
@click.option("--now", help="Reference time for 'today', 'at 14:05' and the like (ISO 8601).")
@click.pass_context
def ask(ctx: click.Context, question: str, as_json: bool, now: str | None) -> None:
    """Answer QUESTION from the stored screens, citing frame, time, text and box.

    When nothing verifiable supports an answer, the state is 'indeterminate' and the
    reason says why. Time words ('yesterday afternoon', 'at 14:05', 'between 9 and 10')
    are read in the configured time zone, shown in the answer's trace.
    """
    ref = _parse_now(now)
    app = open_app(ctx)
    try:
        ans = app.ask(question, now=ref)
    finally:
        app.close()
    if as_json:
        click.echo(json.dumps(ans.to_json_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(ans))
