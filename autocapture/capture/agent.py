"""The capture loop: grab, black out excluded windows, skip unchanged screens, OCR only the
changed bands, carry the rest forward, store (searchable at once) and/or write a bundle."""

from __future__ import annotations

import ctypes
import hashlib
import io
import math
import shutil
import sys
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
    Area,
    Region,
    changed_areas,
    changed_bands,
    detect_scroll,
    masked,
    merge_rows,
    owner_map,
    residue_ranges,
    row_states,
    strips,
    tile_hashes,
    widen_to_lines,
)
from autocapture.capture.privacy import Exclusions
from autocapture.capture.x11 import XServerGone, XSession
from autocapture.extract import build_spans, window_for_box
from autocapture.ocr.base import OcrLine, OcrWord
from autocapture.records import FrameRecord, SpanRecord, WindowFact, make_frame_id, make_span_id
from autocapture.store.sessions import heartbeat, record_session

FULL_OCR_SHARE = 0.6  # when more than this share of rows changed, take every row as changed
PAUSE_FILE = "capture.paused"
# OCR reads tall areas in strips of about this many pixels: the text detector's memory grows
# with its input (a whole 1280x800 screen at once: ~290 MB more; strips of 300,000 pixels:
# ~120 MB with recognition). Strips overlap by more than a line is tall.
STRIP_PIXELS = 300_000
STRIP_MIN_ROWS = 160
STRIP_OVERLAP = 64
STRIP_SLACK = 8  # rows past a strip's own rows where a line is still a candidate
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # glibc mallopt parameters


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
    ts: datetime | None = None  # when the screen was grabbed (None: it was not)


def _shift(line: OcrLine, dx: int, dy: int) -> OcrLine:
    def box(b: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
        return (b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy)

    return OcrLine(
        line.text,
        box(line.bbox),
        line.conf,
        tuple(OcrWord(w.text, box(w.bbox), w.conf) for w in line.words),
    )


def _bound_heap() -> None:
    """Let glibc hand big buffers back to the system at once. Without its memory arena,
    onnxruntime allocates each tensor with malloc; glibc raises its mmap threshold after the
    first big free, so later tensors of up to 32 MB come from the heap, which fragments and
    keeps its peak. Buffers of 1 MB and more are mapped instead (the detector's big tensors);
    smaller ones stay on a heap that is not trimmed for every free. In the capture benchmark:
    ~100 MB less peak RSS for ~1.3% of a core. Process-wide; glibc only."""
    if not sys.platform.startswith("linux"):
        return
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):  # not glibc
        return
    mallopt(M_MMAP_THRESHOLD, 1 << 20)
    mallopt(M_TRIM_THRESHOLD, 64 << 20)


def _owner_at(owner: np.ndarray, box: Region) -> int:
    h, w = owner.shape
    cx = min(w - 1, max(0, (box[0] + box[2]) // 2))
    cy = min(h - 1, max(0, (box[1] + box[3]) // 2))
    return int(owner[cy, cx])


def _centre_in(box: Region, outer: Region) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return outer[0] <= cx < outer[2] and outer[1] <= cy < outer[3]


def _same_line(a: Region, b: Region) -> bool:
    """Boxes that overlap in columns and over half the shorter one's rows: one text line."""
    rows = min(a[3], b[3]) - max(a[1], b[1])
    return a[0] < b[2] and b[0] < a[2] and rows > 0.5 * min(a[3] - a[1], b[3] - b[1])


def _same(a: np.ndarray, b: np.ndarray, mask: np.ndarray) -> bool:
    return a.shape == b.shape and bool(((a == b).all(axis=2) | ~mask).all())


def _core(box: Region) -> Region:
    """The middle half of a line box's rows: the detector pads its boxes, so neighbouring
    lines' boxes overlap (a cursor moving on the next line is not a change of this one)."""
    x1, y1, x2, y2 = box
    q = (y2 - y1) // 4 if y2 - y1 >= 8 else 0
    return (x1, y1 + q, x2, y2 - q)


def _follow(
    box: Region,
    prev: np.ndarray,
    cur: np.ndarray,
    owner: np.ndarray,
    shifts: list[tuple[Region, int]],
) -> Region | None:
    """Where a line of the previous frame is now: in place when the pixels of the window it
    lies in are unchanged there, moved up by dy when it lies in an area that scrolled and its
    pixels are found there, else None (it changed or went)."""
    x1, y1, x2, y2 = _core(box)
    before = prev[y1:y2, x1:x2]
    o = _owner_at(owner, box)
    if _same(before, cur[y1:y2, x1:x2], owner[y1:y2, x1:x2] == o):
        return box
    for (rx1, ry1, rx2, ry2), dy in shifts:
        b = box
        if rx1 <= b[0] and b[2] <= rx2 and ry1 <= b[1] and b[3] <= ry2 and b[1] - dy >= 0:
            o = _owner_at(owner, (b[0], b[1] - dy, b[2], b[3] - dy))
            now = cur[y1 - dy : y2 - dy, x1:x2]
            if _same(before, now, owner[y1 - dy : y2 - dy, x1:x2] == o):
                return (b[0], b[1] - dy, b[2], b[3] - dy)
    return None


class CaptureAgent:
    def __init__(
        self, app: Any, opts: CaptureOptions, status: Callable[[str], None] | None = None
    ) -> None:
        import mss

        _bound_heap()
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
        self.source = f"x11:{opts.display or ''}"
        self.writer = BundleWriter(opts.bundle, self.source) if opts.bundle else None
        # The capture session in the store (autocapture/store/sessions.py): started at the
        # first grab, its end moved to every later grab, changed or not; a pause or a full
        # disk ends it and the next grab starts another, so the gap reads as not recording.
        self._session_id: str | None = None
        self._last_ts: datetime | None = None
        self._writer_run_open = True

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
        if self.writer is not None and self._last_ts is not None:
            self.writer.close(self._last_ts)  # the last grab: capture certainly ran until then
        self.x.close()
        self.sct.close()

    # -- capture sessions ----------------------------------------------------------------
    def _ran(self, ts: datetime) -> None:
        """The screen was grabbed at ``ts`` (and its frame, if any, is stored): one cheap
        UPDATE, or an INSERT for the first grab of a session."""
        self._last_ts = ts
        if self.writer is not None:
            if not self._writer_run_open:
                self.writer.start_run(ts)
                self._writer_run_open = True
            self.writer.heartbeat(ts)
        if not self.opts.ingest:
            return
        if self._session_id is None:
            self._session_id = record_session(self.app.store.db, self.source, ts, ts)
        else:
            heartbeat(self.app.store.db, self._session_id, ts)

    def _halted(self) -> None:
        """Not capturing (paused, disk low): the session ends at its last heartbeat."""
        self._session_id = None
        if self.writer is not None and self._writer_run_open and self._last_ts is not None:
            self.writer.close_run(self._last_ts)
            self._writer_run_open = False

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
            self._halted()
            return CaptureResult(False, reason="paused")
        if not self._disk_ok():
            self.stats["disk_low"] += 1
            self._halted()
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
            self._ran(ts)
            return CaptureResult(
                False, windows=windows, total_pixels=w * h, reason="unchanged", ts=ts
            )
        bands = changed_bands(self._prev_hashes, hashes, h, self.cfg.tile)
        if sum(y2 - y1 for y1, y2 in bands) > FULL_OCR_SHARE * h:
            bands = [(0, h)]
        owner = owner_map(windows, h, w)
        areas = changed_areas(bands, self._prev_pixels, pixels, owner)
        areas, moved_to = self._plan(areas, pixels, owner)
        engine = self._engine()
        lines: list[OcrLine] = []
        ocr_pixels = 0
        for area in areas:
            got, n = self._read(engine, pixels, owner, area)
            lines += got
            ocr_pixels += n
        # A sliver of a carried line at an area's edge is that line, already known.
        kept = list(moved_to.values())
        lines = [ln for ln in lines if not any(_centre_in(ln.bbox, b) for b in kept)]
        image = Image.fromarray(pixels)
        buf = io.BytesIO()
        image.save(buf, format="PNG", compress_level=3)
        png = buf.getvalue()
        sha = hashlib.sha256(png).hexdigest()
        frame_id = make_frame_id(sha, ts, 0)
        monitor = (0, 0, w, h)
        spans = build_spans(frame_id, lines, pixels, windows, monitor)
        spans += self._carry(frame_id, moved_to, windows, len(spans))
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
        self._ran(ts)
        return CaptureResult(True, frame_id, windows, ocr_pixels, w * h, ts=ts)

    def _read(
        self, engine: Any, pixels: np.ndarray, owner: np.ndarray, area: Area
    ) -> tuple[list[OcrLine], int]:
        """OCR one area at native resolution: pixels of windows it does not read are painted
        over with its own background; a tall area is read in overlapping strips (each line
        from the strip that holds it whole), which bounds the detector's memory."""
        x1, y1, x2, y2 = area.rect
        block = pixels[y1:y2, x1:x2]
        mask = area.mask(owner)
        if mask is not None and not mask.all():
            if not mask.any():
                return [], 0
            fill = np.median(block[mask][::7], axis=0).astype(np.uint8)
            block = np.where(mask[:, :, None], block, fill)
        rows = max(STRIP_MIN_ROWS, STRIP_PIXELS // max(1, x2 - x1))
        h = y2 - y1
        parts = strips(h, rows, STRIP_OVERLAP)
        if len(parts) == 1:
            crop = Image.fromarray(np.ascontiguousarray(block))
            lines = engine.recognize(crop, region=True)
            return [_shift(ln, x1, y1) for ln in lines], crop.width * crop.height
        # A line near the border of two strips' own rows is seen by both, with boxes a pixel
        # apart: take candidates a little past each border, the most central one of each line.
        found: list[tuple[bool, float, int, OcrLine]] = []
        read = 0
        for k, (s, e, own_lo, own_hi) in enumerate(parts):
            crop = Image.fromarray(np.ascontiguousarray(block[s:e]))
            read += crop.width * crop.height
            for ln in engine.recognize(crop, region=True):
                c = s + (ln.bbox[1] + ln.bbox[3]) / 2
                if own_lo - STRIP_SLACK <= c < own_hi + STRIP_SLACK:
                    # distance from the nearest edge where the strip cuts the area
                    central = min(c - s if s > 0 else math.inf, e - c if e < h else math.inf)
                    found.append((own_lo <= c < own_hi, central, k, _shift(ln, x1, y1 + s)))
        found.sort(key=lambda f: (not f[0], -f[1]))
        taken: list[tuple[int, OcrLine]] = []
        for _, _, k, ln in found:
            if not any(j != k and _same_line(ln.bbox, o.bbox) for j, o in taken):
                taken.append((k, ln))
        return [ln for _, ln in taken], read

    def _plan(
        self, areas: list[Area], pixels: np.ndarray, owner: np.ndarray
    ) -> tuple[list[Area], dict[str, Region]]:
        """The areas to OCR (only rows that are neither unchanged nor explained by a scroll,
        grown so no text line is cut) and where each previous line is now, for those that are
        still on screen and not read again."""
        prev = self._prev_pixels
        if prev is None or prev.shape != pixels.shape:
            return areas, {}
        h = pixels.shape[0]
        shifts: list[tuple[Region, int]] = []
        pending: list[tuple[Area, list[tuple[int, int]]]] = []
        for area in areas:
            x1, y1, x2, y2 = area.rect
            mask = area.mask(owner)
            before, now = prev[y1:y2, x1:x2], pixels[y1:y2, x1:x2]
            dy = 0
            if y2 - y1 >= 4 * self.cfg.tile:
                # Columns the area's windows show in every row: a row that moved from under
                # another window into view (or back) is the same text with another neighbour.
                clear = None if mask is None else mask.all(axis=0)
                if clear is None:
                    dy = detect_scroll(before, now)
                elif clear.sum() >= self.cfg.tile:
                    dy = detect_scroll(before[:, clear], now[:, clear])
                else:
                    dy = detect_scroll(masked(before, mask), masked(now, mask))
            static, moved = row_states(before, now, dy, mask)
            if dy:
                shifts.append((area.rect, dy))
            pending.append((area, residue_ranges(static, moved)))
        lines = [s for s in self._prev_spans if s.kind == "line"]
        now_at = {s.span_id: _follow(s.bbox, prev, pixels, owner, shifts) for s in lines}
        # Lines still on screen (where they are now) and lines that changed (where they were).
        boxes = [(now_at[s.span_id] or s.bbox, now_at[s.span_id] is None) for s in lines]
        out: list[Area] = []
        for area, ranges in pending:
            x1, y1, x2, y2 = area.rect
            kept: list[Region] = []
            changed: list[Region] = []
            for b, gone in boxes:
                if area.owners is None or _owner_at(owner, b) in area.owners:
                    (changed if gone else kept).append((b[0], b[1] - y1, b[2], b[3] - y1))
            grown = merge_rows([widen_to_lines(r, kept, x1, x2, changed) for r in ranges])
            for r1, r2 in grown:
                rect = (x1, max(0, y1 + r1), x2, min(h, y1 + r2))
                if rect[3] > rect[1]:
                    out.append(Area(rect, area.owners))
        moved_to: dict[str, Region] = {}
        for s in lines:
            box = now_at[s.span_id]
            if box is not None and not any(a.reads(box, _owner_at(owner, box)) for a in out):
                moved_to[s.span_id] = box
        return out, moved_to

    def _carry(
        self,
        frame_id: str,
        moved_to: dict[str, Region],
        windows: list[WindowFact],
        seq0: int,
    ) -> list[SpanRecord]:
        """Lines of the previous frame still on screen and not read again, with their words:
        new ids, owners and (when they scrolled) positions."""
        out: list[SpanRecord] = []
        new_line_ids: dict[str, str] = {}
        delta: dict[str, tuple[int, int]] = {}
        seq = seq0
        for s in self._prev_spans:
            parent = s.span_id if s.kind == "line" else (s.line_span_id or "")
            if parent not in moved_to:
                continue
            new_id = make_span_id(frame_id, s.kind, seq)
            if s.kind == "line":
                new_line_ids[s.span_id] = new_id
                nb = moved_to[s.span_id]
                delta[s.span_id] = (nb[0] - s.bbox[0], nb[1] - s.bbox[1])
            elif parent not in new_line_ids:
                continue
            dx, dy = delta[parent]
            b = s.bbox
            box = (b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy)
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
                    new_line_ids[parent] if s.kind == "word" else None,
                    window_for_box(box, windows),
                    carried_from=s.span_id,
                    weight=s.weight,
                    mark=s.mark,  # a checkbox beside the word moves with it
                    mark_bbox=(
                        (mb[0] + dx, mb[1] + dy, mb[2] + dx, mb[3] + dy)
                        if (mb := s.mark_bbox)
                        else None
                    ),
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
