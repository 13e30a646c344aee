"""Lists and text blocks: the structure left in a window after the other parsers.

- A *list* is two or more lines that start with the same kind of marker (a bullet, or
  numbers/letters followed by "." or ")") at the same left edge; a marker line's wrapped
  continuation (indented, tight below) belongs to its row. Each item is a ``list_row``.
- A *text block* is a run of lines read as one paragraph: tight spacing, about the same
  height, overlapping columns. Lines are already spans, so only blocks of two or more lines
  become nodes.

Lines that other parsers structured (console lines, chat messages, form fields, calendar
events, table cells, browser chrome) are left to them.
"""

from __future__ import annotations

import re

from autocapture.records import SpanRecord
from autocapture.understand.model import Layout, UiNode, union, window_parents, window_texts

_MARKER = re.compile(r"^\s*(?P<m>[•·▪◦‣●○■□►▸–*+-]|\d{1,3}[.)]|[a-zA-Z][.)])\s+\S")
ALIGN_TOL = 0.6  # marker lines of one list start within this many line heights
ITEM_GAP = 1.6  # gap between consecutive items, in line heights
WRAP_GAP = 0.8  # gap between lines of one paragraph or item
MIN_ITEMS = 2
TAKEN = (
    "title_bar",
    "tab",
    "tab_strip",
    "url_bar",
    "console_line",
    "chat_message",
    "form_field",
    "calendar_event",
    "table_cell",
)


def _marker_kind(text: str) -> str | None:
    m = _MARKER.match(text)
    if m is None:
        return None
    mark = m.group("m")
    if mark[0].isdigit():
        return "number" + mark[-1]
    if mark[0].isalpha():
        return "letter" + mark[-1]
    return "bullet"


def _gap(a: SpanRecord, b: SpanRecord) -> int:
    return b.bbox[1] - a.bbox[3]


def _h(s: SpanRecord) -> int:
    return max(1, s.bbox[3] - s.bbox[1])


def _lists(lines: list[SpanRecord], h: float) -> list[list[list[SpanRecord]]]:
    """Lists, each a list of items, each its lines (marker line first)."""
    out: list[list[list[SpanRecord]]] = []
    cur: list[list[SpanRecord]] = []
    kind: str | None = None
    for s in lines:  # top to bottom
        k = _marker_kind(s.text)
        last = cur[-1][-1] if cur else None
        if cur and not (cur[0][0].bbox[0] - h <= s.bbox[0] <= max(i[0].bbox[2] for i in cur)):
            continue  # a line of another column beside the list
        if (
            k is not None
            and k == kind
            and last is not None
            and abs(s.bbox[0] - cur[0][0].bbox[0]) <= ALIGN_TOL * h
            and _gap(last, s) <= ITEM_GAP * h
        ):
            cur.append([s])
            continue
        if k is None and cur and last is not None:
            indented = s.bbox[0] > cur[-1][0].bbox[0] + 0.5 * h
            if indented and -0.2 * h <= _gap(last, s) <= WRAP_GAP * h:
                cur[-1].append(s)
                continue
        if len(cur) >= MIN_ITEMS:
            out.append(cur)
        cur, kind = ([[s]], k) if k is not None else ([], None)
    if len(cur) >= MIN_ITEMS:
        out.append(cur)
    return out


def _follows(a: SpanRecord, b: SpanRecord, h: float) -> bool:
    """B continues the paragraph that A's line is in."""
    return (
        _gap(a, b) >= -0.2 * h
        and _gap(a, b) <= WRAP_GAP * h
        and 0.75 <= _h(b) / _h(a) <= 1.33
        and min(a.bbox[2], b.bbox[2]) > max(a.bbox[0], b.bbox[0])
        and abs(a.bbox[0] - b.bbox[0]) <= ALIGN_TOL * h
    )


def _blocks(lines: list[SpanRecord], h: float) -> list[list[SpanRecord]]:
    blocks: list[list[SpanRecord]] = []
    for s in lines:
        home = next((b for b in reversed(blocks[-12:]) if _follows(b[-1], s, h)), None)
        if home is not None:
            home.append(s)
        else:
            blocks.append([s])
    return [b for b in blocks if len(b) >= 2]


def parse(layout: Layout, nodes: list[UiNode]) -> list[UiNode]:
    parents = window_parents(nodes)
    base = len(nodes)
    out: list[UiNode] = []
    for wi, lines, h in window_texts(layout, nodes, TAKEN):
        in_list: set[str] = set()
        for items in _lists(lines, h):
            li = base + len(out)
            spans = [s for item in items for s in item]
            out.append(
                UiNode(
                    "list",
                    union([s.bbox for s in spans]),
                    "",
                    [],
                    {"items": len(items), "marker": _marker_kind(items[0][0].text)},
                    window_index=wi,
                    parent=parents.get(wi),
                )
            )
            for n, item in enumerate(items):
                out.append(
                    UiNode(
                        "list_row",
                        union([s.bbox for s in item]),
                        " ".join(s.text.strip() for s in item),
                        [s.span_id for s in item],
                        {"index": n},
                        window_index=wi,
                        parent=li,
                    )
                )
            in_list.update(s.span_id for s in spans)
        rest = [s for s in lines if s.span_id not in in_list]
        for block in _blocks(rest, h):
            out.append(
                UiNode(
                    "text_block",
                    union([s.bbox for s in block]),
                    " ".join(s.text.strip() for s in block),
                    [s.span_id for s in block],
                    {"lines": len(block)},
                    window_index=wi,
                    parent=parents.get(wi),
                )
            )
    return out
