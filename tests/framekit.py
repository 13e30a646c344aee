"""Stored frames built from laid-out text (no OCR, no pixels) and the app they are asked in.

Shared by the answer tests so that each says only what its screens show: ``text_frame`` for
windows given as (title, rect) with rows of text at (x, y), ``refocus`` to move the focus
between frames, ``utc_app`` for a fresh store, and ``ask_cited`` for asking with every claim's
citations checked.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.records import FrameRecord, SpanRecord, WindowFact, make_frame_id, make_span_id

# (window index, x, y, text) or (window index, x, y, text, background)
Row = tuple[Any, ...]


@contextlib.contextmanager
def utc_app(tmp_path: Path) -> Iterator[Autocapture]:
    """An app on a fresh store under ``tmp_path``, in UTC so the questions' clock times match."""
    cfg = load_config(tmp_path / "data")
    cfg.timezone = "UTC"
    a = Autocapture(config=cfg)
    try:
        yield a
    finally:
        a.close()


def ask_cited(app: Autocapture, q: str, now: datetime, *, value_cited: bool):  # type: ignore[no-untyped-def]
    """Ask at ``now``; every claim must rest on verified citations, and with ``value_cited``
    one of them must hold the claimed value."""
    ans = app.ask(q, now=now)
    for claim in ans.claims:
        assert claim.citations and all(c.verified for c in claim.citations), claim
        if value_cited:
            assert any(claim.value.lower() in c.text.lower() for c in claim.citations)
    return ans


def line_spans(fid: str, rows: list[Row], bg: str) -> list[SpanRecord]:
    """One line span per row, 20 px high and 9 px a character; a row's fifth item is its
    background, else ``bg``."""
    return [
        SpanRecord(
            make_span_id(fid, "line", i),
            "line",
            i,
            r[3],
            (r[1], r[2], r[1] + 9 * len(r[3]), r[2] + 20),
            0.95,
            "#202020",
            r[4] if len(r) > 4 else bg,
            window_index=r[0],
        )
        for i, r in enumerate(rows)
    ]


def text_frame(
    n: int, windows: list[tuple[str, tuple]], rows: list[Row], *, hour: datetime, bg: str
) -> FrameRecord:
    """Frame ``n`` at minute ``n`` of ``hour``; the first window has the focus, the rest lie
    below it in order."""
    ts = hour.replace(minute=n)
    sha = hashlib.sha256(f"frame-{n}-{rows}".encode()).hexdigest()
    fid = make_frame_id(sha, ts, 0)
    wins = [
        WindowFact(title=t, rect=r, window_id=f"0x{i}", focused=i == 0, z=i)
        for i, (t, r) in enumerate(windows)
    ]
    return FrameRecord(
        fid,
        ts,
        1280,
        800,
        sha,
        sha.encode(),
        "image/png",
        "synthetic",
        "synthetic",
        "0",
        0,
        windows=wins,
        spans=line_spans(fid, rows, bg),
    )


def refocus(w: WindowFact, focused: bool, z: int) -> WindowFact:
    """The same window with another focus and stacking place (as in a later frame)."""
    return dataclasses.replace(w, focused=focused, z=z)
