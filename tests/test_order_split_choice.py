"""'Did I cat the notes before I printed the agenda or after?': the before/after choice split
around the second thing is the same order question, and 'the agenda' named by its kind is
the first moment calendar events were shown. Laid-out lines, no OCR."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.api import Autocapture
from tests.framekit import ask_cited, text_frame, utc_app

HOUR = datetime(2026, 11, 25, 9, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
TERM = [("me@box: ~", (0, 0, 800, 400))]


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Autocapture]:
    with utc_app(tmp_path) as a:
        agenda = [
            (0, 10, 20, "me@box:~$ calcurse -r3"),
            (0, 10, 40, "Thursday 26 November:"),
            (0, 20, 60, "14:00 - 15:30 Safety refresher"),
        ]
        notes = [
            (0, 10, 20, "me@box:~/notes$ cat planning-notes.txt"),
            (0, 10, 40, "planning notes (Mon 23/11)"),
        ]
        a.store.write_frame(text_frame(3, TERM, agenda, hour=HOUR, bg="#101010"))
        a.store.write_frame(text_frame(7, TERM, notes, hour=HOUR, bg="#101010"))
        yield a


def test_a_split_choice_is_an_order_question(app: Autocapture) -> None:
    got = ask_cited(
        app, "did i cat the notes file before i printed the agenda or after", NOW,
        value_cited=False,
    )  # fmt: skip
    assert got.state == "ok" and got.answer.startswith("After"), got.answer


def test_the_joined_choice_still_answers(app: Autocapture) -> None:
    got = ask_cited(
        app, "did i print the agenda before or after i ran cat on the notes", NOW,
        value_cited=False,
    )  # fmt: skip
    assert got.state == "ok" and got.answer.startswith("Before"), got.answer


def test_a_thing_named_by_its_kind_is_found_by_what_it_holds(tmp_path: Path) -> None:
    """'The phone list' is the table with a phone column; 'filling the fault report' the
    form titled so."""
    with utc_app(tmp_path) as a:
        staff = [
            (0, 10, 20, "me@box:~/staff$ column -s, -t staff.csv"),
            (0, 10, 40, "name          phone"),
            (0, 10, 60, "Baraka Mwangi +254 700 111 222"),
        ]
        form = [(0, 10, 20, "Turbine fault report"), (0, 10, 40, "Turbine: WTG-17")]
        a.store.write_frame(text_frame(3, TERM, staff, hour=HOUR, bg="#101010"))
        a.store.write_frame(text_frame(8, TERM, form, hour=HOUR, bg="#f0f0f0"))
        q = "did i look at the phone list before or after filling the fault report"
        got = ask_cited(a, q, NOW, value_cited=False)
        assert got.state == "ok" and got.answer.startswith("Before"), got.answer
        never = ask_cited(a, "did i look at the price list before or after the fault report", NOW,
                          value_cited=False)  # fmt: skip
        assert never.state == "indeterminate", never.answer


def test_an_agenda_printout_is_the_one_printed_in_a_shell(tmp_path: Path) -> None:
    """'The agenda printout' is the agenda a command printed at a prompt, not the calendar
    program's own view shown earlier; 'the old notes file' is the file cat showed ('old' is
    how the asker tells it apart). Without 'printout' the agenda is its first sight."""
    cal = [("calendar", (0, 0, 800, 400))]
    with utc_app(tmp_path) as a:
        view = [(0, 10, 40, "Thursday 26 November:"), (0, 20, 60, "14:00 - 15:30 Safety refresher")]
        notes = [
            (0, 10, 20, "me@box:~/notes$ cat planning-notes.txt"),
            (0, 10, 40, "planning notes (Mon 23/11)"),
        ]
        printed = [
            (0, 10, 20, "me@box:~$ calcurse -r3"),
            (0, 10, 40, "Thursday 26 November:"),
            (0, 20, 60, "14:00 - 15:30 Safety refresher"),
        ]
        a.store.write_frame(text_frame(1, cal, view, hour=HOUR, bg="#101010"))
        a.store.write_frame(text_frame(2, TERM, notes, hour=HOUR, bg="#101010"))
        a.store.write_frame(text_frame(3, TERM, printed, hour=HOUR, bg="#101010"))
        q = "did i look at the old notes file before the agenda printout or after"
        got = ask_cited(a, q, NOW, value_cited=False)
        assert got.question_class == "timeline", got.question_class
        assert got.state == "ok" and got.answer.startswith("Before"), got.answer
        q = "did i look at the notes file before or after the agenda"
        got = ask_cited(a, q, NOW, value_cited=False)
        assert got.state == "ok" and got.answer.startswith("After"), got.answer
