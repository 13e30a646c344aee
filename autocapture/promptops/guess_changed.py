"""A believed value, then word that it changed, then the ask for the value now: "the crane
arrival tmrw is 7 right.. no wait someone changed it in the chat, what's the final time". The
believed value and who changed it only say what was expected; the ask is the settled value
of the thing named first, where the asker says it changed."""

from __future__ import annotations

import re

_GUESS_CHANGED = re.compile(
    r"^(?P<subj>(?:the |my |our )?[\w'’ -]{2,50}?) (?:is|was|are|were) (?:at |on )?"
    r"[\w:.'’ -]{1,20}?,?\s+(?:(?:right|yeah|yes|correct|isn't it|wasn't it|innit)\b)?"
    r"[?.!,\s]*(?:(?:no,? )?wait|no|hmm|actually|oh)?[,.!\s]*"
    r"(?:(?:someone|somebody|they|he|she|[a-z]+) )?(?:has |had |got )?"
    r"(?:changed|moved|updated|corrected|pushed|shifted)(?: it| that| this)?"
    r"(?P<where> (?:in|on) (?:the|my|our) [\w#-]+(?: [\w-]+)?)?\s*[,;.:-]+\s*(?:so )?"
    r"(?P<wh>what(?:['’]s| is| was)|when(?:['’]s| is)|what time(?:['’]s| is)?)"
    r"(?: (?:the|it))?(?: (?:final|new|current|actual|real|latest|right))?"
    r"(?: (?P<kind>time|day|date|number|count|value|figure|amount))?(?: now)?\s*\??$",
    re.IGNORECASE,
)


def guess_then_changed(text: str) -> str:
    """The ask for the settled value ("what time is the crane arrival tomorrow finally in
    the chat?"); TEXT unchanged when it is not put this way."""
    m = _GUESS_CHANGED.match(text)
    if m is None:
        return text
    subj = m["subj"].strip()
    if not re.match(r"(?:the|my|our)\b", subj, re.I):
        subj = f"the {subj}"
    kind = (m["kind"] or "").lower()
    if kind == "time" or m["wh"].lower().startswith(("when", "what time")):
        ask = "what time is"
    elif kind in ("day", "date"):
        ask = f"what {kind} is"
    else:
        ask = "what is"
    return f"{ask} {subj} finally{m['where'] or ''}?"


# "which logger is in CR-01 in the end, somebody fixed it in the chat": after the ask, word
# that someone put the value right names where the settled value is, not what to look for
_CHANGED_ASIDE = re.compile(
    r"^(?P<q>(?:which|what|who|when|where|how)\b[^,]{6,}?)\s*[,;-]+\s*(?:but |and )?"
    r"(?:someone|somebody|they|he|she|[a-z]+) (?:has |had |got )?"
    r"(?:fixed|changed|moved|updated|corrected|amended|put right) (?:it|that|this)"
    r"(?: (?:later|after|afterwards|since))?"
    r"(?: (?:in|on) (?:the|my|our) (?P<where>[\w#-]+(?: [\w-]+)?))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def changed_aside(text: str) -> str:
    """The ask alone, read where the value was put right ("... per the chat"); TEXT unchanged
    when it has no such aside."""
    m = _CHANGED_ASIDE.match(text)
    if m is None:
        return text
    q = m["q"].rstrip(" ?")
    return f"{q} per the {m['where']}?" if m["where"] else f"{q}?"
