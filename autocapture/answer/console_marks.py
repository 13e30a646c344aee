"""Test items marked by a short bracketed code or a symbol rather than an outcome word.

Some runners print each test as its name and a marker of a few characters: JUnit's console
launcher ``name() [OK]`` / ``[X]`` / ``[S]``, tree reporters ``name ✔``. What a marker means
differs between runners, but its colour is what a person sees, so "which of the X tests came
out red?" is answered by the items whose marker (or name) is printed in that colour, read off
the pixels, in the command block the question's words name.
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.console_blocks import Block, named_blocks
from autocapture.answer.console_counts import (
    _IDENT,
    MAX_ITEMS,
    Item,
    _clean,
    _same_read,
    item_colours,
)
from autocapture.answer.draft import Draft, Evidence

# A marker: one to four characters in square brackets ("[X]", "[OK]", "[S]"), or a tick or
# cross glyph of its own.
MARKER = re.compile(r"\[[^\]\s]{1,4}\]|[✔✓✗✘✖×]")
# A name that is a call ("indexOfH12()", "test1()"): an identifier even without case changes.
_CALL = re.compile(r"[A-Za-z_][\w.$]*\(\)")


def _ident(text: str) -> str | None:
    raw = text.strip()
    if _CALL.fullmatch(raw):
        return raw[:-2]
    clean = _clean(raw)
    return clean if clean and _IDENT.fullmatch(clean) else None


def marked_items(ctx: AnswerContext, block: Block) -> list[Item]:
    """Rows of a block that name an item followed by its marker."""
    out: list[Item] = []
    for row in block.rows:
        words = [w for w in row.words(ctx) if w.text.strip() and block.inside(w)]
        for i, w in enumerate(words[1:], 1):
            if not MARKER.fullmatch(w.text.strip()):
                continue
            ident = _ident(words[i - 1].text)
            if ident is not None:
                out.append(Item(ident, words[i - 1], w, row))
                break
    return out


def list_marked(ctx: AnswerContext, terms: list[str], colour: str) -> Draft | None:
    """ "Which of the X tests came out red?": items whose marker or name shows in the colour,
    in the blocks the question's words name best (one read per window title: the one marking
    the most items, the latest on ties). None when no named block marks items so."""
    named = named_blocks(ctx, terms, [])
    if not named:
        return None
    top = max((n.by_command, n.by_place) for n in named)
    if terms and top[0] == 0 and top[1] < 0.5:
        return None
    per_title: dict[str, tuple[tuple[int, int], list[Item]]] = {}
    for n in named:
        if (n.by_command, n.by_place) != top:
            continue
        items = marked_items(ctx, n.block)
        if not items:
            continue
        key = (len(items), n.block.ts_ms)
        title = n.block.title
        if title not in per_title or key > per_title[title][0]:
            per_title[title] = (key, items)
    cache: dict[str, object] = {}
    chosen: list[Item] = []
    for _, items in per_title.values():
        for it in items:
            if any(_same_read(it, c) for c in chosen):
                continue
            if colour in item_colours(ctx, it, cache):
                chosen.append(it)
    if not chosen:
        return None
    texts: list[str] = []
    values: list[str] = []
    evidence: list[Evidence] = []
    for it in chosen[:MAX_ITEMS]:
        k = len(texts)
        evidence.append(Evidence(it.row.citable(it.ident_word), "value", k))
        if it.row.line_of(it.marker).span_id != it.row.line_of(it.ident_word).span_id:
            evidence.append(Evidence(it.row.citable(it.marker), "line", k))
        texts.append(f"{it.ident} was shown in {colour} (marked {it.marker.text.strip()})")
        values.append(it.ident)
    return Draft(
        "; ".join(texts),
        values[0],
        evidence,
        0.75,
        "ok",
        None,
        {"colour": colour, "items": len(texts), "marked": True, "windows": len(per_title)},
        values=values,
        claim_texts=texts,
    )
