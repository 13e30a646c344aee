"""Senders named by their initials: "jm" for the handle jmsantos or for Jose Miguel Santos.

People shorten a colleague's name to its first letters; a chat shows a handle or a full name.
Only a short all-letter word is read this way, and only when no sender has the word itself,
so every sender it could stand for is kept and the message's content decides between them
(jmsantos and jmsantiago). A short word with a vowel may be a name ("ann"), so it opens a
handle only when the handle is much longer than a name's start.
"""

from __future__ import annotations

import re

MIN_LEN, MAX_LEN = 2, 3
_VOWEL = re.compile(r"[aeiouy]")


def _initials(sender: str) -> str:
    return "".join(w[0] for w in re.findall(r"[a-z]+", sender.lower()))


def stands_for(word: str, sender: str) -> bool:
    """Whether ``word`` can be ``sender``'s initials: the first letters of its words
    ("Jose Miguel Santos"), or the opening of a one-word handle made of them ("jmsantos")."""
    if not (MIN_LEN <= len(word) <= MAX_LEN and word.isalpha()):
        return False
    parts = re.findall(r"[a-z]+", sender.lower())
    if not parts:
        return False
    if len(parts) > 1:
        return _initials(sender).startswith(word)
    # A handle opening with the word but longer than a name's start: "jmsantos", not "jmo";
    # a word no first name is (no vowel: "tk") opens a shorter one too ("tkwong").
    handle = parts[0]
    longer = len(handle) - len(word)
    return handle.startswith(word) and (longer >= 4 or (longer > 2 and not _VOWEL.search(word)))


def by_initials(names: list[str], senders: set[str]) -> set[str]:
    """The senders that one of ``names`` stands for as initials."""
    return {s for s in senders if s and any(stands_for(w, s) for w in names)}
