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
    "vendor": ["oem", "supplier", "manufacturer", "maker"],
    "supplier": ["vendor", "oem"],
}
# How a window looks, said to tell it from others ("the SMALL WHITE fault report"): its size,
# colour or theme, never a word of its content.
LOOKS = {
    "small", "big", "large", "little", "tiny", "wide", "narrow", "tall", "white", "black",
    "dark", "light", "grey", "gray", "blue", "green", "red", "yellow", "orange", "purple",
    "pink", "brown", "bright", "pale",
}  # fmt: skip


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


def describing(question: str, naming: tuple[str, ...], words: list[str]) -> frozenset[str]:
    """The asked words right before the words naming a form, which say which one by what it
    is for ("the CRANE LIFT permit": "Permit to work"); its lines, not its title, show them."""
    toks = tokens(question)
    n = len(naming)
    starts = [i for i in range(len(toks) - n + 1) if n and tuple(toks[i : i + n]) == naming]
    if not starts:
        return frozenset()
    out: set[str] = set()
    i = starts[-1] - 1
    while i >= 0 and toks[i] in words and toks[i] not in naming:
        out.add(toks[i])
        i -= 1
    return frozenset(out)
