"""Colour-aware answers: "what colour was X?" and "which lines/tests were shown in red?".

Colours are sampled from the pixels at ingest (span fg/bg) and named here the way people say
them; a word's own colour wins over its line's, since terminals colour single words.
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.lookup import Draft, Evidence
from autocapture.retrieve import Line
from autocapture.text import Bag, raw_tokens
from autocapture.understand.colours import canonical, name_colour
from autocapture.understand.reader import NodeRow

COLOUR_WORDS = {
    "colour",
    "color",
    "colours",
    "colors",
    "coloured",
    "colored",
    "shown",
    "printed",
    "displayed",
    "highlighted",
    "written",
    "text",
    "line",
    "lines",
    "word",
    "words",
    "terminal",
    "console",
    "output",
    "which",
    "what",
    "font",
}
MAX_LINES = 6
_QUOTED = re.compile(r"['\"‘“`]([^'\"’”`]{2,})['\"’”`]")


def _asked_colour(question: str) -> str | None:
    for tok in re.findall(r"[A-Za-z]+", question):
        c = canonical(tok)
        if c is not None:
            return c
    return None


def _colour_of(line: Line) -> str | None:
    return name_colour(line.fg)


class ConsoleColorAnswerer:
    name = "console_color"
    version = "1"

    def answer(self, ctx: AnswerContext) -> Draft:
        colour = _asked_colour(ctx.question)
        quoted = _QUOTED.findall(ctx.question)
        if colour is None or quoted:
            return self._what_colour(ctx, quoted)
        return self._which_in(ctx, colour)

    def _terms(self, ctx: AnswerContext) -> list[str]:
        return [k for k in ctx.analysis.keywords if k not in COLOUR_WORDS and canonical(k) is None]

    def _what_colour(self, ctx: AnswerContext, quoted: list[str]) -> Draft:
        target = quoted[0] if quoted else " ".join(self._terms(ctx))
        words = raw_tokens(target)
        if not words:
            return Draft("", None, [], 0.0, "indeterminate", "question_names_no_text")
        hits = ctx.retriever.search(
            [w.lower() for w in words], ctx.intent.start, ctx.intent.end, limit=100
        )
        want = target.lower()
        for line in sorted(hits, key=lambda h: -h.ts_ms):
            if want not in line.text.lower():
                continue
            parts = [w for w in ctx.retriever.words_of_line(line) if want in w.text.lower()]
            span = min(parts, key=lambda w: len(w.text)) if parts else line
            colour = _colour_of(span) or _colour_of(line)
            if colour is None:
                continue
            text = f"'{target}' was shown in {colour}."
            ev = [Evidence(span, "value")]
            if span is not line:
                ev.append(Evidence(line, "line"))
            return Draft(
                text,
                target,
                ev,
                0.85,
                "ok",
                None,
                {"colour": colour, "fg": span.fg, "bg": span.bg},
            )
        return Draft("", None, [], 0.2, "indeterminate", "text_not_found_with_a_colour")

    def _which_in(self, ctx: AnswerContext, colour: str) -> Draft:
        terms = self._terms(ctx)
        nodes = ctx.graph.nodes(("console_line",), ctx.intent.start, ctx.intent.end)
        found: list[tuple[float, int, NodeRow]] = []
        for n in nodes:
            coloured = [w for w in n.attrs.get("words", []) if w.get("colour") == colour]
            if n.attrs.get("colour") != colour and not coloured:
                continue
            cover = sum(Bag.of(n.text).has(t) for t in terms) / len(terms) if terms else 1.0
            found.append((cover, n.ts_ms, n))
        if not found:
            return Draft("", None, [], 0.2, "indeterminate", f"no_{colour}_text_found")
        best = max(f[0] for f in found)
        if terms and best < 0.5:
            return Draft("", None, [], 0.3, "indeterminate", f"no_{colour}_text_matches")
        chosen: dict[str, NodeRow] = {}
        for cover, _, n in sorted(found, key=lambda f: (-f[0], -f[1])):
            if cover >= best - 0.01 and n.text not in chosen:
                chosen[n.text] = n
            if len(chosen) >= MAX_LINES:
                break
        evidence, texts, values = [], [], []
        for n in chosen.values():
            line = next(
                (ln for ln in ctx.retriever.frame_lines(n.frame_id) if ln.span_id in n.span_ids),
                None,
            )
            if line is None:
                continue
            evidence.append(Evidence(line, "value", len(texts)))
            texts.append(f'"{line.text}" was shown in {colour}')
            values.append(line.text)
        if not texts:
            return Draft("", None, [], 0.2, "indeterminate", "spans_missing")
        return Draft(
            "; ".join(texts),
            values[0],
            evidence,
            round(0.55 + 0.35 * best, 3),
            "ok",
            None,
            {"colour": colour, "candidates": len(found)},
            values=values,
            claim_texts=texts,
        )
