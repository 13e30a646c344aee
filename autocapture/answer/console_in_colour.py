"""'Which lines / words / tests were shown in red?': console lines drawn in the colour (or on
a background of it), ranked by the question's other words; test items whose outcome marker
shows in the colour, read from the pixels rather than from which colour a runner uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autocapture.answer.base import AnswerContext
from autocapture.answer.console_boards import BoardRow, board_answer, board_says, rows_holding
from autocapture.answer.console_counts import PRINTED, list_outcome
from autocapture.answer.console_listing import MAX_LINES, MAX_WORDS, Listing
from autocapture.answer.console_marks import list_marked
from autocapture.answer.console_place import asked_look, window_is_dark
from autocapture.answer.console_question import (
    DESCRIBING,
    DISPLAY_KINDS,
    LETTERED,
    NAMED_WINDOW,
    ON_THE,
    OUTCOMES,
    ROWS,
    look_asked,
    placing_terms,
    question_terms,
)
from autocapture.answer.console_shades import HeaderWords, of_shade, text_colour
from autocapture.answer.console_where import asked_thing, placed_windows
from autocapture.answer.draft import Draft, Evidence
from autocapture.text import Bag, tokens
from autocapture.understand.reader import NodeRow


def _titled(n: NodeRow, words: list[str]) -> bool:
    title = Bag.of(n.window_title or "")
    return all(title.has(w) for w in words)


def items_in(ctx: AnswerContext, colour: str) -> Draft | None:
    """The test items whose outcome marker (or identifier) shows in the colour, whatever
    the outcome: read from the pixels, not from which colour a runner uses for what."""
    placing = placing_terms(ctx)
    # A placing word the run's own output never shows ("in cargo test", run through a
    # script) places it by the terminal that showed the word at another time (a
    # Cargo.toml in its listing): that terminal's directory.
    dirs = [d for t in placing for d in _dirs_showing(ctx, t)]
    for words in [placing] + ([list(dict.fromkeys(dirs))] if dirs else []):
        # Every outcome shown in the colour: pytest prints both XFAIL and XPASS in yellow.
        # After the first found, only outcomes whose word the same windows print are read.
        oks: list[Draft] = []
        shown = ""
        for family, word in OUTCOMES:
            if oks and not re.search(rf"\b(?:{PRINTED[family]})\b", shown, re.IGNORECASE):
                continue
            got = list_outcome(ctx, words, family, word, colour)
            if got.state == "ok":
                shown = shown or _windows_text(ctx, got)
                oks.append(got)
        if oks:
            return _joined(oks)
    # Runners that mark an item with a short code ("name() [X]"): the marker's colour.
    return list_marked(ctx, placing, colour)


def _windows_text(ctx: AnswerContext, draft: Draft) -> str:
    """The text of the windows (in their frames) a draft's evidence lies in."""
    where = {(e.line.frame_id, e.line.window_row) for e in draft.evidence}
    return "\n".join(
        ln.text
        for frame_id in {f for f, _ in where}
        for ln in ctx.lookup.frame_lines(frame_id)
        if (frame_id, ln.window_row) in where
    )


def _joined(drafts: list[Draft]) -> Draft:
    """Several listings (one per outcome) as one, each claim keeping its own evidence."""
    if len(drafts) == 1:
        return drafts[0]
    texts: list[str] = []
    values: list[str] = []
    evidence: list[Evidence] = []
    for d in drafts:
        base = len(texts)
        claims = d.claims()
        for i, (text, value, ev) in enumerate(claims):
            texts.append(text)
            values.append(value or "")
            evidence += [Evidence(e.line, e.role, base + i) for e in ev]
    families = [d.decisions.get("family") for d in drafts]
    return Draft(
        "; ".join(texts),
        values[0],
        evidence,
        min(d.confidence for d in drafts),
        "ok",
        None,
        {**drafts[0].decisions, "items": len(texts), "families": families},
        values=values,
        claim_texts=texts,
    )


def _dirs_showing(ctx: AnswerContext, term: str) -> list[str]:
    """The last path part of the titles of the windows whose lines show the word."""
    hits = ctx.retriever.search([term], ctx.intent.start, ctx.intent.end, limit=50)
    out: list[str] = []
    for h in hits:
        title = h.window_title or ""
        if "/" in title and Bag.of(h.text).has(term):
            last = title.rstrip("/ ").rsplit("/", 1)[-1].strip()
            if last and " " not in last and last not in out:
                out.append(last)
    return out[:2]


def _looks(by_text: bool, on_it: bool, pair: bool, bold: bool, background: bool) -> bool:
    """Whether a line has the look asked: text in the colour on the other ("white on blue"),
    bold text in it ("bold red"), on a background of the colour ("a red background"), else
    either."""
    if pair or bold:
        return by_text and (on_it or not pair)
    return on_it if background else by_text or on_it


# "Who's the red one on the callboard": a person, whom a board's row names.
WHO_ASK = re.compile(r"^\s*(?:who|whom|whose|who's)\b")


@dataclass
class _Found:
    cover: float
    node: NodeRow
    by_text: bool  # drawn in the colour (else only on a background of it)


def which_in(ctx: AnswerContext, colour: str, on: str | None = None, bold: bool = False) -> Draft:
    """Console lines (or a board's rows) drawn in the colour or on a background of it; with
    ``on``, text in the colour on a background of ``on`` ("white on blue"); with ``bold``,
    text in the colour and bold ("bold red"): both looks together, not either."""
    # "Which ROOM was shown in yellow": the noun asked for names what the answer is, not a
    # word the coloured text holds (a board's rows need not print it).
    thing = {a for a in asked_thing(ctx) if not ROWS.fullmatch(a)}
    asks_thing = bool(thing or WHO_ASK.match(ctx.question.lower()))
    terms = [t for t in question_terms(ctx) if t not in thing]
    nodes = ctx.graph.nodes(("console_line",), ctx.intent.start, ctx.intent.end)
    placed = placed_windows(ctx, nodes)
    if placed is not None:  # "the terminal at the bottom": that window, by its place
        nodes = [n for n in nodes if (n.frame_id, n.window_row) in placed[0]]
        terms = [t for t in terms if t not in placed[1]]
    themed = asked_look(ctx.question)
    if themed is not None:  # "in the dark terminal": only windows of that look
        nodes = [n for n in nodes if window_is_dark(ctx, n) in (themed[0], None)]  # type: ignore[arg-type]
    named = NAMED_WINDOW.search(ctx.question.lower()) or ON_THE.search(ctx.question.lower())
    place: list[str] = []
    if named:
        # "... in the tidepool-web terminal", "... on the stand board": only that window,
        # when a title names it.
        words = [w for w in tokens(named.group(1)) if len(w) > 1]
        titled = [n for n in nodes if words and _titled(n, words)]
        if titled:
            nodes, place = titled, words
    # "Which test was highlighted in blue": lines drawn on a background of that colour
    # unlike their window's, as well as text drawn in it; "the red one" on a board may be
    # either.
    look = look_asked(ctx.question)
    behind: set[str] = set()
    back = on or colour  # the background asked about
    if look or asks_thing or on:
        lit = [
            h
            for h in ctx.graph.nodes(("highlight",), ctx.intent.start, ctx.intent.end)
            if h.attrs.get("background") == back
        ]
        if place:
            lit = [h for h in lit if _titled(h, place)]
        behind = {sid for h in lit for sid in h.span_ids}
        if asks_thing and not (on or bold):
            # A board's cell on the colour in a light window is no console line: its
            # highlight stands for it.
            drawn = {sid for n in nodes for sid in n.span_ids}
            nodes = nodes + [h for h in lit if not drawn & set(h.span_ids)]
        elif on and not bold:
            # "The row in white on red": a light window's row on the colour is a highlight,
            # no console line; its text's own colour says whether it is the pair asked.
            drawn = {sid for n in nodes for sid in n.span_ids}
            nodes = nodes + [
                h for h in lit if not drawn & set(h.span_ids) and text_colour(ctx, h) == colour
            ]
    passing: list[tuple[NodeRow, bool]] = []
    for n in nodes:
        coloured = [
            w
            for w in n.attrs.get("words", [])
            if w.get("colour") == colour and (w.get("bold") or not bold)
        ]
        whole = n.attrs.get("colour") == colour and (n.attrs.get("bold") or not bold)
        whole = whole or (n.kind == "highlight" and on is not None and n.span_ids[0] in behind)
        by_text = whole or bool(coloured)
        on_it = bool(behind & set(n.span_ids))
        if _looks(by_text, on_it, on is not None, bold, look == "background"):
            passing.append((n, by_text))
    passing = of_shade(ctx, passing, ctx.question)  # "dark blue": the darker blues
    # "the purple status on the board": a board is any table; a cell of one is on it.
    kinds = DISPLAY_KINDS.intersection(terms)
    boards = rows_holding(ctx, [n for n, _ in passing])
    boarded = set(boards) if kinds else set()
    heads = HeaderWords(ctx)
    found: list[_Found] = []
    for n, by_text in passing:
        bag = Bag.of(n.text)
        around = ctx.window_bag(n)  # type: ignore[arg-type]  # a node has a line's fields
        # "the row highlighted in red": what the text is, not a word it holds
        want = [t for t in terms if t not in DESCRIBING]
        scores = [
            1.0
            if bag.has(t)
            or (t in kinds and n.node_id in boarded)
            or (n.node_id in boards and heads.say(boards[n.node_id], t))
            else 0.5
            if around.has(t)
            else 0.0
            for t in want
        ]
        # Only placing words ("entries ls"): any one of them on the window is enough.
        placing = [1.0 if bag.has(t) or around.has(t) else 0.0 for t in terms]
        cover = sum(scores) / len(scores) if scores else max(placing, default=1.0)
        found.append(_Found(cover, n, by_text))
    found.sort(key=lambda f: (-f.cover, -f.node.ts_ms))
    shown = ("bold " if bold else "") + colour + (f" on {on}" if on else "")
    if LETTERED.search(ctx.question.lower()):
        # "Its status in yellow letters": the text's own colour, not a row shaded in it.
        found = [f for f in found if f.by_text]
    if asks_thing or (on and any(f.node.kind == "highlight" for f in found)):
        # The coloured text is a cell of a board's row: the row's first cell names the thing
        # (a light window's row in "white on red" is such a row, whatever is asked of it).
        got = _on_board(ctx, found, bool(terms), shown, frozenset(thing))
        if got is not None:
            return got
    found = [f for f in found if f.node.kind == "console_line" and (look or f.by_text)]
    if not found:
        return Draft("", None, [], 0.2, "indeterminate", f"no_{colour}_text_found")
    best = found[0].cover
    if terms and best < 0.5:
        return Draft("", None, [], 0.3, "indeterminate", f"no_{colour}_text_matches")
    ranked = [(f.cover, f.node.ts_ms, f.node) for f in found]
    chosen: dict[str, NodeRow] = {}
    for cover, _, n in ranked:
        if cover >= best - 0.01 and n.text not in chosen:
            chosen[n.text] = n
        if len(chosen) >= MAX_LINES:
            break
    # The same line seen again partly covered (a window over its start) or cut shorter by OCR
    # is one line: its fullest reading stands for it.
    chosen = {t: n for t, n in chosen.items() if not any(t != o and t in o for o in chosen)}
    out = Listing(f"in {shown}")
    for n in chosen.values():
        line = next(
            (ln for ln in ctx.retriever.frame_lines(n.frame_id) if ln.span_id in n.span_ids),
            None,
        )
        if line is None:
            continue
        ids = {w["span_id"] for w in n.attrs.get("words", []) if w.get("colour") == colour}
        words = [w for w in ctx.retriever.words_of_line(line) if w.span_id in ids]
        # A coloured status word the question names ("failed in red") marks its line:
        # the line is the answer. Otherwise the coloured words themselves are.
        marks = words and all(Bag.of(ctx.question).has(w.text.lower()) for w in words)
        if n.attrs.get("colour") != colour and words and not marks:
            # Only some words of the line carry the colour: each is an answer of its own.
            for w in words[:MAX_WORDS]:
                out.word(w, line)
            continue
        only_behind = behind & set(n.span_ids) and n.attrs.get("colour") != colour and not on
        if only_behind:
            out.line(line, f"on a {colour} background")
        elif n.attrs.get("colour") != colour and words:
            # The line marked by its coloured word ("warning:" in magenta): said as such.
            marked = ", ".join(f"'{w.text}'" for w in words[:MAX_WORDS])
            out.line(line, f"with {marked} in {shown}")
        else:
            out.line(line)
    decisions = {"colour": colour, "candidates": len(found), "on": on, "bold": bold}
    return out.draft(0.55 + 0.35 * best, decisions)


def _names_itself(node: NodeRow, board: BoardRow) -> bool:
    """Whether a coloured text lies wholly in its row's first cell."""
    return set(node.span_ids) <= {ln.span_id for ln in board.first}


def _on_board(
    ctx: AnswerContext, found: list[_Found], placed: bool, colour: str, asked: frozenset[str]
) -> Draft | None:
    """The rows of boards whose cells are in (or on) the colour, best placed first; None when
    no such cell is, or none is placed by the question's words."""
    rows = rows_holding(ctx, [f.node for f in found])
    board = [f for f in found if f.node.node_id in rows]
    # "Which turbine was in red": a row naming a thing apart from its coloured cell (a
    # status) over one whose coloured text is its own first cell (a red test line beside
    # its progress), which would only say the coloured text again.
    apart = [f for f in board if not _names_itself(f.node, rows[f.node.node_id])]
    board = apart or board
    # "Which turbine was in red on the board": a board whose window says what its rows are
    # ("flagged turbines", a WTG column) over another table with the colour (a test run's).
    saying = [f for f in board if board_says(ctx, rows[f.node.node_id], asked)]
    board = saying or board
    if not board or (placed and board[0].cover < 0.5):
        return None
    top = [f for f in board if f.cover >= board[0].cover - 0.01]
    # Rows most of whose cells are in or on the colour first: a row marked whole ("the red
    # one") over a neighbour with one cell read so.
    lit: dict[str, set[str]] = {}
    for f in top:
        row = rows[f.node.node_id].row
        lit.setdefault(row.node_id, set()).update(set(f.node.span_ids) & set(row.span_ids))
    share = {
        f.node.node_id: len(lit[rows[f.node.node_id].row.node_id])
        / max(len(rows[f.node.node_id].row.span_ids), 1)
        for f in top
    }
    most = max(share.values())
    top = [f for f in top if share[f.node.node_id] >= most - 0.01]
    looks = {f.node.node_id: f"in {colour}" if f.by_text else f"on {colour}" for f in top}
    score = 0.55 + 0.35 * board[0].cover
    got = board_answer(ctx, [f.node for f in top], rows, looks, score, asked)
    got.decisions["says_thing"] = bool(saying)
    return got
