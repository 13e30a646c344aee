"""Which message a reply answers: in a chat window, by the order of its messages and whom a
message addresses ("omar: on it", "lena, can you ..."); among opened mails, by the "Re:"
subject. A reply carries the topic of what it answers, so chat answers thread messages to
find and cite it."""

from __future__ import annotations

import re

from autocapture.text import normalise
from autocapture.understand.reader import NodeRow

# "nick: text" / "nick, text" / "@nick text": a chat message addressed to someone.
ADDRESSED = re.compile(
    r"^\s*(?:@(?P<at>[\w.'’-]{1,30})\s|(?P<nick>[A-Za-z][\w.'’-]{0,30})\s*[:,]\s)"
)
REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|fw|fwd)\s*:\s*)+", re.I)
LOOKBACK = 6  # messages back in a conversation that a reply may answer


def sender_of(n: NodeRow) -> str:
    """The sender, lower-cased (how messages are compared)."""
    return (n.attrs.get("sender") or "").lower()


_SENT = re.compile(r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::\d{2})?\s*(?P<ap>[ap]\.?m\.?)?", re.I)


def sent_order(n: NodeRow, undated: str = "") -> tuple[str, int, int]:
    """A key ordering messages by when they were sent (their date, else ``undated``, then
    their clock time); messages shown in one frame share its time, so the frame time is only
    the last resort."""
    day = str(n.attrs.get("date") or undated)[:10]
    m = _SENT.search(str(n.attrs.get("time") or ""))
    if m is None:
        return (day, -1, n.ts_ms)
    h = int(m.group("h")) % 12 if m.group("ap") else int(m.group("h"))
    if m.group("ap") and m.group("ap").lower().startswith("p"):
        h += 12
    return (day, h * 60 + int(m.group("m")), n.ts_ms)


def _names(n: NodeRow, name: str) -> bool:
    """Whether ``name`` (a word) is this message's sender or the first word of it."""
    sender = sender_of(n)
    return bool(name) and name.lower() in (sender, sender.split()[0] if sender else "")


def _subject_key(subject: str | None) -> str:
    return normalise(REPLY_PREFIX.sub("", subject or ""))


def _conversation_parent(chat: list[NodeRow], k: int) -> NodeRow | None:
    """The message ``chat[k]`` answers, from the order of one window's messages: the last
    message of the person it addresses ("omar: on it"), else the last one that names its
    sender ("lena, can you ...") since they last spoke, else the message just before it when
    someone else sent that."""
    m = chat[k]
    me = sender_of(m)
    earlier = chat[max(0, k - LOOKBACK) : k][::-1]
    a = ADDRESSED.match(m.attrs.get("body") or "")
    nick = (a.group("at") or a.group("nick")) if a else ""
    if nick and not _names(m, nick):
        to = next((p for p in earlier if _names(p, nick)), None)
        if to is not None:
            return to
    first = me.split()[0] if me else ""
    for p in earlier:
        if sender_of(p) == me:
            break
        if first and first in re.findall(r"[\w.'’-]+", (p.attrs.get("body") or "").lower()):
            return p
    if earlier and sender_of(earlier[0]) != me:
        return earlier[0]
    return None


def _mail_parent(mails: list[NodeRow], m: NodeRow) -> NodeRow | None:
    """The opened mail a "Re:" mail answers: same subject without the prefix, another
    sender, sent earlier (the latest such)."""
    subject = m.attrs.get("subject") or ""
    if not REPLY_PREFIX.match(subject):
        return None
    key, when = _subject_key(subject), (m.attrs.get("date") or "", m.attrs.get("time") or "")
    older = [
        p
        for p in mails
        if p is not m
        and _subject_key(p.attrs.get("subject")) == key
        and sender_of(p) != sender_of(m)
        and (p.attrs.get("date") or "", p.attrs.get("time") or "") < when
    ]
    return max(
        older, key=lambda p: (p.attrs.get("date") or "", p.attrs.get("time") or ""), default=None
    )


def around(nodes: list[NodeRow], msgs: list[NodeRow]) -> list[NodeRow]:
    """The messages a reply among MSGS can answer: the rest of its window on that screen,
    and the mails of its thread (so a long history is not threaded whole for each ask)."""
    places = {(n.frame_id, n.window_row) for n in msgs}
    threads = {
        _subject_key(n.attrs.get("subject")) for n in msgs if n.attrs.get("source") == "mail"
    }
    return [
        n
        for n in nodes
        if (n.frame_id, n.window_row) in places
        or (n.attrs.get("source") == "mail" and _subject_key(n.attrs.get("subject")) in threads)
    ]


def replies(nodes: list[NodeRow]) -> dict[str, NodeRow]:
    """For each message node id, the message it answers (see the two helpers above): chat
    messages by their order in their window, opened mails by their "Re:" subject."""
    out: dict[str, NodeRow] = {}
    convo: dict[tuple[str, int | None], list[NodeRow]] = {}
    mails = []
    for n in nodes:
        source = n.attrs.get("source")
        if source == "chat":
            convo.setdefault((n.frame_id, n.window_row), []).append(n)
        elif source == "mail":
            mails.append(n)
    for chat in convo.values():
        chat.sort(key=lambda n: (n.bbox[1], n.bbox[0]))
        for k, n in enumerate(chat):
            if (p := _conversation_parent(chat, k)) is not None:
                out[n.node_id] = p
    threads: dict[str, list[NodeRow]] = {}
    for n in mails:
        threads.setdefault(_subject_key(n.attrs.get("subject")), []).append(n)
    for thread in threads.values():
        for n in thread:
            if (p := _mail_parent(thread, n)) is not None:
                out[n.node_id] = p
    return out
