"""Browser chrome: the address bar (a line near a window's top that reads as a URL), the tab
strip above it (several short texts side by side), and the active tab (the one whose text
the window title repeats, since a window's title names its current document)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from autocapture.understand.model import Layout, UiNode, union

URL = re.compile(
    r"^(?:(?:https?|file|ftp)://)?"
    r"(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})"
    r"(?::\d{2,5})?(?:[/?#]\S*)?$",
    re.IGNORECASE,
)
CHROME_BAND = 4.5  # the address bar sits within this many line heights of the window top
TAB_MATCH = 75


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


def parse(layout: Layout, nodes: list[UiNode]) -> list[UiNode]:
    out: list[UiNode] = []
    base = len(nodes)
    lh = layout.line_height
    for wi, win in enumerate(layout.windows):
        y1 = win.rect[1]
        top = [
            s
            for s in layout.window_lines(wi)
            if s.bbox[1] <= y1 + CHROME_BAND * lh * 2.2 and s.bbox[1] >= y1 - lh
        ]
        bar = None
        for s in top:
            url = _url_text(s.text)
            # The address bar sits under at most a title row and a tab row: a URL-looking
            # line lower down is page or terminal content.
            if url and len(_rows([t for t in top if t.bbox[3] <= s.bbox[1] + 2], lh)) <= 2:
                bar = (s, url)
                break
        if bar is None:
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
