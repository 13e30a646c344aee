"""The command line: a thin layer over :mod:`autocapture.api`, one module per command group."""

from __future__ import annotations

from pathlib import Path

import click

from autocapture import __version__
from autocapture.cli.ask_cmd import ask
from autocapture.cli.audit_cmd import audit
from autocapture.cli.capture_cmd import capture, pause, resume, run
from autocapture.cli.eval_cmd import eval_
from autocapture.cli.graph_cmd import graph
from autocapture.cli.ingest_cmd import ingest
from autocapture.cli.plugins_cmd import plugins
from autocapture.cli.promptops_cmd import promptops
from autocapture.cli.status_cmd import status


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="autocapture")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="AUTOCAPTURE_DATA_DIR",
    help="Where the store lives. Default: $AUTOCAPTURE_DATA_DIR, else the user data directory.",
)
@click.option(
    "--profile",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="AUTOCAPTURE_PROFILE",
    help="Profile file (TOML) pinning a prompt bundle hash; a mismatch refuses to start.",
)
@click.option(
    "--safe-mode",
    is_flag=True,
    envvar="AUTOCAPTURE_SAFE_MODE",
    help="Load only the default providers (third-party plugins stay off).",
)
@click.pass_context
def cli(ctx: click.Context, data_dir: Path | None, profile: Path | None, safe_mode: bool) -> None:
    """Autocapture: a local-first screen memory that cites its evidence.

    \b
    Typical use:
      autocapture ingest demo/bundle
      autocapture ask "what was the total on the invoice?"
    """
    ctx.obj = {"data_dir": data_dir, "profile": profile, "safe_mode": safe_mode}


cli.add_command(ingest)
cli.add_command(ask)
cli.add_command(promptops)
cli.add_command(eval_)
cli.add_command(plugins)
cli.add_command(graph)
cli.add_command(status)
cli.add_command(audit)
for command in (capture, run, pause, resume):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="autocapture")
