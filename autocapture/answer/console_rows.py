"""Screen rows read as a whole: a row that stands out by its colour, and the cell of a row
under a column heading.

Tools that print tables colour a whole row to mark it: an alarm row printed white on red, an
offline unit greyed out. OCR splits such a row into cells at its wide gaps, and each cell is
an uncoloured-looking line of its own (white on red is "white" text), so "which unit was
highlighted in red / greyed out?" is read off the row: the colour most of its characters
are printed in, or the background behind most of them, unlike the window's usual text and
background. The row's first cell names it (the unit, the host, the job).

"What colour was X's status?" asks for the cell of X's row under the heading the question
names (the STATUS column); a row's coloured word (a test's ``[S]`` marker, a status word)
is the colour of an item whose own name is printed plain.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

from autocapture.answer.base import AnswerContext
from autocapture.answer.console_blocks import Row, console_windows, prompt_of, rows_of
from autocapture.answer.draft import Draft, Evidence
from autocapture.retrieve import Line
from autocapture.text import Bag
from autocapture.understand.colours import CHROMATIC, name_colour

MOST = 0.6  # share of a row's characters that must carry its colour
MAX_ROWS = 6
HEADER_REACH = 40  # rows above a row searched for its column headings


def _share(pairs: list[tuple[str | None, int]]) -> tuple[str | None, float]:
    """The commonest colour of (colour, characters) pairs and its share of the characters."""
    counts: Counter[str | None] = Counter()
    for colour, n in pairs:
        counts[colour] += n
    total = sum(counts.values())
    if not total:
        return None, 0.0
    colour, n = counts.most_common(1)[0]
    return colour, n / total


def _chars(line: Line) -> int:
    return len(line.text.replace(" ", "")) or 1


def row_look(row: Row) -> tuple[tuple[str | None, float], tuple[str | None, float]]:
    """((foreground, share), (background, share)) of a row, by characters."""
    fg = _share([(name_colour(ln.fg), _chars(ln)) for ln in row.lines])
    bg = _share([(name_colour(ln.bg), _chars(ln)) for ln in row.lines])
    return fg, bg


def _usual(rows: list[Row]) -> tuple[str | None, str | None]:
    """The window's usual text and background colours, by characters."""
    lines = [ln for r in rows for ln in r.lines]
    fg = _share([(name_colour(ln.fg), _chars(ln)) for ln in lines])[0]
    bg = _share([(name_colour(ln.bg), _chars(ln)) for ln in lines])[0]
    return fg, bg


def window_rows(ctx: AnswerContext, line: Line) -> list[Row]:
    """The screen rows of a line's window in its frame, top to bottom."""
    lines = [ln for ln in ctx.lookup.frame_lines(line.frame_id) if ln.window_row == line.window_row]
    return rows_of(lines)


def _chrome(ctx: AnswerContext, frame_id: str, cache: dict[str, set[str]]) -> set[str]:
    """Span ids of the frame's title bars: a window's frame, not its text."""
    if frame_id not in cache:
        cache[frame_id] = {
            sid for n in ctx.graph.nodes(("title_bar",), frame_ids=[frame_id]) for sid in n.span_ids
        }
    return cache[frame_id]


def _squash(text: str) -> str:
    return "".join(text.split()).lower()


def joined(terms: list[str]) -> list[str]:
    """Two words a question writes apart, in its order, that a screen may write as one
    ("fleet board" for a "fleetboard" title; "which room ... on the board" for a
    "roomboard")."""
    return [a + b for a, b in itertools.combinations(terms, 2) if a.isalpha() and b.isalpha()]


def _present(bag: Bag, terms: list[str]) -> set[str]:
    """The words a bag holds, a pair counting as both when the bag holds it written as one."""
    got = {t for t in terms if bag.has(t)}
    for a, b in itertools.combinations(terms, 2):
        if a.isalpha() and b.isalpha() and bag.has(a + b):
            got |= {a, b}
    return got


def placed_share(bag: Bag, terms: list[str]) -> float:
    """Share of the question's words a window's bag holds (pairs written as one count)."""
    return len(_present(bag, terms)) / len(terms) if terms else 1.0


def _stands_out(share: float, rest_usual: bool) -> bool:
    """Most of a row's characters in the colour; or a plain majority when every other
    character reads as the window's usual colour (a sampler misreads some cells of a row
    toward it: a border or the underline of the row above)."""
    return share >= MOST or (share > 0.5 and rest_usual)


def _is_title(row: Row) -> bool:
    """Whether a row is its window's title bar: its longest text is the title (spaces aside:
    OCR drops some), whatever stray glyphs (a close button) sit beside it."""
    title = _squash(row.lines[0].window_title or "")
    longest = _squash(max((ln.text for ln in row.lines), key=len))
    return len(longest) >= 5 and longest in title


@dataclass
class _Standing:
    row: Row
    on_background: bool  # the colour is behind the text, not the text's own
    placed: float  # share of the question's words in the row or its window
    in_row: int  # of those, in the row itself
    other: str | None  # the text's colour on a coloured background


def rows_in(ctx: AnswerContext, colour: str, terms: list[str], background: bool) -> Draft | None:
    """ "Which unit was highlighted in red / greyed out?": rows printed in the colour (most of
    their characters) or on a background of it, unlike their window's usual text and
    background, in the windows the question's words place; with ``background`` (the question
    says highlighted or background) rows on that background come first. Each row is a claim
    whose value is its first cell. None when no such row is placed by the question."""
    found: list[_Standing] = []
    chrome: dict[str, set[str]] = {}
    for lines in console_windows(ctx, terms, joined(terms)):
        rows = rows_of(lines)
        usual_fg, usual_bg = _usual(rows)
        bag = Bag.merge([ctx.window_bag(lines[0]), Bag.of(lines[0].window_title or "")])
        for row in rows:
            if chrome.get(row.lines[0].frame_id) is None:
                _chrome(ctx, row.lines[0].frame_id, chrome)
            if chrome[row.lines[0].frame_id] & {ln.span_id for ln in row.lines}:
                continue
            if _is_title(row) or prompt_of(row.text.strip()) is not None:
                continue  # a command typed, not a row printed
            (fg, fg_share), (bg, bg_share) = row_look(row)
            fgs = {name_colour(ln.fg) for ln in row.lines}
            bgs = {name_colour(ln.bg) for ln in row.lines}
            text = fg == colour and colour != usual_fg
            text = text and _stands_out(fg_share, fgs <= {colour, usual_fg})
            behind = bg == colour and colour != usual_bg
            behind = behind and _stands_out(bg_share, bgs <= {colour, usual_bg})
            if not (text or behind):
                continue
            own = Bag.of(row.text)
            in_row = len(_present(own, terms))
            placed = len(_present(own, terms) | _present(bag, terms)) / len(terms) if terms else 1.0
            found.append(
                _Standing(row, behind and not text, placed, in_row, fg if behind else None)
            )
    if not found:
        return None
    if background and any(f.on_background for f in found):
        found = [f for f in found if f.on_background]
    best = max(f.placed for f in found)
    if terms and best < 0.5:
        return None
    if not background:
        # "The red one" is red text or a red highlight: the rows the question places best,
        # then those in the colour over those on it.
        found = [f for f in found if f.placed >= best - 0.01]
        if any(not f.on_background for f in found):
            found = [f for f in found if not f.on_background]
    found.sort(key=lambda f: (-f.placed, -f.in_row, -f.row.lines[0].ts_ms, f.row.top))
    texts: list[str] = []
    values: list[str] = []
    evidence: list[Evidence] = []
    seen: set[str] = set()
    # A row seen again partly covered (a window over its start) is the same row: its fullest
    # reading stands for it.
    fuller = {f.row.text for f in found if f.placed >= best - 0.01}
    for f in found:
        if f.placed < best - 0.01 or f.row.text in seen:
            continue
        if any(f.row.text != o and f.row.text in o for o in fuller):
            continue
        seen.add(f.row.text)
        if f.on_background:
            how = f"on a {colour} background" + (f" (text in {f.other})" if f.other else "")
        else:
            how = f"in {colour}"
        k = len(texts)
        evidence.append(Evidence(f.row.lines[0], "value", k))
        evidence += [Evidence(ln, "line", k) for ln in f.row.lines[1:]]
        texts.append(f'"{f.row.text}" was shown {how}')
        values.append(f.row.lines[0].text)
        if len(texts) >= MAX_ROWS:
            break
    return Draft(
        "; ".join(texts),
        values[0],
        evidence,
        round(0.5 + 0.35 * best, 3),
        "ok",
        None,
        {"colour": colour, "rows": len(found), "background": found[0].on_background},
        values=values,
        claim_texts=texts,
    )


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> int:
    return min(a[2], b[2]) - max(a[0], b[0])


def under_heading(ctx: AnswerContext, rows: list[Row], at: int, names: set[str]) -> Line | None:
    """The word of row ``at`` under the nearest heading above it that is one of ``names``
    ("SLUG" over a board's column); None when no row above heads a column so, or nothing of
    the row stands under it."""
    words = rows[at].words(ctx)
    for above in reversed(rows[max(0, at - HEADER_REACH) : at]):
        head = next((w for w in above.words(ctx) if w.text.strip(":|").lower() in names), None)
        if head is None:
            continue
        under = [w for w in words if _overlap(w.bbox, head.bbox) > 0]
        return max(under, key=lambda w: _overlap(w.bbox, head.bbox)) if under else None
    return None


def row_cell(ctx: AnswerContext, line: Line, word: Line, column: str | None) -> Line | None:
    """The word of ``word``'s row that tells its colour when the word itself is printed plain:
    the cell under the heading ``column`` names (a header row above holding that word), else
    the nearest coloured word on the row, those after the word first (a test's marker follows
    its name). None when the row has neither."""
    rows = window_rows(ctx, line)
    at = next(
        (i for i, r in enumerate(rows) if any(ln.span_id == line.span_id for ln in r.lines)), None
    )
    if at is None:
        return None
    row = rows[at]
    words = row.words(ctx)
    if column:
        headed = under_heading(ctx, rows, at, {column})
        if headed is not None:
            return headed
    mid = (word.bbox[0] + word.bbox[2]) / 2
    coloured = [w for w in words if w.span_id != word.span_id and name_colour(w.fg) in CHROMATIC]
    after = [w for w in coloured if w.bbox[0] >= mid]
    before = [w for w in coloured if w.bbox[0] < mid]
    if after:
        return min(after, key=lambda w: w.bbox[0])
    if before:
        return max(before, key=lambda w: w.bbox[0])
    return None
