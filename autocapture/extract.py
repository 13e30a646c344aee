"""Turn OCR output and window facts into stored spans: text, box, colour, stroke weight, the
checkbox drawn beside it and owning window."""

from __future__ import annotations

import numpy as np

from autocapture.checkbox import line_marks
from autocapture.colour import sample_colours
from autocapture.ocr.base import OcrLine
from autocapture.records import BBox, SpanRecord, WindowFact, make_span_id
from autocapture.stroke import stroke_weight


def window_for_box(
    bbox: BBox,
    windows: list[WindowFact],
    offset: tuple[int, int] = (0, 0),
    scale: float = 1.0,
) -> int | None:
    """Index of the topmost window whose rect holds the box's centre, in screen pixels."""
    cx = offset[0] + (bbox[0] + bbox[2]) / 2 / scale
    cy = offset[1] + (bbox[1] + bbox[3]) / 2 / scale
    best: tuple[int, int] | None = None
    for i, w in enumerate(windows):
        x1, y1, x2, y2 = w.rect
        if x1 <= cx < x2 and y1 <= cy < y2:
            rank = w.z if w.z is not None else i
            if best is None or rank < best[0]:
                best = (rank, i)
    return best[1] if best else None


def build_spans(
    frame_id: str,
    lines: list[OcrLine],
    pixels: np.ndarray,
    windows: list[WindowFact],
    monitor_rect: BBox | None,
) -> list[SpanRecord]:
    """One line span per OCR line and one word span per word, all linked, coloured and weighed."""
    width = pixels.shape[1]
    offset = (monitor_rect[0], monitor_rect[1]) if monitor_rect else (0, 0)
    scale = width / (monitor_rect[2] - monitor_rect[0]) if monitor_rect else 1.0
    ordered = sorted(lines, key=lambda ln: (ln.bbox[1], ln.bbox[0]))
    spans: list[SpanRecord] = []
    seq = 0
    for line in ordered:
        line_id = make_span_id(frame_id, "line", seq)
        win = window_for_box(line.bbox, windows, offset, scale)
        fg, bg = sample_colours(pixels, line.bbox)
        # Words are weighed against their line's height: a word's own box shrinks to its
        # x-height ("src") or grows with descenders, which would read as a weight change.
        height = line.bbox[3] - line.bbox[1]
        wcolours = [sample_colours(pixels, w.bbox) for w in line.words]
        # A drawn checkbox sits beside a word (the line's box may swallow it): looked for
        # beside each word, or beside the line when OCR gave no words.
        leaves = [(w.bbox, c[1]) for w, c in zip(line.words, wcolours, strict=True)]
        marks = line_marks(
            pixels, [b for b, _ in leaves] or [line.bbox], [c for _, c in leaves] or [bg], height
        )
        lmark = marks[0] if not line.words else None
        spans.append(
            SpanRecord(
                line_id,
                "line",
                seq,
                line.text,
                line.bbox,
                line.conf,
                fg,
                bg,
                None,
                win,
                weight=stroke_weight(pixels, line.bbox, fg, bg, height),
                mark=lmark.state if lmark else "",
                mark_bbox=lmark.bbox if lmark else None,
            )
        )
        seq += 1
        for word, (wfg, wbg), m in zip(line.words, wcolours, marks, strict=False):
            spans.append(
                SpanRecord(
                    make_span_id(frame_id, "word", seq),
                    "word",
                    seq,
                    word.text,
                    word.bbox,
                    word.conf,
                    wfg,
                    wbg,
                    line_id,
                    window_for_box(word.bbox, windows, offset, scale),
                    weight=stroke_weight(pixels, word.bbox, wfg, wbg, height),
                    mark=m.state if m else "",
                    mark_bbox=m.bbox if m else None,
                )
            )
            seq += 1
    return spans
