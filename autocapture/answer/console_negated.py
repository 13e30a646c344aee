"""'Which tests didn't go green?': a colour asked in the negative names every outcome a
runner does not show in that colour. Runners agree on the colours of outcomes (green passed,
red failed, errored or crashed, yellow or grey skipped), and the colour a screen's marker was
sampled in is less sure than the word it prints ("[PASS]" in a bright white bracket), so the
items are listed by the outcome words, not by sampled colour.
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.console_counts import _key, list_outcome
from autocapture.answer.console_question import colour_word, placing_terms
from autocapture.answer.draft import Draft, Evidence
from autocapture.text import tokens

# The colours runners show each outcome in.
OUTCOME_COLOURS = {
    "pass": {"green"},
    "fail": {"red"},
    "error": {"red"},
    "crash": {"red"},
    "skip": {"yellow", "grey"},
    "xfail": {"yellow"},
    "xpass": {"yellow"},
}
_WORDS = {"pass": "passed", "fail": "failed", "error": "error", "crash": "crashed",
          "skip": "skipped", "xfail": "xfailed", "xpass": "xpassed"}  # fmt: skip
# "didn't go green", "weren't green", "did not turn red", "never came up green", "not in green"
NEGATED = re.compile(
    r"\b(?:didn['’]?t|did not|don['’]?t|do not|doesn['’]?t|does not|never|weren['’]?t"
    r"|were not|wasn['’]?t|was not|aren['’]?t|are not|isn['’]?t|is not|haven['’]?t|hasn['’]?t"
    r"|failed to|not)((?:\s+[a-z]+){1,4})"
)


def negated_colour(question: str) -> tuple[str, set[str]] | None:
    """(colour, the words saying it) when the question asks about what was NOT in a colour."""
    for m in NEGATED.finditer(question.lower()):
        words = m.group(1).split()
        at = next((i for i, w in enumerate(words) if colour_word(w) is not None), None)
        if at is not None:
            said = set(tokens(m.group(0)[: len(m.group(0)) - len(m.group(1))]))
            return str(colour_word(words[at])), said | set(words[: at + 1])
    return None


def not_in_colour(ctx: AnswerContext, colour: str, said: set[str]) -> Draft | None:
    """Items of every outcome not shown in the colour, each once (a crash is a failure too);
    None when no run marks any."""
    terms = [t for t in placing_terms(ctx) if t not in said]
    texts: list[str] = []
    values: list[str] = []
    evidence: list[Evidence] = []
    seen: set[str] = set()
    families: list[str] = []
    for family, colours in OUTCOME_COLOURS.items():
        if colour in colours:
            continue
        got = list_outcome(ctx, terms, family, _WORDS[family], None)
        if got.state != "ok":
            continue
        families.append(family)
        for text, value, ev in got.claims():
            key = _key(value or text)
            if key in seen:
                continue
            seen.add(key)
            evidence += [Evidence(e.line, e.role, len(texts)) for e in ev]
            texts.append(text)
            values.append(value or "")
    if not texts:
        return None
    return Draft(
        "; ".join(texts),
        values[0],
        evidence,
        0.75,
        "ok",
        None,
        {"not_colour": colour, "families": families, "items": len(texts)},
        values=values,
        claim_texts=texts,
    )
