"""A question's words in the forms an event title writes them.

Titles are terse: a group of people is "the group" where a speaker says "the congress lot"
or "that crowd", and a long word is cut to its capitalised head ("NORTE-MED" for a
medical group, "CONF" for a conference). A question word no title holds is read as the
title's form when one title holds that form, so the event is still found by its words.
"""

from __future__ import annotations

import re

# What a speaker calls a group of people, where a title says "group".
_GROUP_WORDS = {"lot", "crowd", "bunch", "gang", "mob"}
_GROUP = "group"
# A capitalised part of a title token ("MED" in "NORTE-MED"): a cut-down word.
_CAPS_PART = re.compile(r"(?<![A-Za-z])[A-Z]{3,}(?![A-Za-z])")
MIN_REST = 2  # the cut drops two letters at least ("med" of "medical", not "meds")


def _title_tokens(titles: list[str]) -> set[str]:
    return {t.lower() for x in titles for t in re.findall(r"[A-Za-z]+", x)}


def in_title_forms(words: list[str], titles: list[str]) -> list[str]:
    """WORDS with a group noun read as "group" and a word whose capitalised head a title
    holds read as that head, when no title holds the word itself."""
    held = _title_tokens(titles)
    heads = {m.group().lower() for x in titles for m in _CAPS_PART.finditer(x)}
    out: list[str] = []
    for w in words:
        if w in held:
            out.append(w)
        elif w in _GROUP_WORDS and _GROUP in held:
            out.append(_GROUP)
        else:
            cut = [h for h in heads if w.startswith(h) and len(w) >= len(h) + MIN_REST]
            out.append(max(cut, key=len) if cut else w)
    return out
