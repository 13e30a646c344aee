"""What the chat, form and calendar answerers share: the question's content words, matching
words against node text, the newest sighting of each distinct node, and evidence lines.

Answers cite the OCR spans a node rests on: the value span (message body, field value, event
time) as support, the sender / key / title span as context (role ``label``).
"""

from __future__ import annotations

import contextlib
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from autocapture.answer.base import AnswerContext
from autocapture.answer.lookup import Evidence
from autocapture.retrieve import Line
from autocapture.text import Bag, contains_value, full_word, normalise, tokens
from autocapture.understand.dates import WEEKDAYS, read_date
from autocapture.understand.reader import NodeRow

# Words that carry no content for matching (pronouns, auxiliaries the stopword list keeps).
FILLER = {
    "he",
    "she",
    "they",
    "them",
    "him",
    "her",
    "his",
    "hers",
    "their",
    "have",
    "had",
    "has",
    "going",
    "gonna",
    "someone",
    "anyone",
    "everyone",
    "somebody",
    "anybody",
    "one",
}


def content_words(ctx: AnswerContext, generic: set[str]) -> list[str]:
    return [
        k
        for k in ctx.analysis.keywords
        if k not in generic and full_word(k) not in generic and k not in FILLER
    ]


def cover(words: list[str], text: str) -> tuple[float, list[str]]:
    """Share of ``words`` found in ``text`` (same matching as lookup: stems, compounds, OCR
    noise), and the words found."""
    if not words:
        return 0.0, []
    bag = Bag.of(text)
    hit = [w for w in words if bag.has(w)]
    return len(hit) / len(words), hit


def extra_words(text: str, matched: list[str]) -> int:
    """Words of ``text`` the question did not ask for (a more specific title has more)."""
    bag_q = Bag.of(" ".join(matched))
    return sum(1 for t in tokens(text) if len(t) > 1 and not bag_q.has(t))


# Words that name the kind of event ("the ops *meeting*"): too common to find an event by,
# but a title that also says it breaks a tie ("Ops meeting" over "Morning ops stand-up").
KIND_WORDS = {"meeting", "meetings", "appointment", "appointments", "call", "calls"}


def kind_echo(text: str, keywords: list[str], matched: list[str]) -> int:
    """How many kind words of the question, not among ``matched``, ``text`` also says."""
    bag = Bag.of(text)
    return sum(1 for w in keywords if w in KIND_WORDS and w not in matched and bag.has(w))


def newest(nodes: list[NodeRow], key) -> list[NodeRow]:  # type: ignore[no-untyped-def]
    """One node per key: the latest sighting, a focused window's first among equals."""
    best: dict = {}
    for n in nodes:
        k = key(n)
        cur = best.get(k)
        if cur is None or (n.ts_ms, n.window_focused) >= (cur.ts_ms, cur.window_focused):
            best[k] = n
    return list(best.values())


def span_line(ctx: AnswerContext, node: NodeRow, span_id: str | None) -> Line | None:
    if not span_id:
        return None
    for ln in ctx.lookup.frame_lines(node.frame_id):
        if ln.span_id == span_id:
            return ln
    return None


def value_evidence(
    ctx: AnswerContext, line: Line, value: str, claim: int, label: Line | None = None
) -> list[Evidence]:
    """The value's own span (its word when the value is one word of a longer line), the line
    it was read from, and the label that locates it."""
    ev: list[Evidence] = []
    tight = line
    if normalise(value) != normalise(line.text):
        words = [w for w in ctx.retriever.words_of_line(line) if contains_value(w.text, value)]
        if words:
            tight = min(words, key=lambda w: len(w.text))
    ev.append(Evidence(tight, "value", claim))
    if tight is not line:
        ev.append(Evidence(line, "line", claim))
    if label is not None and label.span_id != line.span_id:
        ev.append(Evidence(label, "label", claim))
    return ev


def local_date(ctx: AnswerContext, ts_utc: str) -> date:
    ts = datetime.fromisoformat(ts_utc.replace("Z", "+00:00"))
    return ts.astimezone(ZoneInfo(ctx.timezone)).date()


def resolve_date(hint: dict | None, seen: date) -> date | None:
    """The date a heading names, read on a screen seen on ``seen`` (yearless dates and
    weekdays are taken nearest to that day; relative words count from it)."""
    if not hint:
        return None
    if hint.get("candidates"):
        cands = [date.fromisoformat(c) for c in hint["candidates"]]
        return min(cands, key=lambda d: abs((d - seen).days))
    if hint.get("month_day"):
        m, d = hint["month_day"]
        options = []
        for y in (seen.year - 1, seen.year, seen.year + 1):
            with contextlib.suppress(ValueError):
                options.append(date(y, m, d))
        return min(options, key=lambda d: abs((d - seen).days)) if options else None
    rel = hint.get("relative")
    if rel:
        return seen + timedelta(days={"today": 0, "tomorrow": 1, "yesterday": -1}[rel])
    if hint.get("day"):
        ahead = (WEEKDAYS.index(hint["day"]) - seen.weekday()) % 7
        return seen + timedelta(days=ahead)
    return None


# "this morning" in a question about events names today's, not when the screen was captured.
THIS_PART_OF_DAY = re.compile(
    r"(this|today|earlier today|later today) ?(morning|afternoon|evening)?|tonight"
)


def asked_day(ctx: AnswerContext, past: bool) -> tuple[date | None, str | None]:
    """The day a question names ('on Thursday', 'tomorrow', '24 Nov'), as a calendar date
    counted from now (upcoming, or most recent when the question is in the past tense)."""
    today = ctx.now.astimezone(ZoneInfo(ctx.timezone)).date()
    for phrase in ctx.intent.phrases:
        if THIS_PART_OF_DAY.fullmatch(phrase.strip().lower()):
            return today, phrase  # "my standup this morning": today's events
    for phrase in [*ctx.intent.phrases, ctx.question]:
        hint = read_date(phrase)
        if hint is None:
            continue
        if hint.get("candidates") or hint.get("month_day") or hint.get("relative"):
            return resolve_date(hint, today), phrase
        if hint.get("day"):
            delta = (WEEKDAYS.index(hint["day"]) - today.weekday()) % 7
            if past and delta:
                delta -= 7
            return today + timedelta(days=delta), phrase
    return None, None


def day_label(d: date) -> str:
    return d.strftime("%A %d %b %Y")
