"""Pages named by how they look: "the docs page with the dark background", "the tab with the
really small text".

A page's background is read from the background colour OCR's colour pass gave its text lines,
below the browser's own chrome (the address bar and tab strip keep the browser's theme
whatever the page is). A page is dark when most of its lines sit on a dark background, light
when most sit on a light one. A page's text size is the median height of its lines below
the chrome; a page has small (large) text when that median is clearly below (above) the usual
size: the median over the pages seen, or, with one page only, over the screen's other windows.
The answer is the page (its title), or its address when the question asks for one.
"""

from __future__ import annotations

import re
from statistics import median

from autocapture.answer.base import AnswerContext, no_structure
from autocapture.answer.draft import Draft, Evidence
from autocapture.colour import hex_luminance
from autocapture.text import SHELL_PROMPT
from autocapture.understand.reader import NodeRow

LOOK_ASK = re.compile(
    r"\b(?P<look>dark|black|light|white|bright)(?:[- ]themed?)?\s+(?:background|theme|mode|bg)\b"
    r"|\b(?:background|theme)\s+(?:was|is|were)\s+(?P<look2>dark|black|light|white|bright)\b"
    # "the tab with the dark page", "the dark-themed page"
    r"|\b(?P<look3>dark|black|light|white|bright)(?:[- ]themed?)?\s+(?:page|tab|site)\b"
)
# "the page with the really small text", "tiny font", "the tab whose text was huge"
_SMALL = r"small|smaller|smallest|tiny|tinier|tiniest|little|minute|minuscule|miniature"
_LARGE = r"large|larger|largest|big|bigger|biggest|huge|enormous|giant"
_TEXT = r"text|font|fonts|type|typeface|print|writing|letters|lettering|characters|words"
SIZE_ASK = re.compile(
    rf"\b(?P<size>{_SMALL}|{_LARGE})(?:[- ](?:sized?|print(?:ed)?))?[- ](?:{_TEXT})\b"
    rf"|\b(?:{_TEXT}) (?:was|is|were|are|looked|looks|got) (?:\w+ ){{0,2}}?"
    rf"(?P<size2>{_SMALL}|{_LARGE})\b"
    rf"|\b(?:{_TEXT}) (?:size )?(?:so |really |very |quite )?(?P<size3>{_SMALL}|{_LARGE})\b"
)
# The question asks which page (its name or address), not what its small print says.
PAGE_ASK = re.compile(
    r"\b(?:which|what) (?:tabs?|pages?|sites?|websites?|web ?pages?)\b"
    r"|\b(?:tabs?|pages?|sites?|websites?)\b.{0,30}\b(?:called|named|titled|name|title)\b"
    r"|\b(?:url|address|link|web ?address)\b"
)
MOST = re.compile(r"\b(?:smallest|tiniest|largest|biggest)\b")
SMALL_BELOW = 0.85  # a page's median line height under this share of the usual is small
LARGE_ABOVE = 1.2
ADDRESS_ASK = re.compile(r"\b(url|address|link|web ?address)\b")
DARK_BELOW = 0.35  # median background luminance under which a page is dark
LIGHT_ABOVE = 0.65
MIN_LINES = 3


def _page_luminance(ctx: AnswerContext, bar: NodeRow) -> float | None:
    """Median background luminance of the page's lines under its address bar."""
    below = bar.bbox[3] + 4
    levels = [
        lum
        for ln in ctx.lookup.frame_lines(bar.frame_id)
        if ln.window_row == bar.window_row
        and ln.bbox[1] > below
        and (lum := hex_luminance(ln.bg)) is not None
    ]
    return median(levels) if len(levels) >= MIN_LINES else None


def _page_bars(ctx: AnswerContext) -> list[NodeRow]:
    """Address bars of browser pages (a browser shows a tab strip; a terminal that printed an
    address is no page)."""
    bars = ctx.graph.nodes(("url_bar",), ctx.intent.start, ctx.intent.end)
    tabbed = {
        (t.frame_id, t.window_row)
        for t in ctx.graph.nodes(("tab",), ctx.intent.start, ctx.intent.end)
    }
    return [
        b
        for b in bars
        if (b.frame_id, b.window_row) in tabbed and not SHELL_PROMPT.match(b.window_title or "")
    ]


def _page_height(ctx: AnswerContext, bar: NodeRow) -> float | None:
    """Median height of the page's text lines under its address bar."""
    below = bar.bbox[3] + 4
    heights = [
        ln.bbox[3] - ln.bbox[1]
        for ln in ctx.lookup.frame_lines(bar.frame_id)
        if ln.window_row == bar.window_row and ln.bbox[1] > below and ln.text.strip()
    ]
    return median(heights) if len(heights) >= MIN_LINES else None


def _usual_height(ctx: AnswerContext, bars: list[NodeRow]) -> float | None:
    """The screen's usual text height outside the pages: other windows' lines."""
    heights = [
        ln.bbox[3] - ln.bbox[1]
        for fid in {b.frame_id for b in bars}
        for ln in ctx.lookup.frame_lines(fid)
        if ln.window_row not in {b.window_row for b in bars if b.frame_id == fid}
        and ln.text.strip()
    ]
    return median(heights) if len(heights) >= MIN_LINES else None


def page_by_size(ctx: AnswerContext) -> Draft | None:
    """The page(s) whose text is small (or large) as asked; None when the question names no
    text size."""
    q = ctx.question.lower()
    m = SIZE_ASK.search(q)
    if m is None or not PAGE_ASK.search(q):
        return None
    small = (
        re.fullmatch(_SMALL, m.group("size") or m.group("size2") or m.group("size3")) is not None
    )
    bars = _page_bars(ctx)
    if not bars:
        return no_structure("address bar of a page")
    pages: dict[str, tuple[NodeRow, float]] = {}
    for bar in bars:  # one reading per page (its URL), the latest
        h = _page_height(ctx, bar)
        if h is not None:
            pages[bar.attrs.get("url") or bar.text] = (bar, h)
    if not pages:
        return Draft("", None, [], 0.3, "indeterminate", "no_page_text_read")
    usual = median(h for _, h in pages.values()) if len(pages) >= 2 else _usual_height(ctx, bars)
    if usual is None or usual <= 0:
        return Draft("", None, [], 0.3, "indeterminate", "no_usual_text_size")
    fit = [
        (bar, h)
        for bar, h in pages.values()
        if ((h / usual < SMALL_BELOW) if small else (h / usual > LARGE_ABOVE))
    ]
    if MOST.search(q) and len(pages) >= 2:
        # "the smallest text": the one page whose text is smaller (larger) than all others
        ranked = sorted(pages.values(), key=lambda p: p[1] if small else -p[1])
        if ranked[0][1] != ranked[1][1]:
            fit = ranked[:1]
    if not fit:
        return Draft("", None, [], 0.3, "indeterminate", "no_page_looks_so", {"small": small})
    fit.sort(key=lambda p: p[1] if small else -p[1])  # the most extreme first
    look = "small" if small else "large"
    why = {"pages": len(fit), "small": small, "usual_px": usual, "page_px": [h for _, h in fit]}
    return _pages_draft(ctx, [b for b, _ in fit], f"{look} text", why)


def page_by_look(ctx: AnswerContext) -> Draft | None:
    """The page(s) whose background looks as asked, or whose text is as small or large as
    asked; None when the question names no look."""
    q = ctx.question.lower()
    m = LOOK_ASK.search(q)
    if m is None:
        return page_by_size(ctx)
    dark = (m.group("look") or m.group("look2") or m.group("look3")) in ("dark", "black")
    bars = _page_bars(ctx)
    if not bars:
        return no_structure("address bar of a page")
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
    return _pages_draft(
        ctx, [b for b, _ in found], f"a {look} page", {"pages": len(found), "dark": dark}
    )


def _pages_draft(ctx: AnswerContext, found: list[NodeRow], look: str, why: dict) -> Draft:
    """The pages found, by title (or address when one is asked), each citing its bar."""
    q = ctx.question.lower()
    texts, values, evidence = [], [], []
    for i, bar in enumerate(found[:5]):
        url = bar.attrs.get("url") or bar.text
        title = bar.window_title or url
        seen = f"{look}, seen at {ctx.local_time(bar.ts_utc)}"
        if ADDRESS_ASK.search(q):
            texts.append(f"{url} ('{title}', {seen})")
            values.append(url if url in bar.text else bar.text)
        else:
            texts.append(f"'{title}' ({url}, {seen})")
            values.append(bar.text)
        evidence.append(Evidence(bar.as_line(), "value", i))
    return Draft(
        "; ".join(texts),
        values[0],
        evidence,
        0.7 if len(found) == 1 else 0.55,
        "ok",
        None,
        why,
        values=values,
        claim_texts=texts,
    )
