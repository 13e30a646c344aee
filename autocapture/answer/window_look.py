"""Windows named by how they look: "the dark little window that popped up next to the
incident report", "the big light window".

A window is dark (light) when most of its text lines sit on a dark (light) background, as
OCR's colour pass read them. It is small (large) when its area is clearly under (over) that
of the window it is said to be next to, else the median area of the windows seen in the
time asked about. It "popped up" when it was not on screen from the start. A window named
after "next to", "beside" or "besides" is the reference, never the answer. The answer is the
one window that fits every look word; any other outcome leaves the question to the
inventory.
"""

from __future__ import annotations

import re
from statistics import median

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.windows import covers, label_of
from autocapture.colour import hex_luminance
from autocapture.text import tokens
from autocapture.understand.reader import NodeRow

_LOOKS = r"dark|black|light|white|bright|little|small|tiny|smaller|smallest|big|large|huge|larger"
LOOK_ASK = re.compile(
    rf"\b(?P<looks>(?:(?:{_LOOKS})(?:[- ]themed?)?[ ,]+(?:and )?){{1,3}})"
    r"(?:\w+ )?(?:window|dialog|dialogue|pop-?up|box)\b"
)
_REFERENCE = re.compile(
    r"\b(?:next to|beside|besides|alongside|near|apart from|other than|behind|over|on top of)"
    r"\s+(?:the |my |a )?(?P<ref>[\w .'~/-]+?)(?:\?|,|$|\s+(?:was|were|is|called|named|that)\b)"
)
# It asks which window it was (its name), not what the window said.
NAME_ASK = re.compile(
    r"\b(?:called|named|titled|title|name)\b|^\s*(?:which|what)\s+(?:was\s+)?(?:the\s+)?(?:\w+\s+){0,3}(?:window|dialog|pop-?up)\b"
)
# "the window that popped up": one that was not on screen from the start.
APPEARED = re.compile(
    r"\b(?:popped|pops|pop|came|come|appeared|appears|showed|sprang|opened)\s+(?:up|out|open)\b|\bappeared\b"
)
DARK = {"dark", "black"}
LIGHT = {"light", "white", "bright"}
SMALL = {"little", "small", "tiny", "smaller", "smallest"}
LARGE = {"big", "large", "huge", "larger"}
DARK_BELOW = 0.35
LIGHT_ABOVE = 0.65
SMALL_UNDER = 0.7  # a window whose area is under this share of the median is small
LARGE_OVER = 1.4
MIN_LINES = 2


def _area(n: NodeRow) -> int:
    x1, y1, x2, y2 = n.bbox
    return max(0, x2 - x1) * max(0, y2 - y1)


def _background(ctx: AnswerContext, n: NodeRow) -> float | None:
    """Median background luminance of the window's text lines in its frame."""
    lums = [
        lum
        for ln in ctx.retriever.frame_lines(n.frame_id)
        if ln.window_row == n.window_row and (lum := hex_luminance(ln.bg)) is not None
    ]
    return median(lums) if len(lums) >= MIN_LINES else None


def window_by_look(ctx: AnswerContext) -> Draft | None:
    """The one window that looks as the question says, or None."""
    q = ctx.question.lower()
    m = LOOK_ASK.search(q)
    if m is None or not NAME_ASK.search(q):
        return None
    looks = set(tokens(m.group("looks")))
    ref = _REFERENCE.search(q)
    ref_words = [w for w in tokens(ref.group("ref"))] if ref else []
    # One view of each window: where it was focused, else its most recent frame; and the
    # first frame each was seen in.
    views: dict[str, NodeRow] = {}
    first_seen: dict[str, int] = {}
    for n in ctx.graph.nodes(("window",), ctx.intent.start, ctx.intent.end):
        key = n.attrs.get("title") or n.text
        first_seen.setdefault(key, n.ts_ms)
        held = views.get(key)
        if held is None or (n.attrs.get("focused") and not held.attrs.get("focused")):
            views[key] = n
    if len(views) < 2:
        return None
    refs = [n for t, n in views.items() if ref_words and covers(ref_words, t)]
    # Small beside the window it is next to, else beside the usual window.
    usual = _area(refs[0]) if len(refs) == 1 else median(_area(n) for n in views.values())
    start = min(first_seen.values())
    fits = []
    for title, n in views.items():
        if n in refs:
            continue
        if APPEARED.search(q) and first_seen[title] == start:
            continue  # "popped up": it was not there from the start
        if looks & (DARK | LIGHT):
            lum = _background(ctx, n)
            if lum is None:
                continue
            if (looks & DARK and lum >= DARK_BELOW) or (looks & LIGHT and lum <= LIGHT_ABOVE):
                continue
        share = _area(n) / (usual or 1)
        if (looks & SMALL and share >= SMALL_UNDER) or (looks & LARGE and share <= LARGE_OVER):
            continue
        fits.append(n)
    if len(fits) != 1:
        return None
    win = fits[0]
    when = ctx.local_time(win.ts_utc)
    return Draft(
        f"{label_of(win)} (seen at {when}).",
        win.text,
        [Evidence(win.as_line(), "value")],
        0.8,
        "ok",
        None,
        {"looks": sorted(looks), "reference": ref_words, "candidates": len(views)},
    )
