"""Selected or highlighted elements: lines whose background differs from their window's usual
background (a selection bar, a highlighted menu item, a marked search hit)."""

from __future__ import annotations

from collections import Counter

from autocapture.understand.colours import name_colour, rgb_of
from autocapture.understand.model import Layout, UiNode

MIN_DISTANCE = 60  # sum of RGB differences that makes a background "different"
MAX_SHARE = 0.34  # a background on more lines than this is a second theme, not a highlight


def _distance(a: str | None, b: str | None) -> int:
    ra, rb = rgb_of(a or ""), rgb_of(b or "")
    if ra is None or rb is None:
        return 0
    return sum(abs(x - y) for x, y in zip(ra, rb, strict=True))


def parse(layout: Layout, nodes: list[UiNode]) -> list[UiNode]:
    window_node = {n.window_index: k for k, n in enumerate(nodes) if n.kind == "window"}
    out: list[UiNode] = []
    by_window: dict[int | None, list] = {}
    for s in layout.lines:
        by_window.setdefault(s.window_index, []).append(s)
    for wi, lines in by_window.items():
        if len(lines) < 4:
            continue
        usual = Counter(s.bg for s in lines if s.bg).most_common(1)
        if not usual:
            continue
        base = usual[0][0]
        odd = [s for s in lines if _distance(s.bg, base) >= MIN_DISTANCE]
        if not odd or len(odd) / len(lines) > MAX_SHARE:
            continue
        for s in odd:
            out.append(
                UiNode(
                    "highlight",
                    s.bbox,
                    s.text,
                    [s.span_id],
                    {"background": name_colour(s.bg), "usual_background": name_colour(base)},
                    window_index=wi,
                    parent=window_node.get(wi),
                )
            )
    return out
