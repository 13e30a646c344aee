"""A chat message answers a question about a person only if it names that person: "what
flight is lindqvist coming in on" is not answered by "617 Haraldsen ETA 01:30, flight TP1359"
because Lindqvist is named elsewhere in the same log."""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft
from autocapture.retrieve import Line
from autocapture.text import CHAT_STAMP, Bag
from autocapture.understand.reader import NodeRow

MAX_FRAMES = 400  # frames of one window read for its messages


def named_elsewhere(ctx: AnswerContext, draft: Draft) -> Draft | None:
    """Indeterminate when the answer rests on chat messages and a person the question names
    (a word the screen writes with a capital, as names are) is in none of them."""
    if draft.state != "ok" or not draft.evidence:
        return None
    values = [e.line for e in draft.evidence if e.role == "value"]
    if not values:
        return None
    # Names first: most questions name no one, and then no message need be read.
    names = [k for k in ctx.analysis.keywords if _written_as_name(ctx, k, values[0].frame_id)]
    if not names:
        return None
    chats: dict[str, list[NodeRow]] = {}  # the chat messages in range, read when first needed
    texts = [_message(ctx, ln, chats) for ln in values]
    if any(t is None for t in texts):
        return None
    missing = [k for k in names if not any(Bag.of(t or "").has(k) for t in texts)]
    asked = set(ctx.analysis.keywords)
    if not missing or not any(_other_name(t or "", asked) for t in texts):
        return None  # no one else named: a reply or correction may go without the name
    return Draft(
        "",
        None,
        [],
        0.2,
        "indeterminate",
        "names_not_together: no message naming " + ", ".join(repr(k) for k in missing) + " says it",
        {"missing": missing},
    )


def _written_as_name(ctx: AnswerContext, word: str, frame_id: str) -> bool:
    """Whether the frame writes the word capitalised and never in lower case (a name)."""
    if len(word) < 3 or not word.isalpha():
        return False
    text = " ".join(ln.text for ln in ctx.lookup.frame_lines(frame_id))
    cap = re.search(rf"\b{re.escape(word.capitalize())}\b", text)
    low = re.search(rf"\b{re.escape(word.lower())}\b", text)
    return cap is not None and low is None


def _message(ctx: AnswerContext, line: Line, chats: dict[str, list[NodeRow]]) -> str | None:
    """The whole chat message a line is part of (a line cut by OCR is part of one), or None
    when the line is no chat message."""
    stamp = CHAT_STAMP.match(line.text)
    if stamp and stamp.group(0).strip():
        return line.text
    for n in ctx.graph.nodes(("chat_message",), frame_ids=[line.frame_id]):
        if n.attrs.get("source") == "chat" and line.span_id in n.span_ids:
            return n.text
    # A log window too narrow for its messages to be read as such in this frame: a line of
    # the window that other frames show as a chat, whole where another frame has it whole.
    if not line.window_title:
        return None
    if line.window_title not in chats:
        # only the frames that show a window of this title (a scan of the window table, not
        # a read of every message in the store)
        frames = [
            r[0]
            for r in ctx.lookup.r.db.execute(
                "SELECT DISTINCT frame_id FROM window WHERE title = ? ORDER BY frame_id DESC"
                " LIMIT ?",
                (line.window_title, MAX_FRAMES),
            )
        ]
        chats[line.window_title] = [
            n
            for n in ctx.graph.nodes(
                ("chat_message",), ctx.intent.start, ctx.intent.end, frame_ids=frames
            )
            if n.attrs.get("source") == "chat" and n.window_title == line.window_title
        ]
    mine = chats[line.window_title]
    if not mine:
        return None
    part = line.text.strip().lower()
    return next((n.text for n in mine if len(part) >= 12 and part in n.text.lower()), line.text)


def _other_name(text: str, asked: set[str]) -> bool:
    """Whether a message names someone the question does not: a capitalised word inside it
    (not its first word, not an acronym or a code)."""
    body = CHAT_STAMP.sub("", text).strip()
    first = body.split()[0] if body.split() else ""
    words = re.findall(r"(?<![\w-])[A-Z][a-z]{2,}\b", body)
    return any(w.lower() not in asked for w in words if not (w == first and body.startswith(w)))
