"""Console lines: text on a dark background, or coloured text anywhere, with the colour of the
line and of any word that differs from it."""

from __future__ import annotations

from collections import Counter

from autocapture.understand.colours import CHROMATIC, is_dark, name_colour
from autocapture.understand.model import Layout, UiNode


def parse(layout: Layout, nodes: list[UiNode]) -> list[UiNode]:
    window_node = {n.window_index: k for k, n in enumerate(nodes) if n.kind == "window"}
    by_window: dict[int | None, list] = {}
    for s in layout.lines:
        by_window.setdefault(s.window_index, []).append(s)
    out: list[UiNode] = []
    for wi, lines in by_window.items():
        dark = Counter(is_dark(s.bg) for s in lines).most_common(1)[0][0]
        for s in lines:
            colour = name_colour(s.fg)
            words = [
                {"text": w.text, "colour": name_colour(w.fg), "span_id": w.span_id}
                for w in layout.words.get(s.span_id, [])
            ]
            coloured = colour in CHROMATIC or any(w["colour"] in CHROMATIC for w in words)
            if not (dark or coloured):
                continue
            out.append(
                UiNode(
                    "console_line",
                    s.bbox,
                    s.text,
                    [s.span_id],
                    {
                        "colour": colour,
                        "background": name_colour(s.bg),
                        "bold": None,  # not measured yet
                        "words": [w for w in words if w["colour"] != colour],
                    },
                    window_index=wi,
                    parent=window_node.get(wi),
                )
            )
    return out
