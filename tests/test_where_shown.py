"""Where and when something was shown, asked the way people ask: "which window had Marcio's
mobile" (the number in another cell of his row), "which tab had the guard's phone" (the tab
whose page showed it, not the active tab), "what tab was I on at 19:35" (a minute in which
the focus moved: each window in turn), "the fleet board" (a window titled ``fleetboard``)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.answer.compounds import join_compounds
from tests.framekit import refocus, text_frame, utc_app

HOUR = datetime(2026, 11, 24, 19, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 24, 21, 0, tzinfo=UTC)


def test_a_phone_in_another_cell_of_the_named_row(tmp_path: Path) -> None:
    people = [
        (0, 10, 40, "NAME"),
        (0, 300, 40, "TRUCK"),
        (0, 500, 40, "MOBILE"),
        (0, 10, 70, "Marcos Tavares"),
        (0, 300, 70, "RS-11"),
        (0, 500, 70, "(11) 95555-0170"),
        (0, 10, 100, "Marcio Tavares"),
        (0, 300, 100, "RS-12"),
        (0, 500, 100, "(11) 95555-0171"),
        (1, 700, 40, "Marcio Tavares called about the RS-12 load"),
    ]
    wins = [("drivers list", (0, 0, 680, 800)), ("dispatch notes", (680, 0, 1280, 800))]
    with utc_app(tmp_path) as app:
        app.store.write_frame(text_frame(1, wins, people, hour=HOUR, bg="#ffffff"))
        ans = app.ask("which window had Marcio Tavares' mobile number in it?", now=NOW)
        assert ans.state == "ok" and "drivers list" in ans.answer, ans.answer
        assert "dispatch notes" not in ans.answer


def test_which_tab_had_something_is_where_it_was_shown(tmp_path: Path) -> None:
    gate = [(0, 10, 120, "Night guard phone: (11) 4555-0190. Alarm code AZ-7713.")]
    sop = [(0, 10, 120, "Cold chain SOP: check the probe before loading.")]
    with utc_app(tmp_path) as app:
        for n, (title, rows) in enumerate(
            [("Night gate log - Chromium", gate), ("Cold chain SOP - Chromium", sop)], start=1
        ):
            frame = text_frame(n, [(title, (0, 0, 1280, 800))], rows, hour=HOUR, bg="#ffffff")
            app.store.write_frame(frame)
        ans = app.ask("which tab had the night guard's phone number?", now=NOW)
        assert ans.state == "ok" and "Night gate log" in ans.answer, ans.answer
        assert "classify:cross_window" in ans.trace["strategy"]
        active = app.ask("which tab had the focus at the end?", now=NOW)
        assert "classify:cross_window" not in active.trace["strategy"]


def test_a_minute_in_which_the_focus_moved(tmp_path: Path) -> None:
    titles = ["Drivers - Chromium", "Gate log - Chromium", "Fuel cards - Chromium"]
    base = text_frame(1, [(t, (0, 0, 1280, 800)) for t in titles], [], hour=HOUR, bg="#fff")
    with utc_app(tmp_path) as app:
        # focus on each window in turn: 19:34:43, 19:35:06, 19:35:29
        for i, (minute, second) in enumerate([(34, 43), (35, 6), (35, 29)]):
            hour = HOUR.replace(second=second)
            rows = [(i, 10, 100, f"page {i}")]
            frame = text_frame(
                minute, [(t, (0, 0, 1280, 800)) for t in titles], rows, hour=hour, bg="#fff"
            )
            frame.windows = [refocus(w, j == i, (j - i) % 3) for j, w in enumerate(base.windows)]
            app.store.write_frame(frame)
        ans = app.ask("what tab was I on at 19:35?", now=NOW)
        assert ans.state == "ok", ans.answer
        said = ans.answer
        assert said.index("Drivers") < said.index("Gate log") < said.index("Fuel cards"), said
        tab = app.ask("which tab was active at 19:35?", now=NOW)
        assert tab.answer.index("Gate log") < tab.answer.index("Fuel cards"), tab.answer
        instant = app.ask("which window had focus at 19:35:10?", now=NOW)
        assert "Gate log" in instant.answer and "Fuel cards" not in instant.answer, instant.answer
        calm = app.ask("which window had focus at 19:36?", now=NOW)
        assert "Fuel cards" in calm.answer and "Gate log" not in calm.answer, calm.answer


def test_two_typed_words_meet_the_screen_s_one() -> None:
    seen = {"fleetboard", "worksheet"}
    ask = "when did the fleet board and the Work Sheet first show?"
    assert join_compounds(ask, seen.__contains__) == (
        "when did the fleetboard and the WorkSheet first show?"
    )
    both = {"fleetboard", "fleet board"}  # the screen also writes it apart: left as typed
    assert join_compounds("the fleet board", both.__contains__) == "the fleet board"
    assert join_compounds("did the set up work", {"setup"}.__contains__) == "did the set up work"


def test_a_window_named_in_two_words(tmp_path: Path) -> None:
    rows = [(0, 10, 100, "RS-14  DELAYED  Anchieta km 23")]
    with utc_app(tmp_path) as app:
        frame = text_frame(
            4, [("renata@desp2: ~/src/fleetboard", (0, 0, 1280, 800))], rows, hour=HOUR, bg="#000"
        )
        app.store.write_frame(frame)
        ans = app.ask("what time did the fleet board first come up?", now=NOW)
        assert ans.state == "ok" and "19:04" in ans.answer, ans.answer


def test_a_window_named_by_its_head_noun(tmp_path: Path) -> None:
    rows = [(0, 10, 100, "callboard 1.3  tech day 1")]
    with utc_app(tmp_path) as app:
        for n, title in ((2, "hana@pm: ~/src/cuetools"), (6, "hana@pm: ~/src/callboard")):
            frame = text_frame(
                n, [(title, (0, 0, 1280, 800))], rows if n == 6 else [], hour=HOUR, bg="#000"
            )
            app.store.write_frame(frame)
        ans = app.ask("when did the crew callboard first come up on screen?", now=NOW)
        assert ans.state == "ok" and "19:06" in ans.answer, ans.answer
        # a word that tells windows apart is never dropped: not the callboard's time
        other = app.ask("when did the crew cuetools window first come up?", now=NOW)
        assert "19:06" not in other.answer, other.answer


def test_was_that_in_one_window_or_the_other(tmp_path: Path) -> None:
    rows = [
        (0, 10, 100, "Thu 26  10:00 Confocal training, B-240"),
        (0, 10, 130, "Fri 27  Pneus Bandeirante visit"),
        (1, 700, 100, "confocal training with the rep: Wed 10:00, B-240 (may move)"),
        (1, 700, 130, "Pneus Bandeira (not Bandeirante?) want to visit Friday"),
    ]
    wins = [("calcurse", (0, 0, 680, 800)), ("ana@lab: ~/notes", (680, 0, 1280, 800))]
    with utc_app(tmp_path) as app:
        app.store.write_frame(text_frame(3, wins, rows, hour=HOUR, bg="#fff"))
        for q in (
            "the 'Wed 10:00, B-240' confocal thing - was that in calcurse or in my notes",
            "'Pneus Bandeira' - was that in the calendar or the whiteboard notes",
        ):
            ans = app.ask(q, now=NOW)
            assert ans.state == "ok" and "~/notes" in ans.answer, (q, ans.answer)
            assert "calcurse" not in ans.answer, ans.answer


def test_the_title_of_a_window_named_by_its_app(tmp_path: Path) -> None:
    wins = [
        ("mutt: ana@desk ~/Mail/inbox", (0, 0, 640, 800)),
        ("ana@desk: ~/chatlogs", (640, 0, 1280, 800)),
    ]
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, wins, [(0, 10, 40, "1 N Nov 24 Rui")], hour=HOUR, bg="#fff")
        )
        ans = app.ask("whats the exact title of the mutt window", now=NOW)
        assert ans.state == "ok" and "~/Mail/inbox" in ans.answer, ans.answer
        assert "chatlogs" not in ans.answer
        none = app.ask("what was the title of the spreadsheet window with the budget?", now=NOW)
        assert none.state == "indeterminate", none.answer


def test_a_word_seen_later_is_found_once_its_frame_is_stored(tmp_path: Path) -> None:
    from autocapture.retrieve import Retriever

    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("notes", (0, 0, 1280, 800))], [], hour=HOUR, bg="#fff")
        )
        r = Retriever(app.store.db)
        assert not r.occurs("fleetboard")
        later = text_frame(
            2, [("ana@box: ~/src/fleetboard", (0, 0, 1280, 800))], [], hour=HOUR, bg="#000"
        )
        app.store.write_frame(later)
        assert r.occurs("fleetboard")  # remembered only until a frame is added
