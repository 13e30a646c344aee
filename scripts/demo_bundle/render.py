"""Render the frames one by one: page, layout check, screenshot, record and truth."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from .bundle import frame_record, iso
from .chromium import measure, save_png, screenshot
from .layout import Frame
from .page import frame_html
from .truth import check_and_collect


def render_frames(
    frames: list[Frame], chromium: str, out: Path, html_dir: Path | None
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Write each frame's image under ``out``; return its frames.jsonl records and truth."""
    records: list[dict[str, Any]] = []
    truth_frames: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="demo-bundle-") as tmpdir:
        tmp = Path(tmpdir)
        for n, frame in enumerate(frames, start=1):
            image = f"images/{n:06d}.png"
            page = tmp / f"{n:06d}.html"
            page.write_text(frame_html(frame), encoding="utf-8")
            if html_dir:
                shutil.copy(page, html_dir / page.name)
            truth = check_and_collect(frame, measure(chromium, page, tmp))
            raw = tmp / f"{n:06d}.png"
            screenshot(chromium, page, raw, tmp)
            save_png(raw, out / image)
            records.append(frame_record(frame, image))
            truth_frames[image] = truth
            print(f"{image}  {iso(frame.ts)}  focused: {frame.windows[0].title}")
    return records, truth_frames
