"""Text written under a label: 'what did I write under "What happened"?'.

A form's text area, a note's section, a card's body: the label stands on its own line and what
was written follows on the lines below it, left-aligned with it. The label is named in quotes,
so it is matched whole; the answer is the lines directly below it in the same window, up to a
gap, citing the first of them and the label as context.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autocapture.answer.draft import Draft, Evidence
from autocapture.retrieve import Line
from autocapture.text import normalise, tokens
from autocapture.timeparse import TimeIntent

if TYPE_CHECKING:
    from autocapture.answer.lookup import LookupAnswerer

UNDER_ASK = re.compile(
    r"\b(?:under|below|beneath|in(?:to)?\s+the|in)\s+[\"“'‘](?P<label>[^\"”'’]{2,60})[\"”'’]"
)
MAX_LINES = 4


def _below(label: Line, lines: list[Line]) -> list[Line]:
    h = max(1, label.bbox[3] - label.bbox[1])
    out: list[Line] = []
    last = label.bbox[3]
    for ln in sorted(
        (
            o
            for o in lines
            if o.window_row == label.window_row and o.bbox[1] >= label.bbox[1] + h // 2
        ),
        key=lambda o: o.bbox[1],
    ):
        if abs(ln.bbox[0] - label.bbox[0]) > 2 * h:
            continue  # another column (a button, a field to the right)
        if ln.bbox[1] - last > 1.5 * h or len(out) >= MAX_LINES:
            break
        out.append(ln)
        last = ln.bbox[3]
    return out


def under_label(lookup: LookupAnswerer, question: str, intent: TimeIntent) -> Draft | None:
    """The text under the quoted label, latest sighting; None when the question names none or
    nothing was written under it."""
    m = UNDER_ASK.search(question)
    if m is None:
        return None
    label = normalise(m.group("label")).strip(" :")
    words = tokens(label)
    if not words:
        return None
    for ln in sorted(
        lookup.r.search(words, intent.start, intent.end, limit=100), key=lambda x: -x.ts_ms
    ):
        if normalise(ln.text).strip(" :") != label:
            continue
        written = _below(ln, lookup.frame_lines(ln.frame_id))
        if not written:
            continue
        text = " ".join(w.text.strip() for w in written)
        answer = lookup.phrase(text, ln, label=ln.text.strip(" :"))
        evidence = [Evidence(written[0], "value"), Evidence(ln, "label")]
        evidence += [Evidence(w, "line") for w in written[1:]]
        return Draft(answer, written[0].text.strip(), evidence, 0.7, "ok", None, {"label": ln.text})
    return None
