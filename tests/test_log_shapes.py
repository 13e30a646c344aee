"""A terminal named by the kind of log it shows ("the terminal with the server log"): a web
server's access log is request lines, which never say "server". Met in the blind paraphrase
suites; content here is invented."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.answer.log_shapes import server_log_named
from tests.framekit import Row, text_frame, utc_app

REQUEST = '127.0.0.1 - - [25/Nov/2026 15:21:17] "GET /rota.html HTTP/1.1" 200 -'


def test_a_server_log_is_known_by_its_request_lines() -> None:
    q = "which tab before i went to the terminal with the server log"
    assert server_log_named(q, ["server"], REQUEST)
    # must not change: other words, another log, or no request lines
    assert not server_log_named(q, ["server", "deploy"], REQUEST)
    assert not server_log_named("the build log terminal", ["build"], REQUEST)
    assert not server_log_named(q, ["server"], "$ ls -la\ntotal 12")


def test_the_tab_before_the_terminal_with_the_server_log(tmp_path: Path) -> None:
    rota = ("Staff rota - Chromium", (0, 0, 1280, 700))
    leave = ("Leave requests - Chromium", (0, 0, 1280, 700))
    site = ("me@desk: ~/site", (0, 0, 1280, 700))
    notes = ("me@desk: ~/notes", (0, 0, 1280, 700))
    shots = [
        (20, [rota, site, notes], "Staff rota"),
        (22, [site, rota, notes], REQUEST),
        (25, [leave, site, notes], "Leave requests"),
        (27, [notes, leave, site], "$ ls -la"),
    ]
    with utc_app(tmp_path) as app:
        hour = datetime(2026, 11, 25, 15, tzinfo=UTC)
        for minute, wins, line in shots:
            rows: list[Row] = [(0, 10, 40, line)]
            app.store.write_frame(text_frame(minute, wins, rows, hour=hour, bg="#000000"))
        q = "which tab was i on just before i flipped over to the terminal with the server log"
        ans = app.ask(q, now=datetime(2026, 11, 25, 15, 40, tzinfo=UTC))
        assert ans.state == "ok" and "Staff rota" in ans.answer, ans.answer
