"""A terminal agenda printed with four-digit times ("* 0930-1015 Audit review", the shape of
``calcurse --format-apt '%(start:%H%M)-%(end:%H%M) %m'``) under "25.11.2026:" headings, and
a day named with its date ("friday the 27th"). Met on the blind set i; content invented."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from autocapture.timeparse import parse_time_intent
from tests.framekit import Row, text_frame, utc_app

HOUR = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 1, 30, tzinfo=UTC)  # a Wednesday


def _agenda() -> list[Row]:
    return [
        (0, 10, 20, "user@host:~$ calcurse -d 5"),
        (0, 10, 40, "25.11.2026:"),
        (0, 28, 60, "* (all day) Business date 24/11 closes"),
        (0, 28, 80, "* 0200-0300 Night audit - end of day run"),
        (0, 28, 100, "0530-0600 Breakfast list to the kitchen"),
        (0, 10, 130, "27.11.2026:"),
        (0, 28, 150, "* (all day) Congress group last night"),
        (0, 28, 170, "0900-0945 Revenue meeting"),
        (0, 28, 190, "0930-1015 Audit review with Duarte"),
    ]


def test_four_digit_agenda_rows_are_events(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("agenda", (0, 0, 900, 400))], _agenda(), hour=HOUR, bg="#ffffff")
        )
        ans = app.ask("when's the audit review with Duarte", now=NOW)
        assert ans.state == "ok", ans.answer
        assert "09:30" in ans.answer and "Friday 27 Nov" in ans.answer, ans.answer
        allday = app.ask("all day events on friday the 27th?", now=NOW)
        assert allday.state == "ok" and "Congress group last night" in allday.answer
        assert "(all day)" not in allday.answer and "Revenue" not in allday.answer


def test_a_year_span_alone_is_no_event(tmp_path: Path) -> None:
    rows: list[Row] = [
        (0, 10, 40, "25.11.2026:"),
        (0, 28, 60, "2025-2026 budget carried over"),
        (0, 28, 80, "see the finance notes"),
    ]
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("notes", (0, 0, 900, 400))], rows, hour=HOUR, bg="#ffffff")
        )
        nodes = app.store.db.execute(
            "SELECT text FROM ui_node WHERE kind = 'calendar_event'"
        ).fetchall()
        assert not any("budget" in r[0] for r in nodes), nodes


def test_a_weekday_with_its_date_names_that_day() -> None:
    intent = parse_time_intent("what's on friday the 27th", NOW, "UTC")
    assert intent.start is not None and intent.start.date() == date(2026, 11, 27)
    assert "27th" not in intent.remainder
    past = parse_time_intent("what did I do on monday the 23rd", NOW, "UTC")
    assert past.start is not None and past.start.date() == date(2026, 11, 23)


def test_an_agenda_of_titles_with_start_and_length(tmp_path: Path) -> None:
    # calcurse --format-apt '> %m [%S, %(duration:%-EM) min]' --format-event '> %m [all day]'
    rows: list[Row] = [
        (0, 10, 40, "Wednesday 25/11:"),
        (0, 20, 60, "> Stand 7 closed (resurfacing) [all day]"),
        (0, 20, 80, "Handover from night duty [04:00, 15 min]"),
        (0, 20, 100, "> Optometrist - York Street [14:00, 30 min]"),
        (0, 10, 130, "Saturday 28/11:"),
        (0, 20, 150, "> Day off [all day]"),
        (0, 10, 180, "Sunday 29/11:"),
        (0, 20, 200, "> Braai at Sipho's [12:30, 210 min]"),
    ]
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("agenda", (0, 0, 900, 400))], rows, hour=HOUR, bg="#ffffff")
        )
        events = {
            r[0]: r[1:]
            for r in app.store.db.execute(
                "SELECT json_extract(attrs, '$.title'), json_extract(attrs, '$.start'),"
                " json_extract(attrs, '$.end') FROM ui_node WHERE kind = 'calendar_event'"
            )
        }
        assert events["Handover from night duty"] == ("04:00", "04:15")
        assert events["Braai at Sipho's"] == ("12:30", "16:00")
        assert events["Day off"] == (None, None)
        ans = app.ask("any all-day events on saturday?", now=NOW)
        assert ans.state == "ok" and "Day off" in ans.answer, ans.answer
        assert "Stand 7" not in ans.answer


def test_a_weekday_beside_a_yearless_date() -> None:
    from autocapture.understand.dates import read_date

    assert read_date("Saturday 28/11:")["month_day"] == [11, 28]  # type: ignore[index]
    assert read_date("Mon 11/30")["month_day"] == [11, 30]  # type: ignore[index]
    assert read_date("Tue 3/4")["month_day"] is None  # type: ignore[index]  # which is which?
