"""The classify stage: which question class, by the bundle's ordered class patterns."""

from __future__ import annotations

import re

from autocapture.promptops.rules import QueryRules

# "did I tick 'Reporter told'?": a quoted phrase names a label or a line on screen, so its
# words ("told") say nothing about the kind of question; the patterns read the rest.
QUOTED = re.compile(r"(?<![\w'’])['‘\"“][^'‘’\"“”\n]{1,80}['’\"”](?![\w'’])")


def classify(question: str, rules: QueryRules) -> tuple[str, str | None]:
    """(class, the pattern that decided it); 'lookup' when none matches."""
    low = QUOTED.sub("x", question.lower())
    for name, patterns in rules.classes:
        for p in patterns:
            if p.search(low):
                return name, p.pattern
    return "lookup", None
