"""How well a retrieved line covers the question: its words found on the line, in its wrapped
sentence, or around it in its window (its row, its column's heading, the window's title).

Lookup ranks candidate lines by this score before reading a value off the best ones; it is
kept apart so the weighing of where a word was found can be read on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz

from autocapture.answer.layout import aligned, h_overlap
from autocapture.answer.lexicon import concept_in_bag, form_span
from autocapture.answer.question import QuestionAnalysis
from autocapture.answer.request_reply import MESSAGE
from autocapture.answer.value_shapes import RECORD, assigns, has_own, in_longer_name, key_match
from autocapture.retrieve import Line
from autocapture.text import REFERENCE, SHELL_PROMPT, Bag, raw_tokens, token_match

NEAR_LINES = 4  # lines within this many line heights are "near" (a sender above a message)
COLUMN_LINES = 10  # ... and a name this far above, in the same column, heads it (a card)
COMPOUND_CREDIT = 0.85
HEADER_CREDIT = 0.75
OFF_TOPIC_CREDIT = 0.85
COMMAND_WORDS = {"command", "commands", "ran", "run", "typed", "executed", "prompt", "shell"}


def _top(line: Line) -> int:
    return line.bbox[1]


@dataclass
class _Scored:
    line: Line
    coverage: float
    matched: list[str]
    missing: list[str]
    on_line: list[str]
    label_shape: bool = False
    chrome: bool = False
    assigns: bool = False  # the line gives an identifier asked about a value ("x = 3")
    informative: bool = True
    value: str | None = None
    value_line: Line | None = None
    label_end: int = 0
    concept_on_line: bool = False  # an attribute concept is printed on the line itself
    concept_label: bool = False  # ... at its start ("by Rick Riordan", "Width 73 in")
    names_attribute: bool = True  # the line holds what is asked, not only whom it is about
    entity_fit: float = 0.0  # share of the named entity on the line or in its column/row
    joined: tuple[Line, ...] = ()  # other lines of its wrapped sentence(s) holding asked words
    said: bool = False  # the value is read from that sentence, not from a heading's row


class LineScoring:
    """Line scoring for ``LookupAnswerer``, which mixes it in: it works on the host's per-query
    caches of frame lines, word bags and window contexts (declared below)."""

    _windows: dict[tuple[str, int | None], tuple[list[Line], Bag, Bag]]
    frame_lines: Callable[[str], list[Line]]
    sentence: Callable[[Line], list[Line]]
    _bag: Callable[[Line], Bag]

    def _context(self, line: Line) -> tuple[Bag, Bag, Bag, Bag, Bag]:
        """Words near the line in its column or row, near it elsewhere, in its window's
        title/app/URL, anywhere in its window, and in its column further up."""
        key = (line.frame_id, line.window_row)
        if key not in self._windows:
            same = [o for o in self.frame_lines(line.frame_id) if o.window_row == line.window_row]
            meta = Bag.of(
                " ".join([line.window_title or "", line.window_app or "", line.url or ""])
            )
            self._windows[key] = (same, meta, Bag.merge([self._bag(o) for o in same]))
        same, meta, whole = self._windows[key]
        h = max(1, line.bbox[3] - line.bbox[1])
        cy = (line.bbox[1] + line.bbox[3]) / 2
        near = [
            o
            for o in same
            if o.rowid != line.rowid and abs((o.bbox[1] + o.bbox[3]) / 2 - cy) <= NEAR_LINES * h
        ]
        message = MESSAGE.match(line.text) is not None
        if message:  # a chat message is its line and the lines wrapped below it
            near = self._wrapped(line, near)
        # A card's title names the values in its column (further down than NEAR_LINES), not
        # those of the card beside it.
        heads = [
            o
            for o in same
            if o.rowid != line.rowid
            and h_overlap(o, line) > 0
            and 0 < cy - (o.bbox[1] + o.bbox[3]) / 2 <= COLUMN_LINES * h
        ]
        in_line = Bag.merge([self._bag(o) for o in near if aligned(o, line)])
        other = Bag.merge([self._bag(o) for o in near if not aligned(o, line)])
        if message:  # the rest of a chat log is other messages, not what this one is about
            whole = Bag.merge([self._bag(o) for o in near])
        return in_line, other, meta, whole, Bag.merge([self._bag(o) for o in heads])

    @staticmethod
    def _wrapped(line: Line, near: list[Line]) -> list[Line]:
        """A chat message's context: the lines wrapped below it, up to the next message, and
        the message right above (what a reply answers: "I'll hold it until then")."""
        mid = (line.bbox[1] + line.bbox[3]) / 2
        below: list[Line] = []
        for o in sorted((o for o in near if (o.bbox[1] + o.bbox[3]) / 2 > mid), key=_top):
            if MESSAGE.match(o.text):
                break
            below.append(o)
        above: list[Line] = []
        for o in sorted((o for o in near if (o.bbox[1] + o.bbox[3]) / 2 < mid), key=_top)[::-1]:
            above.append(o)
            if MESSAGE.match(o.text):
                break
        else:
            above = []  # no message starts above: these are fragments, not a message
        return above + below

    @staticmethod
    def _credit(
        on_line: bool, has: Callable[[Bag], bool], soft: bool, ctx: tuple, named: bool = False
    ) -> float:
        """Credit for a question term by where it is found (HAS tests a bag of words). A
        NAMED entity also counts when it heads the line's column further up (a card title)."""
        near, other, meta, far, heads = ctx
        if on_line:
            return 1.0 if not soft or has(meta) else 0.7
        if has(near) or (named and has(heads)):
            return 1.0 if soft else 0.8
        if has(other):
            return 0.8 if soft else 0.6
        if has(meta):
            return 1.0 if soft else 0.5
        if has(far):
            return 0.8 if soft else 0.4
        return 0.0

    def score(self, line: Line, q: QuestionAnalysis) -> _Scored:
        """Weighted share of the question's words found on the line or around it.

        Cue words that only name the answer's type ("number", "url") and phrasing words ("put",
        "details") count when present and are not held against a line that lacks them.
        Document-kind words ("invoice") count in full when they name the window (its title or
        URL), less when merely mentioned. An attribute concept ("fuel economy" for "mileage")
        counts when the line or its neighbours print one of its forms.
        """
        toks = raw_tokens(line.text)
        ctx = self._context(line)
        joined = self.sentence(line)  # a wrapped sentence's words count as the line's own
        sent = Bag.merge([self._bag(o) for o in joined]) if joined else None
        held_on: list[Line] = []
        total = got = 0.0
        matched, missing, on_line = [], [], []
        label_end, first_index = 0, len(toks)
        concept_at = len(toks) + 1
        low = line.text.lower()
        entity = set(q.ask.entity)
        entity_hits = 0
        for k in q.keywords:
            w = q.weight(k)
            soft = k in q.soft_words
            hit = [i for i, t in enumerate(toks) if key_match(k, t)]
            if k in entity and all(in_longer_name(k, toks[i]) for i in hit):
                hit = []  # "Tuhoe" of "Tuhoe-Reid": part of another person's name
            whole = any(token_match(k, toks[i].lower()) for i in hit)
            held = not hit and sent is not None and (has_own if k in entity else Bag.has)(sent, k)
            if held:
                held_on += [o for o in joined if self._bag(o).has(k)][:1]
                on_line.append(k)
            if hit:
                first_index = min(first_index, hit[0])
                pos = low.find(toks[hit[-1]].lower())
                if pos >= 0:
                    label_end = max(label_end, pos + len(toks[hit[-1]]))
                on_line.append(k)
            credit = self._credit(
                bool(hit) or held,
                (lambda b, k=k: has_own(b, k)) if k in entity else (lambda b, k=k: b.has(k)),
                soft,
                ctx,
                k in entity,
            )
            if hit and not whole:
                credit *= COMPOUND_CREDIT  # 'total' inside test_invoice_total: weaker
            if k in q.attribute and not hit and not held:
                credit = 0.0  # the asked attribute is read on the line, not from its window
            elif not hit and not held and (q.is_code(k) or REFERENCE.match(k)):
                credit *= 0.5  # a name from code (retry_budget) is what the line must show
            if k in entity and credit >= 0.8:
                entity_hits += 1
            if credit == 0.0 and (k in q.cue_words or k in q.phrasing):
                continue  # an absent type or phrasing word is neither for nor against
            total += w
            got += credit * w
            (matched if credit else missing).append(k)
        for c in q.concepts:
            soft = q.concept_soft(c)
            span = form_span(c, line.text)
            if span:
                first_index = min(first_index, len(raw_tokens(line.text[: span[0]])))
                label_end = max(label_end, span[1])
                on_line.append(c.name)
                concept_at = min(concept_at, len(raw_tokens(line.text[: span[0]])))
            held = span is None and sent is not None and concept_in_bag(c, sent)
            if held:
                on_line.append(c.name)
            credit = self._credit(
                span is not None or held, lambda b, c=c: concept_in_bag(c, b), soft, ctx
            )
            if credit == 0.0 and (c.value_type or soft):
                continue  # "published" when the page shows only the date: the type says it
            w = 0.5 if soft else 1.5
            total += w
            got += credit * w
            (matched if credit else missing).append(c.name)
        title = line.window_title or ""
        chrome = bool(title) and fuzz.ratio(line.text.lower(), title.lower()) >= 85
        s = _Scored(
            line, got / total if total else 0.0, matched, missing, on_line, label_end=label_end
        )
        s.label_shape = first_index == 0
        s.joined = tuple({o.rowid: o for o in held_on}.values())
        s.assigns = any(assigns(k, line.text) for k in q.keywords if q.is_code(k))
        s.entity_fit = round(entity_hits / len(entity), 2) if entity else 0.0
        asked = [k for k in q.keywords if k not in entity and k not in q.phrasing] or q.concepts
        if entity and asked and not q.wants_line:
            # "the fuel economy of Base Style": the label names the economy; "Base Style" is
            # the card's heading, near the label but not it. ("Ola Nordin's details" asks for
            # nothing but the entry that names them.)
            s.names_attribute = any(t not in entity for t in on_line)
        s.concept_on_line = concept_at <= len(toks)
        s.concept_label = concept_at == 0
        s.chrome = chrome
        unmatched = [t for t in toks if not any(key_match(k, t) for k in q.keywords)]
        worded = [t for t in unmatched if sum(ch.isalpha() for ch in t) > 1]
        s.informative = sum(1 for t in worded if t.isalpha()) >= 3 or (
            bool(worded) and RECORD.match(line.text) is not None
        )
        if q.topic and not q.topic & set(on_line):
            s.coverage *= OFF_TOPIC_CREDIT  # "… about refunds": the answer is on refunds
        code_names = [k for k in q.keywords if q.is_code(k)]
        if code_names and all(k in on_line for k in code_names):
            s.informative = True  # "where 2.9 = high_tide_offset('KEL')" is about that code
        if SHELL_PROMPT.match(line.text) and not COMMAND_WORDS & set(q.keywords):
            s.coverage *= HEADER_CREDIT  # "$ ls -l" ran the listing; its rows answer
        if q.wants_line and not s.informative:
            s.coverage *= HEADER_CREDIT  # "Bob Chen 10:42" names who spoke; it is not what
        owner = [k for k in q.ask.owner if k not in q.soft_words and k in q.keywords]
        if q.wants_line and not all(k in on_line for k in owner):
            s.coverage *= OFF_TOPIC_CREDIT  # "the merge commit's message": that entry's line
        return s
