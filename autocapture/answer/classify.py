"""The classify stage: which question class, by the bundle's ordered class patterns."""

from __future__ import annotations

from autocapture.promptops.rules import QueryRules


def classify(question: str, rules: QueryRules) -> tuple[str, str | None]:
    """(class, the pattern that decided it); 'lookup' when none matches."""
    low = question.lower()
    for name, patterns in rules.classes:
        for p in patterns:
            if p.search(low):
                return name, p.pattern
    return "lookup", None
