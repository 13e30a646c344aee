"""`autocapture capture`, `run`, `pause`, `resume`: live capture of an X11 desktop."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import click

from autocapture.capture.agent import CaptureOptions
from autocapture.cli.common import open_app

EXIT_X_GONE = 3


def _agent(ctx: click.Context, opts: CaptureOptions):  # type: ignore[no-untyped-def]
    from autocapture.capture.agent import CaptureAgent
    from autocapture.capture.x11 import XServerGone

    # Capture OCRs small changed bands every few seconds: one OCR thread costs less CPU than
    # a pool that spins between runs. An explicit setting wins.
    os.environ.setdefault("AUTOCAPTURE_OCR_THREADS", "1")
    app = open_app(ctx)
    tty = sys.stderr.isatty()

    def status(msg: str) -> None:
        if tty:
            click.echo(f"\r\x1b[2K{msg}", nl=False, err=True)
        elif not msg.startswith(("capturing", "paused:")):
            click.echo(msg, err=True)

    try:
        agent = CaptureAgent(app, opts, status)
    except XServerGone as exc:
        app.close()
        click.echo(f"error: {exc}", err=True)
        ctx.exit(EXIT_X_GONE)
    return app, agent


def _loop(ctx: click.Context, app, agent) -> None:  # type: ignore[no-untyped-def]
    from autocapture.capture.x11 import XServerGone

    signal.signal(signal.SIGINT, lambda *_: agent.stop())
    signal.signal(signal.SIGTERM, lambda *_: agent.stop())
    signal.signal(signal.SIGUSR1, lambda *_: agent.pause())
    signal.signal(signal.SIGUSR2, lambda *_: agent.resume())
    code = 0
    try:
        stats = agent.run()
    except XServerGone as exc:
        click.echo(f"\nerror: {exc}; stopping (everything captured so far is stored)", err=True)
        stats, code = agent.stats, EXIT_X_GONE
    finally:
        agent.close()
        app.close()
    share = stats["ocr_pixels"] / stats["total_pixels"] if stats["total_pixels"] else 0.0
    click.echo(
        f"\ncaptured {stats['captured']}, stored {stats['stored']}, unchanged "
        f"{stats['unchanged']}, paused {stats['paused']}; OCR'd {share:.1%} of the "
        "stored frames' pixels",
        err=True,
    )
    ctx.exit(code)


display_option = click.option(
    "--display",
    default=lambda: os.environ.get("DISPLAY"),
    show_default="$DISPLAY",
    help="X display to capture, e.g. :0.",
)
interval_option = click.option(
    "--interval",
    type=click.FloatRange(min=0.1),
    default=None,
    help="Seconds between captures (default: [capture] interval, 2).",
)


@click.command()
@display_option
@interval_option
@click.option("--duration", type=click.FloatRange(min=0), help="Stop after this many seconds.")
@click.option(
    "--bundle",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write the frames as a bundle (v1) in this directory.",
)
@click.option(
    "--ingest/--no-ingest",
    default=True,
    show_default=True,
    help="Store and index each frame at once (searchable within seconds).",
)
@click.pass_context
def capture(
    ctx: click.Context,
    display: str | None,
    interval: float | None,
    duration: float | None,
    bundle: Path | None,
    ingest: bool,
) -> None:
    """Capture the X11 screen with its windows and focus.

    Unchanged screens are skipped; only changed bands are OCR'd. Windows matching
    [capture] exclude_apps / exclude_titles (and private browsing) are blacked out
    before anything is stored. SIGUSR1 pauses, SIGUSR2 resumes, SIGINT stops.
    Exit code 3 when the X server cannot be reached or goes away.
    """
    if not ingest and bundle is None:
        raise click.UsageError("--no-ingest needs --bundle, or nothing would be kept")
    app, agent = _agent(ctx, CaptureOptions(display, interval, duration, bundle, ingest))
    _loop(ctx, app, agent)


@click.command()
@display_option
@interval_option
@click.pass_context
def run(ctx: click.Context, display: str | None, interval: float | None) -> None:
    """The everyday command: capture and ingest until stopped, with a status line."""
    app, agent = _agent(ctx, CaptureOptions(display, interval, None, None, True))
    _loop(ctx, app, agent)


@click.command()
@click.pass_context
def pause(ctx: click.Context) -> None:
    """Pause capture (every running capture for this data directory) until `resume`."""
    app = open_app(ctx)
    app.config.data_dir.mkdir(parents=True, exist_ok=True)
    (app.config.data_dir / "capture.paused").write_text("paused by `autocapture pause`\n")
    click.echo("capture paused")


@click.command()
@click.pass_context
def resume(ctx: click.Context) -> None:
    """Resume capture paused by `autocapture pause`."""
    app = open_app(ctx)
    (app.config.data_dir / "capture.paused").unlink(missing_ok=True)
    click.echo("capture resumed")
