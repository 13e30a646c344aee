""" "Did kofi say how much the door seal will cost?": a message on the topic that states no
amount did not say it.

A yes/no question about what someone said, asked with an embedded question ("how much",
"what time", "how many", "which flight"), is answered only by a message stating a value of
that kind (naming the noun asked); a message that merely mentions the topic ("the door seal
looks worn") leaves it indeterminate.
"""

from __future__ import annotations

import re

from autocapture.answer.draft import Draft
from autocapture.text import CHAT_STAMP, VALUE_TYPES, Bag
from autocapture.understand.dates import CLOCK_RE

SAID_WH = re.compile(
    r"\b(?:did|has|have|had)\s+(?:\w+\s+){1,5}?(?:say|said|mention|mentioned|tell|told|post"
    r"|posted|write|wrote|confirm|confirmed)\s+(?:(?:us|me|anyone|everyone|the team)\s+)?"
    r"(?:in the chat\s+)?"
    r"(?P<wh>how much|how many|what time|when|(?:which|what) (?P<noun>[a-z]{3,}))\b"
)
_NAME = re.compile(r"(?<=\s)[A-Z][a-z]{2,}\b")  # a name in the question, not its first word
# "which one", "what time": no noun a message must name
_KIND_NOUNS = {"one", "ones", "time", "day", "date", "way", "kind", "sort", "thing", "things"}
_KIND = {"how much": "money", "how many": "number", "what time": "time", "when": "time"}


def said_what_was_asked(question: str, draft: Draft) -> Draft:
    """DRAFT, or indeterminate when the question asks whether someone stated a value of a
    kind and no cited message states one."""
    m = SAID_WH.search(question.lower())
    if m is None or draft.state != "ok":
        return draft
    texts = [CHAT_STAMP.sub("", e.line.text) for e in draft.evidence]  # not when it was said
    noun = m.group("noun")
    if noun is not None:
        # "did anyone say which flight Lindqvist is on": a message naming a flight
        # ... in one message with the names the question gives (Lindqvist's, not another's)
        names = [w.lower() for w in _NAME.findall(question)]
        if noun in _KIND_NOUNS or any(
            Bag.of(t).has(noun) and all(Bag.of(t).has(n) for n in names) for t in texts
        ):
            return draft
        return Draft("", None, [], 0.2, "indeterminate", f"not_said: no message names the {noun}")
    kind = _KIND[m.group("wh")]
    if kind == "time":
        stated = any(CLOCK_RE.search(t) for t in texts)
    else:
        stated = any(VALUE_TYPES[kind].pattern.search(t) for t in texts)
    if stated:
        return draft
    return Draft(
        "", None, [], 0.2, "indeterminate", f"not_said: no message states the {kind} asked"
    )
