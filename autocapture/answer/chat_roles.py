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
