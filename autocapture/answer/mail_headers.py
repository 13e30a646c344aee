"""Mail header fields, read at answer time from the header rows a mail node rests on
(``From:``, ``To:``, ``Cc:``, ``Date:``, ``Subject:``): who a mail went or was copied to, its
subject, when it was sent, and a person's address.

Read from the node's spans rather than stored in the graph, so stores parsed before this
existed answer too. A sent time is the mail's ``Date:`` header (an index row's or a chat
line's own time otherwise), shown in the configured zone when the header gives an offset,
never the time the mail was on screen. A person's address is the one on the same header entry
as their name ("Ibrahim Sayed <ibrahim.sayed@...>"), or one whose local part spells the name;
an address on another entry of the same screen is someone else's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

from autocapture.answer.base import AnswerContext
from autocapture.answer.lookup import Draft, Evidence
from autocapture.answer.structured import value_evidence
from autocapture.retrieve import Line
from autocapture.text import Bag, tokens
from autocapture.understand.dates import CLOCK_RE
from autocapture.understand.mail import MAIL_KEY
from autocapture.understand.reader import NodeRow

ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
PEOPLE_FIELDS = ("from", "to", "cc", "bcc", "reply-to")
# Which messages can show a field: To and Cc only an opened mail's header; a subject also an
# index row; a sent time any message (None: no restriction).
FIELD_SOURCES: dict[str, set[str]] = {
    "cc": {"mail"},
    "to": {"mail"},
    "subject": {"mail", "mail_index"},
}
_EXCL = (
    r"^(?!\s*where (?:did|have) i\b)"
    r"(?!.*\b(?:which|what|in which) (?:window|app|application|program|terminal)\b)"
)
# Which header a question asks for. "When did X send ...": the sent time, unless a reported
# clause follows ("when did X write that she'd ...": a time inside what was written).
CC_ASK = re.compile(r"\b(?:b?cc'?d|b?cc|carbon[- ]cop(?:y|ied)|copied (?:in|on))\b")
TO_ASK = re.compile(
    r"\brecipients?\b|\baddressed to\b"
    r"|\bwho\b.*\b(?:send|sent|address|addressed|mail|mailed|email|emailed|write|wrote|forward"
    r"|forwarded)\b.*\bto\s*\??\s*$"
)
SUBJECT_ASK = re.compile(r"\bsubject(?: line)?\b")
SENT_VERBS = (
    r"send|sent|email|emailed|e-mail|e-mailed|mail|mailed|post|posted|forward|forwarded"
    r"|reply|replied|respond|responded|message|messaged|write|wrote"
)
SENT_ASK = re.compile(
    rf"^\s*(?:at )?(?:when|what time|what day|which day)\s+(?:did|was|were|has|had)\s+"
    # "promise to send", "would send": an act promised, not the mail's sending
    rf"(?!(?:i|we|you)\b).*?(?<!to )(?<!would )(?<!will )(?<!'ll )\b(?:{SENT_VERBS})\b"
    r"(?!\s+(?:that|he|she|they|it|i|we|you|to say)\b)"
)
ADDRESS_ASK = re.compile(
    _EXCL + r"(?!.*\b(?:field|fields|form|forms|entered|typed|filled)\b)"
    r"(?:.*\w['’]s (?:e-?mail|mail) address(?:es)?\b"
    r"|.*\b(?:e-?mail|mail) address(?:es)? (?:of|for)\b"
    r"|\s*what(?:['’]s| is| was)\s+(?:[\w.-]+\s+){0,2}[\w.-]+['’]s\s+e-?mail\s*\??\s*$)"
)
_POSSESSIVE = re.compile(r"(?:^|\s)([a-z][\w.-]*(?:\s+[a-z][\w.-]*)?)['’]s\s+(?:e-?mail|mail|addr)")
_OF = re.compile(r"\baddress(?:es)?\s+(?:of|for)\s+(.+?)\s*\??\s*$")
# The thread tree an index draws before a reply's subject ("└─>Re: ..."), often read as ">".
THREAD_MARK = re.compile(r"^[\s>─━└├│┌┬┴|*+=~-]+")
# Words that name the field asked for, not what the mail is about.
FIELD_WORDS = {
    "subject", "line", "cc", "cc'd", "ccd", "bcc", "copied", "copy", "carbon", "recipient",
    "recipients", "addressed", "address", "addresses", "email", "e-mail", "mail", "sent",
    "send", "time", "date", "day", "to",
}  # fmt: skip


@dataclass
class Header:
    field: str  # from, to, cc, bcc, reply-to, date (a "Sent:" row reads as date), subject
    value: str  # the text after "Field:", with the rest of its row
    line: Line  # the span it was read from


@dataclass
class Entry:
    """One person on an address header."""

    name: str
    address: str | None


def asked_field(question: str) -> str | None:
    """The header a question asks for: cc, to, subject or sent (its time); None otherwise."""
    q = question.lower()
    if CC_ASK.search(q):
        return "cc"
    if SUBJECT_ASK.search(q):
        return "subject"
    if TO_ASK.search(q):
        return "to"
    if SENT_ASK.search(q):
        return "sent"
    return None


def _split(value: str) -> list[str]:
    """Entries of an address list: commas and semicolons outside quotes and brackets."""
    parts, cur, depth, quoted = [], [], 0, False
    for ch in value:
        if ch == '"':
            quoted = not quoted
        elif ch in "<(":
            depth += 1
        elif ch in ">)":
            depth = max(0, depth - 1)
        if ch in ",;" and not quoted and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip(" \t<>()\"'’,;:")).strip()


def entries(value: str) -> list[Entry]:
    """People on an address header: ``Name <addr>``, ``"Last, First" <addr>``, a bare address
    or a name alone; a part holding two addresses (a ``>`` lost to OCR) is split after each."""
    out = []
    for part in _split(value):
        found = list(ADDRESS.finditer(part))
        if not found:
            if _clean(part):
                out.append(Entry(_clean(part), None))
            continue
        start = 0
        for m in found:
            out.append(Entry(_clean(part[start : m.start()]), m.group(0).strip(".'")))
            start = m.end()
    return out


def names_person(person: list[str], e: Entry) -> bool:
    """Whether an entry is the person: every word of the name in its display name, or in the
    local part of its address (``ibrahim.sayed@``)."""
    if not person:
        return False
    if e.name and all(Bag.of(e.name).has(w) for w in person):
        return True
    if e.address:
        local = " ".join(re.split(r"[._+-]+", e.address.split("@")[0]))
        return all(Bag.of(local).has(w) for w in person)
    return False


def parse_date(value: str) -> datetime | None:
    """A Date: header as a datetime (aware when it gives an offset); OCR noise between its
    fields ("24~Nov") is read as a space."""
    text = re.sub(r"[^\w:+,.\- ]", " ", value)
    text = re.sub(r"\s+", " ", text).strip()
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


class HeaderReader:
    """Header rows of mail nodes, the frame's lines looked up once per frame."""

    def __init__(self, ctx: AnswerContext) -> None:
        self.ctx = ctx
        self._frames: dict[str, dict[str, Line]] = {}

    def lines(self, node: NodeRow) -> list[Line]:
        """The node's own line spans, in reading order."""
        if node.frame_id not in self._frames:
            frame = self.ctx.lookup.frame_lines(node.frame_id)
            self._frames[node.frame_id] = {ln.span_id: ln for ln in frame}
        by_id = self._frames[node.frame_id]
        own = [by_id[s] for s in dict.fromkeys(node.span_ids) if s in by_id]
        return sorted(own, key=lambda ln: (ln.bbox[1], ln.bbox[0]))

    def headers(self, node: NodeRow) -> dict[str, Header]:
        """Field -> header of an opened mail; spans further along a header's row (OCR split
        "Harbor" | "Co") continue its value."""
        own = self.lines(node)
        out: dict[str, Header] = {}
        for ln in own:
            m = MAIL_KEY.match(ln.text)
            if not m:
                continue
            field = m.group(1).lower()
            field = "date" if field == "sent" else field
            if field in out:
                continue
            mid = (ln.bbox[1] + ln.bbox[3]) / 2
            tail = [
                o.text
                for o in sorted(own, key=lambda o: o.bbox[0])
                if o is not ln
                and not MAIL_KEY.match(o.text)
                and o.bbox[1] <= mid <= o.bbox[3]
                and o.bbox[0] >= ln.bbox[2] - 2
            ]
            out[field] = Header(field, " ".join([m.group(2).strip(), *tail]).strip(), ln)
        return out


def _local(ctx: AnswerContext, dt: datetime) -> str:
    """A header's time as the answers print times: in the configured zone when it has an
    offset, as written otherwise."""
    if dt.tzinfo is None:
        return dt.strftime("%Y-%m-%d %H:%M:%S")
    return dt.astimezone(ZoneInfo(ctx.timezone)).strftime("%Y-%m-%d %H:%M:%S %Z")


def _mail_name(n: NodeRow) -> str:
    subject = n.attrs.get("subject")
    about = f' "{subject}"' if subject else ""
    kind = "mail" if n.attrs.get("source") in ("mail", "mail_index") else "message"
    return f"{n.attrs.get('sender') or 'someone'}'s {kind}{about}"


def sent_draft(ctx: AnswerContext, reader: HeaderReader, n: NodeRow, decisions: dict) -> Draft:
    """When a message was sent: an opened mail's Date: header, else the time printed on its
    index row or chat line. The claim's value is the clock as the cited span prints it."""
    decisions = {**decisions, "field": "sent"}
    if n.attrs.get("source") == "mail" and (h := reader.headers(n).get("date")) is not None:
        clock = CLOCK_RE.search(h.value)
        dt = parse_date(h.value)
        if clock is not None:
            when = _local(ctx, dt) if dt is not None else h.value
            text = f"{_mail_name(n)} was sent at {when} (its Date: header reads {h.value!r})."
            ev = value_evidence(ctx, h.line, clock.group(0), 0)
            return Draft(text, clock.group(0), ev, 0.85, "ok", None, decisions)
    time = n.attrs.get("time")
    line = next(
        (ln for ln in reader.lines(n) if time and any(
            m.group(0).startswith(time) for m in CLOCK_RE.finditer(ln.text)
        )),
        None,
    )  # fmt: skip
    if not time or line is None:
        return Draft("", None, [], 0.3, "indeterminate", "no_sent_time_on_screen", decisions)
    day = f" on {n.attrs['date']}" if n.attrs.get("date") else ""
    text = f"{_mail_name(n)} was sent at {time}{day} (the time printed with it)."
    return Draft(text, time, value_evidence(ctx, line, time, 0), 0.8, "ok", None, decisions)


def field_draft(
    ctx: AnswerContext, reader: HeaderReader, n: NodeRow, field: str, decisions: dict
) -> Draft:
    """A mail's Subject, To or Cc header; one claim per person on an address header."""
    decisions = {**decisions, "field": field}
    h = reader.headers(n).get(field) if n.attrs.get("source") == "mail" else None
    if field == "subject" and h is None and n.attrs.get("subject"):
        # An index row: its subject cell.
        ids = n.attrs.get("body_span_ids") or []
        line = next((ln for ln in reader.lines(n) if ln.span_id in ids), None)
        if line is not None:
            subject = THREAD_MARK.sub("", line.text).strip() or line.text
            text = f'The subject of {n.attrs.get("sender")}\'s mail was "{subject}".'
            return Draft(text, subject, [Evidence(line, "value")], 0.8, "ok", None, decisions)
    if h is None or not h.value:
        return Draft("", None, [], 0.3, "indeterminate", f"no_{field}_header_shown", decisions)
    if field == "subject":
        text = f'The subject of {n.attrs.get("sender")}\'s mail was "{h.value}".'
        return Draft(text, h.value, [Evidence(h.line, "value", 0)], 0.85, "ok", None, decisions)
    people = entries(h.value)
    verb = {"to": "was sent to", "cc": "was cc'd to", "bcc": "was bcc'd to"}.get(field, field)
    texts, values, ev = [], [], []
    for i, e in enumerate(people[:5]):
        shown = f"{e.name} <{e.address}>" if e.name and e.address else e.name or e.address
        value = e.address or e.name
        texts.append(f"{_mail_name(n)} {verb} {shown}" if i == 0 else f"and {shown}")
        values.append(value)
        ev += value_evidence(ctx, h.line, value, i)
    return Draft(
        "; ".join(texts),
        values[0],
        ev,
        0.85,
        "ok",
        None,
        decisions,
        values=values,
        claim_texts=texts,
    )


def person_words(ctx: AnswerContext) -> list[str]:
    """Whose address is asked: the possessive before "email", the words after "address of",
    else the question's words that do not name the field."""
    q = ctx.question.lower()
    keys = set(ctx.analysis.keywords)
    for rx in (_POSSESSIVE, _OF):
        m = rx.search(q)
        if m:
            got = [w for w in tokens(m.group(1)) if w in keys and w not in FIELD_WORDS]
            if got:
                return got
    return [k for k in ctx.analysis.keywords if k not in FIELD_WORDS]


def address_draft(ctx: AnswerContext) -> Draft | None:
    """A person's address from the mail header entries that name them (From, To, Cc, Bcc,
    Reply-To rows anywhere on screen); None when no header names them."""
    person = person_words(ctx)
    if not person:
        return None
    hits = ctx.retriever.search(person, ctx.intent.start, ctx.intent.end, limit=300)
    found: dict[str, list[tuple[Entry, Line]]] = {}
    for ln in hits:
        m = MAIL_KEY.match(ln.text)
        if not m or m.group(1).lower() not in PEOPLE_FIELDS:
            continue
        for e in entries(m.group(2)):
            if e.address and names_person(person, e):
                found.setdefault(e.address.lower(), []).append((e, ln))
    if not found:
        return None
    ranked = sorted(found.values(), key=lambda v: (len(v), max(ln.ts_ms for _, ln in v)))[::-1]
    texts, values, ev = [], [], []
    for i, seen in enumerate(ranked[:3]):
        e, line = max(seen, key=lambda p: (bool(p[0].name), p[1].ts_ms))
        who = e.name or " ".join(person).title()
        texts.append(
            f"{who}'s email address is {e.address} (on a mail's "
            f"{line.text.split(':')[0].strip()}: line, on screen at {ctx.local_when(line.ts_utc)})"
        )
        values.append(e.address or "")
        ev += value_evidence(ctx, line, e.address or "", i)
    counts = Counter(ln.frame_id for v in ranked for _, ln in v)
    return Draft(
        "; ".join(texts),
        values[0],
        ev,
        0.85 if len(ranked) == 1 else 0.6,
        "ok",
        None,
        {"field": "address", "person": person, "frames": len(counts)},
        values=values,
        claim_texts=texts,
    )
