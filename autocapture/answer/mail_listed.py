"""A question that looks inside a named mail ("which folios were in the pre-check mail?")
answered from that mail's row in the index: the subject names the mail, it does not say what
the mail holds. When no view of that mail was on screen, what it says never was."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft
from autocapture.retrieve import Line
from autocapture.text import VALUE_TYPES
from autocapture.understand.reader import NodeRow

# "in the PMS pre-check mail", "from Duarte's email", "in that message"
IN_MAIL = re.compile(
    r"\b(?:in|from|on)\s+(?:the|that|this|his|her|their|[\w.-]+['’]s)\s+(?:[^,?.]{0,60}?\s)?"
    r"(?:mail|email|e-mail|message)\b"
    # "which folios did the pre-check mail say were open": the mail as the one saying it
    r"|\b(?:the|that|this|his|her|their|[\w.-]+['’]s)\s+(?:[^,?.]{0,60}?\s)?"
    r"(?:mail|email|e-mail)\s+(?:say|said|says|list|listed|lists|mention|mentioned|tell|told"
    r"|give|gave|show|showed|name|named)\b"
)
UNOPENED = "mail_not_opened: only its index row was on screen"
# what only a mail's body can say (an index row has its sender, date, size and subject)
CONTENT_TYPES = {"money", "phone", "number", "duration", "url", "ip"}
SAME_SUBJECT = 85  # partial ratio of an opened mail's subject within the index row's text
_SIZE = re.compile(r"^\(?\d+(?:\.\d+)?[kmg]\)?\s+", re.I)  # mutt's size column, before a subject


def listed_only(ctx: AnswerContext, draft: Draft) -> Draft | None:
    """Indeterminate when every line the answer rests on is a row of a mail index (the band
    of a window's index rows) and no opened mail has that row's subject; None otherwise."""
    if draft.state != "ok" or not draft.evidence:
        return None
    named = bool(IN_MAIL.search(ctx.question.lower()))
    # "how much is westhaven charging": a value asked for, read off an index row's size or
    # date column rather than its subject, was never in a view of the mail either
    typed = ctx.analysis.value_type in CONTENT_TYPES and bool(draft.value)
    if not named and not typed:
        return None
    if not named:
        # the frames the answer rests on first: most answers lie on no index row at all
        frames = sorted({e.line.frame_id for e in draft.evidence})
        local = ctx.graph.nodes(("chat_message",), frame_ids=frames)
        if not _on_rows(local, draft) or _in_subject(local, draft, str(ctx.analysis.value_type)):
            return None
    nodes = ctx.graph.nodes(("chat_message",), ctx.intent.start, ctx.intent.end)
    bands: dict[tuple, tuple[int, int]] = {}
    for n in nodes:
        if n.attrs.get("source") == "mail_index":
            key = (n.frame_id, n.window_row)
            lo, hi = bands.get(key, (n.bbox[1], n.bbox[3]))
            bands[key] = (min(lo, n.bbox[1]), max(hi, n.bbox[3]))
    # Rows the index parse missed still sit in the table its rows are part of.
    frames = sorted(
        {e.line.frame_id for e in draft.evidence if (e.line.frame_id, e.line.window_row) in bands}
    )
    for t in ctx.graph.nodes(("table",), frame_ids=frames) if frames else []:
        key = (t.frame_id, t.window_row)
        if key in bands and t.bbox[1] <= bands[key][1] and t.bbox[3] >= bands[key][0]:
            bands[key] = (min(bands[key][0], t.bbox[1]), max(bands[key][1], t.bbox[3]))
    rows = []
    for e in draft.evidence:
        band = bands.get((e.line.frame_id, e.line.window_row))
        mid = (e.line.bbox[1] + e.line.bbox[3]) / 2
        if band is None or not band[0] <= mid <= band[1]:
            return None
        rows.append(e.line.text)
    subjects = [n.attrs.get("subject") for n in nodes if n.attrs.get("source") == "mail"]
    for text in rows:
        for s in subjects:
            if s and fuzz.partial_ratio(_fold(s), text.lower()) >= SAME_SUBJECT:
                return None  # the mail was opened: its own lines could answer
    return Draft(
        "",
        None,
        [],
        0.2,
        "indeterminate",
        UNOPENED,
        {"listed": rows[:3]},
    )


def _row_of(nodes: list[NodeRow], line: Line) -> NodeRow | None:
    """The index row whose box holds the centre of LINE, if any."""
    cx, cy = (line.bbox[0] + line.bbox[2]) / 2, (line.bbox[1] + line.bbox[3]) / 2
    for n in nodes:
        if (
            n.attrs.get("source") == "mail_index"
            and (n.frame_id, n.window_row) == (line.frame_id, line.window_row)
            and n.bbox[0] <= cx <= n.bbox[2]
            and n.bbox[1] <= cy <= n.bbox[3]
        ):
            return n
    return None


def _on_rows(nodes: list[NodeRow], draft: Draft) -> bool:
    """Whether every line the answer rests on lies on an index row itself (a value only near
    rows, in a table the index parse took some rows of, is not read off them)."""
    return all(_row_of(nodes, e.line) is not None for e in draft.evidence)


def _in_subject(nodes: list, draft: Draft, kind: str) -> bool:
    """Whether the subject of an index row the answer rests on states a value of the kind
    asked (the size column before it does not count)."""
    shape = VALUE_TYPES[kind].pattern
    for e in draft.evidence:
        mid = (e.line.bbox[1] + e.line.bbox[3]) / 2
        for n in nodes:
            if (
                n.attrs.get("source") == "mail_index"
                and (n.frame_id, n.window_row) == (e.line.frame_id, e.line.window_row)
                and n.bbox[1] <= mid <= n.bbox[3]
                and shape.search(_SIZE.sub("", str(n.attrs.get("subject") or "").strip()))
            ):
                return True
    return False


def _fold(text: str) -> str:
    return re.sub(r"^(?:re|fwd?|aw)\s*:\s*", "", text.strip().lower())
