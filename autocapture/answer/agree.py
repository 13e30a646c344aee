"""Two sources compared on one value: "does the chat agree with the correction mail on the
truck time, what is it". Each source is asked for the value on its own ("what is the truck
time per the chat?", "... in the correction mail?"), both answers are given, and when each
states a clock time the answer says whether they agree."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from autocapture.answer.model import Answer
from autocapture.answer.pair import Pair, ask_pair

_AGREE = re.compile(
    r"^\s*(?:does|do|did|is|are) (?P<a>(?:the |my |our )?[\w'’ .-]{2,40}?) (?:agree|match|"
    r"line up|tally|square|consistent|the same) (?:with|as) (?P<b>(?:the |my |our )?[\w'’ .-]"
    r"{2,60}?) (?:on|about|over|for) (?P<x>(?:the |my |our )?[\w'’ .-]{2,40}?)"
    r"(?:\s*[,;-]+\s*(?:and |so )?(?:what(?:['’]s| is| was)(?: it| the \w+)?|which is it"
    r"|which is right))?\s*\??\s*$",
    re.IGNORECASE,
)
_PARENS = re.compile(r"\([^()]*\)")
_CLOCK = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?|\b(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)\b",
    re.IGNORECASE,
)


def split_agree(question: str) -> Pair | None:
    """The two asks of "does A agree with B on X", or None."""
    m = _AGREE.match(question)
    if m is None:
        return None
    x, a, b = m["x"].strip(), m["a"].strip(), m["b"].strip()
    x = x if re.match(r"(?:the|my|our) ", x, re.I) else f"the {x}"
    via = lambda s: f"per {s}" if re.match(r"(?:the|my|our) ", s, re.I) else f"in {s}"  # noqa: E731
    return Pair(f"what is {x} {via(a)}?", f"what is {x} {via(b)}?")


def _clock(text: str) -> tuple[int, int] | None:
    """The first clock time an answer states, its provenance in brackets left out."""
    m = _CLOCK.search(_PARENS.sub(" ", text))
    if m is None:
        return None
    if m["H"] is not None:
        return int(m["H"]), int(m["M"])
    h = int(m["h"]) % 12 + (12 if m["ap"].lower() == "p" else 0)
    return h, int(m["m"] or 0)


def ask_agree(
    pair: Pair,
    question: str,
    ask_one: Callable[[str, Any], Answer],
    ledger: Any,
    new_ledger: Callable[[], Any],
    texts: dict[str, str],
) -> Answer | None:
    """Both sources' answers, and whether their clock times agree when both state one."""
    seen: list[Answer] = []

    def one(q: str, led: Any) -> Answer:
        got = ask_one(q, led)
        seen.append(got)
        return got

    out = ask_pair(pair, question, one, ledger, new_ledger, texts)
    if out is None or len(seen) != 2 or any(s.state == "indeterminate" for s in seen):
        return out
    a, b = (_clock(s.answer) for s in seen)
    if a is not None and b is not None:
        said = "They agree" if a == b else "They differ"
        out.answer = f"{said}: {out.answer}"
    return out
