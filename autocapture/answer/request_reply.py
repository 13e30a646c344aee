"""A request is not its answer.

"What was the gentamicin level for bed 12?" best matches the message asking for it ("please
check the gentamicin level for bed 12"); the level is in the reply ("farhan: level was 1.4
mg/L at 20:00"). When the line an answer rests on asks (a question mark, "please", "can
you"), a later message in the same log that repeats the asked thing's words and answers
(addressed to the one who asked, or from the one asked) is the answer; the request is cited
as its context. The first message addressed back to the asker answers even in other words
("ropata: it's in the blue box").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.question import QuestionAnalysis
from autocapture.answer.value_shapes import CODE
from autocapture.retrieve import Line
from autocapture.text import VALUE_TYPES, Bag

if TYPE_CHECKING:
    from autocapture.answer.lookup import LookupAnswerer

# "21:22 <farhan> devika: please check ...", "[09:12] sven: can you ...": time, sender, body.
MESSAGE = re.compile(
    r"^\W{0,2}\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*(?:<(?P<a>[^>\s]{1,32})>|(?P<b>[\w.-]{1,32}):)\s"
    r"(?P<body>.*)$"
)
_TO = re.compile(r"^\s*(?P<to>[\w.-]{2,32})[:,]\s")  # "devika: please ..." addresses devika
_ASKS = re.compile(
    r"\?\s*$|\b(?:please|pls|can you|could you|would you|can someone|could someone|"
    r"let me know)\b",
    re.IGNORECASE,
)
_ANSWERS = re.compile(
    r"^\s*(?:me|i|i'm|i've|i'll|i did|it's|it is|they're|yes|yep|no|nope|here)\b", re.I
)
# a count written as a word ("four of them") is a number too
_COUNT_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens?|"
    r"twenty|thirty|forty|fifty|hundred)\b",
    re.IGNORECASE,
)
MAX_AFTER = 8  # messages after the request searched for its answer


def _parts(text: str) -> tuple[str, str, str | None] | None:
    """(sender, body, addressee) of a chat message line; None for any other line."""
    m = MESSAGE.match(text)
    if m is None:
        return None
    body = m.group("body")
    to = _TO.match(body)
    return (
        (m.group("a") or m.group("b") or "").lower(),
        body,
        to.group("to").lower() if to else None,
    )


def answered_request(lookup: LookupAnswerer, q: QuestionAnalysis, draft: Draft) -> Draft | None:
    """The reply answering the request the draft's line makes; None when the line is no
    request or no later message answers it."""
    if draft.state != "ok" or not draft.evidence:
        return None
    line = draft.evidence[0].line
    asked = _parts(line.text)
    if asked is None or not _ASKS.search(asked[1]):
        return None
    sender, _, addressee = asked
    matched = [k for k in draft.decisions.get("on_line") or [] if k not in q.phrasing]
    if not matched:
        return None
    below = sorted(
        (
            o
            for o in lookup.frame_lines(line.frame_id)
            if o.window_row == line.window_row and o.bbox[1] > line.bbox[1]
        ),
        key=lambda o: o.bbox[1],
    )
    # A reply in other words answers only a request that asks just what the question asks.
    partial = bool(draft.decisions.get("missing"))
    seen = 0
    for o in below:
        parts = _parts(o.text)
        if parts is None:
            continue
        seen += 1
        if seen > MAX_AFTER:
            break
        who, body, to = parts
        if _ASKS.search(body) and "?" in body:
            continue  # another question, not an answer
        # An open question ("who took the register?") is answered by the very next message
        # when it opens as an answer does ("me, it's in the office").
        opens = bool(_ANSWERS.match(body))  # "me, ..." names no one addressed
        # ... and so does the one a question is put to ("colette, do we still need ...?"
        # -> "<colette> yes, four of them"), answering right after it.
        direct = seen == 1 and opens and addressee in (None, who)
        to = None if opens else to
        if direct:
            return _reply_draft(lookup, o, line, draft)
        if not (to == sender or (addressee is not None and who == addressee)):
            continue
        # The first message addressed back to the asker answers them even in other words
        # ("ropata: it's in the blue box") when the request asks all the question asks; any
        # other must repeat the asked thing's words.
        if not any(Bag.of(body).has(k) for k in matched) and (
            to != sender or partial or (q.attribute and not CODE.search(body))
        ):
            continue  # "which room": a reply in other words must name one ("B-240")
        return _reply_draft(lookup, o, line, draft)
    return None


def typed_reply(
    lookup: LookupAnswerer, q: QuestionAnalysis, line: Line, decisions: dict
) -> Draft | None:
    """The reply to a request that names what is asked but holds no value of the asked type
    ("colette, do we still need the drone batteries charged?"): the reply that answers it
    holds one ("yes, four of them"); None when no reply does."""
    if q.value_type is None or not is_request(line.text):
        return None
    asked = Draft(line.text, line.text, [Evidence(line, "label")], 0.5, "ok", None, decisions)
    reply = answered_request(lookup, q, asked)
    if reply is None or not reply.evidence:
        return None
    body = _parts(reply.evidence[0].line.text)
    text = body[1] if body else ""
    typed = VALUE_TYPES[q.value_type].pattern.search(text)
    if typed is None and not (q.value_type == "number" and _COUNT_WORD.search(text)):
        return None
    return reply


def is_request(text: str) -> bool:
    """A chat message that asks ("can someone take my slot?"): no answer in itself."""
    parts = _parts(text)
    return parts is not None and "?" in parts[1] and bool(_ASKS.search(parts[1]))


def _reply_draft(lookup: LookupAnswerer, reply: Line, request: Line, draft: Draft) -> Draft:
    text = lookup.phrase(f'{reply.text.strip()} (in reply to "{request.text.strip()}")', reply)
    decisions = {**draft.decisions, "answered_by": reply.text, "request": request.text}
    return Draft(
        text,
        reply.text,
        [Evidence(reply, "value"), Evidence(request, "label")],
        draft.confidence,
        "ok",
        None,
        decisions,
    )
