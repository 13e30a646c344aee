"""Plain records passed between ingest, extraction and the store."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

BBox = tuple[int, int, int, int]


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def format_ts(ts: datetime) -> str:
    """ISO 8601 in UTC with milliseconds and a Z, the form used everywhere we store time."""
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond // 1000:03d}Z"


def ts_ms(ts: datetime) -> int:
    return int(ts.timestamp() * 1000)


@dataclass(frozen=True)
class WindowFact:
    title: str
    rect: BBox
    window_id: str | None = None
    app: str | None = None
    pid: int | None = None
    focused: bool = False
    z: int | None = None


@dataclass(frozen=True)
class SpanRecord:
    span_id: str
    kind: str  # "line" or "word"
    seq: int
    text: str
    bbox: BBox
    conf: float
    fg: str | None = None
    bg: str | None = None
    line_span_id: str | None = None
    window_index: int | None = None  # index into FrameRecord.windows
    carried_from: str | None = None  # span id this was copied from (unchanged screen region)
    weight: float | None = None  # stroke width / line height (autocapture.stroke); None: unmeasured
    # A checkbox/radio drawn beside this text (autocapture.checkbox): "checked", "unchecked",
    # "selected"; "" when looked for and none is there; None when not looked for.
    mark: str | None = None
    mark_bbox: BBox | None = None

    @property
    def text_sha256(self) -> str:
        return sha256_text(self.text)


@dataclass
class FrameRecord:
    frame_id: str
    ts_utc: datetime
    width: int
    height: int
    image_sha256: str
    image_bytes: bytes
    mime: str
    source: str
    ocr_provider: str
    ocr_version: str
    monitor_id: int | None = None
    monitor_rect: BBox | None = None
    url: str | None = None
    windows: list[WindowFact] = field(default_factory=list)
    spans: list[SpanRecord] = field(default_factory=list)
    ocr_pixels: int | None = None  # pixels OCR'd for this frame (None: the whole image)


def make_frame_id(image_sha256: str, ts: datetime, monitor_id: int | None) -> str:
    """Same pixels at the same time on the same monitor are the same frame (idempotent)."""
    key = f"{image_sha256}|{format_ts(ts)}|{monitor_id}"
    return "f_" + hashlib.sha256(key.encode()).hexdigest()[:20]


def make_span_id(frame_id: str, kind: str, seq: int) -> str:
    return "s_" + hashlib.sha256(f"{frame_id}|{kind}|{seq}".encode()).hexdigest()[:20]
