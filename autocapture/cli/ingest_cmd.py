"""`autocapture ingest`: bundles, folders of images and single images into the store."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from autocapture.cli.common import open_app
from autocapture.errors import AutocaptureError
from autocapture.ingest import Ingestor


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="No progress bar; only the summary.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[Path, ...], quiet: bool) -> None:
    """Ingest frame bundles, folders of images, or image files (PNG, JPEG, WebP).

    Each frame is OCR'd and stored with its windows and positioned text in one transaction.
    Frames already stored are skipped, so re-running is safe. Bad rows and images are
    reported with their file and line, skipped, and make the exit code 1.
    """
    app = open_app(ctx)
    err = Console(stderr=True)
    try:
        ingestor = Ingestor(app.config, app.store, _LazyEngine(app))
        items = ingestor.plan(list(paths))
        with Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.fields[last]}"),
            console=err,
            disable=quiet,
            transient=True,
        ) as bar:
            task = bar.add_task("ingest", total=len(items), last="")

            def progress(event: str, origin: str) -> None:
                bar.update(task, advance=1, last=f"{event}: {Path(origin).name}")

            report = ingestor.run(items, progress)
    except AutocaptureError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        app.close()
    click.echo(
        f"Frames added: {report.added}, skipped (already stored): {report.skipped}, "
        f"failed: {len(report.failed)}"
    )
    for f in report.failed:
        click.echo(f"  FAILED {f.origin}: {f.reason}", err=True)
    if report.failed:
        ctx.exit(1)


class _LazyEngine:
    """Defers loading OCR models until a frame actually needs OCR (re-runs skip it)."""

    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        self._app = app

    @property
    def name(self) -> str:
        return self._app.ocr.name

    @property
    def version(self) -> str:
        return self._app.ocr.version

    def recognize(self, image, *, region: bool = False):  # type: ignore[no-untyped-def]
        return self._app.ocr.recognize(image, region=region)
