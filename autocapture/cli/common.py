"""Helpers shared by command modules: open the app, turn library errors into clean exits."""

from __future__ import annotations

import click

from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.errors import AutocaptureError


def open_app(ctx: click.Context) -> Autocapture:
    obj = ctx.find_root().obj or {}
    try:
        config = load_config(obj.get("data_dir"))
        if obj.get("safe_mode"):
            config.plugins.safe_mode = True
        if obj.get("profile"):
            config.promptops.profile = obj["profile"]
        app = Autocapture(config=config)
        if config.promptops.profile is not None:
            app.promptops  # noqa: B018 - build now: a pinned-bundle mismatch refuses to start
        return app
    except AutocaptureError as exc:
        raise click.ClickException(str(exc)) from None
