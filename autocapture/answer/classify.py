"""The classify stage: which question class, by the bundle's ordered class patterns."""

from __future__ import annotations

import re

from autocapture.promptops.rules import QueryRules

# "did I tick 'Reporter told'?": a quoted phrase names a label or a line on screen, so its
# words ("told") say nothing about the kind of question; the patterns read the rest.
QUOTED = re.compile(r"(?<![\w'’])['‘\"“][^'‘’\"“”\n]{1,80}['’\"”](?![\w'’])")


# A pattern opening with this comment reads the question with its time phrases: "is the
# page 1 conference at 6.30?" checks a time, and the time is what makes it a calendar ask.
WITH_TIMES = "(?#with times)"


def classify(
    question: str, rules: QueryRules, with_times: str | None = None
) -> tuple[str, str | None]:
    """(class, the pattern that decided it); 'lookup' when none matches. ``question`` is
    the question without its time phrases, ``with_times`` the whole of it (default: the
    same text)."""
    low = QUOTED.sub("x", question.lower())
    full = QUOTED.sub("x", (with_times or question).lower())
    for name, patterns in rules.classes:
        for p in patterns:
            if p.search(full if p.pattern.startswith(WITH_TIMES) else low):
                return name, p.pattern
    return "lookup", None
