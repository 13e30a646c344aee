"""The subject of a page: the heading that names what the page is about ("who is this
player?", "what is this product called?").

A page's title usually names its subject and its site ("Subject - Section | Site"); the
subject's heading repeats a title segment that is not the site's name, in large type near
the top. Without a title, the largest line in the upper part of the window stands in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median
from urllib.parse import urlparse

from autocapture.answer.layout import height
from autocapture.retrieve import Line
from autocapture.text import token_match, tokens

MIN_TITLE_MATCH = 0.6
PROMINENT = 1.5  # a heading is at least this many times the median line height
_SEGMENTS = re.compile(r"\s+[-–—|:•·]\s+|\s*\|\s*")


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def title_segments(title: str, url: str | None) -> list[str]:
    """The title's segments, less the one that names the site (it is in the URL's host)."""
    host = _squash(urlparse(url).netloc) if url else ""
    out = []
    for seg in _SEGMENTS.split(title or ""):
        s = _squash(seg)
        if not s or (host and (s in host or (len(host) > 4 and host in s))):
            continue
        out.append(seg.strip())
    return out


def _match(line_text: str, segment: str) -> float:
    a, b = tokens(line_text), tokens(segment)
    if not a or not b:
        return 0.0
    common = sum(1 for t in a if any(token_match(t, u) for u in b))
    return common / max(len(a), len(b))


def subject_line(lines: Sequence[Line]) -> tuple[Line, float] | None:
    """The line naming the page's subject and how sure that is (0-1)."""
    texts = [ln for ln in lines if re.search(r"[A-Za-z]{2}", ln.text)]
    if not texts:
        return None
    first = texts[0]
    segments = title_segments(first.window_title or "", first.url)
    mid = median(height(ln) for ln in texts)
    best: tuple[tuple, Line, float] | None = None
    for ln in texts:
        scores = [_match(ln.text, seg) for seg in segments]
        fit = max(scores, default=0.0)
        if fit < MIN_TITLE_MATCH:
            continue
        order = scores.index(fit)  # earlier segments name the subject, later the section
        key = (round(fit, 1), -order, height(ln), -ln.bbox[1])
        if best is None or key > best[0]:
            best = (key, ln, 0.6 + 0.3 * fit)
    if best is not None:
        return best[1], best[2]
    top = max(ln.bbox[3] for ln in texts) * 0.4
    big = [ln for ln in texts if height(ln) >= PROMINENT * mid and ln.bbox[1] <= top]
    if not big:
        return None
    return max(big, key=lambda ln: (height(ln), -ln.bbox[1])), 0.5
