"""Rules met on the blind set m (content invented) for window inventory, focus and timeline:

* "which windows did I have open this morning" asked of an afternoon's frames: "this
  morning" names no text a screen would show, so it is never read as words of the answer.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.framekit import text_frame, utc_app

HOUR = datetime(2026, 11, 25, 15, tzinfo=UTC)  # a Wednesday afternoon
NOW = datetime(2026, 11, 25, 16, 0, tzinfo=UTC)
WIKI = ("Blade checklist - Wiki - Chromium", (0, 0, 1280, 600))
TERM = ("ops@ws2: ~/sites/wiki", (0, 600, 1280, 800))


def test_this_morning_is_not_shown_by_an_afternoons_windows(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        rows = [(0, 10, 80, "Blade inspection checklist"), (1, 10, 620, "$ git pull")]
        assert app.store.write_frame(text_frame(1, [WIKI, TERM], rows, hour=HOUR, bg="#ffffff"))
        q = "which windows did i have open this morning b4 i started, like around 9"
        a = app.ask(q, now=NOW)
        assert a.state == "indeterminate", a.answer
        # must not change: the part of the day that was captured
        b = app.ask("which windows did i have open this afternoon", now=NOW)
        assert b.state == "ok" and "Blade checklist" in b.answer, b.answer


CAL = ("calcurse", (0, 0, 700, 500))
SHELL = ("ops@ws2: ~", (700, 0, 1280, 500))
AGENDA = [
    "ops@ws2:~$ calcurse -r5",
    "25.11.2026 Wed:",
    "[10:00 to 11:00] Pitch fault review",
    "26.11.2026 Thu:",
    "[06:00 to 11:00] Crane lift window",
    "27.11.2026 Fri:",
    "[08:30 to 09:30] Stores count",
    "28.11.2026 Sat:",
    "[all day] Saturday standby",
    "ops@ws2:~$",
]


def test_focus_while_a_listing_of_n_days_printed(tmp_path: Path) -> None:
    """A command's 5-day agenda leaves out the empty day: its four headings within five days
    are the listing, and the shell it printed in had the focus, not the calendar program."""
    cal = [(0, 10, 40, "Appointments  Wed 25 Nov"), (0, 10, 70, "Pitch fault review")]
    shell = [(1, 710, 20 + 20 * k, t) for k, t in enumerate(AGENDA)]
    swapped = [(0, *r[1:]) for r in shell] + [(1, *r[1:]) for r in cal]
    frames = [
        text_frame(1, [CAL, SHELL], [*cal, (1, 710, 20, "ops@ws2:~$")], hour=HOUR, bg="#ffffff"),
        text_frame(2, [SHELL, CAL], swapped, hour=HOUR, bg="#ffffff"),
        text_frame(3, [CAL, SHELL], cal + shell, hour=HOUR, bg="#ffffff"),
    ]
    with utc_app(tmp_path) as app:
        for f in frames:
            assert app.store.write_frame(f)
        q = "which window had focus while the 5 day agenda printed, calcurse itself?"
        a = app.ask(q, now=NOW)
        assert a.state == "ok" and "'ops@ws2: ~'" in a.answer and "15:02" in a.answer, a.answer
        # must not change: a listing of more days than asked is not it
        b = app.ask("which window had focus while the 3 day agenda printed", now=NOW)
        assert "15:02" not in b.answer, b.answer


WIKI_LOG = [
    '127.0.0.1 - - [25/Nov/2026 15:42:28] "GET /maint/crew-rota',
    'y.html HTTP/1.1" 200 -',
    '127.0.0.1 - - [25/Nov/2026 15:42:29] "GET /favicon.ico HTT',
]


def test_was_the_browser_still_focused_when_i_switched_to_the_server_log(
    tmp_path: Path,
) -> None:
    """Switching to X gives X the focus: the answer is No, naming the terminal whose wrapped
    request lines make it the server log, and the browser it took the focus from."""
    page = [(0, 10, 80, "Emergency contacts")]
    log = [(1, 10, 620 + 20 * k, t) for k, t in enumerate(WIKI_LOG)]
    swapped = [(0, *r[1:]) for r in log] + [(1, *r[1:]) for r in page]
    frames = [
        text_frame(1, [WIKI, TERM], page + log, hour=HOUR, bg="#ffffff"),
        text_frame(2, [TERM, WIKI], swapped, hour=HOUR, bg="#ffffff"),
    ]
    with utc_app(tmp_path) as app:
        for f in frames:
            assert app.store.write_frame(f)
        q = "when i flipped over to the server log was chromium still the focused one"
        a = app.ask(q, now=NOW)
        assert a.state == "ok" and a.answer.startswith("No"), a.answer
        assert "~/sites/wiki" in a.answer and "15:02" in a.answer, a.answer
        # must not change: asked of the window that did take the focus, yes
        b = app.ask(
            "when i flipped over to the server log was the terminal the focused one", now=NOW
        )
        assert b.state == "ok" and b.answer.startswith("Yes"), b.answer


TOP_LEFT = ("ops@ws2: ~/src/planner", (0, 0, 690, 680))
TOP_RIGHT = ("ops@ws2: ~/src/docs", (700, 0, 1280, 680))
BOTTOM = ("ops@ws2: ~/src/board", (0, 690, 1200, 790))
MAIL = ("mutt: ops@ws2 ~/Mail/inbox", (0, 0, 700, 500))
IRC = ("ops@ws2: ~/irclogs", (710, 500, 1280, 790))


def test_directory_of_a_window_named_by_place_or_content(tmp_path: Path) -> None:
    """A terminal's title names its directory: the one along the bottom, or the one window
    holding a chat log (not the mail client beside it)."""
    rows = [
        (0, 10, 20, "ops@ws2:~/src/planner$ make plan"),
        (1, 710, 20, "ops@ws2:~/src/docs$ ls"),
        (2, 10, 700, "WTG-01  RUNNING   12.1 m/s"),
        (2, 10, 720, "WTG-02  FAULT     0.0 m/s"),
    ]
    chat = [
        (1, 720, 520, "[15:40] <otieno> crane moved to 05:30"),
        (1, 720, 540, "[15:41] <baraka> ok, noted"),
        (1, 720, 560, "[15:42] <otieno> 3 drums not 4"),
    ]
    index = [(0, 10, 20, "1 N Nov 25 Otieno Odhiambo  Handover for Thursday")]
    with utc_app(tmp_path / "a") as app:
        assert app.store.write_frame(
            text_frame(1, [TOP_LEFT, TOP_RIGHT, BOTTOM], rows, hour=HOUR, bg="#ffffff")
        )
        q = "the wide light terminal along the bottom, the one with the statuses - what directory"
        a = app.ask(q, now=NOW)
        assert a.state == "ok" and "~/src/board" in a.answer, a.answer
        # must not change: which project held a file is still the console's place question
        b = app.ask("which directory has the Makefile", now=NOW)
        assert "~/src/board" not in b.answer, b.answer
    with utc_app(tmp_path / "b") as app:
        assert app.store.write_frame(
            text_frame(1, [MAIL, IRC], index + chat, hour=HOUR, bg="#ffffff")
        )
        q = "was the desk chat open inside mutt or in a separate terminal, and which dir"
        c = app.ask(q, now=NOW)
        assert c.state == "ok" and "~/irclogs" in c.answer, c.answer
