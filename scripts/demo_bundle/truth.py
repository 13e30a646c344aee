"""Ground truth: check the measured layout against the model, then record each window's rows."""

from __future__ import annotations

import json
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .bundle import iso, window_record
from .constants import HEIGHT, PANEL_H, WIDTH, Rect
from .layout import Frame


def int_box(box: Sequence[float]) -> Rect:
    """Round a float box outwards to integer pixels."""
    return (math.floor(box[0]), math.floor(box[1]), math.ceil(box[2]), math.ceil(box[3]))


def inside(inner: Sequence[float], outer: Sequence[float], tol: float = 0.5) -> bool:
    """True when ``inner`` lies within ``outer`` (with a small tolerance)."""
    return (
        inner[0] >= outer[0] - tol
        and inner[1] >= outer[1] - tol
        and inner[2] <= outer[2] + tol
        and inner[3] <= outer[3] + tol
    )


def overlaps(a: Sequence[float], b: Sequence[float]) -> bool:
    """True when two [x1, y1, x2, y2) boxes intersect."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def check_and_collect(frame: Frame, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Validate the measured layout against the model; return truth for the frame."""
    by_win: dict[str, dict[str, dict[str, Any]]] = {}
    for r in rows:
        by_win.setdefault(r["w"], {})[r["i"]] = r
    problems: list[str] = []
    expected = {"panel": ["Activities", frame.clock]}
    expected.update({w.window_id: w.body.rows for w in frame.windows})
    for w in frame.windows:
        title = by_win.get(w.window_id, {}).get("title")
        if not title or title["text"] != w.title or title["over"]:
            problems.append(f"{w.window_id}: title {w.title!r} missing or overflowing")
    for wid, texts in expected.items():
        got = by_win.get(wid, {})
        for i, text in enumerate(texts):
            r = got.get(str(i))
            if r is None:
                problems.append(f"{wid}[{i}] {text!r}: not rendered")
                continue
            if r["text"] != text:
                problems.append(f"{wid}[{i}]: rendered {r['text']!r}, expected {text!r}")
            if r["over"]:
                problems.append(f"{wid}[{i}] {text!r}: overflows its box")
            if r["clip"] is not None and not inside(r["box"], r["clip"]):
                problems.append(f"{wid}[{i}] {text!r}: clipped {r['box']} vs {r['clip']}")
    if problems:
        sys.exit("error: layout check failed:\n  " + "\n  ".join(problems))

    windows = []
    for z, w in enumerate(frame.windows):
        above = [o.rect for o in frame.windows[:z]]
        boxes = [int_box(by_win[w.window_id][str(i)]["box"]) for i in range(len(w.body.rows))]
        windows.append(
            {
                **window_record(w, z),
                "url": w.url,
                "lines": w.body.rows,
                "line_boxes": [list(b) for b in boxes],
                "line_visible": [
                    inside(b, (0, 0, WIDTH, HEIGHT), 0) and not any(overlaps(b, a) for a in above)
                    for b in boxes
                ],
            }
        )
    return {
        "ts_utc": iso(frame.ts),
        "url": frame.windows[0].url,
        "panel": {"rect": [0, 0, WIDTH, PANEL_H], "lines": expected["panel"]},
        "windows": windows,
    }


def write_truth(truth_path: Path, out: Path, truth_frames: dict[str, Any]) -> None:
    """Write truth.json: the per-frame truth, and where the bundle is relative to it."""
    truth_doc = {
        "format": "autocapture.demo_truth.v1",
        "bundle": os.path.relpath(out, truth_path.parent),
        "timezone": "UTC",
        "notes": "lines: text rows rendered in each window body, top to bottom (title bar "
        "excluded); cells of one visual row are joined by two spaces. line_boxes: "
        "text extents [x1,y1,x2,y2) in screen pixels. line_visible: not covered by "
        "a window above.",
        "frames": truth_frames,
    }
    truth_path.parent.mkdir(parents=True, exist_ok=True)
    truth_path.write_text(
        json.dumps(truth_doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
