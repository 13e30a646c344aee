"""What a question asks for: its content words and the kind of value that answers it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from autocapture.text import LINE_CUES, SOFT_WORDS, STOPWORDS, TYPE_CUES, tokens


@dataclass
class QuestionAnalysis:
    keywords: list[str]
    value_type: str | None = None
    wants_line: bool = False
    cue_words: set[str] = field(default_factory=set)

    def weight(self, word: str) -> float:
        if word in self.cue_words:
            return 1.5
        if word in SOFT_WORDS:
            return 0.5
        return 1.0

    def as_dict(self) -> dict:
        return {
            "keywords": self.keywords,
            "value_type": self.value_type,
            "wants_line": self.wants_line,
        }


def analyse(question: str) -> QuestionAnalysis:
    low = question.lower()
    words = tokens(question)
    keywords = [
        w for w in dict.fromkeys(words) if (w not in STOPWORDS and len(w) > 1) or w.isdigit()
    ]
    keywords = [w for w in keywords if w not in STOPWORDS]
    value_type = None
    cues: set[str] = set()
    if re.search(r"\bhow much\b", low):
        value_type = "money"
    elif re.search(r"\bhow many\b", low):
        value_type = "number"
    elif re.search(r"\bwhat time\b|\bwhen does\b|\bwhen is\b|\bstarts? at\b", low):
        value_type = "time"
        # "time" here names the answer's type, not a word to find on screen.
        keywords = [k for k in keywords if k != "time"]
    else:
        for name, cue_list in TYPE_CUES.items():
            hits = [c for c in cue_list if re.search(rf"\b{re.escape(c)}\b", low)]
            if hits:
                value_type = value_type or name
                cues.update(h for h in hits if " " not in h)
    if value_type in ("email", "url") and "address" in keywords:
        cues.add("address")  # "email address", "web address": the type's name, not content
    wants_line = value_type is None and any(w in LINE_CUES for w in words)
    return QuestionAnalysis(keywords, value_type, wants_line, cues)
