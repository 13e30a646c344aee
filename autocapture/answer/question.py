"""What a question asks for: its content words and the kind of value that answers it.

The word lists come from the prompt bundle's ``query.rules`` template, so they are versioned,
hash-pinned and changed only through the PromptOps lifecycle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from autocapture.promptops.rules import QueryRules
from autocapture.text import tokens


@dataclass
class QuestionAnalysis:
    keywords: list[str]
    value_type: str | None = None
    wants_line: bool = False
    cue_words: set[str] = field(default_factory=set)
    soft_words: frozenset[str] = frozenset()
    topic: set[str] = field(default_factory=set)  # words after "about": what the answer is on

    def weight(self, word: str) -> float:
        if word in self.cue_words or word in self.topic:
            return 1.5
        if word in self.soft_words:
            return 0.5
        return 1.0

    def as_dict(self) -> dict:
        return {
            "keywords": self.keywords,
            "value_type": self.value_type,
            "wants_line": self.wants_line,
            "topic": sorted(self.topic),
        }


def _has(phrase: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(phrase)}\b", text) is not None


def analyse(question: str, rules: QueryRules) -> QuestionAnalysis:
    low = question.lower()
    words = tokens(question)
    keywords = [
        w for w in dict.fromkeys(words) if w not in rules.stopwords and (len(w) > 1 or w.isdigit())
    ]
    value_type = None
    cues: set[str] = set()
    for name, phrases in rules.type_phrases.items():
        if any(_has(p, low) for p in phrases):
            value_type = name
            drops = set(rules.type_phrase_drops.get(name, ()))
            keywords = [k for k in keywords if k not in drops]
            break
    if value_type is None:
        for name, cue_list in rules.type_cues.items():
            hits = [c for c in cue_list if _has(c, low)]
            if hits:
                value_type = value_type or name
                cues.update(h for h in hits if " " not in h)
    if value_type:
        cues.update(k for k in rules.type_qualifiers.get(value_type, ()) if k in keywords)
    wants_line = value_type is None and any(w in rules.line_cues for w in words)
    m = re.search(r"\babout\s+(.+)$", low)
    topic = {w for w in tokens(m.group(1)) if w in keywords} if m else set()
    return QuestionAnalysis(keywords, value_type, wants_line, cues, rules.soft_words, topic)
