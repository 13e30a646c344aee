"""The layout model: window bodies (markup plus the text rows they render), windows, frames.

The rows recorded here are the ground truth; the markup is what Chromium draws.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from .constants import CELL_SEP, Rect, Seg


@dataclass
class Body:
    """HTML for a window body plus the text rows rendered in it, in order."""

    parts: list[str] = field(default_factory=list)
    rows: list[str] = field(default_factory=list)

    def raw(self, markup: str) -> None:
        """Append markup that contains no text."""
        self.parts.append(markup)

    def line(self, *cells: str, cls: str = "", cell_cls: Sequence[str] = ()) -> None:
        """Append one visual row made of one or more text cells."""
        if not cells or any(not c for c in cells):
            raise ValueError(f"empty cell in row {cells!r}")
        i = len(self.rows)
        self.rows.append(CELL_SEP.join(cells))
        if len(cells) == 1 and not cell_cls:
            inner = html.escape(cells[0])
        else:
            classes = list(cell_cls) + [""] * (len(cells) - len(cell_cls))
            inner = "".join(
                f'<span class="c {k}">{html.escape(c)}</span>'
                for c, k in zip(cells, classes, strict=True)
            )
            cls = f"multi {cls}"
        self.parts.append(f'<div class="ln {cls}" data-i="{i}">{inner}</div>')

    def segs(self, segs: Sequence[Seg], cls: str = "", cursor: bool = False) -> None:
        """Append one row made of coloured segments (terminal style)."""
        text = "".join(t for t, _ in segs)
        if not text:
            raise ValueError("empty segmented row")
        i = len(self.rows)
        self.rows.append(text)
        inner = "".join(
            f'<span class="{k}">{html.escape(t)}</span>' if k else html.escape(t) for t, k in segs
        )
        if cursor:
            inner += '<span class="cursor"></span>'
        self.parts.append(f'<div class="ln {cls}" data-i="{i}">{inner}</div>')

    def html(self) -> str:
        """Return the body markup."""
        return "".join(self.parts)


@dataclass
class Window:
    """One top-level window placed on the screen."""

    window_id: str
    title: str
    app: str
    pid: int
    rect: Rect
    kind: str
    body: Body
    url: str | None = None


@dataclass
class Frame:
    """One screenshot: a timestamp and windows ordered topmost first."""

    ts: datetime
    windows: list[Window]

    @property
    def clock(self) -> str:
        """Panel clock text (local time zone is UTC)."""
        return self.ts.strftime("%a %b %d  %H:%M")
