"""'What colour was X?': the colour of the text a question names, read off the line that
best matches it; an uncoloured name takes its row's status colour; a kind of token ("the line
numbers in the grep output") takes its most common colour; "the highlight" or "the
background" is the colour behind the text.

A word's own colour wins over its line's, since terminals colour single words; part of an
OCR word ("src/fetch.js" in "src/fetch.js:1:export") is read off its characters' pixels.
"""

from __future__ import annotations

import re
from collections import Counter

from autocapture.answer.base import AnswerContext
from autocapture.answer.console_counts import asked_outcome
from autocapture.answer.console_labelled import labelled_number, shows_labelled
from autocapture.answer.console_place import asked_look, window_is_dark
from autocapture.answer.console_question import (
    DESCRIBING,
    GENERIC,
    ID_LIKE,
    STATUS,
    STYLED,
    TEST_ITEMS,
    cue_words,
    look_asked,
    question_terms,
)
from autocapture.answer.console_rows import row_cell
from autocapture.answer.console_text_match import PUNCT, cited, fold, holds_text
from autocapture.answer.console_tokens import (
    Kind,
    Token,
    colour_of,
    find_tokens,
    kind_of,
    part_colour,
)
from autocapture.answer.draft import Draft, Evidence
from autocapture.retrieve import Line
from autocapture.text import raw_tokens
from autocapture.understand.colours import CHROMATIC, name_colour

# "The X row", "X's status", "the X cell": a table's part, whose colour includes its background.
_BOXED = re.compile(r"\b(rows?|cells?|status|statuses)\b")


def _colour_of(line: Line) -> str | None:
    return name_colour(line.fg)


def _part_colour(ctx: AnswerContext, word: Line, want: str) -> str | None:
    """The colour of just the asked text when it is part of one OCR word ("src/fetch.js" in
    grep's "src/fetch.js:1:export", drawn in three colours): read off its characters'
    pixels, since the word's stored colour is that of most of its pixels. A word that is
    the asked text inside punctuation ("[SKIP]", white brackets round a yellow word) is
    read the same way, but only a colour its punctuation hid counts: the brightest pixels
    set the stored colour, and white brackets outshine a yellow word."""
    at = word.text.lower().find(want)
    if at < 0 or not ctx.pixels or len(want) >= len(word.text):
        return None
    part = part_colour(ctx.pixels(word.frame_id), word, at, at + len(want))
    if len(want) < len(word.text.strip(PUNCT)):
        return part
    return part if part in CHROMATIC and part != _colour_of(word) else None


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


def what_colour(ctx: AnswerContext, quoted: list[str], by_words: bool = False) -> Draft:
    """The colour of the text the question names: its own colour when it has one, else
    the coloured word on its line (a test's result, a status). A question that names its
    text by words rather than a quotation (``by_words``: "the Juneteenth TODO line")
    means the line holding the most of its specific words, not the first line showing
    one of them; a word in capitals as the screen prints them ("TODO") is the text whose
    colour is read on that line."""
    terms = question_terms(ctx)
    named = kind_of(ctx.question)
    cue = cue_words(ctx.question)
    if named is not None and not quoted:
        found = _colour_of_kind(ctx, named[0], [t for t in terms if t not in cue])
        if found is not None:
            return found
    specific = sorted(
        (t for t in terms if t not in cue and t not in DESCRIBING),
        key=lambda t: (not ID_LIKE.search(t), -len(t)),
    )
    targets = quoted or specific
    low = ctx.question.lower()
    # A status, or a test item ("the skipped X test"): an uncoloured name takes the colour
    # of its row's status cell or marker.
    asked_status = STATUS.search(low)
    status = bool(asked_status or TEST_ITEMS.search(low) or asked_outcome(low))
    column = asked_status.group(1) if asked_status and asked_status.group(1) != "marked" else None
    for target in targets if quoted and not by_words else targets[:1]:
        # The most specific word names the text; the others must be near it.
        context = [t for t in terms if t != target.lower() and t not in cue]
        also = [t for t in specific if t != target.lower()] if by_words else []
        noun = labelled_number(ctx.question, terms, target) if not quoted else None
        if noun is not None:  # "page 6": only where the noun labels that number
            context = [t for t in context if t != noun]
            also = [t for t in also if t != noun]
        found = _colour_of_text(ctx, target, context, status, also, column, noun)
        if found is not None:
            return found
        if noun is not None:
            why = f"no_{noun}_{target}_shown"
            return Draft("", None, [], 0.2, "indeterminate", why)
    return Draft("", None, [], 0.2, "indeterminate", "text_not_found_with_a_colour")


def _colour_of_text(
    ctx: AnswerContext,
    target: str,
    context: list[str],
    status: bool,
    also: list[str] | None = None,
    column: str | None = None,
    noun: str | None = None,
) -> Draft | None:
    """The colour of ``target`` on the line that best matches the question: the line
    holding most of the other specific words (``also``) itself, then near the rest; with
    ``noun``, only where it labels the number ``target`` (a row of its column)."""
    want = target.lower()
    also = also or []
    hits = ctx.retriever.search(
        raw_tokens(want) or [want], ctx.intent.start, ctx.intent.end, limit=200
    )
    if also:  # lines where OCR misread the target ("ToD0") are found by the other words
        seen = {h.span_id for h in hits}
        more = ctx.retriever.search(also, ctx.intent.start, ctx.intent.end, limit=200)
        hits += [h for h in more if h.span_id not in seen]
    lines = [h for h in hits if holds_text(h.text, want)]
    if noun is not None:
        lines = [h for h in lines if shows_labelled(ctx, h, noun, want) is not None]
        status = True  # a numbered row: its coloured cell or background tells its colour
    if not lines:
        return None

    styled = bool(STYLED.search(ctx.question.lower()))

    capitals = target != target.lower()

    def rank(line: Line) -> tuple[bool, int, float, int, bool, int, int]:
        # The text as a word of its own in the capitals the question spells it in first
        # ("FAIL" is Criterion's "[FAIL]", not "Assertion Failed" on a line that happens to
        # hold "test" from "the make test output"); then the line holding most of the
        # question's specific words; near the others;
        # then the text as a word or cell of its own ("README.md", not "docs/README.md";
        # "OUT OF ORDER", not "1 out of order"), in the capitals the question spells it in
        # first ("OFFLINE", not "1 offline"); an instance drawn in a colour over a plain
        # mention (for "the X label/tag/badge", or when the other words tie the lines: a
        # colour question is about the line that stood out); then the latest frame,
        # topmost first.
        own = [w for w in ctx.retriever.words_of_line(line) if holds_text(w.text, want)]
        texts = [w.text.strip(PUNCT) for w in own] + [line.text.strip().strip(PUNCT)]
        exact = int(any(fold(t) == fold(want) for t in texts))
        if exact and capitals and target in texts:
            exact = 2
        coloured = (styled or bool(also)) and (
            any(_colour_of(w) in CHROMATIC for w in own) or _colour_of(line) in CHROMATIC
        )
        on_line = sum(holds_text(line.text, t) for t in also)
        near = 1.0
        if context:
            bag = ctx.window_bag(line)
            near = sum(bag.has(c) for c in context) / len(context)
        return exact == 2, on_line, near, exact, coloured, line.ts_ms, -line.bbox[1]

    required = [c for c in context if c not in DESCRIBING]
    look = look_asked(ctx.question)
    boxed = bool(_BOXED.search(ctx.question.lower())) or noun is not None  # a numbered row
    themed = asked_look(ctx.question)
    if themed is not None:  # "the dark terminal's listing": text in a window of that look
        lines = [ln for ln in lines if window_is_dark(ctx, ln) in (themed[0], None)]
    for line in sorted(lines, key=rank, reverse=True):
        if required and rank(line)[2] < 0.5:
            continue  # the other words of the question are not near this text
        words = ctx.retriever.words_of_line(line)
        own = [w for w in words if holds_text(w.text, want)]
        span = min(own, key=lambda w: len(w.text.strip(PUNCT))) if own else line
        colour = _part_colour(ctx, span, want) or _colour_of(span) or _colour_of(line)
        result = None
        back = _background(ctx, line, span, look)
        if back is not None:
            return _background_draft(target, span, line, back, colour, look)
        behind = _background(ctx, line, span, "highlight") if not look and boxed else None
        if behind in CHROMATIC and behind != colour:
            # A row or cell is coloured by its background too ("white on red"): both named;
            # a line asked about plainly is its text's colour.
            return _on_draft(target, span, line, colour, str(behind))
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
            cited(span, line),
            0.85 if result is None else 0.7,
            "ok",
            None,
            {"colour": colour, "fg": span.fg, "bg": span.bg, "target": target},
        )
    return None


def _background_draft(
    target: str, span: Line, line: Line, back: str, fg: str | None, look: str
) -> Draft:
    """ "What colour was the highlight": the background the text was drawn on."""
    said = "highlighted in" if look == "highlight" else "shown on a background of"
    text = f"{back}" + (f" (text in {fg})" if fg and fg != back else "")
    return Draft(
        f"'{target}' was {said} {text}: its line \"{line.text}\".",
        span.text,
        cited(span, line),
        0.8,
        "ok",
        None,
        {"background": back, "colour": fg, "bg": span.bg, "fg": span.fg, "target": target},
    )


def _on_draft(target: str, span: Line, line: Line, fg: str | None, back: str) -> Draft:
    """ "What colour was the X row": text drawn on a coloured highlight is shown in both."""
    shown = f"{fg} on {back}" if fg else f"on a {back} background"
    return Draft(
        f"'{target}' was shown {'in ' if fg else ''}{shown} (a {back} highlight): its line "
        f'"{line.text}".',
        span.text,
        cited(span, line),
        0.8,
        "ok",
        None,
        {"colour": fg, "background": back, "fg": span.fg, "bg": span.bg, "target": target},
    )


def _colour_of_kind(ctx: AnswerContext, kind: Kind, terms: list[str]) -> Draft | None:
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
