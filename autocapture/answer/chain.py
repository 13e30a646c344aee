"""Two-step questions: "the person on the overtime claim - what's their phone number in the
crew list?" names something in its lead and asks about it after the dash.

The lead is answered first, as a question of its own ("what name is on the overtime
claim?"); its value then takes the place of the pronoun in the asking clause ("what's Wiremu
Hetaraka's phone number in the crew list?"). Each step is an ordinary question, answered and
cited by the answerers, so the chain adds no answering rules of its own: it only rewrites.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from autocapture.answer.clauses import split_lead
from autocapture.answer.model import Answer

# A lead that names one thing: "the person on the claim", "that sailing which is delayed".
_NAMING_LEAD = re.compile(r"^(?:the|that|this)\s+(?P<head>[a-z][\w-]*)\s+(?P<rest>.+)$")
# Heads that mean a person: the step asks for the name shown there.
PERSON_HEADS = {
    "person", "guy", "man", "woman", "lady", "one", "someone", "somebody", "customer",
    "client", "employee", "patient", "passenger", "member", "staffer", "applicant",
    "claimant", "sender", "author", "contact", "user", "worker", "caller", "visitor",
}  # fmt: skip
# How the asking clause points back at the lead: a possessive ("their phone"), an object
# pronoun ("call them"), or "that/this <noun>" ("that vessel").
_POSSESSIVE = re.compile(r"\b(?:their|his|her)\b(?=\s+[a-z])")
_ITS = re.compile(r"\bits\s+(?P<noun>[a-z][\w-]*)\b")
_OBJECT = re.compile(r"\b(?:them|him)\b")
# "it", and "that" standing alone ("when did I open that, roughly")
_IT = re.compile(r"\bit\b(?!['’]s\b)|\bthat\b(?=\s*(?:[,?.!]|$))")
_DEMONSTRATIVE = re.compile(r"\b(?:that|this|the\s+same)\s+(?P<noun>[a-z][\w-]*)\b")
# Words after "that" that are no noun ("that is", "that was", "that day").
_NOT_NOUNS = {
    "is", "was", "are", "were", "has", "had", "will", "would", "can", "could", "should",
    "did", "does", "do", "one", "day", "time", "week", "morning", "afternoon", "evening",
    "i", "you", "he", "she", "we", "they", "it",
}  # fmt: skip
# A relative clause opening the lead's rest: "the sailing that's delayed on the page".
_RELATIVE = re.compile(r"^(?:that|which|who)(?:['’]s|\s+is|\s+was|\s+are|\s+were)?\s+")


# A lead of a few words with no verb names a thing ("formulary committee tomorrow").
MAX_BARE_LEAD = 5
# An asking clause of a question word alone: "what time", "when?", "which room"
_BARE_ASK = re.compile(
    r"^\s*(?P<ask>what time|when|where|which (?:room|day|date|ward|gate|desk)|what day|how much)"
    # "... - which room in the end": when it was settled (the answer stands corrected)
    r"(?P<settled>\s+(?:finally|in the end|now|actually|again))?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
_VERB = re.compile(
    r"\b(?:is|was|are|were|be|been|has|had|have|do|does|did|say|says|said|tell|told|asked|"
    r"emailed|wrote|mentioned|changed|moved|sent|posted|called|rang|texted|i|we|he|she|they)\b"
)
# Where a person is named: "on the claim", "in the email".
_PLACED = re.compile(r"^(?P<prep>on|in|at|from|under)\s+(?P<x>.+)$")


# "who on the rota works on the ward my courier delivery is going to?": a thing named by a
# clause of its own is looked up first ("which ward is my courier delivery going to?").
_EMBEDDED = re.compile(
    r"^(?P<ask>(?:who|what|which|when|where|how)\b.*?)\bthe (?P<head>[a-z][\w-]*) "
    r"(?:that |which )?(?P<subj>(?:my|our|his|her|their) [\w' -]+?) "
    r"(?P<aux>is|are|was|were) (?P<rest>[\w' -]+?)\s*\??$"
)


@dataclass(frozen=True)
class Chain:
    """A two-step question: FIRST names the value; THEN asks with "{}" where it goes. With
    no FIRST, the lead itself goes in ("the invoice in the mail - how much was it?")."""

    first: str | None
    then: str
    ref: str  # the words in the asking clause that pointed back at the lead

    def fill(self, value: str) -> str:
        if self.ref == "who":
            value = _person_in(value)
        return self.then.replace("{}", value)


# "Evening shift (Marta Sousa)": the person a role's entry names in brackets
_BRACKETED_NAME = re.compile(r"\(\s*([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3})\s*\)")


def _person_in(value: str) -> str:
    """The name in a "who" answer that names a role and the person in it."""
    m = _BRACKETED_NAME.search(value)
    return m.group(1) if m else value


def _first_step(head: str, rest: str, noun: str | None) -> str:
    """The question whose answer is what the lead names."""
    rest = rest.strip().rstrip("?").strip()
    if head in PERSON_HEADS:
        who = re.match(r"^(?:who\s+is|who['’]s|who\s+was|that\s+is|that['’]s)\s+(?P<x>.+)$", rest)
        if who:  # "the guy who's on call tonight": who is on call tonight
            return f"who is {who.group('x')}?"
        m = _PLACED.match(rest)
        if m:  # "the person on the claim": the name on the claim
            return f"what name is {m.group('prep')} {m.group('x')}?"
        return f"who is the {head} {rest}?"
    kind = noun or head
    rel = _RELATIVE.match(rest)
    if rel:  # "the sailing that's delayed": which vessel is on the sailing that is delayed
        return f"which {kind} is on the {head} that is {rest[rel.end() :]}?"
    if kind == head:
        return f"which {head} is {rest}?"
    return f"which {kind} is on the {head} {rest}?"


def split_chain(question: str) -> Chain | None:
    """The two steps of a question put as "<the thing> - <question about it>", or None."""
    two = _two_asks(question) or _whoever(question)
    if two is not None:
        return two
    clauses = split_lead(question)
    if clauses is None:
        e = _EMBEDDED.match(question.strip().lower())
        if e is None:
            return None
        first = f"which {e.group('head')} {e.group('aux')} {e.group('subj')} {e.group('rest')}?"
        return Chain(first, e.group("ask") + "{}?", e.group(0)[len(e.group("ask")) :].strip())
    lead = clauses.lead.strip().rstrip(",").strip()
    m = _NAMING_LEAD.match(lead)
    if m is None:
        # "formulary committee tomorrow - what time is it?": a bare name is what "it" means
        bare = len(lead.split()) <= MAX_BARE_LEAD and not _VERB.search(lead)
        return _it_is(lead, clauses.main.strip()) if bare else None
    head, rest = m.group("head"), m.group("rest")
    main = clauses.main.strip()
    if (d := _DEMONSTRATIVE.search(main)) and d.group("noun") not in _NOT_NOUNS:
        first = _first_step(head, rest, d.group("noun"))
        return Chain(first, main[: d.start()] + "{}" + main[d.end() :], d.group(0))
    if p := _ITS.search(main):  # one question: "its address" is the lead's address
        rewritten = f"{main[: p.start()]}the {p.group('noun')} of {lead}{main[p.end() :]}"
        return Chain(None, rewritten, p.group(0))
    if p := _POSSESSIVE.search(main):
        first = _first_step(head, rest, None)
        return Chain(first, main[: p.start()] + "{}'s" + main[p.end() :], p.group(0))
    if o := _OBJECT.search(main):
        first = _first_step(head, rest, None)
        return Chain(first, main[: o.start()] + "{}" + main[o.end() :], o.group(0))
    return _it_is(lead, main)


# "whose MOPP course has expired - and which truck does he drive?": two questions, the
# second about the first's answer
_TWO_ASKS = re.compile(
    r"^\s*(?P<first>(?:who|whose|which|what)\b[^?]{3,80}?)\s*\??\s*[-–—,;]+\s*(?:and|then|so)"
    r"\s+(?P<then>(?:who|whose|which|what|when|where|how)\b.+)$",
    re.IGNORECASE,
)
_HIS = re.compile(
    r"\b(?:his|their)\b|\bher\b(?=\s+(?!(?:about|again|back|up|at|in|on|to|for)\b)[a-z]{3,})"
)
_HE = re.compile(r"\b(?:he|she|they|him|her|them)\b")


def _two_asks(question: str) -> Chain | None:
    m = _TWO_ASKS.match(question.strip())
    if m is None:
        return None
    then = m.group("then")
    if p := _HIS.search(then):
        return Chain(
            m.group("first") + "?", then[: p.start()] + "{}'s" + then[p.end() :], p.group(0)
        )
    if p := _HE.search(then):
        return Chain(m.group("first") + "?", then[: p.start()] + "{}" + then[p.end() :], p.group(0))
    return None


# "mobile number of whoever witnessed the cash drop", "the extension of the person who posted
# it": who did it first, then the asked thing of them
_WHOEVER = re.compile(
    r"^\s*(?:what(?:'s| is| was)\s+)?(?:the\s+)?(?P<ask>[\w' -]{2,40}?)\s+(?:of|for)\s+"
    r"(?:whoever|the (?:person|one|guy|woman|man|lady|colleague|staff member) (?:who|that))\s+"
    r"(?P<clause>[^?]{3,80}?)\s*\??\s*$",
    re.IGNORECASE,
)


# "the discrepancy was posted by the evening shift person, what's her job title"
_DONE_BY = re.compile(
    r"^\s*(?P<thing>(?:the|my|our|that|this)\s+[\w' -]{2,40}?)\s+(?:was|were|got)\s+"
    r"(?P<verb>\w+(?:ed|en|t))\s+by\s+[^,;?]{2,60}[,;-]+\s*what(?:'s|’s| is| was)\s+"
    r"(?:his|her|their|its)\s+(?P<ask>[\w' -]{2,40}?)\s*\??\s*$",
    re.IGNORECASE,
)


# An auxiliary opening a question asks yes or no: "did they ...", "was a taxi ...".
_YES_NO = re.compile(
    r"^\s*(?:did|do|does|is|was|were|are|can|could|will|would|should|has|have|had)\b", re.I
)


def _whoever(question: str) -> Chain | None:
    d = _DONE_BY.match(question)
    if d is not None:  # who did it first; the description of the doer only confirms it
        return Chain(
            f"who {d.group('verb')} {d.group('thing')}?",
            f"what is the {d.group('ask')} of {{}}?",
            "who",
        )
    m = _WHOEVER.match(question)
    # The asked thing is a noun ("mobile number of whoever ...", "I need the mobile of the
    # person who ..."); a yes/no question ("did they call an ambulance for the lady who ...")
    # asks about the person, not for a thing of theirs, and is one question.
    if m is None or _YES_NO.match(m.group("ask")):
        return None
    return Chain(f"who {m.group('clause')}?", f"what is the {m.group('ask')} of {{}}?", "who")


def _it_is(lead: str, main: str) -> Chain | None:
    """One question: the lead is what "it" in the asking clause stands for."""
    i = _IT.search(main)
    if i is None:
        bare = _BARE_ASK.match(main)  # "fleet review today - what time": is it, unsaid
        if bare is None:
            return None
        lead = lead if _DETERMINED.match(lead) else f"the {lead}"
        settled = bare.group("settled") or ""
        return Chain(None, f"{bare.group('ask')} is {lead}{settled}?", "")
    if not _DETERMINED.match(lead):
        lead = f"the {lead}"  # "what time is the formulary committee", as one would ask it
    return Chain(None, main[: i.start()] + lead + main[i.end() :], i.group(0))


# "... first showed at 15:43:53 in ...": the clock time an answer dates a sighting by, to
# the minute (as a question gives a time)
_SEEN_AT = re.compile(r"\bat (\d{1,2}:\d{2})(?::\d{2})?\b(?!.*\bat \d{1,2}:\d{2})")

_DETERMINED = re.compile(r"\s*(?:the|a|an|my|our|your|his|her|their|this|that|these|those)\b", re.I)


class _Ledger(Protocol):
    strategy: list[str]


def ask_chain(
    chain: Chain,
    question: str,
    ask_one: Callable[[str, Any], Answer],
    ledger: _Ledger,
    new_ledger: Callable[[], Any],
    texts: dict[str, str],
) -> Answer:
    """Answer the steps in turn; the answer cites both. When the first step names nothing
    (or several different things), the question is indeterminate: the second step would be
    about a guess."""
    if chain.first is None:
        ans = ask_one(chain.then, ledger)
        ans.query = question
        ans.trace["chain"] = {"rewritten": chain.then, "ref": chain.ref}
        return ans
    first = ask_one(chain.first, new_ledger())
    values = {c.value for c in first.claims if c.value}
    if chain.ref == "when":  # the moment the first step names, not the thing seen then
        values = {t.group(1) for c in first.claims if (t := _SEEN_AT.search(c.text))}
    step = {
        "first": chain.first,
        "first_state": first.state,
        "first_answer": first.answer,
        "ref": chain.ref,
    }
    if first.state != "ok" or len(values) != 1:
        reason = first.indeterminate_reason or "first_step_ambiguous"
        first.query = question
        first.state = "indeterminate"
        first.claims = []
        first.indeterminate_reason = f"chain_first_step: {reason}"
        first.answer = texts["indeterminate"].format(reason=first.indeterminate_reason)
        first.confidence = min(first.confidence, 0.3)
        first.trace["chain"] = step
        return first
    then = chain.fill(values.pop())
    ledger.strategy.append("chain")
    second = ask_one(then, ledger)
    second.query = question
    second.trace["chain"] = {**step, "then": then, "first_trace": first.trace}
    if second.state != "indeterminate":
        second.claims = first.claims + second.claims
        second.answer = texts["claim_separator"].join(c.text for c in second.claims)
        second.confidence = min(first.confidence, second.confidence)
    return second
