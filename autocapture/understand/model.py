"""The UI graph's nodes, and the read-only layout view that parsers work from."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from autocapture.records import BBox, SpanRecord, WindowFact

NODE_KINDS = (
    "window",
    "title_bar",
    "tab_strip",
    "tab",
    "url_bar",
    "text_block",
    "text_line",
    "list",
    "list_row",
    "table",
    "table_row",
    "table_cell",
    "chat_message",
    "form_field",
    "calendar_event",
    "console_line",
    "highlight",
)


@dataclass
class UiNode:
    """One element of a frame's screen: what it is, where, and the spans it rests on."""

    kind: str
    bbox: BBox
    text: str = ""
    span_ids: list[str] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)
    window_index: int | None = None
    parent: int | None = None  # index of the parent node in the frame's node list
    node_id: str = ""

    def as_dict(self, ids: list[str]) -> dict[str, Any]:
        return {
            "node_id": self.node_id,
            "kind": self.kind,
            "bbox": list(self.bbox),
            "text": self.text,
            "span_ids": self.span_ids,
            "attrs": self.attrs,
            "window_index": self.window_index,
            "parent_id": ids[self.parent] if self.parent is not None else None,
        }


def make_node_id(frame_id: str, seq: int, kind: str) -> str:
    return "n_" + hashlib.sha256(f"{frame_id}|{kind}|{seq}".encode()).hexdigest()[:20]


def union(boxes: list[BBox]) -> BBox:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


# Ideographs, kana and hangul: OCR set to Latin and others reads a window's drawn buttons
# (minimise, maximise, close) or an icon as one of these ("00网", "菌").
FOREIGN_RE = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")
NOISE_CHARS = 4  # ... in a line this short
NOISE_RATIO = 3  # ... in a window with at least this many lines of words per such line
LATIN_RE = re.compile(r"[A-Za-z]{2}")


def noise_lines(lines: list[SpanRecord]) -> set[str]:
    """Span ids of lines that are OCR noise: a few characters, one of them from a script
    that no other line of the window uses (an icon read as an ideograph)."""
    by_window: dict[int | None, list[SpanRecord]] = {}
    for s in lines:
        by_window.setdefault(s.window_index, []).append(s)
    out: set[str] = set()
    for ls in by_window.values():
        foreign = [s for s in ls if FOREIGN_RE.search(s.text)]
        short = [s for s in foreign if len(s.text.replace(" ", "")) <= NOISE_CHARS]
        latin = sum(1 for s in ls if LATIN_RE.search(s.text) and s not in foreign)
        # Noise only where the window's text is in another script: many more lines of Latin
        # words than such glyphs (a CJK window's short lines are its text).
        if short and len(foreign) == len(short) and latin >= NOISE_RATIO * len(short):
            out.update(s.span_id for s in short)
    return out


@dataclass
class Layout:
    """A frame as parsers see it: windows and their line spans in reading order."""

    frame_id: str
    width: int
    height: int
    windows: list[WindowFact]
    spans: list[SpanRecord]

    @cached_property
    def lines(self) -> list[SpanRecord]:
        """Line spans in reading order, without OCR noise (``noise_lines``)."""
        ls = [s for s in self.spans if s.kind == "line"]
        noise = noise_lines(ls)
        return sorted(
            (s for s in ls if s.span_id not in noise), key=lambda s: (s.bbox[1], s.bbox[0])
        )

    @cached_property
    def words(self) -> dict[str, list[SpanRecord]]:
        out: dict[str, list[SpanRecord]] = {}
        for s in self.spans:
            if s.kind == "word" and s.line_span_id:
                out.setdefault(s.line_span_id, []).append(s)
        for ws in out.values():
            ws.sort(key=lambda s: s.bbox[0])
        return out

    def window_lines(self, index: int | None) -> list[SpanRecord]:
        return [s for s in self.lines if s.window_index == index]

    @cached_property
    def line_height(self) -> float:
        hs = sorted(s.bbox[3] - s.bbox[1] for s in self.lines)
        return float(hs[len(hs) // 2]) if hs else 16.0


@dataclass
class Segment:
    """Line spans of one window that read as one run of text: same row, close together."""

    spans: list[SpanRecord]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.spans)

    @cached_property
    def bbox(self) -> BBox:
        return union([s.bbox for s in self.spans])

    @property
    def span_ids(self) -> list[str]:
        return [s.span_id for s in self.spans]

    def spans_at(self, start: int, end: int) -> list[SpanRecord]:
        """The spans holding characters start..end of ``text``."""
        out, pos = [], 0
        for s in self.spans:
            if pos < end and start < pos + len(s.text):
                out.append(s)
            pos += len(s.text) + 1
        return out


def same_row(a: BBox, b: BBox) -> bool:
    """Vertical centres within half the smaller height: one typographic row."""
    ha, hb = a[3] - a[1], b[3] - b[1]
    return abs((a[1] + a[3]) - (b[1] + b[3])) / 2 <= 0.5 * max(1, min(ha, hb))


def rows(lines: list[SpanRecord]) -> list[list[SpanRecord]]:
    """Spans grouped into typographic rows, top to bottom, each row left to right."""
    out: list[list[SpanRecord]] = []
    for s in sorted(lines, key=lambda s: (s.bbox[1] + s.bbox[3], s.bbox[0])):
        if out and any(same_row(o.bbox, s.bbox) for o in out[-1]):
            out[-1].append(s)
        else:
            out.append([s])
    return [sorted(r, key=lambda s: s.bbox[0]) for r in out]


def segments(lines: list[SpanRecord], max_gap: float) -> list[Segment]:
    """Spans on one row joined when the horizontal gap between them is at most ``max_gap``
    pixels (OCR splits a line at wide spaces); a wider gap starts another segment (a column
    beside it). Top to bottom, then left to right."""
    out: list[Segment] = []
    for row in rows(lines):
        run = [row[0]]
        for s in row[1:]:
            if s.bbox[0] - run[-1].bbox[2] > max_gap:
                out.append(Segment(run))
                run = []
            run.append(s)
        out.append(Segment(run))
    return out


def claimed(nodes: list[UiNode], kinds: tuple[str, ...]) -> set[str]:
    """Span ids that nodes of these kinds already rest on."""
    return {sid for n in nodes if n.kind in kinds for sid in n.span_ids}


def window_parents(nodes: list[UiNode]) -> dict[int | None, int]:
    """Window index -> position of its window node among ``nodes``."""
    return {n.window_index: k for k, n in enumerate(nodes) if n.kind == "window"}


def window_texts(
    layout: Layout, nodes: list[UiNode], skip_kinds: tuple[str, ...]
) -> Iterator[tuple[int | None, list[SpanRecord], float]]:
    """Per window: its lines not already taken by nodes of ``skip_kinds``, and its line
    height (the median, so a heading does not skew it)."""
    taken = claimed(nodes, skip_kinds)
    for wi in sorted({s.window_index for s in layout.lines}, key=lambda w: (w is None, w or 0)):
        lines = [s for s in layout.window_lines(wi) if s.span_id not in taken]
        if lines:
            hs = sorted(s.bbox[3] - s.bbox[1] for s in lines)
            yield wi, lines, float(hs[len(hs) // 2])
