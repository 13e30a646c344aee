"""The capture loop: grab, black out excluded windows, skip unchanged screens, OCR only the
changed bands, carry the rest forward, store (searchable at once) and/or write a bundle."""

from __future__ import annotations

import hashlib
import io
import shutil
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from autocapture.capture.bundle_writer import BundleWriter
from autocapture.capture.change import (
    Region,
    changed_bands,
    detect_scroll,
    overlaps_region,
    regions_for,
    row_states,
    scrolled_residue,
    tile_hashes,
)
from autocapture.capture.privacy import Exclusions
from autocapture.capture.x11 import XServerGone, XSession
from autocapture.extract import build_spans, window_for_box
from autocapture.ocr.base import OcrLine, OcrWord
from autocapture.records import FrameRecord, SpanRecord, WindowFact, make_frame_id, make_span_id

FULL_OCR_SHARE = 0.6  # when more than this share of rows changed, OCR the whole frame
PAUSE_FILE = "capture.paused"


@dataclass
class CaptureOptions:
    display: str | None = None
    interval: float | None = None  # seconds; default [capture] interval
    duration: float | None = None  # seconds; None runs until stopped
    bundle: Path | None = None
    ingest: bool = True


@dataclass
class CaptureResult:
    stored: bool
    frame_id: str | None = None
    windows: list[WindowFact] = field(default_factory=list)
    ocr_pixels: int = 0
    total_pixels: int = 0
    reason: str | None = None  # why nothing was stored: unchanged, paused, disk_low


def _shift(line: OcrLine, dx: int, dy: int) -> OcrLine:
    def box(b: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
        return (b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy)

    return OcrLine(
        line.text,
        box(line.bbox),
        line.conf,
        tuple(OcrWord(w.text, box(w.bbox), w.conf) for w in line.words),
    )


class CaptureAgent:
    def __init__(
        self, app: Any, opts: CaptureOptions, status: Callable[[str], None] | None = None
    ) -> None:
        import mss

        self.app = app
        self.opts = opts
        self.cfg = app.config.capture
        self.interval = opts.interval or self.cfg.interval
        self.status = status or (lambda _msg: None)
        self.x = XSession(opts.display)
        try:
            self.sct = mss.MSS(display=opts.display) if opts.display else mss.MSS()
        except Exception as exc:  # mss reports a missing display its own way
            raise XServerGone(f"cannot grab the X server {opts.display}: {exc}") from None
        self.exclusions = Exclusions(
            self.cfg.exclude_apps, self.cfg.exclude_titles, self.cfg.private_titles
        )
        app.config.data_dir.mkdir(parents=True, exist_ok=True)
        self.pause_file = app.config.data_dir / PAUSE_FILE
        self.paused_by_signal = False
        self.stats: Counter[str] = Counter()
        self._stop = threading.Event()
        self._prev_hashes: list[list[bytes]] | None = None
        self._prev_windows: list[WindowFact] | None = None
        self._prev_spans: list[SpanRecord] = []
        self._prev_pixels: np.ndarray | None = None
        self._disk_low = False
        self._ocr: Any = None
        self.writer = (
            BundleWriter(opts.bundle, f"x11:{opts.display or ''}") if opts.bundle else None
        )

    # -- control ---------------------------------------------------------------------
    def stop(self) -> None:
        self._stop.set()

    def pause(self) -> None:
        self.paused_by_signal = True

    def resume(self) -> None:
        self.paused_by_signal = False

    @property
    def paused(self) -> bool:
        return self.paused_by_signal or self.pause_file.exists()

    def _engine(self) -> Any:
        """[capture] ocr_engine when set (loaded once, through the allowlist), else [ocr]."""
        if self.cfg.ocr_engine is None:
            return self.app.ocr
        if self._ocr is None:
            self._ocr = self.app.plugins.ocr_factory(self.cfg.ocr_engine)()
        return self._ocr

    def close(self) -> None:
        self.x.close()
        self.sct.close()

    # -- one tick --------------------------------------------------------------------
    def _grab(self) -> np.ndarray:
        try:
            shot = self.sct.grab(self.sct.monitors[0])
        except Exception as exc:
            raise XServerGone(f"the X server {self.opts.display or ''} went away: {exc}") from None
        return np.frombuffer(shot.rgb, dtype=np.uint8).reshape(shot.height, shot.width, 3).copy()

    def _disk_ok(self) -> bool:
        free_mb = shutil.disk_usage(self.app.config.data_dir).free // (1024 * 1024)
        low = free_mb < self.cfg.min_free_mb
        if low and not self._disk_low:
            self.status(
                f"capture paused: {free_mb} MB free in {self.app.config.data_dir}, below"
                f" the {self.cfg.min_free_mb} MB floor ([capture] min_free_mb);"
                " it resumes when space returns"
            )
        elif not low and self._disk_low:
            self.status("capture resumed: disk space is back above the floor")
        self._disk_low = low
        return not low

    def capture_once(self) -> CaptureResult:
        if self.paused:
            self.stats["paused"] += 1
            return CaptureResult(False, reason="paused")
        if not self._disk_ok():
            self.stats["disk_low"] += 1
            return CaptureResult(False, reason="disk_low")
        ts = datetime.now(UTC)
        windows = self.x.windows()
        pixels = self._grab()
        windows = self.exclusions.apply(pixels, windows)
        h, w = pixels.shape[:2]
        self.stats["captured"] += 1
        hashes = tile_hashes(pixels, self.cfg.tile)
        if hashes == self._prev_hashes and windows == self._prev_windows:
            self.stats["unchanged"] += 1
            return CaptureResult(False, windows=windows, total_pixels=w * h, reason="unchanged")
        bands = changed_bands(self._prev_hashes, hashes, h, self.cfg.tile)
        if sum(y2 - y1 for y1, y2 in bands) > FULL_OCR_SHARE * h:
            bands = [(0, h)]
        regions = regions_for(bands, self._prev_hashes, hashes, w, windows, self.cfg.tile)
        regions, shifts = self._scrolls(regions, pixels)
        image = Image.fromarray(pixels)
        engine = self._engine()
        lines: list[OcrLine] = []
        for x1, y1, x2, y2 in regions:
            crop = image.crop((x1, y1, x2, y2))
            whole = (x1, y1, x2, y2) == (0, 0, w, h)
            lines += [_shift(ln, x1, y1) for ln in engine.recognize(crop, region=not whole)]
        buf = io.BytesIO()
        image.save(buf, format="PNG", compress_level=3)
        png = buf.getvalue()
        sha = hashlib.sha256(png).hexdigest()
        frame_id = make_frame_id(sha, ts, 0)
        monitor = (0, 0, w, h)
        spans = build_spans(frame_id, lines, pixels, windows, monitor)
        spans += self._carry(frame_id, regions, shifts, windows, len(spans))
        ocr_pixels = sum((x2 - x1) * (y2 - y1) for x1, y1, x2, y2 in regions)
        rec = FrameRecord(
            frame_id=frame_id,
            ts_utc=ts,
            width=w,
            height=h,
            image_sha256=sha,
            image_bytes=png,
            mime="image/png",
            source=f"x11:{self.opts.display or ''}",
            ocr_provider=engine.name,
            ocr_version=engine.version,
            monitor_id=0,
            monitor_rect=monitor,
            windows=windows,
            spans=spans,
            ocr_pixels=ocr_pixels,
        )
        if self.writer is not None:
            self.writer.write(png, ts, windows, monitor)
        if self.opts.ingest:
            self.app.store.write_frame(rec)
        self._prev_hashes, self._prev_windows, self._prev_spans = hashes, windows, spans
        self._prev_pixels = pixels
        self.stats["stored"] += 1
        self.stats["ocr_pixels"] += ocr_pixels
        self.stats["total_pixels"] += w * h
        return CaptureResult(True, frame_id, windows, ocr_pixels, w * h)

    def _scrolls(
        self, regions: list[Region], pixels: np.ndarray
    ) -> tuple[list[Region], list[tuple[Region, int, np.ndarray, np.ndarray]]]:
        """Regions whose content scrolled up: OCR only the rows the shift does not explain,
        and remember (region, dy) so the old spans move up with their text."""
        prev = self._prev_pixels
        if prev is None or prev.shape != pixels.shape:
            return regions, []
        out: list[Region] = []
        shifts: list[tuple[Region, int, np.ndarray, np.ndarray]] = []
        for x1, y1, x2, y2 in regions:
            before, now = prev[y1:y2, x1:x2], pixels[y1:y2, x1:x2]
            dy = detect_scroll(before, now) if y2 - y1 >= 4 * self.cfg.tile else 0
            static, moved = row_states(before, now, dy)
            if dy:
                shifts.append(((x1, y1, x2, y2), dy, static, moved))
            # Whether it scrolled or not, rows that did not change need no OCR.
            rest = scrolled_residue(static, moved)
            if rest is not None:
                out.append((x1, y1 + rest[0], x2, y1 + rest[1]))
        return out, shifts

    def _carry(
        self,
        frame_id: str,
        regions: list[Region],
        shifts: list[tuple[Region, int, np.ndarray, np.ndarray]],
        windows: list[WindowFact],
        seq0: int,
    ) -> list[SpanRecord]:
        """Spans of the previous frame still on screen: outside every OCR'd region, or moved
        up with scrolled content; with new ids, owners and positions."""
        where: dict[str, tuple[int, int, int, int]] = {}
        for s in self._prev_spans:
            box: tuple[int, int, int, int] | None = s.bbox
            for (x1, y1, x2, y2), dy, static, moved in shifts:
                b = s.bbox
                if x1 <= b[0] and b[2] <= x2 and y1 <= b[1] and b[3] <= y2:
                    r1, r2 = b[1] - y1, b[3] - y1
                    if static[r1:r2].all():
                        box = b  # a title bar or header that did not move
                    elif r1 - dy >= 0 and moved[r1 - dy : r2 - dy].all():
                        box = (b[0], b[1] - dy, b[2], b[3] - dy)
                    else:
                        box = None
                    break
            if box is not None and not overlaps_region(box, regions):
                where[s.span_id] = box
        out: list[SpanRecord] = []
        new_line_ids: dict[str, str] = {}
        seq = seq0
        for s in self._prev_spans:
            parent = s.span_id if s.kind == "line" else s.line_span_id
            if parent not in where or s.span_id not in where:
                continue
            new_id = make_span_id(frame_id, s.kind, seq)
            if s.kind == "line":
                new_line_ids[s.span_id] = new_id
            elif (s.line_span_id or "") not in new_line_ids:
                continue
            box = where[s.span_id]
            out.append(
                SpanRecord(
                    new_id,
                    s.kind,
                    seq,
                    s.text,
                    box,
                    s.conf,
                    s.fg,
                    s.bg,
                    new_line_ids.get(s.line_span_id or "") if s.kind == "word" else None,
                    window_for_box(box, windows),
                    carried_from=s.span_id,
                )
            )
            seq += 1
        return out

    # -- the loop --------------------------------------------------------------------
    def run(self) -> Counter[str]:
        deadline = time.monotonic() + self.opts.duration if self.opts.duration else None
        while not self._stop.is_set():
            t0 = time.monotonic()
            res = self.capture_once()
            self.status(self.describe(res))
            if deadline is not None and time.monotonic() >= deadline:
                break
            self._stop.wait(max(0.0, self.interval - (time.monotonic() - t0)))
        return self.stats

    def describe(self, res: CaptureResult) -> str:
        s = self.stats
        share = s["ocr_pixels"] / s["total_pixels"] if s["total_pixels"] else 0.0
        state = "paused" if self.paused else ("disk low" if self._disk_low else "capturing")
        return (
            f"{state}: captured {s['captured']}, stored {s['stored']}, unchanged "
            f"{s['unchanged']}, OCR'd {share:.0%} of stored pixels"
        )
