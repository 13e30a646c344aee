"""Layout relations between OCR lines of one window: columns, rows, label/value stacks and
wrapped lines. General page geometry (Gestalt proximity), nothing about a particular page.

- Two lines are *aligned* when they share a column (their boxes overlap horizontally) or a
  row (they overlap vertically by half the smaller height).
- A label and its value printed one above the other form a *stack* when the gap between them
  is clearly smaller than the gaps that separate them from the lines above and below
  ("20 MPG" over "Combined Fuel Economy" in a card; "Device Type" over "Web camera").
  Evenly spaced lines (a table's label column) form no stacks.
- A *continuation* is the next line of a wrapped text: same left edge, about the same height,
  tight below, and not a label of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

STACK_MAX_GAP = 1.0  # a stacked value is at most one line height from its label
STACK_MARGIN = 0.3  # ... and closer, by this many line heights, than its other neighbours
WRAP_MAX_GAP = 0.6
_LABEL_START = re.compile(r"^\s*[A-Za-z][\w .()/&-]{0,30}:\s")
_QUANTITY = re.compile(
    r"^\s*[$€£¥]?\s?\d[\d,.]*\s*(?:[\"'”″]{1,2}|[A-Za-z./%°]{1,8}(?:[ -][A-Za-z.]{1,6})?)?\s*$"
)


class Boxed(Protocol):
    bbox: tuple[int, int, int, int]
    window_row: int | None
    text: str


def height(a: Boxed) -> int:
    return max(1, a.bbox[3] - a.bbox[1])


def h_overlap(a: Boxed, b: Boxed) -> int:
    return min(a.bbox[2], b.bbox[2]) - max(a.bbox[0], b.bbox[0])


def v_overlap(a: Boxed, b: Boxed) -> int:
    return min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1])


def same_row(a: Boxed, b: Boxed) -> bool:
    return v_overlap(a, b) >= 0.5 * min(height(a), height(b))


def aligned(a: Boxed, b: Boxed) -> bool:
    """Same column or same row."""
    return h_overlap(a, b) > 0 or same_row(a, b)


def is_quantity(text: str) -> bool:
    """A number with at most a short unit: '20 MPG', '73.0 "', '$16.99', '2.8 oz'."""
    return _QUANTITY.match(text) is not None


def starts_with_label(text: str) -> bool:
    return _LABEL_START.match(text) is not None


def _gap(upper: Boxed, lower: Boxed) -> int:
    return max(0, lower.bbox[1] - upper.bbox[3])


def _column(line: Boxed, lines: Sequence[Boxed]) -> list[Boxed]:
    return [
        o
        for o in lines
        if o is not line
        and o.window_row == line.window_row
        and h_overlap(o, line) > 0
        and not same_row(o, line)
    ]


def _above(line: Boxed, lines: Sequence[Boxed]) -> Boxed | None:
    cands = [o for o in _column(line, lines) if o.bbox[1] < line.bbox[1]]
    return max(cands, key=lambda o: o.bbox[3], default=None)


def _below(line: Boxed, lines: Sequence[Boxed]) -> Boxed | None:
    cands = [o for o in _column(line, lines) if o.bbox[1] > line.bbox[1]]
    return min(cands, key=lambda o: o.bbox[1], default=None)


def _grouped(upper: Boxed, lower: Boxed, lines: Sequence[Boxed]) -> bool:
    """UPPER and LOWER sit closer to each other than to the lines around them."""
    h = min(height(upper), height(lower))
    g = _gap(upper, lower)
    if g > STACK_MAX_GAP * h:
        return False
    before = _above(upper, lines)
    after = _below(lower, lines)
    if before is None and after is None:
        return False  # two lines alone: nothing shows they group more than they follow
    margin = STACK_MARGIN * h
    if before is not None and g + margin > _gap(before, upper):
        return False
    return after is None or g + margin <= _gap(lower, after)


def stack_partner(line: Boxed, lines: Sequence[Boxed]) -> Boxed | None:
    """The line stacked with LINE (its label's value or its value's label), if any."""
    up, down = _above(line, lines), _below(line, lines)
    pairs = []
    if down is not None and _grouped(line, down, lines):
        pairs.append((_gap(line, down), 0, down))
    if up is not None and _grouped(up, line, lines):
        pairs.append((_gap(up, line), 1, up))
    return min(pairs, key=lambda p: (p[0], p[1]))[2] if pairs else None


def continuation(line: Boxed, lines: Sequence[Boxed], limit: int = 4) -> list[Boxed]:
    """The following lines of a wrapped text that starts at LINE."""
    out: list[Boxed] = []
    cur = line
    while len(out) < limit:
        nxt = _below(cur, lines)
        if nxt is None:
            break
        h = height(cur)
        if (
            abs(nxt.bbox[0] - line.bbox[0]) > 0.6 * h
            or _gap(cur, nxt) > WRAP_MAX_GAP * h
            or not 0.75 <= height(nxt) / h <= 1.33
            or starts_with_label(nxt.text)
        ):
            break
        out.append(nxt)
        cur = nxt
    return out


def tight_below(line: Boxed, lines: Sequence[Boxed], limit: int = 3) -> list[Boxed]:
    """Lines stacked tightly under LINE, top down (a wrapped title, then its date line)."""
    out: list[Boxed] = []
    cur = line
    while len(out) < limit:
        nxt = _below(cur, lines)
        if nxt is None or _gap(cur, nxt) > WRAP_MAX_GAP * height(cur):
            break
        out.append(nxt)
        cur = nxt
    return out


def block_below(line: Boxed, lines: Sequence[Boxed], span: float = 8.0) -> list[Boxed]:
    """Lines below LINE, within SPAN line heights, that overlap its columns: the rest of the
    entry that LINE heads (a product's price under its title), top down."""
    h = height(line)
    out = [
        o
        for o in lines
        if o is not line
        and o.window_row == line.window_row
        and line.bbox[3] - 0.3 * h <= o.bbox[1] <= line.bbox[3] + span * h
        and h_overlap(o, line) > 0
    ]
    return sorted(out, key=lambda o: o.bbox[1])
