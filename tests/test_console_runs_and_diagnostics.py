"""Terminal questions met on the blind set k (content invented): a C test runner's bracketed
marks (Criterion's "[FAIL] suite::name: CRASH!"), a run started with "clear; make test" (its
prompt line cleared away), "which test crashed", and a compiler diagnostic's message ("what
was the gcc warning about")."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from autocapture.answer.console_commands import TESTS_ASK
from autocapture.answer.console_diagnostics import DIAG_ASK, DIAG_LINE
from autocapture.answer.console_runners import TEST_OUTPUT, runner_in
from tests.framekit import Row, text_frame, utc_app

HOUR = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
TITLE = "aroha@courier-subs2: ~/src/subcheck"
RUN = [
    "gcc -std=c11 -Wall -O0 -g -Isrc -o test_subcheck tests/test_subcheck.c src/subcheck.c",
    "src/subcheck.c: In function 'number_style':",
    "src/subcheck.c:45:9: warning: unused variable 'figures_from' [-Wunused-variable]",
    "./test_subcheck --verbose -j1",
    "[----] Criterion v2.4.1",
    "[====] Running 2 tests from headline:",
    "[RUN ] headline::fits_one_column",
    "[PASS] headline::fits_one_column: (0.00s)",
    "[RUN ] headline::macron_counts_as_one",
    "[FAIL] headline::macron_counts_as_one: (0.00s)",
    "[RUN ] wordcount::null_copy_is_zero",
    "[FAIL] wordcount::null_copy_is_zero: CRASH!",
    "[====] Synthesis: Tested: 3 | Passing: 1 | Failing: 2 | Crashing: 1",
    "make: *** [Makefile:5: test] Error 1",
]
LS = ["aroha@courier-subs2:~/src/subcheck$ ls -lF", "total 24", "-rw-r--r-- 1 aroha 295 Makefile"]


def _rows(lines: list[str]) -> list[Row]:
    return [(0, 10, 30 + 20 * i, t) for i, t in enumerate(lines)]


def _desk(app) -> None:  # type: ignore[no-untyped-def]
    win = [(TITLE, (0, 0, 1280, 600))]
    app.store.write_frame(text_frame(1, win, _rows(LS), hour=HOUR, bg="#ffffff"))
    app.store.write_frame(text_frame(3, win, _rows(RUN), hour=HOUR, bg="#ffffff"))


@pytest.mark.parametrize(
    "line",
    ["[PASS] headline::fits_one_column: (0.00s)", "[  FAILED  ] Suite.Case (3 ms)",
     "[====] Running 2 tests from headline:"],
)  # fmt: skip
def test_bracketed_runner_marks_are_test_output(line: str) -> None:
    assert TEST_OUTPUT.search(line)


def test_criterion_is_named_by_its_output() -> None:
    assert runner_in(RUN) == "criterion"


def test_diagnostic_lines_and_asks() -> None:
    d = DIAG_LINE.search(RUN[2])
    assert d and d["kind"] == "warning" and d["msg"] == "unused variable 'figures_from'"
    assert DIAG_ASK.search("what was the gcc warning about?")
    assert not DIAG_ASK.search("what was the magenta gcc warning")  # a colour: asked by look
    assert TESTS_ASK.search("when did i run make test in subcheck?")


def test_a_cleared_run_is_known_by_its_output(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        _desk(app)
        ans = app.ask("when did I run make test in subcheck?", now=NOW)
        assert ans.state == "ok" and "06:03" in ans.answer, ans.answer
        assert "Running 2 tests" in ans.answer


def test_which_test_crashed(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        _desk(app)
        ans = app.ask("which test crashed?", now=NOW)
        assert ans.state == "ok" and "null_copy_is_zero" in ans.answer, ans.answer
        assert "macron" not in ans.answer  # failed, but did not crash


def test_what_a_compiler_warning_was_about(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        _desk(app)
        ans = app.ask("what was the gcc warning about?", now=NOW)
        assert ans.state == "ok" and "unused variable 'figures_from'" in ans.answer, ans.answer
        other = app.ask("what did gcc warn about in berth.c?", now=NOW)
        assert other.state == "indeterminate", other.answer
