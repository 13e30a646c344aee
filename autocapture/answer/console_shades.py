"""What a colour question says besides the colour's name: a shade ("the dark blue status",
not the bright blue summary under it), a board's column headings ("the crate with the blue
status": CRATE and STATUS head the board's columns, so its cells are of crates and statuses),
and a highlighted row's own text colour ("white on red").

Terminals draw a colour in two shades (normal and bright); the palette names both alike, so
a shade word picks the darker or lighter of the texts found.
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.console_boards import BoardRow
from autocapture.answer.console_question import SHADES, shade_words
from autocapture.understand.colours import name_colour, rgb_of
from autocapture.understand.reader import NodeRow

_DARKER = {"dark", "darker", "deep"}
# Luminance apart for two texts of one colour name to be two shades of it.
_SHADE_GAP = 30.0


def _fg_of(ctx: AnswerContext, node: NodeRow) -> str | None:
    """The text colour (hex) of a node's first line with one sampled."""
    ids = set(node.span_ids)
    return next(
        (ln.fg for ln in ctx.retriever.frame_lines(node.frame_id) if ln.span_id in ids and ln.fg),
        None,
    )


def _luma(hex_colour: str | None) -> float | None:
    rgb = rgb_of(hex_colour) if hex_colour else None
    if rgb is None:
        return None
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]


def text_colour(ctx: AnswerContext, node: NodeRow) -> str | None:
    """The name of the colour a node's text is drawn in (a highlight's letters)."""
    return name_colour(_fg_of(ctx, node))


def of_shade(
    ctx: AnswerContext, passing: list[tuple[NodeRow, bool]], question: str
) -> list[tuple[NodeRow, bool]]:
    """Texts drawn in the colour (``by_text``) kept to the shade the question names ("dark
    blue": the darker ones) when they come in two shades; others are kept as they are."""
    shades = shade_words(question) & SHADES
    if not shades:
        return passing
    darker = bool(shades & _DARKER)
    lumas = {id(n): _luma(_fg_of(ctx, n)) for n, by_text in passing if by_text}
    known = [v for v in lumas.values() if v is not None]
    if not known or max(known) - min(known) < _SHADE_GAP:
        return passing
    edge = min(known) if darker else max(known)
    out = []
    for n, by_text in passing:
        v = lumas.get(id(n))
        if by_text and v is not None and abs(v - edge) >= _SHADE_GAP:
            continue
        out.append((n, by_text))
    return out


class HeaderWords:
    """The heading row of a board (its top row, printing no digits, as a header does), read
    once per table: a word of it says what the board's cells are ("CRATE", "STATUS")."""

    def __init__(self, ctx: AnswerContext) -> None:
        self.ctx = ctx
        self._heads: dict[tuple[str, str | None], str] = {}

    def _head(self, board: BoardRow) -> str:
        row = board.row
        key = (row.frame_id, row.parent_id)
        if key not in self._heads:
            rows = [
                r
                for r in self.ctx.graph.nodes(("table_row",), frame_ids=[row.frame_id])
                if r.parent_id == row.parent_id
            ]
            top = min(rows, key=lambda r: r.bbox[1]) if rows else None
            text = top.text if top is not None and top.node_id != row.node_id else ""
            self._heads[key] = "" if re.search(r"\d", text) else text
        return self._heads[key]

    def say(self, board: BoardRow, term: str) -> bool:
        """Whether the board's heading row has the word (singular or plural)."""
        head = self._head(board)
        return bool(
            head
            and re.search(rf"(?<![\w/.:]){re.escape(term)}(?:s|es)?(?![\w/])", head, re.IGNORECASE)
        )
