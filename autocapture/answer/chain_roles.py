"""A person named by the role they fill, then asked for a way to reach them: "the mobile for
the witness on the cash drop record", "whoever is in posted by on the report, I need their
mobile from the staff list", "whoever's down as permit holder, get me their mobile". The
first step reads the name filed under the role; the second asks for the contact of that name
(answer/chain.py answers both and cites both).

``lead_chain`` is a question's reading up front (a "whoever ..., their X" lead cannot be one
question); ``role_chain`` is only tried after the question, asked as one, found nothing: "the
phone for the front desk on the contacts page" is one question, and is answered as one.
"""

from __future__ import annotations

import re

from autocapture.answer.chain import Chain

# What reaches a person: what a staff list or contacts page files against a name.
_CONTACT = (
    r"(?:mobile|cell|phone|telephone|extension|ext|email|e-mail|pager)(?:\s+(?:number|no|address))?"
)
# "what's the mobile for the witness on the cash drop record"
_ROLE_CONTACT = re.compile(
    r"^\s*(?:what(?:'s|’s| is| was)\s+)?(?:the\s+)?(?P<ask>(?:\w+\s+)?" + _CONTACT + r")\s+"
    r"(?:of|for)\s+the\s+(?P<role>[\w' -]{2,30}?)\s+(?P<prep>on|in)\s+"
    r"(?P<doc>(?:the|that|this|my|our)\s+[^?,;]{2,60}?)\s*\??\s*$",
    re.IGNORECASE,
)
# "whoever is in posted by on the report, i need their mobile ...": a person named by a
# clause, then asked about with "their/his/her" after the comma
_WHOEVER_LEAD = re.compile(
    r"^\s*whoever(?P<is>['’]s)?\s+(?P<clause>[^,;?]{3,80}?)\s*[,;]\s*"
    r"(?P<main>[^?]{3,120}?)\s*\??\s*$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"\b(?:their|his|her)\b(?=\s+[a-z])", re.IGNORECASE)


def lead_chain(question: str) -> Chain | None:
    """ "whoever <clause>, <ask with their/his/her>": who the clause names, then the ask of
    them; None for any other question."""
    m = _WHOEVER_LEAD.match(question)
    if m is None:
        return None
    main = m.group("main")
    p = _POSSESSIVE.search(main)
    if p is None:
        return None
    then = main[: p.start()] + "{}'s" + main[p.end() :] + "?"
    verb = "is " if m.group("is") else ""  # "whoever's down as permit holder"
    return Chain(f"who {verb}{m.group('clause')}?", then, "who")


def role_chain(question: str) -> Chain | None:
    """ "the <contact> for the <role> on <document>": who is filed as the role there, then
    that person's contact; None for any other question."""
    m = _ROLE_CONTACT.match(question)
    if m is None:
        return None
    first = f"who is the {m.group('role')} {m.group('prep')} {m.group('doc')}?"
    return Chain(first, f"what is the {m.group('ask')} of {{}}?", "who")
