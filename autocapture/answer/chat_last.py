""" "What was the last thing said in the chat": the newest message of the log, whatever it
says (the question names no topic to match)."""

from __future__ import annotations

import re

from autocapture.understand.reader import NodeRow

LAST_SAID = re.compile(
    r"\b(?:last|latest|final|most recent|newest)\s+(?:thing|message|line|post|word|words|one)s?"
    r"(?:\s+(?:said|posted|written|sent|typed))?\s+(?:in|on)\s+the\s+(?:chat|channel|chat log)\b"
    r"|\bwhat was (?:last|most recently) (?:said|posted|written) in the (?:chat|channel)\b"
)


def last_said(question: str, msgs: list[NodeRow]) -> NodeRow | None:
    """The bottom message of the chat log in the latest frame that shows the log, for a
    question asking for the last thing said; None otherwise."""
    if not LAST_SAID.search(question):
        return None
    chat = [n for n in msgs if n.attrs.get("source") == "chat"]
    if not chat:
        return None
    latest = max(n.ts_ms for n in chat)
    shown = [n for n in chat if n.ts_ms == latest]
    return max(shown, key=lambda n: n.bbox[3])
