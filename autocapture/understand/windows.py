"""Window nodes (title, app, focus, z-order, how much of each is visible) and title bars."""

from __future__ import annotations

import re

import numpy as np
from rapidfuzz import fuzz

from autocapture.understand.model import Layout, UiNode

GRID = 8  # occlusion is estimated on a grid of this many pixels
TITLE_MATCH = 80
PROMPT_MARKS = ("$", "#", "%", ">")  # what a shell prompt ends with, after the title it repeats
PROMPT_RE = re.compile(r"^\S.*?[\w~/)\]]\s?[$#%>](\s.*)?$")  # "user@host:~/dir$ ls -l"
TIE = 5.0  # match scores this close are equally good
EXTRA_TEXT = 0.2  # a title bar may hold a little more than the title (buttons OCR'd as text)


def visible_fractions(layout: Layout) -> list[float]:
    """Share of each window's area not covered by windows above it (z 0 is the top)."""
    w, h = max(1, layout.width), max(1, layout.height)
    owner = np.full(((h + GRID - 1) // GRID, (w + GRID - 1) // GRID), -1, dtype=np.int32)
    order = sorted(
        range(len(layout.windows)),
        key=lambda i: layout.windows[i].z if layout.windows[i].z is not None else 1 << 30,
        reverse=True,
    )

    def cells(rect: tuple[int, int, int, int]) -> tuple[slice, slice]:
        x1, y1, x2, y2 = (max(0, v) // GRID for v in rect)
        return slice(y1, y2), slice(x1, x2)

    for i in order:  # paint bottom to top: the topmost window owns each cell it covers
        owner[cells(layout.windows[i].rect)] = i
    out = []
    for i, win in enumerate(layout.windows):
        mine = owner[cells(win.rect)]
        out.append(round(float((mine == i).mean()), 3) if mine.size else 0.0)
    return out


def _title_score(text: str, title: str) -> float:
    """How well a line reads as the window's title bar: the fuzzy match of the title in it,
    or 0 when the line holds more than the title. A terminal's first line repeats its title
    as the shell prompt ("user@host:~/dir$ ls -l"); the prompt mark or the command after the
    matched title makes it the window's content, not its title bar."""
    low, ttl = text.lower(), title.lower()
    m = fuzz.partial_ratio_alignment(low, ttl)
    if m is None:
        return 0.0
    if any(c in low and c not in ttl for c in PROMPT_MARKS) and PROMPT_RE.match(low):
        return 0.0
    if len(low) > len(ttl):  # the title was found inside a longer line: what else is there?
        extra = len(re.sub(r"[^\w]", "", low[: m.src_start] + low[m.src_end :]))
        if extra > max(3, EXTRA_TEXT * len(ttl)):
            return 0.0
    return float(m.score)


def parse(layout: Layout, nodes: list[UiNode]) -> list[UiNode]:
    out: list[UiNode] = []
    fractions = visible_fractions(layout)
    for i, win in enumerate(layout.windows):
        vis = fractions[i]
        out.append(
            UiNode(
                "window",
                win.rect,
                win.title,
                attrs={
                    "title": win.title,
                    "app": win.app,
                    "pid": win.pid,
                    "focused": win.focused,
                    "z": win.z,
                    "visible_fraction": vis,
                    "occluded": vis < 0.999,
                    "minimised_or_hidden": vis == 0.0,
                },
                window_index=i,
            )
        )
    base = len(nodes)
    for i, win in enumerate(layout.windows):
        if not win.title.strip():
            continue
        x1, y1, x2, _ = win.rect
        band = max(24.0, 2.5 * layout.line_height)
        cands = []
        for s in layout.lines:
            near_top = y1 - band <= s.bbox[1] <= y1 + band
            if not (near_top and s.bbox[0] >= x1 - 4 and s.bbox[2] <= x2 + 4):
                continue
            score = _title_score(s.text, win.title)
            if score >= TITLE_MATCH and len(s.text) >= min(4, len(win.title)):
                cands.append((score, s))
        # The title bar is the top row: of lines matching about equally well (a title cut
        # short, a wrapped prompt repeating it under it), the topmost.
        top = max((c[0] for c in cands), default=0.0)
        best, best_score = min(
            ((s, score) for score, s in cands if score >= top - TIE),
            key=lambda c: (c[0].bbox[1], -c[1]),
            default=(None, 0.0),
        )
        if best is not None:
            out.append(
                UiNode(
                    "title_bar",
                    best.bbox,
                    best.text,
                    [best.span_id],
                    {"title": win.title, "match": round(best_score, 1)},
                    window_index=i,
                    parent=base + i,
                )
            )
    return out
