"""Questions on the calendar scenario: appointment times, windows and the notes distractor."""

from __future__ import annotations

from ..answer_forms import clock_variants
from ..truth import Truth
from .collector import QuestionSet


def add_calendar(q: QuestionSet, cal: Truth) -> None:
    _appointments(q, cal)
    _windows(q, cal)


def _appointments(q: QuestionSet, cal: Truth) -> None:
    apts = cal["calendar"]["appointments"]

    def apt(word: str) -> dict[str, str]:
        return next(x for x in apts if word in x["title"])

    q.add(
        "calendar",
        cal,
        "cal-dentist",
        "when does the dentist appointment start?",
        "canonical",
        clock_variants(apt("Dentist")["start"]),
    )
    q.add(
        "calendar",
        cal,
        "cal-lena",
        "what time is my 1:1 with Lena?",
        "canonical",
        clock_variants(apt("1:1 with Lena")["start"]),
    )
    q.add(
        "calendar",
        cal,
        "cal-vendor",
        "when is the vendor call with Brightline Logistics?",
        "canonical",
        clock_variants(apt("Brightline")["start"]),
    )
    q.add(
        "calendar",
        cal,
        "cal-lunch-end",
        "when does lunch with Ibrahim end?",
        "canonical",
        clock_variants(apt("Lunch with Ibrahim")["end"]),
    )
    q.add(
        "calendar",
        cal,
        "cal-budget",
        "what time is the budget review?",
        "adversarial",
        clock_variants(apt("Budget review FY27")["start"]),
        excludes=[apt("follow-up")["start"], "10:00"],
    )
    q.add(
        "calendar",
        cal,
        "cal-standup",
        "when does the payments standup start?",
        "adversarial",
        clock_variants(apt("Standup")["start"]),
        excludes=["09:15"],
    )
    q.add(
        "calendar",
        cal,
        "cal-interview",
        "when is the interview with the backend candidate?",
        "adversarial",
        clock_variants(apt("Interview")["start"]),
    )
    q.unanswerable("calendar", cal, "cal-board", "when is the board meeting?")
    q.unanswerable("calendar", cal, "cal-flight", "what time is my flight to Lisbon?")


def _windows(q: QuestionSet, cal: Truth) -> None:
    notes_f = cal.frame("notes")
    q.add(
        "timeline",
        cal,
        "time-cal-notes",
        "when did I look at last week's notes?",
        "canonical",
        cal.when(notes_f),
    )
    ag = cal.frame("agenda")
    q.add(
        "window_inventory",
        cal,
        "inv-cal-hidden",
        f"which windows were open at {cal.hms(ag, 5)}?",
        "adversarial",
        [cal["calendar"]["distractor_notes"]["window"].split(": ")[-1]],
    )
    q.add(
        "window_inventory",
        cal,
        "inv-cal-app",
        "which program was the calendar running in?",
        "canonical",
        ["calcurse", "xterm"],
    )
    q.add(
        "cross_window",
        cal,
        "cross-calendar",
        "which window showed today's appointments?",
        "canonical",
        ["calcurse"],
    )
    q.add(
        "cross_window",
        cal,
        "cross-northwind",
        "which window mentioned the Northwind Freight vendor call?",
        "adversarial",
        [cal["calendar"]["distractor_notes"]["window"].split(": ")[-1]],
        excludes=["calcurse"],
    )
