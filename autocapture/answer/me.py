""" "I" in a question is the person whose screen it is: "where did I tell Owen the binder
was?" asks for a message the user sent, to Owen. The user's names are those the screen gives
them: the user of a shell prompt or a mail client's title ("nell@ap-suite410").

A message is to someone when it addresses them ("owen: it's on the credenza", "@owen") or
replies to one of theirs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autocapture.answer.base import AnswerContext
from autocapture.answer.threads import ADDRESSED, replies, sender_of
from autocapture.understand.reader import NodeRow

# Verbs of saying that take whom it was said to ("tell Owen", "reply to Gideon").
_TO_VERBS = (
    "tell|told|reply|replied|respond|responded|answer|answered|ask|asked|write|wrote|email"
    "|emailed|mail|mailed|message|messaged|ping|pinged|promise|promised|say|said|send|sent"
)
_PAST = (
    "told|replied|responded|answered|asked|wrote|emailed|mailed|messaged|pinged|promised|said|sent"
)
MY_SPEECH = re.compile(
    rf"\b(?:did|do|have|had)\s+(?:i|we)\s+(?P<v>{_TO_VERBS})\b(?:\s+(?:to|back to))?"
    rf"(?:\s+(?P<to>[a-z][\w.'’-]*))?"
    # "where I told Owen ...": what was done (never "who should I ask": advice sought)
    rf"|(?<!should )(?<!could )(?<!would )(?<!can )(?<!shall )\b(?:i|we)\s+(?P<v2>{_PAST})\b"
    rf"(?:\s+(?:to|back to))?(?:\s+(?P<to2>[a-z][\w.'’-]*))?"
)
_NOT_A_NAME = {"the", "a", "an", "my", "our", "that", "this", "it", "them", "him", "her",
               "about", "in", "on", "for", "with", "when", "what", "where", "if", "whether",
               "you", "me", "us", "everyone", "anyone", "someone", "back", "under", "below",
               "above", "into", "at", "as", "down", "there", "here", "next", "beside", "by",
               "from", "up", "out", "over", "so", "and", "or", "before", "after"}  # fmt: skip
_USER = re.compile(r"\b([a-z][\w.-]{0,31})@[a-z0-9][\w.-]*", re.IGNORECASE)
MAX_TITLES = 500


@dataclass(frozen=True)
class MySpeech:
    verb: str
    to: str | None


def my_speech(question: str) -> MySpeech | None:
    """What the user did say (and to whom) when the question asks about their own words."""
    m = MY_SPEECH.search(question.lower())
    if m is None:
        return None
    to = m.group("to") or m.group("to2")
    return MySpeech(m.group("v") or m.group("v2"), None if to in _NOT_A_NAME else to)


_NAMES: dict[int, tuple[int, set[str]]] = {}  # id(db) -> (window rows seen, names)


def user_names(ctx: AnswerContext) -> set[str]:
    """The user's names as their windows' titles give them (user@host); read again only
    when windows were added since (a scan of every title per question costs)."""
    db = ctx.retriever.db
    (last,) = db.execute("SELECT COALESCE(MAX(rowid), 0) FROM window").fetchone()
    cached = _NAMES.get(id(db))
    if cached is not None and cached[0] == last:
        return set(cached[1])
    rows = db.execute(
        "SELECT DISTINCT title FROM window WHERE instr(title, '@') > 0 LIMIT ?", [MAX_TITLES]
    ).fetchall()
    names = {m.group(1).lower() for (title,) in rows for m in _USER.finditer(title or "")}
    _NAMES[id(db)] = (last, names)
    return set(names)


def is_mine(n: NodeRow, me: set[str]) -> bool:
    sender = sender_of(n)
    return bool(sender) and (sender in me or sender.split()[0] in me)


def to_whom(nodes: list[NodeRow], msgs: list[NodeRow], name: str) -> list[NodeRow]:
    """The messages among MSGS addressed to NAME or replying to one of NAME's."""
    parents = replies(nodes)
    out = []
    for n in msgs:
        m = ADDRESSED.match(n.attrs.get("body") or "")
        said_to = (m.group("at") or m.group("nick") or "").lower() if m else ""
        parent = parents.get(n.node_id)
        if said_to == name or (parent is not None and name in sender_of(parent).split()):
            out.append(n)
    return out
