"""How people name a form and its fields in fewer or plainer words than the screen does: a
short form of a word ("evac" for evacuation, "reg" for registration) and everyday names
("bill" for an Invoice field, "chopper" for a helicopter). Shared by the form answerers."""

from __future__ import annotations

from autocapture.text import Bag, tokens

# Everyday names for what forms and titles print otherwise; general vocabulary only.
EVERYDAY: dict[str, list[str]] = {
    "bill": ["invoice", "invoiced", "charge", "charged"],
    "chopper": ["helicopter", "heli"],
    "heli": ["helicopter"],
    "cab": ["taxi"],
    "plane": ["flight", "aircraft"],
    "doc": ["doctor", "document"],
}


def abbreviates(word: str, text: str) -> bool:
    """A short form of a word of ``text`` ("reg" for registration, "dept" for department)."""
    return (
        3 <= len(word) <= 4
        and word.isalpha()
        and any(t.startswith(word) and len(t) >= len(word) + 3 for t in tokens(text))
    )


def shown_as(bag: Bag, text: str, word: str) -> bool:
    """The word stands in ``text`` itself, by an everyday name or in short."""
    return (
        bag.has(word) or any(bag.has(s) for s in EVERYDAY.get(word, ())) or abbreviates(word, text)
    )
