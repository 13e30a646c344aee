"""A moment said before a yes/no "anything else" ask ("when the form was still blank, was
anything else open besides it"): the ask first and the moment after it, as the class
patterns read it. A leading "right at the start" only repeats that the moment is early."""

from __future__ import annotations

import re

_MOMENT_THEN_ELSE = re.compile(
    r"^(?:(?:right |just |way )?(?:at|in) the (?:very )?(?:start|beginning),?\s+)?"
    r"(?P<when>(?:when|while) [^,?]{3,80}?),\s+"
    r"(?P<ask>(?:was|were) (?:there )?(?:anything|something|any other|other)\b[^?]+?)"
    r"\s*(?P<q>\??)\s*$",
    re.IGNORECASE,
)


def moment_last(text: str) -> str:
    """The ask put before the moment it is about."""
    m = _MOMENT_THEN_ELSE.match(text)
    if m is None:
        return text
    return f"{m.group('ask')} {m.group('when')}{m.group('q')}"
