"""`autocapture promptops`: inspect the prompt bundle and metrics; change templates safely."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from autocapture.cli.common import open_app
from autocapture.errors import AutocaptureError
from autocapture.promptops.lifecycle import Lifecycle
from autocapture.promptops.report import summarise

REPO_SUITE = Path(__file__).resolve().parents[2] / "evals" / "demo.yaml"

suite_option = click.option(
    "--suite",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=REPO_SUITE if REPO_SUITE.exists() else None,
    show_default=True,
    help="Golden question suite (YAML) to evaluate against.",
)


def _lifecycle(ctx: click.Context) -> Lifecycle:
    app = open_app(ctx)
    ctx.call_on_close(app.close)
    try:
        return Lifecycle(app.promptops)
    except AutocaptureError as exc:
        raise click.ClickException(str(exc)) from None


def _need_suite(suite: Path | None) -> Path:
    if suite is None:
        raise click.UsageError("no golden suite found: pass --suite FILE")
    return suite


def _echo_json(obj: Any) -> None:
    click.echo(json.dumps(obj, indent=2, ensure_ascii=False))


@click.group()
def promptops() -> None:
    """The prompt bundle, PromptOps metrics, and the template lifecycle.

    \b
    Changing a template:
      autocapture promptops propose query.rules --from my_rules.yaml
      autocapture promptops evaluate PROPOSAL     # golden suite: current vs candidate
      autocapture promptops apply PROPOSAL        # only if nothing regresses
      autocapture promptops rollback BUNDLE_HASH
      autocapture promptops history
    """


@promptops.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def show(ctx: click.Context, as_json: bool) -> None:
    """List the active bundle's templates with versions and hashes, and the service state."""
    app = open_app(ctx)
    try:
        svc = app.promptops
        status = svc.status()
        templates = []
        if svc.prepared:
            templates = [
                {"id": t.id, "version": t.version, "file": t.file, "sha256": t.sha256}
                for t in sorted(svc.prepared.bundle.templates.values(), key=lambda t: t.id)
            ]
    finally:
        app.close()
    if as_json:
        _echo_json({**status, "templates": templates})
        return
    click.echo(f"bundle  {status['bundle_sha256'] or '-'}  ({status['state']})")
    click.echo(f"path    {status['bundle_dir']}")
    if status["degraded_reason"]:
        click.echo(f"reason  {status['degraded_reason']}")
    for t in templates:
        click.echo(f"  {t['id']:<16} v{t['version']:<3} {t['sha256']}  {t['file']}")


@promptops.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def report(ctx: click.Context, as_json: bool) -> None:
    """Count, p50 and p95 per stage, and answers by class and state, from the metrics file."""
    app = open_app(ctx)
    try:
        summary = summarise(app.promptops.metrics.read())
    finally:
        app.close()
    if as_json:
        _echo_json(summary)
        return
    click.echo(f"queries: {summary['queries']}")
    click.echo(f"{'stage':<20}{'count':>8}{'p50 ms':>10}{'p95 ms':>10}")
    for stage, s in summary["stages"].items():
        click.echo(f"{stage:<20}{s['count']:>8}{s['p50_ms']:>10.3f}{s['p95_ms']:>10.3f}")
    click.echo("by class: " + ", ".join(f"{k} {v}" for k, v in summary["by_class"].items()))
    click.echo("by state: " + ", ".join(f"{k} {v}" for k, v in summary["by_state"].items()))


def _run(fn: Any) -> Any:
    try:
        return fn()
    except AutocaptureError as exc:
        raise click.ClickException(str(exc)) from None


@promptops.command()
@click.argument("template_id")
@click.option(
    "--from",
    "source",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="File holding the proposed template text.",
)
@suite_option
@click.pass_context
def propose(ctx: click.Context, template_id: str, source: Path, suite: Path | None) -> None:
    """Propose new text for TEMPLATE_ID; it is validated at once.

    In promptops.mode = "auto_apply" a valid proposal is also evaluated and applied when
    nothing regresses.
    """
    lc = _lifecycle(ctx)
    prop = _run(lambda: lc.propose(template_id, source, by="cli:promptops propose"))
    click.echo(f"proposal {prop['id']} for {template_id}: {prop['status']}")
    for p in prop["problems"]:
        click.echo(f"  problem: {p}")
    if prop["problems"]:
        ctx.exit(1)
    if lc.config.promptops.mode == "auto_apply":
        entry = _run(lambda: lc.apply(prop["id"], _need_suite(suite), by="auto_apply"))
        click.echo(f"applied: bundle {entry['to_bundle'][:12]}")


@promptops.command()
@click.argument("proposal")
@click.pass_context
def validate(ctx: click.Context, proposal: str) -> None:
    """Check a proposal's size, banned patterns (URLs, shell, template syntax) and structure."""
    lc = _lifecycle(ctx)
    problems = _run(lambda: lc.validate(proposal, by="cli:promptops validate"))
    if problems:
        for p in problems:
            click.echo(f"problem: {p}")
        ctx.exit(1)
    click.echo("valid")


@promptops.command()
@click.argument("proposal")
@suite_option
@click.pass_context
def evaluate(ctx: click.Context, proposal: str, suite: Path | None) -> None:
    """Run the golden suite with the current and the proposed template; compare."""
    lc = _lifecycle(ctx)
    result = _run(lambda: lc.evaluate(proposal, _need_suite(suite), by="cli:promptops evaluate"))
    _echo_json(result)
    if not result["not_worse"]:
        ctx.exit(1)


@promptops.command()
@click.argument("proposal")
@suite_option
@click.pass_context
def apply(ctx: click.Context, proposal: str, suite: Path | None) -> None:
    """Make a proposal active, only when the golden suite shows no regression."""
    lc = _lifecycle(ctx)
    entry = _run(lambda: lc.apply(proposal, _need_suite(suite), by="cli:promptops apply"))
    click.echo(
        f"applied {entry['template_id']}: bundle {entry['from_bundle'][:12]} -> "
        f"{entry['to_bundle'][:12]}"
    )


@promptops.command()
@click.argument("bundle_hash")
@click.pass_context
def rollback(ctx: click.Context, bundle_hash: str) -> None:
    """Make an earlier bundle (by hash or unique prefix) active again."""
    lc = _lifecycle(ctx)
    entry = _run(lambda: lc.rollback(bundle_hash, by="cli:promptops rollback"))
    click.echo(f"rolled back: bundle {entry['from_bundle'][:12]} -> {entry['to_bundle'][:12]}")


@promptops.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def history(ctx: click.Context, as_json: bool) -> None:
    """Every template mutation, evaluation and review decision, oldest first."""
    lc = _lifecycle(ctx)
    for e in lc.history():
        if as_json:
            click.echo(json.dumps(e, ensure_ascii=False))
            continue
        what = e.get("template_id") or e.get("proposal") or ""
        extra = ""
        if e.get("evaluation"):
            ev = e["evaluation"]
            extra = (
                f" eval {ev['candidate']['passed']}/{ev['candidate']['total']}"
                f" vs {ev['current']['passed']}/{ev['current']['total']}"
            )
        if e.get("to_bundle"):
            extra += f" -> {e['to_bundle'][:12]}"
        click.echo(f"{e['ts_utc']}  {e['action']:<13} {e.get('by', ''):<24} {what}{extra}")
