"""A question led by what the user remembers: "Lalitha emailed me about insulin pens - what
did she ask for in the chat?", "Kavya gave one time in her email and another in the chat -
which one is the latest?".

The lead clause says whom or what the question is about; the clause after the dash asks. When
the asking clause has words of its own ("ask"), those are the topic and the lead only names
the person; when it has none ("which one is the latest"), the lead is the topic. The asking
clause may name where to look ("in the chat", "in her email") and which of several is wanted
("the latest").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autocapture.text import tokens

_SPLIT = re.compile(r"\s+[-–—]+\s+|;\s+|:\s+(?=(?:what|which|who|when|where|how|did|was)\b)")
_ASKING = re.compile(r"^\s*(?:so\s+)?(?:what|which|who|whom|when|where|how|did|was|were|is)\b")
SOURCE = re.compile(
    r"\b(?:in|on|over|via|through|by|per|according to|going by)\s+"
    r"(?:the\s+|her\s+|his\s+|their\s+|my\s+|our\s+)?"
    r"(?P<src>chat(?:\s+log)?|irc|channel|slack|teams|e-?mail|mail)\b"
)
LATEST = re.compile(r"\b(?:latest|most recent|newest|later one|the later|last one|final one)\b")
# Words of the asking clause that say which one or where, not what about.
FRAME_WORDS = {"one", "ones", "latest", "newest", "recent", "later", "last", "final", "chat",
                "log", "irc", "channel", "slack", "teams", "email", "e-mail", "mail", "first",
                "earlier", "earliest"}  # fmt: skip


@dataclass(frozen=True)
class Clauses:
    lead: str
    main: str

    def own_words(self, stop: set[str]) -> list[str]:
        """Content words of the asking clause."""
        return [w for w in tokens(self.main) if w not in stop and w not in FRAME_WORDS]

    def source(self) -> str | None:
        """'chat' or 'mail' when the asking clause says where to look."""
        m = SOURCE.search(self.main)
        if m is None:
            return None
        return "mail" if "mail" in m.group("src") else "chat"

    def wants_latest(self) -> bool:
        return bool(LATEST.search(self.main))


def split_lead(question: str) -> Clauses | None:
    """The lead and asking clauses of a question put as "<what I remember> - <question>";
    None when it is one clause."""
    parts = _SPLIT.split(question.strip().lower(), maxsplit=1)
    if len(parts) != 2 or not _ASKING.match(parts[1]) or _ASKING.match(parts[0]):
        return None
    return Clauses(parts[0], parts[1])
