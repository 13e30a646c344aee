"""Browser chrome: the address bar (a line near a window's top that reads as a URL), the tab
strip above it (several short texts side by side), and the active tab (the one whose text
the window title repeats, since a window's title names its current document).

The address field sits in a toolbar of its own, so its text stands clear of the tab strip
above and the page below; a line a terminal prints touches the lines next to it. A window
whose text is a character grid (``forms.text_grid``: a terminal) has no browser chrome at all,
whatever URL or file name (``notes.md`` reads as a host name) it prints near its top."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from autocapture.records import SpanRecord
from autocapture.understand.forms import text_grid
from autocapture.understand.model import Layout, UiNode, claimed, same_row, union

URL = re.compile(
    r"^(?:(?:https?|file|ftp)://)?"
    r"(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})"
    r"(?::\d{2,5})?(?:[/?#]\S*)?$",
    re.IGNORECASE,
)
CHROME_BAND = 4.5  # the address bar sits within this many line heights of the window top
TAB_MATCH = 75
APART = 0.3  # the address bar's text is this many line heights clear of the lines above and below


def _url_text(text: str) -> str | None:
    """The URL of an address-bar line: a URL that is most of the line (icons aside). A URL
    inside a sentence or a command line is content, not an address bar."""
    tokens = [t.strip("<>()[]{}|'\"") for t in text.split()]
    solid = sum(len(t) for t in tokens if len(t) > 1)
    for t in sorted(tokens, key=len, reverse=True):
        if len(t) < 4 or not URL.match(t) or len(t) < 0.7 * solid:
            continue
        host_only = not re.search(r"://|[:/?#]", t)
        if host_only and re.fullmatch(r"[\d.]+", t):
            continue  # a bare IP address is not a page
        return t
    return None


def _rows(lines: list, lh: float) -> list[list]:
    """Lines grouped into rows (top to bottom) by their vertical centres."""
    rows: list[list] = []
    for s in sorted(lines, key=lambda s: (s.bbox[1] + s.bbox[3]) / 2):
        cy = (s.bbox[1] + s.bbox[3]) / 2
        if rows and abs(cy - (rows[-1][0].bbox[1] + rows[-1][0].bbox[3]) / 2) <= 0.6 * lh:
            rows[-1].append(s)
        else:
            rows.append([s])
    return rows


def _stands_apart(s: SpanRecord, lines: list[SpanRecord], lh: float) -> bool:
    """No line of the window over or under S (the toolbar's buttons, beside it, do not count)
    comes within APART line heights of it: a toolbar's padding surrounds an address field,
    while the rows of a terminal or of a paragraph follow each other closely."""
    for o in lines:
        if o is s or same_row(o.bbox, s.bbox) or o.bbox[2] <= s.bbox[0] or o.bbox[0] >= s.bbox[2]:
            continue
        above = (o.bbox[1] + o.bbox[3]) < (s.bbox[1] + s.bbox[3])
        gap = s.bbox[1] - o.bbox[3] if above else o.bbox[1] - s.bbox[3]
        if gap < APART * lh:
            return False
    return True


def parse(layout: Layout, nodes: list[UiNode]) -> list[UiNode]:
    out: list[UiNode] = []
    base = len(nodes)
    lh = layout.line_height
    titles = claimed(nodes, ("title_bar",))
    for wi, win in enumerate(layout.windows):
        y1 = win.rect[1]
        top = [
            s
            for s in layout.window_lines(wi)
            if s.bbox[1] <= y1 + CHROME_BAND * lh * 2.2 and s.bbox[1] >= y1 - lh
        ]
        bar = None
        lines = layout.window_lines(wi)
        for s in top:
            url = _url_text(s.text)
            # The address bar sits under at most a title row and a tab row: a URL-looking
            # line lower down is page or terminal content.
            if (
                url
                and len(_rows([t for t in top if t.bbox[3] <= s.bbox[1] + 2], lh)) <= 2
                and _stands_apart(s, lines, lh)
            ):
                bar = (s, url)
                break
        if bar is None:
            continue
        own = [t for t in lines if t.span_id not in titles]  # the title is the manager's font
        if text_grid(layout, own):
            continue
        s, url = bar
        parent = next(
            (k for k, n in enumerate(nodes) if n.kind == "window" and n.window_index == wi), None
        )
        out.append(UiNode("url_bar", s.bbox, url, [s.span_id], {"url": url}, wi, parent))
        above = _rows([t for t in top if t.bbox[3] <= s.bbox[1] + 2 and t is not s], lh)
        # Tabs are side by side on the row right above the address bar.
        tabs = [t for t in (above[-1] if above else []) if len(t.text.strip()) >= 2]
        if not tabs:
            continue
        title = win.title.lower()
        scores = [fuzz.partial_ratio(t.text.lower(), title) for t in tabs]
        best = max(range(len(tabs)), key=lambda k: scores[k])
        strip = len(out) + base
        out.append(
            UiNode(
                "tab_strip",
                union([t.bbox for t in tabs]),
                " | ".join(t.text for t in tabs),
                [t.span_id for t in tabs],
                {"count": len(tabs)},
                wi,
                parent,
            )
        )
        for k, t in enumerate(tabs):
            active = k == best and scores[k] >= TAB_MATCH
            out.append(UiNode("tab", t.bbox, t.text, [t.span_id], {"active": active}, wi, strip))
    return out
