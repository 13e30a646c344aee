"""Asides after a question that only say what the asker believes they did.

"was rescue plan ticked on the permit, i think i ticked both boxes": the belief is the very
thing the screens are asked to check, so it is no part of what is searched for.
"""

from __future__ import annotations

import re

# ", i think i ticked both", "; pretty sure we sent it": the asker's own act, believed
_BELIEVED_OWN_ACT = re.compile(
    r"\s*[,;-]+\s*(?:but |and |though )?(?:(?:i|we) (?:think|thought|believe|believed|reckon"
    r"|guess|assume|assumed)|(?:i'm|i am|im|we're|we are) (?:pretty |fairly |quite )?sure"
    r"|pretty sure|fairly sure)(?: that)? (?:i|we) (?!(?:mean|meant)\b)[\w' -]{2,60}?"
    r"\s*(?=\??\s*$)",
    re.IGNORECASE,
)


def drop_believed_act(text: str) -> str:
    """The question without a trailing aside on what the asker thinks they did."""
    return _BELIEVED_OWN_ACT.sub("", text)


# "what time did i flip to the chat log, not the times in it, ...": the clock times the window
# showed are ruled out; what is asked is when the asker looked
_NOT_TIMES_IN_IT = re.compile(
    r"\s*[,;(-]+\s*(?:but |and )?not (?:the |any )?(?:times?|timestamps?|clock times?|hours?)"
    r" (?:in|on|inside|shown in|written in|listed in|of) (?:it|them|there|that)"
    r"\s*\)?(?=\s*[,;?)-]|\s*$)",
    re.IGNORECASE,
)


def drop_times_ruled_out(text: str) -> str:
    """The question without an aside ruling out the times shown inside what it names."""
    return _NOT_TIMES_IN_IT.sub("", text)
