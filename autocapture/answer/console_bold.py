"""'Was X bold?', 'which entries were shown in bold?': stroke weights measured at ingest,
a word judged bold against its window's regular text the same way the UI graph's console
lines are (``understand.console.bold_flags``); title bars are a window's frame, not its text.
"""

from __future__ import annotations

from autocapture.answer.base import AnswerContext
from autocapture.answer.console_listing import MAX_WORDS, Listing
from autocapture.answer.console_question import CONTEXT_ONLY, ID_LIKE, cue_words, question_terms
from autocapture.answer.console_text_match import PUNCT
from autocapture.answer.draft import Draft, Evidence
from autocapture.retrieve import Line
from autocapture.text import Bag, raw_tokens
from autocapture.understand.console import bold_flags
from autocapture.understand.reader import NodeRow


def _window_bold(
    ctx: AnswerContext, line: Line, cache: dict[tuple[str, int | None], dict]
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


def was_bold(ctx: AnswerContext, quoted: list[str]) -> Draft:
    """ "Was X bold?": the word span naming X on the best-placed line, bold or regular
    against its window's regular text; indeterminate when its weight was not measured."""
    terms = question_terms(ctx)
    cue = cue_words(ctx.question)
    targets = quoted or sorted(
        (t for t in terms if t not in cue and t not in CONTEXT_ONLY),
        key=lambda t: (not ID_LIKE.search(t), -len(t)),
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
                own = [w for w in words if w.text.strip(PUNCT).lower() in want.split()]
            flags = _window_bold(ctx, line, cache)
            measured = [w for w in own if flags.get(w.span_id) is not None]
            if not measured:
                unmeasured = unmeasured or bool(own)
                continue
            span = min(measured, key=lambda w: len(w.text.strip(PUNCT)))
            bold = sum(bool(flags[w.span_id]) for w in measured) * 2 > len(measured)
            if len(measured) > 1:
                span = next((w for w in measured if flags[w.span_id] == bold), span)
            said = "was shown in bold" if bold else "was not bold (regular weight)"
            return Draft(
                f"'{target if len(measured) > 1 else span.text.strip(PUNCT)}' {said}.",
                span.text,
                [Evidence(span, "value"), Evidence(line, "line")],
                0.8,
                "ok",
                None,
                {"bold": bold, "target": target, "word": span.text},
            )
    reason = "stroke_weight_not_measured" if unmeasured else "text_not_found"
    return Draft("", None, [], 0.2, "indeterminate", reason)


def which_bold(ctx: AnswerContext, colour: str | None) -> Draft:
    """ "Which entries / lines were bold?": console lines judged bold, else their bold
    words, ranked by the question's other words (as for colours); title bars are the
    window's frame, not its text."""
    cue = cue_words(ctx.question)
    terms = [t for t in question_terms(ctx) if t not in cue]
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
        heavy = [w for w in words if w.get("bold") and (colour is None or w["colour"] == colour)]
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
    out = Listing("in bold")
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
