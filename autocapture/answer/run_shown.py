"""When a run's output showed up: "when did the pytest results show up" asks for the first
frame showing what a command printed, not a file that merely shares its name ("pytest.ini"
in a listing). The run is the command (or test run known by its output format) named by the
question's other words, as ``command_order.py`` dates them.
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.command_order import command_events, named_words
from autocapture.answer.draft import Draft, Evidence
from autocapture.text import tokens

# What a run prints, as an asker calls it: "the X results", "the X output".
_OUTPUT = re.compile(r"\b(?P<what>(?:[\w.+-]+ ){1,3}?)(?:results?|output|outputs)\b")
_ASIDE = {"show", "showed", "shown", "up", "come", "came", "appear", "appeared", "first"}


def run_shown(ctx: AnswerContext) -> Draft | None:
    """The first sight of the named run's output; None when the question names no run's
    output or no command seen matches every word naming it."""
    m = _OUTPUT.search(ctx.question.lower())
    if m is None:
        return None
    words = [w for w in named_words(tokens(m.group("what"))) if w not in _ASIDE]
    if not words:
        return None
    events = [e for e in command_events(ctx) if all(w in e.words for w in words)]
    if not events:
        return None
    # A run seen by its output beats the prompt line that typed it in the same frame.
    got = min(events, key=lambda e: (e.ts_ms, e.typed))
    where = f" in '{got.title}'" if got.title else ""
    text = (
        f"{got.label}{where} first showed up at {ctx.local_when(got.line.ts_utc)} "
        f'("{got.line.text}").'
    )
    return Draft(
        text, got.line.text, [Evidence(got.line, "value")], 0.7, "ok", None, {"run": got.label}
    )
