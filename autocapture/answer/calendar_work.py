"""Working on a day or not: "am I working on saturday?", "am I off on Friday?".

A calendar does not say "working"; it marks the days one is not ("Day off", "Annual leave",
"Public holiday"). So a day whose events include such a mark answers no (yes, for "off"),
citing it; a day with other events only is taken as a working day, with less confidence; a
day with no event leaves it indeterminate (absence cannot be cited).
"""

from __future__ import annotations

import re
from datetime import date

from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.structured import day_label
from autocapture.understand.reader import NodeRow

WORK_ASK = re.compile(
    r"^\s*(?:am|are|will) (?:i|we) (?:be )?(?P<how>working|at work|rostered( on)?|on shift"
    r"|on duty|on call|off)\b"
)
_OFF = re.compile(
    r"\b(?:day off|days off|off work|leave|holiday|holidays|vacation|rest day|sick day"
    r"|off sick|not working|away)\b",
    re.I,
)


def working_on(question: str, events: list[NodeRow], day: date | None) -> Draft | None:
    """Yes or no to working on ``day`` from its events; None when not asked."""
    m = WORK_ASK.search(question)
    if m is None or day is None:
        return None
    asked_off = m.group("how") == "off"
    on = f"on {day_label(day)}"
    if not events:
        return Draft("", None, [], 0.2, "indeterminate", "no_event_on_that_day", {"day": str(day)})
    marks = [n for n in events if _OFF.search(n.attrs.get("title") or "")]
    if marks:
        n = marks[0]
        said = "Yes" if asked_off else "No"
        text = f"{said}: {on} the calendar has '{n.attrs['title']}'."
        return Draft(text, n.attrs["title"], [Evidence(n.as_line(), "value")], 0.8, "ok")
    said = "No" if asked_off else "Yes, by the calendar"
    titles = "; ".join(f"'{n.attrs['title']}'" for n in events[:4])
    text = f"{said}: {on} there is {titles} and no day off."
    evidence = [Evidence(n.as_line(), "value") for n in events[:4]]
    return Draft(text, events[0].attrs["title"], evidence, 0.55, "ok")
