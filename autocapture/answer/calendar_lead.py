"""A calendar question led by what the user read elsewhere: "my notes say the audit day
changed - what day and time is it in my calendar?", "my radio notes mention the dry dock call -
what time did they first offer, and when is it in the calendar?".

The lead clause (``clauses.split_lead``) names the topic; the words saying where it was read
("my notes say", "the email mentioned") and that it changed ("moved", "rescheduled") name no
event. The asking clause may hold several asks joined by "and"; the one that says "in my
calendar" (or the only one) is answered from the calendar, each other one from a line of
text elsewhere on screen that speaks of the topic ("first offered the call at 9:00").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autocapture.answer.base import AnswerContext
from autocapture.answer.clauses import split_lead
from autocapture.answer.lookup import Draft
from autocapture.answer.structured import cover, value_evidence
from autocapture.retrieve import Line
from autocapture.text import tokens
from autocapture.understand.dates import CLOCK_RE, read_date

# "my notes say", "the radio notes mention", "Ana's email said that": where it was read.
SOURCE_SAYS = re.compile(
    r"^(?:(?:my|the|our|his|her|their|a|an|some|this|that)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:notes?|e-?mails?|mails?|chat|messages?|texts?|docs?|documents?|files?|logs?|minutes"
    r"|memos?|lists?|sheets?|page|post|thread|ticket|letter)\s+"
    r"(?:say|says|said|mention|mentions|mentioned|note|notes|noted|show|shows|showed|state"
    r"|states|stated|read|reads|talk about|talks about|talked about|tell me|told me|claim"
    r"|claims|claimed|put|puts|have|has|had)\b(?:\s+that)?\s*"
)
# Words telling that something changed, not what it is.
CHANGE_WORDS = {"changed", "change", "changes", "moved", "move", "moves", "rescheduled",
                "reschedule", "shifted", "shift", "pushed", "postponed", "brought", "forward",
                "updated", "new", "now", "again"}  # fmt: skip
# "in my calendar", "on the schedule", "according to the agenda".
IN_CALENDAR = re.compile(
    r"\b(?:in|on|from|according to|per)\s+(?:the\s+|my\s+|our\s+|your\s+)?"
    r"(?:calendar|agenda|diary|schedule|planner|appointments)\b"
)
_ASK_SPLIT = re.compile(
    r",?\s+and\s+(?=(?:what|which|when|where|who|how|is|are|does|do|did|was|were)\b)"
    r"|,\s+(?=(?:what|which|when|where|who|how)\b)"
)
_PRONOUNS = {"it", "that", "this", "they", "them", "one", "thing"}


@dataclass(frozen=True)
class LeadAsk:
    topic: str  # the lead without where it was read
    calendar_ask: str  # the ask answered from the calendar
    other_asks: tuple[str, ...]  # asks answered from text elsewhere

    def topic_words(self, keywords: list[str], generic: set[str]) -> list[str]:
        return _words(self.topic, keywords, generic | CHANGE_WORDS)

    def ask_words(self, ask: str, keywords: list[str], generic: set[str]) -> list[str]:
        return _words(IN_CALENDAR.sub(" ", ask), keywords, generic)


def _words(text: str, keywords: list[str], generic: set[str]) -> list[str]:
    own = set(tokens(text))
    return [k for k in keywords if k in own and k not in generic and k not in _PRONOUNS]


def read_lead(question: str) -> LeadAsk | None:
    """The lead's topic and the asks, or None when the question has no lead clause."""
    c = split_lead(question)
    if c is None:
        return None
    topic = SOURCE_SAYS.sub("", c.lead.strip(), count=1)
    asks = [a.strip(" ,?") for a in _ASK_SPLIT.split(c.main) if a and a.strip(" ,?")]
    named = [a for a in asks if IN_CALENDAR.search(a)]
    cal = named[0] if len(named) == 1 else c.main
    others = tuple(a for a in asks if a is not cal) if len(named) == 1 else ()
    return LeadAsk(topic, cal, others)


def _asked_value(ask: str, text: str) -> str | None:
    """The value an ask wants, as written in a line: a clock for "what time", a date for
    "what day"; the whole line otherwise."""
    low = ask.lower()
    if re.search(r"\b(?:what|which)\s+time\b|\bat what time\b|\bwhen\b", low):
        m = CLOCK_RE.search(text)
        return m.group(0) if m else None
    if re.search(r"\b(?:what|which)\s+(?:day|date)\b", low):
        return text.strip() if read_date(text) else None
    return text.strip(" *-•")


def other_claim(
    ctx: AnswerContext,
    ask: str,
    topic: list[str],
    own: list[str],
    calendar_spans: set[str],
    claim: int,
) -> tuple[str, str, list] | None:
    """(claim text, value, evidence) answering an ask from a line elsewhere on screen (not
    a calendar event's) that speaks of the topic and of the ask's own words."""
    best: tuple[tuple, Line, str] | None = None
    for ln in ctx.hits:
        if ln.span_id in calendar_spans:
            continue
        c_topic, _ = cover(topic, ln.text)
        c_own, _ = cover(own, ln.text) if own else (1.0, [])
        if c_topic < 0.6 or c_own < 0.5:
            continue
        value = _asked_value(ask, ln.text)
        if not value:
            continue
        key = (c_topic + c_own, ln.ts_ms)
        if best is None or key > best[0]:
            best = (key, ln, value)
    if best is None:
        return None
    _, ln, value = best
    said = ln.text.strip(" *-•")
    text = f'{value}: "{said}"' if value != said else f'"{said}"'
    where = ln.window_title or ln.window_app
    if where:
        text += f" (in {where})"
    return text, value, value_evidence(ctx, ln, value, claim)


def with_others(
    ctx: AnswerContext,
    lead: LeadAsk,
    calendar: Draft,
    topic: list[str],
    generic: set[str],
    calendar_spans: set[str],
) -> Draft:
    """The calendar's answer, after the answers to the other asks found elsewhere."""
    if calendar.state != "ok" or not lead.other_asks:
        return calendar
    texts, values, evidence = [], [], []
    for ask in lead.other_asks:
        own = lead.ask_words(ask, ctx.analysis.keywords, generic)
        got = other_claim(ctx, ask, topic, own, calendar_spans, len(texts))
        if got is None:
            continue
        texts.append(got[0])
        values.append(got[1])
        evidence += got[2]
    if not texts:
        calendar.decisions["other_asks"] = "not found"
        return calendar
    i = len(texts)
    cal_texts = calendar.claim_texts or [calendar.answer]
    cal_values = calendar.values or [calendar.value or ""]
    texts += [f"In the calendar: {cal_texts[0]}", *cal_texts[1:]]
    values += cal_values
    evidence += [type(e)(e.line, e.role, e.claim + i) for e in calendar.evidence]
    return Draft(
        "; ".join(texts),
        values[0],
        evidence,
        calendar.confidence,
        "ok",
        None,
        {**calendar.decisions, "other_asks": len(lead.other_asks)},
        values=values,
        claim_texts=texts,
    )
