"""Who did an act, asked in the asker's words: the form's "<verb> by" field names the one.

A question rarely uses the form's own verb: "who signed it off", "who okayed it" ask for the
"Approved by" field; "who posted it" for "Posted by". The question may open with what it is
about ("sam's claim, who signed it off"). Each group below is ordinary English for one act
(a thesaurus entry), never the wording of a particular form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "who posted X", "X, who signed it off", "and who has approved it": the verb, and a particle
# after it or after its object ("signed it off", "signed off on it").
_WHO_ACT = re.compile(
    r"(?:^|[,;:]\s*|\s[-–]\s*)(?:and |so |but )?who\s+(?:had |has |have |actually |finally )?"
    r"(?P<verb>\w+(?:ed|en|t|'d|’d))\b"
    r"(?:\s+(?:it|that|this|them|the \w+)\s+|\s+)?(?P<part>off|out)?\b"
)
# Verbs that say the same act; a label may print any of them ("Approved by", "Signed off by").
SAME_ACT: tuple[tuple[str, ...], ...] = (
    (
        "approved",
        "signed off",
        "okayed",
        "ok'd",
        "oked",
        "authorised",
        "authorized",
        "sanctioned",
        "greenlit",
        "green-lit",
        "rubber-stamped",
    ),
)


@dataclass(frozen=True)
class DoerAsk:
    verb: str  # the verb as asked, with its particle ("signed off", "posted")
    labels: tuple[str, ...]  # the verbs a "<verb> by" label may print for it


def asked_doer(question: str) -> DoerAsk | None:
    """The act a "who <verb>ed ..." question asks the doer of; None for other questions."""
    m = _WHO_ACT.search(question.lower())
    if m is None:
        return None
    verb = m.group("verb").replace("’", "'")
    phrase = f"{verb} {m.group('part')}" if m.group("part") else verb
    for group in SAME_ACT:
        if phrase in group:
            return DoerAsk(phrase, group)
    return DoerAsk(phrase, (phrase,) if phrase == verb else (phrase, verb))


def doer_label(ask: DoerAsk) -> re.Pattern[str]:
    """A field label naming the one who did the act: "<verb> by" in any of its words."""
    alts = "|".join(re.escape(v).replace(r"\ ", r"[\s-]+") for v in ask.labels)
    return re.compile(rf"^\s*(?:{alts})\s+by\b", re.I)
