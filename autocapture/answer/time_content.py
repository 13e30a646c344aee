"""Time words that were what the screen said, not when it was seen.

"What did kofi post at 16:18?", "who's the safety walk-through with on Thursday?", "who's on
call tonight?": read as a filter, each time phrase names a span in which nothing was
captured (the chat was read at 17:02; Thursday is still to come). When the filter leaves no
frame, the question is asked again with its time phrases kept as words, and that answer is
used only if the phrases are on screen with it: on its cited lines or in the day heading
they sit under (the "16:18" of a chat line, an agenda's "Thu 26 Nov" heading, "On call
tonight:").
"""

from __future__ import annotations

from datetime import date

from autocapture.answer.model import Answer
from autocapture.retrieve import Line, Retriever
from autocapture.text import CHAT_STAMP, Bag, tokens
from autocapture.understand.dates import clock_hm, read_date

# Words that place a time without naming it on screen ("in the morning": the events' own
# times say so).
_SKIP = {"on", "at", "in", "this", "next", "around", "about", "by", "the", "of", "for",
         "morning", "afternoon", "evening", "night"}  # fmt: skip
_DAY_FORMS = {
    "monday": {"monday", "mon"},
    "tuesday": {"tuesday", "tue", "tues"},
    "wednesday": {"wednesday", "wed"},
    "thursday": {"thursday", "thu", "thur", "thurs"},
    "friday": {"friday", "fri"},
    "saturday": {"saturday", "sat"},
    "sunday": {"sunday", "sun"},
}


def day_forms(word: str) -> set[str]:
    """A word with, for a weekday's name, the short forms a title or a URL writes it in."""
    return _DAY_FORMS.get(word, {word})


HEADING_REACH = 300  # px left of an entry its day heading may end (an agenda indents entries)


def _forms(word: str) -> set[str]:
    """The ways a screen may write one word of a time phrase."""
    if word in _DAY_FORMS:
        return _DAY_FORMS[word]
    hm = clock_hm(word) if any(ch.isdigit() for ch in word) else None
    if hm is not None and ":" in word:
        h, m = hm
        return {f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{(h % 12) or 12}:{m:02d}"}
    return {word}


def _shown(text: str, phrase: str) -> bool:
    bag = Bag.of(text)
    low = text.lower()
    for word in (w for w in tokens(phrase) if w not in _SKIP):
        forms = _forms(word)
        if not any(bag.has(f) if ":" not in f else f in low for f in forms):
            return False
    return True


def _heading_above(lines: list[Line], box: list[int]) -> str | None:
    """The nearest line above BOX, in its column, that names a day: the heading an agenda
    entry sits under ("Thu 26 Nov 2026:")."""
    x1, y1, _, _ = box
    above = [
        ln
        for ln in lines
        if ln.bbox[3] <= y1 + 2 and ln.bbox[0] <= x1 + 10 and ln.bbox[2] > x1 - HEADING_REACH
    ]
    for ln in sorted(above, key=lambda ln: -ln.bbox[1]):
        d = read_date(ln.text)
        if d and (d["date"] or d["month_day"] or d["day"] or d["relative"]):
            return ln.text
    return None


def phrases_shown(
    retriever: Retriever, answer: Answer, phrases: list[str], days: set[date] | None = None
) -> bool:
    """Every time phrase is on screen with the answer: in the claim text, on a cited line,
    or in the day heading that line sits under (a window's other lines do not count: a
    calendar's week row names every weekday). A phrase naming a day relative to now ("last
    night", "yesterday") is shown by that day's date or weekday, one of DAYS."""
    if not phrases or not answer.claims:
        return False
    texts = [c.text for c in answer.claims]
    for claim in answer.claims:
        for cit in [*claim.citations, *claim.context]:
            texts.append(cit.text)
            window = [
                ln
                for ln in retriever.frame_lines(cit.frame_id)
                if ln.window_title == cit.window_title
            ]
            heading = _heading_above(window, cit.bbox)
            if heading:
                texts.append(heading)
    joined = "\n".join(texts)
    # a claim's text says when its line was seen; only the lines themselves date it
    lines = texts[len(answer.claims) :]
    named = [p for p in phrases if not _part_only(p)]
    if not named and not all(_relative(p) and _dated(lines, days or set()) for p in phrases):
        return False  # "this morning" alone: no word of it on screen, only a part of the day
    if not _stamps_in_part(lines, phrases):
        return False  # "what did anil post this morning": a 13:24 message is not of it
    return all(
        _shown(joined, p) or (_relative(p) and _dated(lines, days or set())) for p in phrases
    )


# The hours a part of the day names (a night runs past midnight: hours after it count +24).
_PARTS = {"morning": (5, 12), "afternoon": (12, 18), "evening": (17, 24), "night": (20, 29)}


def _stamps_in_part(lines: list[str], phrases: list[str]) -> bool:
    """Every cited message stamped with a clock ("13:24 <sushmita> ...") falls in the part of
    the day a phrase names; lines with no stamp say nothing either way."""
    parts = [_PARTS[w] for p in phrases for w in tokens(p) if w in _PARTS]
    for line in lines:
        m = CHAT_STAMP.match(line)
        hm = clock_hm(m.group(0).split()[0].strip("[]()")) if m else None
        if hm is None:
            continue
        hour = hm[0] + (24 if hm[0] < 5 else 0)
        if any(not lo <= hour < hi for lo, hi in parts):
            return False
    return True


def _part_only(phrase: str) -> bool:
    """A phrase with no word a screen would write ("this morning", "in the afternoon"): it
    narrows a day another phrase names, and is not shown by itself."""
    return not [w for w in tokens(phrase) if w not in _SKIP]


_RELATIVE = {"last", "yesterday", "today", "tonight", "tomorrow", "this", "night", "morning",
             "afternoon", "evening"}  # fmt: skip


def _relative(phrase: str) -> bool:
    """A phrase naming a day by its place relative to now: "last night", "yesterday"."""
    words = [w for w in tokens(phrase) if w not in _SKIP or w in _RELATIVE]
    return bool(words) and all(w in _RELATIVE for w in words)


def _dated(texts: list[str], days: set[date]) -> bool:
    """One of the texts dates itself to one of DAYS: a full date, a day and month, or the
    weekday's name."""
    for t in texts:
        d = read_date(t)
        if not d:
            continue
        if d["date"] and any(d["date"] == day.isoformat() for day in days):
            return True
        if d["month_day"] and any(tuple(d["month_day"]) == (x.month, x.day) for x in days):
            return True
        if d["day"] and any(d["day"] == x.strftime("%A").lower() for x in days):
            return True
    return False
