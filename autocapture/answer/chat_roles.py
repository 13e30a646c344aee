""" "What did the FY 213 captain say in the chat": a speaker named by a role. A log where no
message names that role (as its sender or in its words) cannot say who it was, so what they
said is not on screen; messages that only share the other words are no answer."""

from __future__ import annotations

import re

from autocapture.text import Bag
from autocapture.understand.reader import NodeRow

# Everyday words for people by what they do (never a particular workplace's titles).
ROLES = frozenset(
    [
        "captain",
        "pilot",
        "driver",
        "manager",
        "supervisor",
        "engineer",
        "officer",
        "agent",
        "nurse",
        "doctor",
        "chef",
        "technician",
        "guard",
        "clerk",
        "auditor",
        "boss",
        "dispatcher",
        "controller",
        "operator",
        "inspector",
        "mechanic",
        "courier",
        "director",
        "coordinator",
        "planner",
        "lead",
        "receptionist",
        "porter",
        "cleaner",
        "steward",
        "attendant",
        "instructor",
        "teacher",
        "lawyer",
        "accountant",
        "customer",
        "client",
        "vendor",
        "supplier",
        "contractor",
        "landlord",
        "tenant",
        "surveyor",
        "electrician",
        "plumber",
    ]
)
_SPOKE = re.compile(
    r"^\s*what did (?:the|our|my|their|his|her) (?P<who>[\w' -]{2,40}?) "
    r"(?:say|said|write|wrote|post|posted|tell|told|mention|mentioned|reply|replied)\b"
)


def asked_role(question: str) -> str | None:
    """The role word naming the speaker asked about ("captain"), if the question names one."""
    m = _SPOKE.match(question.lower())
    if m is None:
        return None
    head = m.group("who").split()[-1]
    return head if head in ROLES else None


def role_unnamed(role: str, msgs: list[NodeRow]) -> bool:
    """Whether no message names the role, as its sender or in what it says."""
    return not any(
        Bag.of(f"{n.attrs.get('sender') or ''} {n.attrs.get('body') or ''}").has(role) for n in msgs
    )


# "asked the photo desk", "emailed the client", "told our supplier": the one spoken to.
_TO_THEM = re.compile(
    r"\b(?:ask|asks|asked|asking|tell|tells|told|email|emailed|mail|mailed|message|messaged"
    r"|ping|pinged|ring|rang|call|called|phone|phoned|chase|chased|contact|contacted|remind"
    r"|reminded|cc|cc'd|to|with)\s+(?:the\s+|our\s+|my\s+|their\s+)?$"
)


def asked_speaker(question: str) -> str | None:
    """Who the question asks what was said by, when named by a description ("the photo
    desk" of "what did the photo desk reply")."""
    m = _SPOKE.match(question.lower())
    return m.group("who").strip() if m else None


def only_spoken_to(who: str, msgs: list[NodeRow]) -> bool:
    """Whether the messages name WHO only as the one spoken to ("COUNCIL-WARDS needs a pic,
    asked the photo desk"): none is from them, none says what they said. What they replied
    is then not on screen; the message asking them is no answer."""
    words = re.findall(r"[a-z0-9]+", who)
    if not words:
        return False
    phrase = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b")
    spoken_to = False
    for n in msgs:
        if all(Bag.of(n.attrs.get("sender") or "").has(w) for w in words):
            return False  # a message from them
        body = (n.attrs.get("body") or "").lower()
        for m in phrase.finditer(body):
            if not _TO_THEM.search(body[: m.start()]):
                return False  # named otherwise ("the photo desk says ..."): may be theirs
            spoken_to = True
    return spoken_to


# "stores: 4 drums ready", "[dispatch] truck left", "security here, gate 3 is open": a
# message opening with the name of the team or desk its sender speaks for
_LABEL = r"^\s*[\[(]?{w}[\])]?\s*(?::|-\s|,?\s+here\b)"


def speaking_for(names: list[str], msgs: list[NodeRow]) -> set[str]:
    """The senders of messages that open by saying they speak for ``names`` (a team or a
    desk named in place of a person)."""
    if not names:
        return set()
    label = re.compile(_LABEL.format(w=r"\s+".join(re.escape(w) for w in names)), re.I)
    return {
        n.attrs.get("sender") or ""
        for n in msgs
        if n.attrs.get("sender") and label.match(n.attrs.get("body") or "")
    }
