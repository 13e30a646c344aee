"""Everyday wording over terminals: the colour of a name that is only part of an OCR word
("src/fetch.js" in grep's "src/fetch.js:1:export"), "which <place> tests failed?" without a
colour word, "which project has the test_x test?" (the directory of the terminal showing
it), and "who wrote the X commit?" answered only by text that names someone.

Frames are drawn as in ``test_console_tokens``: coloured runs in a monospace font, with word
spans coloured by most of their characters, so a part of a word has its colour only in the
pixels."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from autocapture.answer.classify import classify
from autocapture.answer.console_place import PLACE_ASK, place_targets
from autocapture.answer.person import ASKS_PERSON, names_person
from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.promptops.bundle import load_bundle
from autocapture.promptops.rules import parse_rules
from autocapture.promptops.service import DEFAULT_BUNDLE_DIR
from autocapture.text import VALUE_TYPES
from tests.test_console_tokens import ask, console_frame, row, term

WEB = [
    row("dev@box:~/src/web$ git log --oneline"),
    row(("3f9a2c1", "yellow"), " Add retry budget to the client"),
    row(("9be41d0", "yellow"), " Initial import"),
    row("dev@box:~/src/web$ grep -rn retry lib"),
    # One OCR word "lib/x.js:7:exportdefaultfunction", mostly white: the file part is magenta.
    row(
        ("lib/x.js", "magenta"),
        (":", "cyan"),
        ("7", "green"),
        (":", "cyan"),
        "exportdefaultfunction ",
        ("retry", "red"),
        "()",
    ),
    # One OCR word "[[OK]]", stored white (most of its characters): the word is yellow.
    row(("[[", "white"), ("OK", "yellow"), ("]]", "white"), " lint clean"),
    row("dev@box:~/src/web$"),
]
API = [
    row("dev@box:~/src/api$ pytest -v"),
    row("tests/test_auth.py::test_login ", ("PASSED", "green")),
    row("tests/test_auth.py::test_refresh ", ("FAILED", "red")),
    row("tests/test_rates.py::test_parse_header ", ("PASSED", "green")),
    row(("FAILED", "red"), " tests/test_auth.py::test_refresh - KeyError"),
    row(("1 failed", "red"), ", ", ("2 passed", "green"), " in 0.12s"),
    row("dev@box:~/src/api$"),
]


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    cfg = load_config(tmp_path_factory.mktemp("wording") / "data")
    cfg.timezone = "UTC"
    a = Autocapture(config=cfg)
    frame = console_frame(
        0, [term("dev@box: ~/src/web", (0, 0, 700, 200), WEB),
            term("dev@box: ~/src/api", (0, 320, 700, 520), API)],
    )  # fmt: skip
    assert a.store.write_frame(frame)
    yield a
    a.close()


def test_routing() -> None:
    rules = parse_rules(load_bundle(DEFAULT_BUNDLE_DIR).text("query.rules"), set(VALUE_TYPES))
    for q in (
        "which tidepool tests failed?",
        "which tests failed?",
        "what tests were skipped in the api run?",
        "which project has the test_parse_header test?",
        "which repo is fetch.js in?",
    ):
        assert classify(q, rules)[0] == "console_color", q
    assert classify("which folder was I in?", rules)[0] != "console_color"


def test_part_of_word_colour(desk: Autocapture) -> None:
    ans = ask(desk, "what colour was lib/x.js shown in the grep results?")
    assert ans.state == "ok" and "magenta" in ans.answer, ans.answer


def test_a_word_inside_brackets_of_another_colour(desk: Autocapture) -> None:
    ans = ask(desk, "what colour was OK shown in?")
    assert ans.state == "ok" and "yellow" in ans.answer, ans.answer


def test_failed_tests_of_a_named_terminal(desk: Autocapture) -> None:
    ans = ask(desk, "which api tests failed?")
    assert ans.state == "ok" and "test_refresh" in ans.answer, ans.answer
    assert "test_login" not in ans.answer
    # The web terminal ran no tests: nothing failed there.
    assert ask(desk, "which web tests failed?").state == "indeterminate"


def test_project_of_a_test(desk: Autocapture) -> None:
    assert PLACE_ASK.search("which project has the test_parse_header test?")
    assert place_targets("which project has the x test?", ["project", "x", "test"]) == []
    ans = ask(desk, "which project has the test_parse_header test?")
    assert ans.state == "ok" and "api" in ans.answer and "web" not in ans.answer, ans.answer
    assert any("~/src/api" in c.text for cl in ans.claims for c in cl.citations)


def test_who_needs_a_person(desk: Autocapture) -> None:
    ans = ask(desk, "who wrote the 'Add retry budget to the client' commit?")
    assert ans.state == "indeterminate", ans.answer


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("3f9a2c1 Add retry budget to the client", False),
        ("Author: ana.lind <ana@example.com>", True),
        ("omar (11:02): I'll take it", True),
        ("3f9a2c1 Add retry budget (Priya)", True),
        ("reviewed by @kenji", True),
    ],
)
def test_names_person(text: str, named: bool) -> None:
    assert names_person(text, "who wrote the 'Add retry budget to the client' commit?") is named


def test_asks_person() -> None:
    assert ASKS_PERSON.search("who said they'd take the review?")
    assert ASKS_PERSON.search("by whom was it signed?")
    assert not ASKS_PERSON.search("which window showed the who's who list?")
    assert not ASKS_PERSON.search("who is this player?")  # the page's subject: its heading


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("10:44 <dana> thanks kenji. lena, can you take the notes?", "who's taking the notes?"),
        ("JARRETT ALLEN", "who played for the team?"),
    ],
)
def test_names_person_in_chat_and_capitals(text: str, question: str) -> None:
    assert names_person(text, question)


# A terminal where the pytest prompt scrolled off (only its output is left), and one where
# git log is typed at 09:01 and still shown at 09:02 with a grep after it.
RUN = [
    row("platform linux -- Python 3.11.7, pytest-9.2.0"),
    row("collected 4 items"),
    row("tests/test_a.py::test_one ", ("PASSED", "green")),
    row("tests/test_a.py::test_two ", ("FAILED", "red")),
    row(("1 failed", "red"), ", ", ("3 passed", "green"), " in 0.05s"),
    row("dev@box:~/src/tides$"),
]
OTHER = [
    row("dev@box:~/src/harbour$ pytest"),
    row("collected 9 items"),
    row(("9 passed", "green"), " in 0.09s"),
    row("dev@box:~/src/harbour$"),
]
WEB_BEFORE = [
    row("dev@box:~/src/web$ git status"),
    row("nothing to commit"),
    row("dev@box:~/src/web$"),
]
WEB_LOG = [
    row("dev@box:~/src/web$ git log --oneline"),
    row(("3f9a2c1", "yellow"), " Add retry budget to the client"),
    row("dev@box:~/src/web$"),
]
WEB_LATER = [*WEB_LOG[:2], row("dev@box:~/src/web$ grep -rn retry lib"), row("lib/x.js:7:retry()")]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    cfg = load_config(tmp_path_factory.mktemp("runs") / "data")
    cfg.timezone = "UTC"
    a = Autocapture(config=cfg)
    tides = term("dev@box: ~/src/tides", (0, 0, 700, 200), RUN)
    harbour = term("dev@box: ~/src/harbour", (0, 560, 700, 700), OTHER)
    for n, web in enumerate((WEB_BEFORE, WEB_LOG, WEB_LATER)):
        frame = console_frame(
            n, [term("dev@box: ~/src/web", (0, 320, 700, 520), web), tides, harbour]
        )
        assert a.store.write_frame(frame)
    yield a
    a.close()


def test_command_routing() -> None:
    rules = parse_rules(load_bundle(DEFAULT_BUNDLE_DIR).text("query.rules"), set(VALUE_TYPES))
    for q in (
        "how many tests did pytest pick up in tides?",
        "how many tests were collected in the harbour run?",
        "what time did I run git log in web?",
        "when did I run grep?",
        "what did npm test print in web?",
        "what did the grep output?",
        "what did deploy.sh print when I ran it?",
    ):
        assert classify(q, rules)[0] == "console_color", q
    for q in ("what did Lena say about the release?", "when did I run into Bob?"):
        assert classify(q, rules)[0] != "console_color", q


def test_collected_count(runs: Autocapture) -> None:
    ans = ask(runs, "how many tests did pytest pick up in tides?")
    assert ans.state == "ok" and "collected 4" in ans.answer, ans.answer
    assert "9" not in ans.answer and "3 passed" not in ans.answer.split("(")[0]
    ans = ask(runs, "how many tests were run in harbour?")
    assert ans.state == "ok" and "collected 9" in ans.answer, ans.answer
    # An outcome count is still the outcome's.
    ans = ask(runs, "how many tests passed in tides?")
    assert ans.state == "ok" and "3 passed" in ans.answer, ans.answer


def test_when_a_command_ran(runs: Autocapture) -> None:
    ans = ask(runs, "what time did I run git log in web?")
    assert ans.state == "ok" and "09:01" in ans.answer, ans.answer
    assert any("git log" in c.text for cl in ans.claims for c in cl.citations)
    ans = ask(runs, "when did I run grep?")
    assert ans.state == "ok" and "09:02" in ans.answer, ans.answer


def test_what_a_command_printed(runs: Autocapture) -> None:
    ans = ask(runs, "what did git log print in web?")
    assert ans.state == "ok" and "Add retry budget" in ans.answer, ans.answer
    assert "nothing to commit" not in ans.answer
    # No block's command is `npm test`: abstain, not a line sharing the word "test".
    assert ask(runs, "what did npm test print in web?").state == "indeterminate"
    # git log ran, but not in the harbour terminal.
    assert ask(runs, "what did git log print in harbour?").state == "indeterminate"
