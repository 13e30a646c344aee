"""A sentence of a mail body or a note wraps over several OCR lines: the words a question
matches are on one line and the value on the next (or the one before). The lines of one
sentence are read together; a value in the next sentence is not taken, and a later sentence
that corrects a wrapped one answers over it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.answer.paragraphs import sentence_lines
from autocapture.retrieve import Line
from tests.framekit import ask_cited, text_frame, utc_app

HOUR = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
MAIL = [("mail - Inbox", (0, 0, 1280, 800))]


def _mail(tmp_path: Path, body: list[str], question: str, n: int = 1):  # type: ignore[no-untyped-def]
    """Ask QUESTION over a mail whose header is followed, after a blank line, by BODY."""
    rows = [
        (0, 10, 20, "From: Facilities desk <desk@example.org>"),
        (0, 10, 42, "Subject: Building notice"),
    ]
    rows += [(0, 10, 90 + 22 * i, text) for i, text in enumerate(body)]
    with utc_app(tmp_path) as app:
        app.store.write_frame(text_frame(n, MAIL, rows, hour=HOUR, bg="#ffffff"))
        return ask_cited(app, question, NOW, value_cited=False)


def test_the_code_on_the_next_line_of_the_sentence(tmp_path: Path) -> None:
    ans = _mail(
        tmp_path,
        [
            "The access code for the east riser plant room door was changed this morning to",
            "KR-7731 after the lock service, so please update the site diary before noon.",
        ],
        "what is the plant room door access code?",
    )
    assert ans.state == "ok" and "KR-7731" in ans.answer, ans.answer
    cited = [c.text for claim in ans.claims for c in claim.citations]
    assert any("KR-7731" in t for t in cited), cited


def test_the_sector_on_the_line_before(tmp_path: Path) -> None:
    ans = _mail(
        tmp_path,
        [
            "Heads up for Thursday: the sprinkler shutdown covers sector 7 (loading bay and",
            "cold store), and the fire panel will show it as isolated until the afternoon.",
        ],
        "which sector will the fire panel show as isolated?",
    )
    assert ans.state == "ok" and "sector 7" in ans.answer, ans.answer


def test_until_what_time_from_a_range_of_hours(tmp_path: Path) -> None:
    ans = _mail(
        tmp_path,
        [
            "The loading dock lift will be out of service for its annual inspection today",
            "from 1pm to 10pm, so deliveries should use the ramp at the back of the hall.",
        ],
        "until what time is the loading dock lift out of service today?",
    )
    assert ans.state == "ok" and "10pm" in ans.answer, ans.answer


def test_by_a_time_on_the_continuation_line(tmp_path: Path) -> None:
    ans = _mail(
        tmp_path,
        [
            "Your new locker key for the west changing room is at reception. Please pick it",
            "up before 17:30, otherwise it goes back to the facilities office on Friday.",
        ],
        "what time do I have to pick up the locker key by?",
    )
    assert ans.state == "ok" and "17:30" in ans.answer, ans.answer


def test_a_value_in_the_next_sentence_is_not_taken(tmp_path: Path) -> None:
    ans = _mail(
        tmp_path,
        [
            "The quarterly fire drill for the north wing is confirmed with the warden team.",
            "Parking bays near the gate close at 07:30 for resurfacing on the same day.",
        ],
        "what time is the north wing fire drill?",
    )
    assert "07:30" not in ans.answer, ans.answer


def test_a_later_sentence_correcting_a_wrapped_one(tmp_path: Path) -> None:
    first = [
        (0, 10, 90, "The generator test on the roof runs in bay 2 (north side) this Friday"),
        (0, 10, 112, "from 9am to 11am. Please keep the stairwell doors shut during the test."),
    ]
    later = [
        (0, 10, 90, "Correction to my note this morning: the test is in bay 5 (south side), not"),
        (0, 10, 112, "bay 2, and it runs from 9am to 12pm. Everything else stays the same."),
    ]
    with utc_app(tmp_path) as app:
        app.store.write_frame(text_frame(1, MAIL, first, hour=HOUR, bg="#ffffff"))
        app.store.write_frame(text_frame(5, MAIL, later, hour=HOUR, bg="#ffffff"))
        ans = ask_cited(app, "until when does the roof generator test run?", NOW, value_cited=False)
        assert ans.state == "ok" and "12pm" in ans.answer, ans.answer
        ans = ask_cited(app, "which bay is the roof generator test in?", NOW, value_cited=False)
        assert ans.state == "ok" and "bay 5" in ans.answer and "bay 2" not in ans.answer


def _line(rowid: int, text: str, y: int) -> Line:
    return Line(
        rowid, f"s{rowid}", "f1", text, "", (10, y, 10 + 9 * len(text), y + 20), 0.9, None,
        None, 0, "2026-11-24T09:01:00Z", 0, None, "notes", "xterm", True,
    )  # fmt: skip


def test_rows_of_a_listing_do_not_wrap() -> None:
    rows = [
        _line(1, "3f9a2c1 Add retry budget to the client and log each retry", 20),
        _line(2, "9be41d0 initial import of the client code from the old repo", 42),
        _line(3, "Subject: the quarterly review of the warden team roster", 64),
        _line(4, "notes for the quarterly review of the warden team roster", 86),
    ]
    assert sentence_lines(rows) == {}
