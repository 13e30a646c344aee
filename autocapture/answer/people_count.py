"""People counted under another word: "how many trekkers are in EBC-1126?" against a line
saying "EBC-1126 is 7 pax now". Bookings count people as pax, heads, guests or seats; the
question's own word for them ("trekkers", "passengers", "people") need not be on the line
when the line counts people in one of those words. Ordinary vocabulary, no screen's wording.

Kept apart from lookup.py, which asks it only when that noun is the one required word a line
lacks.
"""

from __future__ import annotations

import re

PEOPLE = {
    "people", "persons", "person", "pax", "passengers", "guests", "trekkers", "travellers",
    "travelers", "tourists", "clients", "customers", "attendees", "participants", "members",
    "heads", "headcount", "riders", "visitors", "students", "patients", "adults", "climbers",
    "hikers", "walkers", "delegates", "diners", "covers",
}  # fmt: skip
_HOW_MANY = re.compile(r"\bhow many\s+(?P<noun>[a-z]+)\b")
_COUNTED = re.compile(r"\b\d{1,4}\s+(?P<unit>[A-Za-z]+)\b")


def people_counted(question: str, missing: list[str], line: str) -> str | None:
    """The missing word when it is the people asked to be counted ("how many trekkers") and
    the line counts people in another word ("7 pax"); else None."""
    if len(missing) != 1 or missing[0] not in PEOPLE:
        return None
    m = _HOW_MANY.search(question.lower())
    if m is None or m.group("noun") != missing[0]:
        return None
    units = {u.group("unit").lower() for u in _COUNTED.finditer(line)}
    return missing[0] if units & PEOPLE else None
