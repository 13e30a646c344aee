"""Which commit a person made ("which commit did Priya author?"): the log rows whose author is
the person, newest first, in a one-line format or in git's default one (the message under the
Author: and Date: rows); someone else's commits never answer."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.framekit import text_frame, utc_app

HOUR = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
ONE_LINE = [
    (0, 10, 40, "* 3f2a9c1 24 Nov 08:40 Round tide heights down <Priya Natarajan> (HEAD -> main)"),
    (0, 10, 62, "* 9be04d7 23 Nov 17:02 Add crew seat limit <Owen Hart>"),
    (0, 10, 84, "* 51c7e2a 22 Nov 11:15 Cache the tide feed <Priya Natarajan>"),
]
DEFAULT = [
    (0, 10, 40, "commit 7d1e0b94c2a51f3e8d6b0a9c4e2f1d3b5a7c9e01"),
    (0, 10, 62, "Author: Priya Natarajan <priya@example.org>"),
    (0, 10, 84, "Date:   Tue Nov 24 08:40:12 2026 +0000"),
    (0, 40, 128, "Retry the export twice before failing"),
    (0, 10, 150, "commit 2c9a7f0e1b3d5c7e9a0b2d4f6e8c1a3b5d7f9e02"),
    (0, 10, 172, "Author: Owen Hart <owen@example.org>"),
    (0, 10, 194, "Date:   Mon Nov 23 17:02:40 2026 +0000"),
    (0, 40, 238, "Add crew seat limit"),
]


def _ask(tmp_path: Path, rows: list, question: str):  # type: ignore[no-untyped-def]
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("dev@box: ~/src/app", (0, 0, 1280, 800))], rows, hour=HOUR, bg="#fff")
        )
        return app.ask(question, now=NOW)


def test_commits_of_a_person_in_a_one_line_log(tmp_path: Path) -> None:
    ans = _ask(tmp_path, ONE_LINE, "which commit did Priya Natarajan author?")
    assert ans.state == "ok" and ans.answer.index("Round tide") < ans.answer.index("Cache"), (
        ans.answer
    )
    assert "crew seat" not in ans.answer


def test_a_commit_in_git_s_default_format(tmp_path: Path) -> None:
    ans = _ask(tmp_path, DEFAULT, "what did Priya commit?")
    assert ans.state == "ok" and "Retry the export" in ans.answer, ans.answer
    assert "crew seat" not in ans.answer
