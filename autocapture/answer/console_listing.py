"""The claims of a "which lines / words were <colour or bold>?" answer, gathered line by
line or word by word.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from autocapture.answer.draft import Draft, Evidence
from autocapture.retrieve import Line

MAX_LINES = 6
MAX_WORDS = 12


@dataclass
class Listing:
    """Claims of a "which lines/words were <colour or bold>" answer: one per line, or one per
    word when only some words of a line carry the look (each cites its word, then its line)."""

    look: str  # "in red", "in bold"
    texts: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def line(self, line: Line, look: str = "") -> None:
        self.evidence.append(Evidence(line, "value", len(self.texts)))
        self.texts.append(f'"{line.text}" was shown {look or self.look}')
        self.values.append(line.text)

    def word(self, word: Line, line: Line) -> None:
        self.evidence.append(Evidence(word, "value", len(self.texts)))
        self.evidence.append(Evidence(line, "line", len(self.texts)))
        self.texts.append(f"'{word.text}' was shown {self.look}")
        self.values.append(word.text)

    def draft(self, confidence: float, decisions: dict) -> Draft:
        if not self.texts:
            return Draft("", None, [], 0.2, "indeterminate", "spans_missing")
        return Draft(
            "; ".join(self.texts),
            self.values[0],
            self.evidence,
            round(confidence, 3),
            "ok",
            None,
            decisions,
            values=self.values,
            claim_texts=self.texts,
        )
