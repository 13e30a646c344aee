"""'When did I (first / last) open X' where X is a conversation: a chat log or channel named by
its name or topic, or a mail named by its sender and topic ("Lena's reply about the rota").

Opening one means its messages were on screen: a mail's own view (its header and body), not
its line in an index list; a chat log's lines, in a window whose title or content names it
(a channel or log file need not be the window title). The answer is the first frame that
showed it (the last when asked), not the moment a window took focus nor the first sight of a
subject line in an index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from autocapture.answer.base import AnswerContext
from autocapture.answer.lookup import Draft, Evidence
from autocapture.answer.mail_headers import HeaderReader
from autocapture.answer.structured import cover
from autocapture.answer.threads import REPLY_PREFIX
from autocapture.retrieve import Line
from autocapture.text import Bag
from autocapture.understand.mail import MAIL_KEY
from autocapture.understand.reader import NodeRow

OPEN_ASK = re.compile(
    r"\b(?:open|opened|opening|read|reading|view|viewed|viewing|look(?:ed|ing)? at"
    r"|check(?:ed|ing)?|see|saw|seen"
    r"|pull(?:ed)? up|br(?:ing|ought) up)\b"
)
# Words that say what kind of conversation is meant (the messages' source), not which one.
CONVO: dict[str, str | None] = {
    "chat": "chat",
    "chats": "chat",
    "log": "chat",
    "logs": "chat",
    "channel": "chat",
    "channels": "chat",
    "dm": "chat",
    "mail": "mail",
    "mails": "mail",
    "email": "mail",
    "emails": "mail",
    "e-mail": "mail",
    "conversation": None,
    "thread": None,
    "message": None,
    "messages": None,
    "reply": None,
    "replies": None,
}
REPLIES = {"reply", "replies"}
OWNER = re.compile(r"\b([a-z][\w.-]*)['’]s\b")
# How the question is put: when, which sighting, the verb of opening.
ASK_WORDS = {
    "first", "last", "earliest", "latest", "when", "time", "open", "opened", "opening",
    "read", "view", "viewed", "look", "looked", "check", "checked", "see", "saw", "seen",
    "pull", "pulled", "bring", "brought", "did", "again", "ever", "most", "recent",
    "recently", "actually", "really", "finally", "eventually",
    "one", "ones",  # "the october one": the mail itself
}  # fmt: skip
MIN_COVER = 0.75
MIN_COVER_OWNED = 0.6
SEARCH_LIMIT = 2000  # lines found for the topic: the windows worth reading whole


def _names_it(ctx: AnswerContext, n: NodeRow, topic: list[str], places: set) -> bool:
    """Whether the message's window (title, app, lines) names every topic word; only windows
    holding a line found for the topic (``places``) or titled by it are read in full."""
    if (n.frame_id, n.window_row) not in places and not all(
        Bag.of(n.window_title or "").has(w) for w in topic
    ):
        return False
    bag = ctx.window_bag(n.as_line())
    return all(bag.has(w) for w in topic)


@dataclass
class _Asked:
    """What names the conversation, and where the topic's words were found."""

    owners: list[str]
    topic: list[str]
    reply: bool
    spans: set[str]  # line spans holding a topic word
    places: set[tuple[str, int | None]]  # (frame, window) of those lines
    complete: bool  # every such line was found (else a node is read whatever its spans)
    senders: dict[str, bool] = field(default_factory=dict)  # sender -> is an owner


def _shows(ctx: AnswerContext, n: NodeRow, a: _Asked) -> bool:
    """Whether this message is (part of) the conversation asked about."""
    source = n.attrs.get("source")
    owners, topic, reply, places = a.owners, a.topic, a.reply, a.places
    if owners:
        sender = n.attrs.get("sender") or ""
        if sender not in a.senders:
            bag = Bag.of(sender)
            a.senders[sender] = all(bag.has(o) for o in owners)
        if not a.senders[sender]:
            return False
    if (
        reply
        and source == "mail"
        and not (REPLY_PREFIX.match(n.attrs.get("subject") or "") or n.attrs.get("quoted"))
    ):
        return False
    if not topic:
        return True
    if owners or not a.complete or a.spans.intersection(n.span_ids):
        # Words of its sender count too: "the mail from the service desk", "Dana's mail".
        own = _own_text(n)
        # The sender named, most of the rest will do ("Nomvuyo's mail moving the audit to
        # friday" says "change of plan", not "moving")
        if cover(topic, own)[0] >= (MIN_COVER_OWNED if owners else MIN_COVER):
            return True
    # A log or channel named by its name: a title, a status line, a header in its window.
    return source == "chat" and not owners and _names_it(ctx, n, topic, places)


def _own_text(n: NodeRow) -> str:
    """What a message says of itself: its sender, subject, body and the lines it quotes."""
    return " ".join(str(n.attrs.get(k) or "") for k in ("sender", "subject", "body", "quoted"))


def _cited(ctx: AnswerContext, n: NodeRow, topic: list[str]) -> Line | None:
    """The line that shows which conversation it is: a mail's Subject: row (else its sender),
    a chat window's line naming the topic (else the message's sender line)."""
    if n.attrs.get("source") == "mail":
        own = HeaderReader(ctx).lines(n)
        for ln in own:
            m = MAIL_KEY.match(ln.text)
            if m and m.group(1).lower() == "subject":
                return ln
    else:
        lines = [ln for ln in ctx.lookup.frame_lines(n.frame_id) if ln.window_row == n.window_row]
        scored = [(cover(topic, ln.text)[0], ln) for ln in lines] if topic else []
        best = max(scored, key=lambda p: p[0], default=(0.0, None))
        if best[1] is not None and best[0] > 0:
            return best[1]
    sid = n.attrs.get("sender_span_id")
    return next((ln for ln in ctx.lookup.frame_lines(n.frame_id) if ln.span_id == sid), None)


def _head_noun(q: str, owners: list[str], topic: list[str]) -> str | None:
    """What the question calls the message: the topic word right after its sender's name
    ("Hemi's correction about ...": "correction"), when more words follow it."""
    for o in owners:
        m = re.search(rf"\b{re.escape(o)}['’]s\s+([a-z][\w-]*)\s+(?:about|on|re|regarding)\b", q)
        if m and m.group(1) in topic:
            return m.group(1)
    return None


def _identity(n: NodeRow) -> tuple:
    """What makes two sightings the same conversation: a mail's sender and subject, a chat's
    window title."""
    if n.attrs.get("source") == "mail":
        return ("mail", n.attrs.get("sender"), n.attrs.get("subject"))
    return (n.attrs.get("source"), n.window_title)


def opened(ctx: AnswerContext, kind: str) -> Draft | None:
    """First / last time (``kind``: first, last, when) a named chat log or mail was on
    screen; None when the question names no conversation or none was seen (the caller
    answers some other way)."""
    q = ctx.question.lower()
    if not OPEN_ASK.search(q):
        return None
    words = [k for k in ctx.analysis.keywords if k not in ASK_WORDS]
    kinds = [w for w in words if w in CONVO]
    owners = [m.group(1) for m in OWNER.finditer(q) if m.group(1) in words]
    if not kinds and not owners:
        return None
    topic = [w for w in words if w not in CONVO and w not in owners]
    sources = {CONVO[w] for w in kinds} - {None} or {"chat", "mail"}
    reply = any(w in REPLIES for w in kinds)
    found = ctx.retriever.search(topic, ctx.intent.start, ctx.intent.end, limit=SEARCH_LIMIT)
    asked = _Asked(
        owners,
        topic,
        reply,
        {ln.span_id for ln in found},
        {(ln.frame_id, ln.window_row) for ln in found},
        len(found) < SEARCH_LIMIT,
    )
    if topic and not found:
        return None  # no line holds a word of it: nothing on screen names it
    nodes = ctx.graph.nodes(("chat_message",), ctx.intent.start, ctx.intent.end)
    shown = [n for n in nodes if n.attrs.get("source") in sources and _shows(ctx, n, asked)]
    if not shown:
        if sources == {"mail"} and topic and any(n.attrs.get("source") == "mail" for n in nodes):
            # Mails were opened, and the words naming this one are on screen (its index
            # row), but its own view never was: it was not opened.
            return Draft("", None, [], 0.3, "indeterminate", "mail_not_opened", {"topic": topic})
        return None
    if owners and topic and len(shown) > 1:
        # Of the sender's mails, the ones that say most of what was asked ("moving the
        # deposition": the mail that moves it, not one that only names it); as much said,
        # the one that is what the question calls it ("Hemi's correction about the rates
        # story": the mail making a correction, not the first one on the rates story).
        head = _head_noun(q, owners, topic)
        fit = {
            n.node_id: (
                cover(topic, _own_text(n))[0],
                bool(head) and Bag.of(_own_text(n)).has(head),
            )
            for n in shown
        }
        best = max(fit.values())
        shown = [n for n in shown if fit[n.node_id] == best]
    n = shown[-1] if kind == "last" else shown[0]
    # The sightings of that one conversation: the same mail, or the same chat window.
    key = _identity(n)
    shown = [m for m in shown if _identity(m) == key]
    frames = len({m.frame_id for m in shown})
    line = _cited(ctx, n, topic)
    if line is None:
        return None
    mail = n.attrs.get("source") == "mail"
    what = (
        f'{n.attrs.get("sender")}\'s mail "{n.attrs.get("subject") or line.text}"'
        if mail
        else f'The chat log ("{line.text}")'
    )
    which = {"first": "first opened", "last": "last on screen", "when": "opened"}[kind]
    where = f" in '{n.window_title}'" if n.window_title else ""
    text = f"{what} was {which} at {ctx.local_when(n.ts_utc)}{where}"
    if kind == "when" and shown[-1].frame_id != n.frame_id:
        text += f", and on screen until {ctx.local_time(shown[-1].ts_utc)}"
    text += " (1 frame shows it)." if frames == 1 else f" ({frames} frames show it)."
    return Draft(
        text,
        line.text,
        [Evidence(line, "value")],
        0.8,
        "ok",
        None,
        {"kind": kind, "by": "conversation_opened", "frames": frames, "topic": topic},
    )


# "Which email did I read just before Lena's reply?": the order in which mails were opened.
# "What did I read right after Otieno's correction mail?": the noun may instead be on the
# named mail, which then must be called a mail (else it is any window read next).
SEQUENCE_ASK = re.compile(
    r"\b(?:which|what) (?P<noun>(?:e-?mail|mail|message)s? )?(?:did|had) (?:i|we) (?:read|open|"
    r"opened|look at|view|see|check)\b.*?\b(?:just |right |immediately )?(before|after)\s+(.+?)"
    r"\??$"
)
NAMED_MAIL = re.compile(r"\b(?:e-?mails?|mails?|repl(?:y|ies))\b")


# "after I read anil's correction": the act of reading names the mail read
READ_IT = re.compile(
    r"^(?:i|we) (?:had )?(?:read|opened|looked at|viewed|checked|went through|saw) (?:the )?"
)
READ_MOMENT = re.compile(
    r"\b(?:which|what) (?:e-?mail|mail|message)s? (?:did|had) (?:i|we) \w+(?: at)?\b.*?"
    r"\b(?:before|after) (?:i|we) (?:had )?(?:read|opened|looked at|viewed|checked|went through"
    r"|saw)\b"
)


def _typed_owners(words: list[str], views: list[NodeRow], owners: list[str]) -> list[str]:
    """ "anils correction": a possessive typed without its apostrophe, known as one when the
    word less its "s" is a word of a sender's name."""
    names = {t for n in views for t in re.findall(r"\w+", (n.attrs.get("sender") or "").lower())}
    return [w[:-1] for w in words if w.endswith("s") and w[:-1] in names and w[:-1] not in owners]


def asks_sequence(q: str) -> re.Match[str] | None:
    """The shape "which mail did I read before/after X" (or "what did I read after X's
    mail"): a mail named on one side or the other."""
    m = SEQUENCE_ASK.search(q)
    if m is None or not (m.group("noun") or NAMED_MAIL.search(m.group(3))):
        return None
    return m


def mail_sequence(ctx: AnswerContext) -> Draft | None:
    """The mail opened just before (or after) the one named: opened mails in the order their
    views first came up, one run per mail. None when the question is not of that shape or
    names no mail that was opened."""
    m = asks_sequence(ctx.question.lower())
    if m is None:
        return None
    direction, named = m.group(2), READ_IT.sub("", m.group(3))  # "after I read X": after X
    clause = set(re.findall(r"[\w'’.-]+", named))
    words = [k for k in ctx.analysis.keywords if k in clause and k not in ASK_WORDS]
    owners = [o.group(1) for o in OWNER.finditer(named)]
    views = [
        n
        for n in ctx.graph.nodes(("chat_message",), ctx.intent.start, ctx.intent.end)
        if n.attrs.get("source") == "mail"
    ]
    owners += _typed_owners(words, views, owners)
    reply = any(w in REPLIES for w in words)
    topic = [w for w in words if w not in CONVO and w not in owners and w[:-1] not in owners]
    asked = _Asked(owners, topic, reply, set(), set(), False)
    runs: list[NodeRow] = []  # the first sighting of each opening, in time order
    for n in views:
        if not runs or _identity(runs[-1]) != _identity(n):
            runs.append(n)
    at = next((i for i, n in enumerate(runs) if (owners or topic) and _shows(ctx, n, asked)), None)
    if at is None:
        return None
    other = at - 1 if direction == "before" else at + 1
    if not 0 <= other < len(runs):
        return Draft("", None, [], 0.3, "indeterminate", f"no_mail_opened_{direction}_it")
    got, ref = runs[other], runs[at]
    line = _cited(ctx, got, [])
    if line is None:
        return None
    text = (
        f'{got.attrs.get("sender")}\'s mail "{got.attrs.get("subject") or line.text}", opened '
        f"at {ctx.local_time(got.ts_utc)} ({direction} {ref.attrs.get('sender')}'s, opened at "
        f"{ctx.local_time(ref.ts_utc)})."
    )
    evidence = [Evidence(line, "value")]
    ref_line = _cited(ctx, ref, [])
    if ref_line is not None:
        evidence.append(Evidence(ref_line, "label"))
    return Draft(text, line.text, evidence, 0.75, "ok", None, {"by": "mail_sequence"})
