"""Console lines: text on a dark background, or coloured text anywhere, with the colour and
weight (bold or not) of the line and of any word that differs from it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from autocapture.records import SpanRecord
from autocapture.understand.colours import CHROMATIC, is_dark, name_colour
from autocapture.understand.model import Layout, UiNode

# A span's weight is its stroke width over its line height (autocapture/stroke.py). OCR line
# boxes of one font differ in height by up to 20% (descenders, box glyphs), so words are
# compared by their stroke width in pixels with the window's words of similar height: regular
# strokes of one font spread about +-15% around their level, bold ones are about 1.5x as
# thick. The level is a low quantile, since a window may hold more bold words than regular.
BOLD_RATIO = 1.25
REFERENCE_QUANTILE = 0.25
SIMILAR_HEIGHT = 1.2  # line heights within this factor hold the same size of text
MIN_PEERS = 4  # fewer measured words of similar height: no level to compare with
NEVER_BOLD = 0.07  # weights below this are regular in any font (DejaVu, Liberation, Noto)
CLEARLY_BOLD = 0.115  # ... above this bold even with no regular text to compare


def _quantile(values: list[float], q: float) -> float:
    vs = sorted(values)
    return vs[min(len(vs) - 1, int(q * len(vs)))]


def bold_flags(items: Sequence[tuple[str, float | None, float]]) -> dict[str, bool | None]:
    """Bold or not for each (key, weight, line height) of one window's words, judged against
    the window's regular text of similar height; None where the weight was not measured."""
    measured = [(w * h, h) for _, w, h in items if w is not None and h > 0]
    out: dict[str, bool | None] = {}
    for key, weight, height in items:
        if weight is None or height <= 0:
            out[key] = None
            continue
        peers = [px for px, h in measured if max(h, height) / min(h, height) <= SIMILAR_HEIGHT]
        if weight < NEVER_BOLD or weight >= CLEARLY_BOLD or len(peers) < MIN_PEERS:
            out[key] = weight >= CLEARLY_BOLD
        else:
            out[key] = weight * height >= BOLD_RATIO * _quantile(peers, REFERENCE_QUANTILE)
    return out


def window_bold(layout: Layout, lines: list[SpanRecord]) -> dict[str, bool | None]:
    """Bold flags of the words on ``lines`` (one window's lines), by word span id."""
    items = [
        (w.span_id, w.weight, float(s.bbox[3] - s.bbox[1]))
        for s in lines
        for w in layout.words.get(s.span_id, [])
    ]
    return bold_flags(items)


def line_bold(words: list[dict]) -> bool | None:
    """A line is bold when most of its measured characters are; None when none was measured."""
    weights: Counter[bool] = Counter()
    for w in words:
        if w["bold"] is not None:
            weights[w["bold"]] += len(w["text"])
    if not weights:
        return None
    return weights[True] > weights[False]


def parse(layout: Layout, nodes: list[UiNode]) -> list[UiNode]:
    window_node = {n.window_index: k for k, n in enumerate(nodes) if n.kind == "window"}
    by_window: dict[int | None, list] = {}
    for s in layout.lines:
        by_window.setdefault(s.window_index, []).append(s)
    out: list[UiNode] = []
    for wi, lines in by_window.items():
        dark = Counter(is_dark(s.bg) for s in lines).most_common(1)[0][0]
        bold = window_bold(layout, lines)
        # A light window printing coloured text is a coloured console: a line in grey there is
        # dimmed output ("faint", "greyed out"), marked as much as the coloured ones.
        tinted = any(name_colour(s.fg) in CHROMATIC for s in lines)
        for s in lines:
            colour = name_colour(s.fg)
            words = [
                {
                    "text": w.text,
                    "colour": name_colour(w.fg),
                    "span_id": w.span_id,
                    "bold": bold.get(w.span_id),
                }
                for w in layout.words.get(s.span_id, [])
            ]
            coloured = colour in CHROMATIC or any(w["colour"] in CHROMATIC for w in words)
            if not (dark or coloured or (tinted and colour == "grey")):
                continue
            heavy = line_bold(words)
            differing = [
                w
                for w in words
                if w["colour"] != colour
                or (heavy is not None and w["bold"] is not None and w["bold"] != heavy)
            ]
            out.append(
                UiNode(
                    "console_line",
                    s.bbox,
                    s.text,
                    [s.span_id],
                    {
                        "colour": colour,
                        "background": name_colour(s.bg),
                        "bold": heavy,
                        "words": differing,
                    },
                    window_index=wi,
                    parent=window_node.get(wi),
                )
            )
    return out
