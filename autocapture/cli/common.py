"""Helpers shared by command modules: open the app, turn library errors into clean exits."""

from __future__ import annotations

import click

from autocapture.api import Autocapture
from autocapture.errors import AutocaptureError


def open_app(ctx: click.Context) -> Autocapture:
    try:
        return Autocapture(ctx.obj.get("data_dir") if ctx.obj else None)
    except AutocaptureError as exc:
        raise click.ClickException(str(exc)) from None
