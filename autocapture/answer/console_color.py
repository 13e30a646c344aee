"""Colour- and weight-aware answers: "what colour was X?", "what colour were the line numbers
in the grep output?", "which lines/tests were shown in red?", "was X bold?", "which entries
were shown in bold?"; and console outcomes ("how many tests passed?", "which tests failed?",
in ``console_counts``).

Colours are sampled from the pixels at ingest (span fg/bg) and named here the way people say
them; a word's own colour wins over its line's, since terminals colour single words. Stroke
weights are measured at ingest too (span weight); whether a word is bold is judged against
its window's regular text, the same way the UI graph's console lines are
(``understand.console.bold_flags``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from autocapture.answer.base import AnswerContext
from autocapture.answer.command_order import next_command
from autocapture.answer.console_commands import (
    PRINT_ASK,
    RAN_ASK,
    asked_command,
    count_records,
    printed,
    tests_ran,
    when_ran,
)
from autocapture.answer.console_counts import (
    ASKED,
    COLLECT_WORDS,
    HOW_MANY,
    asked_collected,
    asked_outcome,
    count_outcome,
    count_tokens,
    list_outcome,
)
from autocapture.answer.console_marks import list_marked
from autocapture.answer.console_parts import parts_in
from autocapture.answer.console_place import (
    PLACE_ASK,
    asked_look,
    described_targets,
    place_of,
    place_targets,
    window_is_dark,
)
from autocapture.answer.console_rows import row_cell, rows_in
from autocapture.answer.console_tokens import (
    Kind,
    Token,
    colour_of,
    find_tokens,
    kind_of,
    part_colour,
)
from autocapture.answer.lookup import Draft, Evidence
from autocapture.answer.windows import FRAME_WORDS
from autocapture.retrieve import Line
from autocapture.text import QUOTED, Bag, raw_tokens, tokens
from autocapture.understand.colours import CHROMATIC, canonical, name_colour
from autocapture.understand.console import bold_flags
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
MAX_WORDS = 12
_PUNCT = "()[]{}<>'\",;:.`"
STYLED = re.compile(r"\b(label|labels|tag|tags|badge|badges|decoration|highlighted)\b")
STATUS = re.compile(r"\b(result|results|status|outcome|marked|verdict)\b")
_ID_LIKE = re.compile(r"[./_:\-\d]")
# Words that place the text (which listing, which output) rather than name it.
CONTEXT_ONLY = {
    "ls",
    "listing",
    "log",
    "graph",
    "output",
    "result",
    "results",
    "name",
    "names",
    "entry",
    "entries",
    "label",
    "labels",
    "commit",
    "commits",
    "grep",
    "run",
}
# Words that neither name a command block nor its place ("the grep output", "the test run").
GENERIC = CONTEXT_ONLY - {"ls", "log", "graph", "commit", "commits", "grep"}
# What a run reports on ("tests", "cases") and how a question says it was reported ("marked"):
# the counted thing, not where it ran.
NOT_PLACE = {"test", "tests", "case", "cases", "check", "checks", "spec", "specs", "job", "jobs"}
NOT_PLACE |= {"step", "steps", "item", "items", "marked", "showed", "got", "total", "ran"}
# How a question says something turned out ("came up red", "went green", "turned yellow").
NOT_PLACE |= {"came", "come", "comes", "coming", "went", "turned", "appeared", "ended"}
# Questions about lines or words ("which lines were red after the tests failed?") are listings
# of text, not of items with an outcome.
ROWS = re.compile(r"\b(lines?|words?|text|rows?)\b")
BOLD = re.compile(r"\b(bold|bolded|boldface|emboldened)\b")
# Words that ask for a list ("which entries were bold?") rather than about one text.
# Items a test run marks with an outcome; and the outcomes, most often asked about first.
TEST_ITEMS = re.compile(r"\b(tests?|test cases?|specs?|cases)\b")
OUTCOMES = [("fail", "failed"), ("error", "error"), ("skip", "skipped"), ("xfail", "xfailed"),
            ("pass", "passed")]  # fmt: skip
# Capitals as a screen prints a name: "SKIP", "TODO", a code with its number "INC-2", "FZ-04".
_CODE = re.compile(r"\b(?:[A-Z]{2,}[A-Z0-9_]*(?:-[A-Z0-9]+)+|[A-Z][A-Z_]{2,})\b")
LISTING = re.compile(r"^\s*(which|what|list|show|name)\b(?!\s+(colou?r|weight)\b)")
WEIGHT_WORDS = {"bold", "bolded", "boldface", "emboldened", "weight", "heavy", "font"}


# "the black terminal", "my dark window": a colour describing where, not the one asked for.
_PLACE_COLOUR = re.compile(
    r"^\s*(?:-|background|bg|themed?|terminals?|windows?|consoles?|shells?|xterms?|tabs?|pages?"
    r"|screens?|panes?)\b",
    re.IGNORECASE,
)


# "Greyed out", "grayed-out": shown in grey.
_GREYED = re.compile(r"^(?:grey|gray)ed$", re.IGNORECASE)


def colour_word(word: str) -> str | None:
    """The colour a question's word names ("gray" and "greyed" are grey), else None."""
    return "grey" if _GREYED.match(word) else canonical(word)


def _asked_colour(question: str) -> str | None:
    for m in re.finditer(r"[A-Za-z]+", question):
        c = colour_word(m.group())
        if c is not None and not _PLACE_COLOUR.match(question[m.end() :]):
            return c
    return None


def _colour_of(line: Line) -> str | None:
    return name_colour(line.fg)


def _part_colour(ctx: AnswerContext, word: Line, want: str) -> str | None:
    """The colour of just the asked text when it is part of one OCR word ("src/fetch.js" in
    grep's "src/fetch.js:1:export", drawn in three colours): read off its characters'
    pixels, since the word's stored colour is that of most of its pixels."""
    at = word.text.lower().find(want)
    if at < 0 or not ctx.pixels or len(want) >= len(word.text.strip(_PUNCT)):
        return None
    return part_colour(ctx.pixels(word.frame_id), word, at, at + len(want))


# OCR reads a letter O as a zero in some monospace fonts ("ToD0"): words are compared with
# the zeros inside letters read as O.
_ZERO_IN_WORD = re.compile(r"(?<=[A-Za-z])0|0(?=[A-Za-z])")


def _fold(text: str) -> str:
    return _ZERO_IN_WORD.sub("o", text).lower()


def _cited(span: Line, line: Line) -> list[Evidence]:
    """A coloured word as the value, with its line as context when the word is a part of it."""
    return [Evidence(span, "value")] + ([Evidence(line, "line")] if span is not line else [])


def _holds(text: str, want: str) -> bool:
    """Whether text shows a word or phrase, allowing OCR's O/0 slip inside words."""
    low = text.lower()
    if want in low:
        return True
    return any(c.isalpha() for c in want) and _fold(want) in _fold(text)


# "What colour was the highlight", "highlighted in", "the background of": the colour behind
# the text. "Background" always asks for it; "highlight" does when the text's background
# differs from its window's (a selection or marked row), and otherwise means the text's own
# colour (grep highlights its matches by drawing them in red).
_BACKGROUND_ASK = re.compile(r"\b(background|backgrounds|bg)\b")
_HIGHLIGHT_ASK = re.compile(r"\b(highlight|highlights|highlighted|highlighting|shaded|shading)\b")
LOOK_WORDS = {"background", "backgrounds", "bg", "highlight", "highlights", "highlighting"}
LOOK_WORDS |= {"shaded", "shading"}
# "the terminal with the dark background": a background describing where, not the one asked.
_PLACE_BACKGROUND = re.compile(r"\b(?:with|on|in) (?:the |a |an )?\w+ background\b")


def _look_asked(question: str) -> str:
    """ "background", "highlight" or "" (the text's own colour)."""
    low = question.lower()
    if _BACKGROUND_ASK.search(low) and not _PLACE_BACKGROUND.search(low):
        return "background"
    return "highlight" if _HIGHLIGHT_ASK.search(low) else ""


def _background(ctx: AnswerContext, line: Line, span: Line, look: str) -> str | None:
    """The colour behind a text when the question asks about it: the highlight the UI graph
    found on its line (a background unlike its window's), else for "background" the sampled
    background itself; None when the question asks about the text's own colour."""
    if not look:
        return None
    for n in ctx.graph.nodes(("highlight",), frame_ids=[line.frame_id]):
        if line.span_id in n.span_ids and n.attrs.get("background"):
            return str(n.attrs["background"])
    if look == "background":
        return name_colour(span.bg) or name_colour(line.bg)
    return None


NAMED_WINDOW = re.compile(
    r"\bin the ([\w./~@:-]+(?: [\w./~@:-]+)?) (?:terminal|window|console|shell)\b"
)


@dataclass
class _Listing:
    """Claims of a "which lines/words were <colour or bold>" answer: one per line, or one per
    word when only some words of a line carry the look (each cites its word, then its line)."""

    look: str  # "in red", "in bold"
    texts: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def line(self, line: Line, look: str = "") -> None:
        self.evidence.append(Evidence(line, "value", len(self.texts)))
        self.texts.append(f'"{line.text}" was shown {look or self.look}')
        self.values.append(line.text)

    def word(self, word: Line, line: Line) -> None:
        self.evidence.append(Evidence(word, "value", len(self.texts)))
        self.evidence.append(Evidence(line, "line", len(self.texts)))
        self.texts.append(f"'{word.text}' was shown {self.look}")
        self.values.append(word.text)

    def draft(self, confidence: float, decisions: dict) -> Draft:
        if not self.texts:
            return Draft("", None, [], 0.2, "indeterminate", "spans_missing")
        return Draft(
            "; ".join(self.texts),
            self.values[0],
            self.evidence,
            round(confidence, 3),
            "ok",
            None,
            decisions,
            values=self.values,
            claim_texts=self.texts,
        )


def _cue_words(question: str) -> set[str]:
    """Words naming a kind of token ("hashes", "line numbers"): a shape, not a text."""
    named = kind_of(question)
    return named[1] if named else set()


def _titled(n: NodeRow, words: list[str]) -> bool:
    title = Bag.of(n.window_title or "")
    return all(title.has(w) for w in words)


class ConsoleColorAnswerer:
    name = "console_color"
    version = "1"

    def answer(self, ctx: AnswerContext) -> Draft:
        colour = _asked_colour(ctx.question)
        quoted = QUOTED.findall(ctx.question)
        if not quoted and not LISTING.search(ctx.question.lower()):
            # "what colour was the SKIP / INC-2's status": capitals as the screen prints them
            # name the text, with a code's number ("INC-2", "FZ-04").
            quoted = _CODE.findall(ctx.question)
        low = ctx.question.lower()
        outcome = asked_outcome(low)
        named = kind_of(low)
        if PLACE_ASK.search(low):
            # "which project has the test_x test": where it was shown, not a colour.
            terms = self._terms(ctx)
            targets = place_targets(ctx.question, terms) or described_targets(ctx, terms)
            if targets:
                return place_of(ctx, targets)
        following = next_command(ctx)  # "what did I run right after the git log"
        if following is not None:
            return following
        tested = tests_ran(ctx)  # "when did I kick off the harbor-api tests"
        if tested is not None:
            return tested
        ran = asked_command(ctx.question, RAN_ASK)
        if ran is not None:
            return when_ran(ctx, ran)  # "when did I run git log in web": its prompt line
        said = asked_command(ctx.question, PRINT_ASK)
        if said is not None:
            return printed(ctx, said)  # "what did npm test print": that command's output
        records = count_records(ctx)  # "how many people were in contacts.csv"
        if records is not None:
            return records
        if HOW_MANY.search(low) and outcome is not None:
            return count_outcome(ctx, self._placing(ctx), *outcome)
        if HOW_MANY.search(low) and named is not None:
            return count_tokens(ctx, self._placing(ctx, named[1]), named[0])
        collected = asked_collected(low)
        if collected is not None:
            # "how many tests did pytest pick up": the collected count, not an outcome's.
            placing = [t for t in self._placing(ctx) if t not in COLLECT_WORDS]
            return count_outcome(ctx, placing, *collected)
        if outcome is not None and LISTING.search(low) and not quoted and not ROWS.search(low):
            return list_outcome(ctx, self._placing(ctx), *outcome, colour)
        if colour and outcome is None and LISTING.search(low) and TEST_ITEMS.search(low):
            got = self._items_in(ctx, colour)  # "which tests showed up in red"
            if got is not None:
                return got
        if BOLD.search(low):
            if LISTING.search(low) and not quoted:
                return self._which_bold(ctx, colour)
            return self._was_bold(ctx, quoted)
        if colour is None or quoted:
            return self._what_colour(ctx, quoted, by_words=not QUOTED.search(ctx.question))
        got = self._which_in(ctx, colour)
        if got.state == "ok":
            return got
        # No coloured console line is placed: a table row printed in the colour or on it (OCR
        # splits a row into cells, each looking plain: white on red is white text).
        rows = rows_in(ctx, colour, self._terms(ctx), bool(_look_asked(ctx.question)))
        if rows is not None:
            return rows
        # Nor a row: parts of words in the colour (a word diff's removed value run into the
        # value replacing it, "7.08.0", read as one word).
        parts = parts_in(ctx, colour, self._terms(ctx))
        return parts if parts is not None else got

    def _items_in(self, ctx: AnswerContext, colour: str) -> Draft | None:
        """The test items whose outcome marker (or identifier) shows in the colour, whatever
        the outcome: read from the pixels, not from which colour a runner uses for what."""
        placing = self._placing(ctx)
        # A placing word the run's own output never shows ("in cargo test", run through a
        # script) places it by the terminal that showed the word at another time (a
        # Cargo.toml in its listing): that terminal's directory.
        dirs = [d for t in placing for d in self._dirs_showing(ctx, t)]
        for words in [placing] + ([list(dict.fromkeys(dirs))] if dirs else []):
            for family, word in OUTCOMES:
                got = list_outcome(ctx, words, family, word, colour)
                if got.state == "ok":
                    return got
        # Runners that mark an item with a short code ("name() [X]"): the marker's colour.
        return list_marked(ctx, placing, colour)

    def _dirs_showing(self, ctx: AnswerContext, term: str) -> list[str]:
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

    def _placing(self, ctx: AnswerContext, cue: set[str] | frozenset = frozenset()) -> list[str]:
        """Words placing an outcome or count question's run (a window title, a directory, a
        command): not the outcome, the counted noun or filler."""
        return [
            t
            for t in self._terms(ctx)
            if t not in GENERIC and t not in NOT_PLACE and t not in cue and not ASKED.search(t)
        ]

    def _terms(self, ctx: AnswerContext) -> list[str]:
        look = asked_look(ctx.question)  # "the dark terminal": where, not what to find
        return [
            k
            for k in ctx.analysis.keywords
            if k not in COLOUR_WORDS
            and (look is None or k != look[1])
            and k not in FRAME_WORDS
            and k not in WEIGHT_WORDS
            and k not in LOOK_WORDS
            and colour_word(k) is None
        ]

    def _what_colour(self, ctx: AnswerContext, quoted: list[str], by_words: bool = False) -> Draft:
        """The colour of the text the question names: its own colour when it has one, else
        the coloured word on its line (a test's result, a status). A question that names its
        text by words rather than a quotation (``by_words``: "the Juneteenth TODO line")
        means the line holding the most of its specific words, not the first line showing
        one of them; a word in capitals as the screen prints them ("TODO") is the text whose
        colour is read on that line."""
        terms = self._terms(ctx)
        named = kind_of(ctx.question)
        cue = _cue_words(ctx.question)
        if named is not None and not quoted:
            found = self._colour_of_kind(ctx, named[0], [t for t in terms if t not in cue])
            if found is not None:
                return found
        specific = sorted(
            (t for t in terms if t not in cue and t not in CONTEXT_ONLY),
            key=lambda t: (not _ID_LIKE.search(t), -len(t)),
        )
        targets = quoted or specific
        low = ctx.question.lower()
        # A status, or a test item ("the skipped X test"): an uncoloured name takes the colour
        # of its row's status cell or marker.
        asked_status = STATUS.search(low)
        status = bool(asked_status or TEST_ITEMS.search(low) or asked_outcome(low))
        column = (
            asked_status.group(1) if asked_status and asked_status.group(1) != "marked" else None
        )
        for target in targets if quoted and not by_words else targets[:1]:
            # The most specific word names the text; the others must be near it.
            context = [t for t in terms if t != target.lower() and t not in cue]
            also = [t for t in specific if t != target.lower()] if by_words else []
            found = self._colour_of_text(ctx, target, context, status, also, column)
            if found is not None:
                return found
        return Draft("", None, [], 0.2, "indeterminate", "text_not_found_with_a_colour")

    def _colour_of_text(
        self,
        ctx: AnswerContext,
        target: str,
        context: list[str],
        status: bool,
        also: list[str] | None = None,
        column: str | None = None,
    ) -> Draft | None:
        """The colour of ``target`` on the line that best matches the question: the line
        holding most of the other specific words (``also``) itself, then near the rest."""
        want = target.lower()
        also = also or []
        hits = ctx.retriever.search(
            raw_tokens(want) or [want], ctx.intent.start, ctx.intent.end, limit=200
        )
        if also:  # lines where OCR misread the target ("ToD0") are found by the other words
            seen = {h.span_id for h in hits}
            more = ctx.retriever.search(also, ctx.intent.start, ctx.intent.end, limit=200)
            hits += [h for h in more if h.span_id not in seen]
        lines = [h for h in hits if _holds(h.text, want)]
        if not lines:
            return None

        styled = bool(STYLED.search(ctx.question.lower()))

        def rank(line: Line) -> tuple[int, float, bool, bool, int, int]:
            # The line holding most of the question's specific words first; near the others;
            # then the text as a word of its own ("README.md", not "docs/README.md"); an
            # instance drawn in a colour over a plain mention (for "the X label/tag/badge",
            # or when the other words tie the lines: a colour question is about the line
            # that stood out); then the latest frame, topmost first.
            own = [w for w in ctx.retriever.words_of_line(line) if _holds(w.text, want)]
            exact = any(_fold(w.text.strip(_PUNCT)) == _fold(want) for w in own)
            coloured = (styled or bool(also)) and (
                any(_colour_of(w) in CHROMATIC for w in own) or _colour_of(line) in CHROMATIC
            )
            on_line = sum(_holds(line.text, t) for t in also)
            near = 1.0
            if context:
                bag = ctx.window_bag(line)
                near = sum(bag.has(c) for c in context) / len(context)
            return on_line, near, exact, coloured, line.ts_ms, -line.bbox[1]

        required = [c for c in context if c not in CONTEXT_ONLY]
        look = _look_asked(ctx.question)
        themed = asked_look(ctx.question)
        if themed is not None:  # "the dark terminal's listing": text in a window of that look
            lines = [ln for ln in lines if window_is_dark(ctx, ln) in (themed[0], None)]
        for line in sorted(lines, key=rank, reverse=True):
            if required and rank(line)[1] < 0.5:
                continue  # the other words of the question are not near this text
            words = ctx.retriever.words_of_line(line)
            own = [w for w in words if _holds(w.text, want)]
            span = min(own, key=lambda w: len(w.text.strip(_PUNCT))) if own else line
            colour = _part_colour(ctx, span, want) or _colour_of(span) or _colour_of(line)
            result = None
            back = _background(ctx, line, span, look)
            if back is not None:
                return self._background_draft(target, span, line, back, colour, look)
            if colour not in CHROMATIC and status:
                # An uncoloured name on a row whose status cell or marker is coloured: that
                # colour (the cell under the column the question names, whatever its colour).
                result = row_cell(ctx, line, span, column)
                if result is None:
                    result = next((w for w in words if _colour_of(w) in CHROMATIC), None)
                if result is not None and _colour_of(result) is not None:
                    span, colour = result, _colour_of(result)
                else:
                    result = None
            if colour is None:
                continue
            what = f"'{target}'" + (f" (its line's '{span.text}')" if result is not None else "")
            return Draft(
                f"{what} was shown in {colour}.",
                span.text,
                _cited(span, line),
                0.85 if result is None else 0.7,
                "ok",
                None,
                {"colour": colour, "fg": span.fg, "bg": span.bg, "target": target},
            )
        return None

    def _background_draft(
        self, target: str, span: Line, line: Line, back: str, fg: str | None, look: str
    ) -> Draft:
        """ "What colour was the highlight": the background the text was drawn on."""
        said = "highlighted in" if look == "highlight" else "shown on a background of"
        text = f"{back}" + (f" (text in {fg})" if fg and fg != back else "")
        return Draft(
            f"'{target}' was {said} {text}: its line \"{line.text}\".",
            span.text,
            _cited(span, line),
            0.8,
            "ok",
            None,
            {"background": back, "colour": fg, "bg": span.bg, "fg": span.fg, "target": target},
        )

    def _colour_of_kind(self, ctx: AnswerContext, kind: Kind, terms: list[str]) -> Draft | None:
        """ "What colour were the line numbers in the grep output": tokens of that shape in the
        output of the command block the other words name (by command, then place); their
        most common colour. A word of the question that is one of the tokens ("the latest
        symlink", "the v0.9.1 tag") narrows to it."""
        themed = asked_look(ctx.question)
        f = find_tokens(
            ctx,
            kind,
            [t for t in terms if t not in GENERIC],
            dark=themed[0] if themed is not None else None,
        )
        if f is None:
            return None
        found, picked, block = f.tokens, f.picked, f.named.block
        pixels = ctx.pixels(block.frame_id) if ctx.pixels else None
        coloured = [(t, c) for t in found if (c := colour_of(t, pixels))]
        if not coloured:
            return None
        counts = Counter(c for _, c in coloured)
        colour, n = counts.most_common(1)[0]
        shown: dict[str, Token] = {}
        for t, c in coloured:
            if c == colour:
                shown.setdefault(t.text, t)
        examples = list(shown.values())[:3]  # different texts, the first seen of each
        where = f" in the `{block.command}` output" if block.command else ""
        if (picked and len({t.text for t in found}) == 1) or len(coloured) == 1:
            text = f"'{examples[0].text}' ({kind.name}{where}) was shown in {colour}."
        else:
            text = (
                f"The {kind.name}{where} were shown in {colour} ({n} of {len(coloured)}, e.g. "
                + ", ".join(f"'{t.text}'" for t in examples)
                + ")."
            )
        evidence = [Evidence(examples[0].cited(), "value")]
        evidence += [Evidence(t.cited(), "line") for t in examples[1:]]
        if block.prompt is not None:
            evidence.append(Evidence(block.prompt.lines[0], "line"))
        return Draft(
            text,
            examples[0].text,
            evidence,
            round(0.5 + 0.4 * n / len(coloured), 3),
            "ok",
            None,
            {
                "colour": colour,
                "kind": kind.name,
                "tokens": len(coloured),
                "command": block.command,
            },
        )

    def _which_in(self, ctx: AnswerContext, colour: str) -> Draft:
        terms = self._terms(ctx)
        nodes = ctx.graph.nodes(("console_line",), ctx.intent.start, ctx.intent.end)
        themed = asked_look(ctx.question)
        if themed is not None:  # "in the dark terminal": only windows of that look
            nodes = [n for n in nodes if window_is_dark(ctx, n) in (themed[0], None)]  # type: ignore[arg-type]
        named = NAMED_WINDOW.search(ctx.question.lower())
        if named:
            # "... in the tidepool-web terminal": only that window, when a title names it.
            words = [w for w in tokens(named.group(1)) if len(w) > 1]
            titled = [n for n in nodes if words and _titled(n, words)]
            if titled:
                nodes = titled
        # "Which test was highlighted in blue": lines drawn on a background of that colour
        # unlike their window's, as well as text drawn in it.
        behind: set[str] = set()
        if _look_asked(ctx.question):
            for h in ctx.graph.nodes(("highlight",), ctx.intent.start, ctx.intent.end):
                if h.attrs.get("background") == colour:
                    behind.update(h.span_ids)
        found: list[tuple[float, int, NodeRow]] = []
        for n in nodes:
            coloured = [w for w in n.attrs.get("words", []) if w.get("colour") == colour]
            if n.attrs.get("colour") != colour and not coloured and not behind & set(n.span_ids):
                continue
            bag = Bag.of(n.text)
            around = ctx.window_bag(n)  # type: ignore[arg-type]  # a node has a line's fields
            want = [t for t in terms if t not in CONTEXT_ONLY]
            scores = [1.0 if bag.has(t) else 0.5 if around.has(t) else 0.0 for t in want]
            # Only placing words ("entries ls"): any one of them on the window is enough.
            placing = [1.0 if bag.has(t) or around.has(t) else 0.0 for t in terms]
            cover = sum(scores) / len(scores) if scores else max(placing, default=1.0)
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
        out = _Listing(f"in {colour}")
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
            on = behind & set(n.span_ids) and n.attrs.get("colour") != colour
            out.line(line, f"on a {colour} background" if on else "")
        return out.draft(0.55 + 0.35 * best, {"colour": colour, "candidates": len(found)})

    # -- weight ------------------------------------------------------------------------------
    def _window_bold(
        self, ctx: AnswerContext, line: Line, cache: dict[tuple[str, int | None], dict]
    ) -> dict[str, bool | None]:
        """Bold flags of the words in a line's window, judged as the UI graph judges them."""
        key = (line.frame_id, line.window_row)
        if key not in cache:
            rows = ctx.retriever.db.execute(
                "SELECT w.span_id, w.weight, l.y2 - l.y1 AS h FROM span w"
                " JOIN span l ON l.span_id = w.line_span_id"
                " WHERE w.frame_id = ? AND w.kind = 'word' AND l.window_row IS ?",
                (line.frame_id, line.window_row),
            ).fetchall()
            cache[key] = bold_flags([(r["span_id"], r["weight"], float(r["h"])) for r in rows])
        return cache[key]

    def _was_bold(self, ctx: AnswerContext, quoted: list[str]) -> Draft:
        """ "Was X bold?": the word span naming X on the best-placed line, bold or regular
        against its window's regular text; indeterminate when its weight was not measured."""
        terms = self._terms(ctx)
        cue = _cue_words(ctx.question)
        targets = quoted or sorted(
            (t for t in terms if t not in cue and t not in CONTEXT_ONLY),
            key=lambda t: (not _ID_LIKE.search(t), -len(t)),
        )
        cache: dict[tuple[str, int | None], dict] = {}
        unmeasured = False
        for target in targets if quoted else targets[:1]:
            want = target.lower()
            context = [t for t in terms if t != want and t not in cue]
            required = [c for c in context if c not in CONTEXT_ONLY]
            hits = ctx.retriever.search(
                raw_tokens(want) or [want], ctx.intent.start, ctx.intent.end, limit=200
            )

            def rank(line: Line, context: list[str] = context) -> tuple[float, int, int]:
                bag = ctx.window_bag(line)
                near = sum(bag.has(c) for c in context) / len(context) if context else 1.0
                return near, line.ts_ms, -line.bbox[1]

            for line in sorted((h for h in hits if want in h.text.lower()), key=rank, reverse=True):
                if required and rank(line)[0] < 0.5:
                    break  # the other words of the question are not near this text
                words = ctx.retriever.words_of_line(line)
                own = [w for w in words if want in w.text.lower()]
                if not own:  # several words ("short test summary"): those of the phrase
                    own = [w for w in words if w.text.strip(_PUNCT).lower() in want.split()]
                flags = self._window_bold(ctx, line, cache)
                measured = [w for w in own if flags.get(w.span_id) is not None]
                if not measured:
                    unmeasured = unmeasured or bool(own)
                    continue
                span = min(measured, key=lambda w: len(w.text.strip(_PUNCT)))
                bold = sum(bool(flags[w.span_id]) for w in measured) * 2 > len(measured)
                if len(measured) > 1:
                    span = next((w for w in measured if flags[w.span_id] == bold), span)
                said = "was shown in bold" if bold else "was not bold (regular weight)"
                return Draft(
                    f"'{target if len(measured) > 1 else span.text.strip(_PUNCT)}' {said}.",
                    span.text,
                    [Evidence(span, "value"), Evidence(line, "line")],
                    0.8,
                    "ok",
                    None,
                    {"bold": bold, "target": target, "word": span.text},
                )
        reason = "stroke_weight_not_measured" if unmeasured else "text_not_found"
        return Draft("", None, [], 0.2, "indeterminate", reason)

    def _which_bold(self, ctx: AnswerContext, colour: str | None) -> Draft:
        """ "Which entries / lines were bold?": console lines judged bold, else their bold
        words, ranked by the question's other words (as for colours); title bars are the
        window's frame, not its text."""
        cue = _cue_words(ctx.question)
        terms = [t for t in self._terms(ctx) if t not in cue]
        nodes = ctx.graph.nodes(("console_line",), ctx.intent.start, ctx.intent.end)
        chrome = {
            sid
            for n in ctx.graph.nodes(("title_bar",), ctx.intent.start, ctx.intent.end)
            for sid in n.span_ids
        }
        measured = False
        found: list[tuple[float, int, NodeRow, list[dict]]] = []
        for n in nodes:
            if chrome.intersection(n.span_ids):
                continue
            words = n.attrs.get("words", [])
            line_bold = n.attrs.get("bold")
            measured = measured or line_bold is not None
            heavy = [
                w for w in words if w.get("bold") and (colour is None or w["colour"] == colour)
            ]
            whole = line_bold is True and (colour is None or n.attrs.get("colour") == colour)
            if not (whole or heavy):
                continue
            bag, around = Bag.of(n.text), ctx.window_bag(n)  # type: ignore[arg-type]
            want = [t for t in terms if t not in CONTEXT_ONLY]
            scores = [1.0 if bag.has(t) else 0.5 if around.has(t) else 0.0 for t in want]
            placing = [1.0 if bag.has(t) or around.has(t) else 0.0 for t in terms]
            # Only placing words ("entries", "ls"): they rank, but a listing that does not
            # name itself ("which entries were bold?") is still the answer.
            cover = sum(scores) / len(scores) if scores else 0.5 + 0.5 * max(placing, default=1)
            found.append((cover, n.ts_ms, n, [] if whole else heavy))
        if not found:
            reason = "no_bold_text_found" if measured else "stroke_weight_not_measured"
            return Draft("", None, [], 0.2, "indeterminate", reason)
        best = max(f[0] for f in found)
        if terms and best < 0.5:
            return Draft("", None, [], 0.3, "indeterminate", "no_bold_text_matches")
        out = _Listing("in bold")
        seen: set[str] = set()
        for cover, _, n, heavy in sorted(found, key=lambda f: (-f[0], -f[1])):
            if cover < best - 0.01 or n.text in seen:
                continue
            seen.add(n.text)
            line = next(
                (ln for ln in ctx.retriever.frame_lines(n.frame_id) if ln.span_id in n.span_ids),
                None,
            )
            if line is None:
                continue
            if not heavy:
                out.line(line)
            else:
                ids = {w["span_id"] for w in heavy}
                for w in [w for w in ctx.retriever.words_of_line(line) if w.span_id in ids]:
                    out.word(w, line)
            if len(out.texts) >= MAX_WORDS:
                break
        decisions = {"bold": True, "colour": colour, "candidates": len(found)}
        return out.draft(0.5 + 0.35 * best, decisions)
