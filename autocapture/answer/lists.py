"""Values that are lists ("Genres: Sci-fi, Fantasy, Action"): each item is its own claim,
so that each cites the word it rests on."""

from __future__ import annotations

import re

MAX_ITEMS = 8
MAX_ITEM_WORDS = 4
_SPLIT = re.compile(r"\s*[,;]\s+")


def list_items(value: str) -> list[str]:
    """The items of a comma- or semicolon-separated list of short names, else []."""
    parts = [p.strip(" .") for p in _SPLIT.split(value.strip())]
    if len(parts) < 2:
        return []
    for p in parts:
        if not p or len(p.split()) > MAX_ITEM_WORDS or not re.search(r"[A-Za-z]{2}", p):
            return []
    return parts[:MAX_ITEMS]
