"""Where a calendar event is: "where is the lease meeting being held?", "which room is the
review in?", "what's the location of the interview?".

A place is answered only from what the event itself states: a labelled line of its note
("Location: Room 4", "Where: Level 2") just under its title, or a part of its title that names
one: after "@", after "at"/"in" when a capitalised name or a place noun follows ("Lunch at
Cafe Rosa", "in Room 4"), or a part set off by " - ", a comma or brackets holding a place noun
("Briefing - Harbour Quay", "(ticket office)"). A title that names none ("Council lease
meeting": "wharf" is a word of the topic, not a part set off) leaves the place unsaid, and the
answer is indeterminate rather than the event's time.
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.structured import span_line
from autocapture.retrieve import Line
from autocapture.understand.dates import CLOCK_RE
from autocapture.understand.reader import NodeRow

# A question asking for a place.
PLACE_ASK = re.compile(
    r"^\s*where\b"
    r"|\b(?:which|what)\s+(?:room|venue|building|location|place|address|floor|level|office"
    r"|site|suite|hall)\b"
    r"|\b(?:location|venue|whereabouts)\b"
    r"|\b(?:what|which)(?:'s|\s+is|\s+was)?\s+(?:the\s+)?address\b"
    r"|\bwhere\b.*\b(?:held|located|happening|taking place|take place|hosted)\b"
)
# Words of a place question that name no event ("being held", "the location of").
PLACE_WORDS = {"where", "held", "being", "located", "location", "locations", "venue", "place",
               "taking", "take", "happening", "hosted", "room", "address", "whereabouts",
               "building", "floor", "level", "site", "office", "suite", "hall"}  # fmt: skip

# Nouns that make a set-off part of a title a place ("- Harbour Quay", "(ticket office)").
PLACE_NOUNS = {
    "room", "rm", "boardroom", "hall", "building", "bldg", "floor", "level", "office", "offices",
    "suite", "lab", "studio", "quay", "wharf", "pier", "marina", "jetty", "station", "centre",
    "center", "clinic", "hospital", "library", "cafe", "café", "restaurant", "bar", "pub",
    "park", "street", "st", "road", "rd", "avenue", "ave", "lane", "campus", "site", "hq",
    "lobby", "reception", "kitchen", "auditorium", "theatre", "theater", "gym", "hotel",
    "school", "church", "depot", "yard", "warehouse", "shed", "gate", "terminal", "wing",
    "zoom", "teams", "webex", "online", "remote", "phone", "video", "onsite", "offsite",
}  # fmt: skip
# A labelled note line: "Location: Room 4", "Where - Level 2".
NOTE_LABEL = re.compile(
    r"^\s*[-*•>]?\s*(?:location|where|venue|room|place|address|loc)\s*[:=–-]\s*(?P<p>\S.*)$",
    re.I,
)
_AT = re.compile(r"@\s*(?P<p>[^@()]+?)\s*$")
_AT_IN = re.compile(r"(?<![\w-])(?:at|in)\s+(?=(?P<p>[^,;()|]+))")
_TAIL = re.compile(r"\s+(?:with|for|about|re|and|to|on|from|before|after)\b.*$", re.I)
_PARTS = re.compile(r"\s+[-–—|]\s+|,\s+|\(([^()]+)\)")


def asks_place(question: str) -> bool:
    return bool(PLACE_ASK.search(question.lower()))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-zé]+", text.lower())


def _has_place_noun(text: str) -> bool:
    return any(w in PLACE_NOUNS for w in _words(text))


def title_place(title: str) -> str | None:
    """The place a title states, or None."""
    m = _AT.search(title)
    if m and not CLOCK_RE.fullmatch(m.group("p").strip()):
        return m.group("p").strip(" .,;")
    for m in _AT_IN.finditer(title):
        p = _TAIL.sub("", m.group("p")).strip(" .,;-")
        if not p or CLOCK_RE.search(p) or not re.search(r"[A-Za-z]", p):
            continue
        if p[:1].isupper() or _has_place_noun(p):
            return p
    parts = [p for p in _PARTS.split(title) if p and p.strip()]
    for p in parts[1:]:  # the head of a title is what the event is, not where
        p = p.strip(" .,;()")
        if p and _has_place_noun(p) and not CLOCK_RE.search(p):
            return p
    return None


def note_place(ctx: AnswerContext, n: NodeRow) -> Line | None:
    """A labelled place line of the event's note, just under its title in the same window
    (before the next line holding a time, which starts another event)."""
    title = span_line(ctx, n, n.attrs.get("title_span_id"))
    if title is None:
        return None
    height = max(title.bbox[3] - title.bbox[1], 8)
    below = sorted(
        (
            ln
            for ln in ctx.lookup.frame_lines(n.frame_id)
            if ln.window_row == title.window_row
            and ln.bbox[1] > title.bbox[1]
            and ln.bbox[1] - title.bbox[3] <= 3 * height
            and abs(ln.bbox[0] - title.bbox[0]) <= 12 * height
        ),
        key=lambda ln: ln.bbox[1],
    )
    for ln in below:
        if NOTE_LABEL.match(ln.text):
            return ln
        if CLOCK_RE.search(ln.text):
            break
    return None


def event_place(ctx: AnswerContext, n: NodeRow) -> tuple[str, Line | None] | None:
    """(the place, the line stating it: its note line, or None for the title) or None."""
    note = note_place(ctx, n)
    if note is not None:
        m = NOTE_LABEL.match(note.text)
        return (m.group("p").strip() if m else note.text.strip()), note
    place = title_place(n.attrs.get("title") or "")
    return (place, None) if place else None
