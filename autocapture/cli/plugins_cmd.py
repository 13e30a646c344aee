"""`autocapture plugins list|lock|reset`: which providers load, pinning them, leaving safe mode."""

from __future__ import annotations

import click

from autocapture.cli.common import open_app
from autocapture.plugin_locks import LockError, write_lock
from autocapture.plugins import candidates


@click.group()
def plugins() -> None:
    """Inspect, lock and reset the provider plugins."""


@plugins.command("list")
@click.pass_context
def list_(ctx: click.Context) -> None:
    """Installed providers: loaded, or refused and why."""
    app = open_app(ctx)
    ps = app.plugins
    if ps.safe_mode:
        click.echo(f"safe mode: {ps.safe_mode}")
    for name, target in sorted(ps.loaded.items()):
        click.echo(f"loaded   {name:<16}{target}")
    for name, why in sorted(ps.refused.items()):
        click.echo(f"refused  {name:<16}{why}")


@plugins.command()
@click.pass_context
def lock(ctx: click.Context) -> None:
    """Pin every allowlisted, installed provider at its current manifest hash.

    With `[plugins] enforce_locks = true` a provider then loads only while its files still
    hash to the pinned value.
    """
    app = open_app(ctx)
    allowed = set(app.config.plugins.allowlist)
    chosen = {n: t for n, t in candidates().items() if n in allowed}
    try:
        entries = write_lock(app.lock_path, chosen)
    except (LockError, OSError) as exc:
        raise click.ClickException(f"cannot write {app.lock_path}: {exc}") from None
    for name, entry in entries.items():
        click.echo(f"locked {name:<16}{entry['sha256'][:16]}  {entry['target']}")
    click.echo(f"wrote {app.lock_path}")
    app.promptops.audit_event("plugins_locked", {"plugins": entries})


@plugins.command()
@click.pass_context
def reset(ctx: click.Context) -> None:
    """Leave safe mode entered after repeated start-up crashes (the next start tries again)."""
    app = open_app(ctx)
    was = app.startup.state()
    app.startup.reset()
    click.echo("safe mode cleared" if was.get("safe_mode") else "not in safe mode")
