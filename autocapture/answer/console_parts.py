"""Coloured parts of words: a word diff (``git diff --color-words``) prints a removed value in
red and the value replacing it in green with no space between them, so OCR reads one word
("7.08.0") whose stored colour is that of most of its pixels. "Which values were in red?" is
read off each character's pixels (monospace: character i at i/len of the word's width): the
runs of characters in the asked colour, inside words that also hold another colour."""

from __future__ import annotations

from autocapture.answer.base import AnswerContext
from autocapture.answer.console_blocks import console_windows
from autocapture.answer.console_rows import joined, placed_share
from autocapture.answer.console_tokens import part_colour
from autocapture.answer.draft import Draft, Evidence
from autocapture.text import Bag

MAX_PARTS = 8
MAX_WINDOWS = 3
_EDGE = "()[]{}<>'\",;:`"


def colour_runs(colours: list[str | None], text: str) -> list[tuple[int, int, str]]:
    """Runs (start, end, colour) of characters in one colour; an unread character (a dot,
    too thin to sample) between two of the same colour belongs to them."""
    filled = list(colours)
    for i, c in enumerate(filled):
        if c is None:
            left = next((filled[j] for j in range(i - 1, -1, -1) if filled[j]), None)
            right = next((colours[j] for j in range(i + 1, len(colours)) if colours[j]), None)
            filled[i] = left if left == right or right is None else right
    runs: list[tuple[int, int, str]] = []
    for i, c in enumerate(filled):
        if c is None or not text[i].strip():
            continue
        if runs and runs[-1][2] == c and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1, c)
        else:
            runs.append((i, i + 1, c))
    return runs


def parts_in(ctx: AnswerContext, colour: str, terms: list[str]) -> Draft | None:
    """The parts of words drawn in ``colour`` in the windows the question's words place, when
    the rest of the word is in another colour. None when there are none."""
    if not ctx.pixels:
        return None
    texts: list[str] = []
    values: list[str] = []
    evidence: list[Evidence] = []
    for lines in console_windows(ctx, terms, joined(terms))[:MAX_WINDOWS]:
        bag = Bag.merge([ctx.window_bag(lines[0]), Bag.of(lines[0].window_title or "")])
        if terms and placed_share(bag, terms) < 0.5:
            continue
        pixels = ctx.pixels(lines[0].frame_id)
        if pixels is None:
            continue
        for line in sorted(lines, key=lambda ln: (ln.bbox[1], ln.bbox[0])):
            for w in ctx.retriever.words_of_line(line):
                text = w.text
                if len(text) < 2 or not any(ch.isalnum() for ch in text):
                    continue
                cols = [part_colour(pixels, w, i, i + 1) for i in range(len(text))]
                runs = colour_runs(cols, text)
                if len({c for _, _, c in runs}) < 2:
                    continue  # one colour: the word's own, read as a whole elsewhere
                for s, e, c in runs:
                    part = text[s:e].strip(_EDGE)
                    if c != colour or not any(ch.isalnum() for ch in part):
                        continue
                    k = len(texts)
                    evidence.append(Evidence(w, "value", k))
                    evidence.append(Evidence(line, "line", k))
                    texts.append(f"'{part}' (in '{text}') was shown in {colour}")
                    values.append(part)
                    if len(texts) >= MAX_PARTS:
                        break
        if texts:
            break
    if not texts:
        return None
    return Draft(
        "; ".join(texts),
        values[0],
        evidence,
        0.7,
        "ok",
        None,
        {"colour": colour, "parts": len(texts)},
        values=values,
        claim_texts=texts,
    )
