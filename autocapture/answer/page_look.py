"""Pages named by how they look: "the docs page with the dark background".

A page's background is read from the background colour OCR's colour pass gave its text lines,
below the browser's own chrome (the address bar and tab strip keep the browser's theme
whatever the page is). A page is dark when most of its lines sit on a dark background, light
when most sit on a light one. The answer is the page (its title), or its address when the
question asks for one.
"""

from __future__ import annotations

import re
from statistics import median

from autocapture.answer.base import AnswerContext, no_structure
from autocapture.answer.draft import Draft, Evidence
from autocapture.text import SHELL_PROMPT
from autocapture.understand.reader import NodeRow

LOOK_ASK = re.compile(
    r"\b(?P<look>dark|black|light|white|bright)(?:[- ]themed?)?\s+(?:background|theme|mode|bg)\b"
    r"|\b(?:background|theme)\s+(?:was|is|were)\s+(?P<look2>dark|black|light|white|bright)\b"
    # "the tab with the dark page", "the dark-themed page"
    r"|\b(?P<look3>dark|black|light|white|bright)(?:[- ]themed?)?\s+(?:page|tab|site)\b"
)
ADDRESS_ASK = re.compile(r"\b(url|address|link|web ?address)\b")
DARK_BELOW = 0.35  # median background luminance under which a page is dark
LIGHT_ABOVE = 0.65
MIN_LINES = 3


def _luminance(hex_colour: str | None) -> float | None:
    if not hex_colour or not re.fullmatch(r"#[0-9a-fA-F]{6}", hex_colour):
        return None
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _page_luminance(ctx: AnswerContext, bar: NodeRow) -> float | None:
    """Median background luminance of the page's lines under its address bar."""
    below = bar.bbox[3] + 4
    levels = [
        lum
        for ln in ctx.lookup.frame_lines(bar.frame_id)
        if ln.window_row == bar.window_row
        and ln.bbox[1] > below
        and (lum := _luminance(ln.bg)) is not None
    ]
    return median(levels) if len(levels) >= MIN_LINES else None


def page_by_look(ctx: AnswerContext) -> Draft | None:
    """The page(s) whose background looks as asked; None when the question names no look."""
    q = ctx.question.lower()
    m = LOOK_ASK.search(q)
    if m is None:
        return None
    dark = (m.group("look") or m.group("look2") or m.group("look3")) in ("dark", "black")
    bars = ctx.graph.nodes(("url_bar",), ctx.intent.start, ctx.intent.end)
    if not bars:
        return no_structure("address bar of a page")
    # A browser shows a tab strip; a terminal that printed an address is no page.
    tabbed = {
        (t.frame_id, t.window_row)
        for t in ctx.graph.nodes(("tab",), ctx.intent.start, ctx.intent.end)
    }
    bars = [
        b
        for b in bars
        if (b.frame_id, b.window_row) in tabbed and not SHELL_PROMPT.match(b.window_title or "")
    ]
    pages: dict[str, tuple[NodeRow, float]] = {}
    for bar in bars:  # one reading per page (its URL), the latest
        lum = _page_luminance(ctx, bar)
        if lum is None:
            continue
        if (lum < DARK_BELOW) if dark else (lum > LIGHT_ABOVE):
            pages[bar.attrs.get("url") or bar.text] = (bar, lum)
    if not pages:
        return Draft("", None, [], 0.3, "indeterminate", "no_page_looks_so", {"dark": dark})
    found = sorted(pages.values(), key=lambda p: p[0].ts_ms)
    look = "dark" if dark else "light"
    texts, values, evidence = [], [], []
    for i, (bar, _) in enumerate(found[:5]):
        url = bar.attrs.get("url") or bar.text
        title = bar.window_title or url
        if ADDRESS_ASK.search(q):
            texts.append(f"{url} ('{title}', a {look} page, seen at {ctx.local_time(bar.ts_utc)})")
            values.append(url if url in bar.text else bar.text)
        else:
            texts.append(f"'{title}' ({url}, a {look} page, seen at {ctx.local_time(bar.ts_utc)})")
            values.append(bar.text)
        evidence.append(Evidence(bar.as_line(), "value", i))
    return Draft(
        "; ".join(texts),
        values[0],
        evidence,
        0.7 if len(found) == 1 else 0.55,
        "ok",
        None,
        {"pages": len(found), "dark": dark},
        values=values,
        claim_texts=texts,
    )
