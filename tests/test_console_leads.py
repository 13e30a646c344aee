"""Console colour questions met on the blind paraphrases of set e: a lead naming the run before
the ask ("the tide make check - which tests came up red"), every outcome shown in the asked
colour (pytest prints both XFAIL and XPASS in yellow), and a file a question names ("the
warning in berth.c") that is not the end of a longer file name on screen ("test_berth.c").

Frames are synthetic (``tests.test_console_tokens.console_frame``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from autocapture.answer.console_commands import RAN_BY, asked_command
from autocapture.answer.console_question import LISTING
from autocapture.answer.console_runners import command_said
from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.promptops.normalize import normalize
from autocapture.text import Bag, compound_match
from tests.test_console_boards import cell, frame, runs
from tests.test_console_tokens import NOW, console_frame, row, term

# -- pure parts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "listing"),
    [
        ("which tests were red?", True),
        ("tide make check - which tests came up red", True),
        ("sailings pytest, which tests got flagged in yellow", True),
        # unchanged: a colour asked of one text, and no ask after the lead
        ("what colour was the FAILED marker?", False),
        ("tide make check - what colour was FAILED", False),
        ("the red-team tests were slow", False),
    ],
)
def test_a_listing_ask_after_a_lead(question: str, listing: bool) -> None:
    assert bool(LISTING.search(question.lower())) is listing


@pytest.mark.parametrize(
    ("key", "raw", "found"),
    [
        ("berth.c", "test_berth.c:1:", False),  # another file whose name ends the same
        ("berth.c", "old-berth.c", False),
        ("berth.c", "src/berth.c:12:3:", True),  # the file under a directory
        ("berth.c", "berth.c:12:3:", True),
        ("example.com", "www.example.com", True),  # a site's host keeps its subdomain
        # unchanged: parts of compound names that are no file names
        ("refund", "test_refund_rounding", True),
        ("contacts", "contacts.csv", True),
        ("error", "AssertionError", True),
    ],
)
def test_a_file_name_is_matched_whole(key: str, raw: str, found: bool) -> None:
    assert compound_match(key, raw) is found


def test_a_bag_does_not_find_a_file_inside_a_longer_name() -> None:
    assert not Bag.of("In file included from test_berth.c:1:").has("berth.c")
    assert Bag.of("cc -Wall -o berth src/berth.c").has("berth.c")


# -- over a store --------------------------------------------------------------------------------

GTEST = [
    row("ana@box:~/src/tide$ make check"),
    row("In file included from test_tide.c:1:"),
    # gcc colours the option, not its brackets: one OCR word of two colours
    row("harness.h:14:20: ", ("warning:", "magenta"), " 'Y' defined but not used [",
        ("-Wunused-function", "magenta"), "]"),
    row(("  RUN  ", "green"), " Tide.UnderKeel"),
    row(("  OK  ", "green"), " Tide.UnderKeel (0 ms)"),
    row(("  RUN  ", "green"), " Tide.SeatsNotSold"),
    row(("  FAILED  ", "red"), " Tide.SeatsNotSold (0 ms)"),
    row(("  RUN  ", "green"), " Tide.PastMidnight"),
    row(("  FAILED  ", "red"), " Tide.PastMidnight (0 ms)"),
    row(("  SKIPPED  ", "green"), " Tide.LivePrices (0 ms)"),
    row("make: *** [Makefile:5: check] Error 1"),
]  # fmt: skip
PYTEST = [
    row("ana@box:~/src/sailings$ pytest -rxXfE"),
    row(("=== short test summary info ===", "cyan")),
    row(("XFAIL", "yellow"), " tests/test_s.py::test_boxing_day - holidays not loaded"),
    row(("XPASS", "yellow"), " tests/test_s.py::test_march_is_winter - old bug"),
    row(("ERROR", "red"), " tests/test_g.py::test_feed_routes - FileNotFoundError"),
    row(("FAILED", "red"), " tests/test_s.py::test_parse_seconds - ValueError"),
]  # fmt: skip

BUILD = [
    row("cc -Wall -o t/holds.t t/holds.c"),
    row("prove -v t/"),
    row("t/holds.t .."),
    row(("not ok 3 - rear hold limit", "red")),
    row("Result: FAIL"),
    row("make: *** [Makefile:11: lint] Error 1"),
    row("ana@box:~/src/build$"),
]

SCRIPTS = [
    row("ana@box:~/src/ops$ ls -lF"),
    row("-rwxr-xr-x 1 ana ana 119 Nov 24 09:00 ", ("deploy.sh", "green"), "*"),
    row("-rwxr-xr-x 1 ana ana 219 Nov 24 09:00 ", ("check.sh", "green"), "*"),
    row("ana@box:~/src/ops$ ./check.sh"),
    row(("FAIL: disk nearly full", "red")),
    row("ana@box:~/src/ops$"),
]


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    cfg = load_config(tmp_path_factory.mktemp("console_leads") / "data")
    cfg.timezone = "UTC"
    a = Autocapture(config=cfg)
    tide = term("ana@box: ~/src/tide", (0, 0, 1280, 300), GTEST)
    sailings = term("ana@box: ~/src/sailings", (0, 320, 1280, 560), PYTEST)
    frame = console_frame(0, [tide, sailings])
    assert a.store.write_frame(frame)
    # A minute later another terminal shows a build whose prompt line scrolled away.
    build = term("ana@box: ~/src/build", (0, 0, 1280, 300), BUILD)
    scripts = term("ana@box: ~/src/ops", (0, 320, 1280, 560), SCRIPTS)
    assert a.store.write_frame(console_frame(1, [build, scripts]))
    yield a
    a.close()


def test_tests_in_red_after_a_lead(desk: Autocapture) -> None:
    ans = desk.ask("tide make check - which tests came up red", now=NOW)
    assert ans.state == "ok", ans.answer
    assert "SeatsNotSold" in ans.answer and "PastMidnight" in ans.answer
    assert "UnderKeel" not in ans.answer and "LivePrices" not in ans.answer


def test_every_outcome_in_the_colour(desk: Autocapture) -> None:
    ans = desk.ask("sailings pytest, which tests got flagged in yellow rather than red", now=NOW)
    assert ans.state == "ok", ans.answer
    assert "test_boxing_day" in ans.answer and "test_march_is_winter" in ans.answer
    assert "test_parse_seconds" not in ans.answer and "test_feed_routes" not in ans.answer


def test_red_outcomes_of_two_kinds(desk: Autocapture) -> None:
    ans = desk.ask("in the sailings pytest, which tests were red?", now=NOW)
    assert ans.state == "ok", ans.answer
    assert "test_parse_seconds" in ans.answer and "test_feed_routes" in ans.answer
    assert "test_boxing_day" not in ans.answer


def test_a_warning_in_a_file_never_shown(desk: Autocapture) -> None:
    """Only harness.h's warning is on screen (tide.c's scrolled away): no answer."""
    q = "what did gcc moan about in tide.c itself, the magenta warning in that file"
    ans = desk.ask(q, now=NOW)
    assert ans.state == "indeterminate", ans.answer


def test_the_warning_in_the_file_shown(desk: Autocapture) -> None:
    ans = desk.ask("which magenta warning did gcc print for harness.h?", now=NOW)
    assert ans.state == "ok", ans.answer
    assert "Wunused-function" in ans.answer or "warning" in ans.answer


# -- a command named by its output ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("make: *** [Makefile:11: check] Error 1", ("make", "check")),
        ("make: *** [check] Error 2", ("make", "check")),
        ("make[1]: *** [Makefile:5: all] Error 1", ("make", "all")),
        ("make: Nothing to be done for 'all'.", ("make", "all")),
        ("make: 'app' is up to date.", ("make", "app")),
        # no target named
        ("make: ***", None),
        ("gcc: error: x.c: No such file", None),
        ("Error: 1 test failed", None),
    ],
)
def test_a_build_tools_message_names_its_target(text: str, said: tuple | None) -> None:
    assert command_said(text) == said


@pytest.mark.parametrize(
    ("question", "normal"),
    [
        # a thing put right, then the ask said again about it
        ("what time did the git log - no wait, the make check - what time did that run",
         "what time did the make check run"),
        ("which tab had the roster - no, the incident log open",
         "which tab had the incident log open"),
        # unchanged: no slip put right
        ("what time did the make check run", "what time did the make check run"),
        ("when did I run the tests - the slow ones?", "when did I run the tests - the slow ones?"),
    ],
)  # fmt: skip
def test_a_thing_put_right_and_asked_again(question: str, normal: str) -> None:
    assert normalize(question) == normal


@pytest.mark.parametrize(
    ("question", "words", "place"),
    [
        ("what time did the make check run", ["make", "check"], []),
        ("when did my make check run in tide?", ["make", "check"], ["tide"]),
        ("what time did the run start", None, None),
    ],
)
def test_the_command_as_subject_of_its_run(
    question: str, words: list[str] | None, place: list[str] | None
) -> None:
    asked = asked_command(question, RAN_BY)
    assert (asked.words if asked else None) == words
    assert (asked.place if asked else None) == place


def test_a_run_named_by_its_output_when_its_prompt_scrolled_away(desk: Autocapture) -> None:
    """The tide terminal's prompt line shows `make check`; the build terminal's scrolled away
    and only make's closing message names the target."""
    ans = desk.ask("what time did I run make lint?", now=NOW)
    assert ans.state == "ok", ans.answer
    assert "09:01" in ans.answer and "make: ***" in ans.answer
    again = desk.ask(
        "what time did the git log - no wait, the make lint - when did that run", now=NOW
    )
    assert again.state == "ok" and "09:01" in again.answer, again.answer


def test_a_typed_command_keeps_its_prompt_line(desk: Autocapture) -> None:
    ans = desk.ask("what time did I run make check?", now=NOW)
    assert ans.state == "ok", ans.answer
    assert "09:00" in ans.answer and "ana@box:~/src/tide$ make check" in ans.answer


def test_the_program_alone_names_no_run(desk: Autocapture) -> None:
    ans = desk.ask("what time did I run make install?", now=NOW)
    assert "09:01" not in ans.answer, ans.answer


def test_a_script_only_listed_printed_nothing(desk: Autocapture) -> None:
    """deploy.sh is in the listing but no prompt line runs it: what it printed is unknown."""
    ans = desk.ask("what did deploy.sh print in red when i ran it", now=NOW)
    assert ans.state == "indeterminate", ans.answer
    assert ans.indeterminate_reason == "command_not_run"


def test_a_script_that_ran_is_answered(desk: Autocapture) -> None:
    ans = desk.ask("what did check.sh print in red?", now=NOW)
    assert ans.state == "ok", ans.answer
    assert "disk nearly full" in ans.answer


def test_a_coloured_line_is_no_command(desk: Autocapture) -> None:
    ans = desk.ask("what did the red line say in the ops terminal?", now=NOW)
    assert ans.state == "ok", ans.answer
    assert "disk nearly full" in ans.answer


# -- a board named by where the question ends ---------------------------------------------------

STANDS = [
    [cell(0, "FLIGHT", "ink"), cell(10, "TYPE", "ink"), cell(20, "STATUS", "ink"),
     cell(32, "NOTE", "ink")],
    [cell(0, "FY 213", "ink"), cell(10, "A320", "ink"), cell(20, "BOARDING", "blue"),
     cell(32, "gate 2", "ink")],
    [cell(0, "KV 418", "ink"), cell(10, "ATR72", "ink"), cell(20, "ON STAND", "green"),
     cell(32, "night stop", "ink")],
    [cell(0, "PW 702", "white", "red"), cell(10, "B737", "white", "red"),
     cell(20, "AOG", "white", "red"), cell(32, "hyd leak", "white", "red")],
    [cell(0, "FY 231", "ink"), cell(10, "A320", "ink"), cell(20, "DELAYED +15", "red"),
     cell(32, "late off CPT", "ink")],
    [cell(0, "FY 215", "ink"), cell(10, "A320", "ink"), cell(20, "ON TIME", "cyan"),
     cell(32, "crew change", "ink")],
]  # fmt: skip
# A red line elsewhere whose word is one letter off the board's name ("standard").
PROVE = [runs(("not ok 3 - child standard mass is 35 kg", "red"), fg="white")]


@pytest.fixture(scope="module")
def apron(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    cfg = load_config(tmp_path_factory.mktemp("console_apron") / "data")
    cfg.timezone = "UTC"
    a = Autocapture(config=cfg)
    wins = [
        ("ops@box: ~/src/loadctl", (0, 0, 760, 300), "black", PROVE),
        ("ops@box: ~/src/standboard", (0, 320, 760, 760), "paper", STANDS),
    ]
    assert a.store.write_frame(frame(1, wins))
    yield a
    a.close()


def test_the_row_highlighted_on_the_named_board(apron: Autocapture) -> None:
    ans = apron.ask("which flight was the row highlighted in red on the stand board", now=NOW)
    assert ans.state == "ok", ans.answer
    assert "PW 702" in ans.answer and "child standard" not in ans.answer


def test_a_red_line_named_by_its_words_is_unchanged(apron: Autocapture) -> None:
    ans = apron.ask("which test line was shown in red in the loadctl terminal?", now=NOW)
    assert ans.state == "ok", ans.answer
    assert "child standard mass" in ans.answer


def test_the_colour_of_a_listed_scripts_output_is_unknown(desk: Autocapture) -> None:
    """deploy.sh's name is green in the listing; its output's colour needs a run of it."""
    ans = desk.ask("what colour did deploy.sh print its output in", now=NOW)
    assert ans.state == "indeterminate", ans.answer
    assert (ans.indeterminate_reason or "").startswith("command_not_run"), ans
    ran = desk.ask("what colour did check.sh print its output in", now=NOW)
    assert not (ran.indeterminate_reason or "").startswith("command_not_run"), ran
    listed = desk.ask("what colour was deploy.sh", now=NOW)
    assert listed.state == "ok" and "green" in listed.answer, listed.answer
