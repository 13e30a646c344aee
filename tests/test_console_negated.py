"""A colour asked in the negative ("which tests didn't go green?"): every outcome a runner
does not show in that colour, read by outcome words. Frames are synthetic
(``tests.test_console_tokens.console_frame``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from autocapture.answer.classify import classify
from autocapture.answer.console_negated import negated_colour
from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.promptops.bundle import load_bundle
from autocapture.promptops.rules import parse_rules
from autocapture.promptops.service import DEFAULT_BUNDLE_DIR
from autocapture.text import VALUE_TYPES
from tests.test_console_tokens import ask, console_frame, row, term

RUN = [
    row("ana@box:~/src/check$ ./test_check --verbose"),
    row(("[PASS]", "green"), " units::metres_round: (0.00s)"),
    row(("[FAIL]", "red"), " units::feet_convert: (0.01s)"),
    row(("[SKIP]", "yellow"), " units::chains_legacy: not ported"),
    row(("[PASS]", "green"), " units::inches_split: (0.00s)"),
    row(("[FAIL]", "red"), " units::null_length: CRASH!"),
    row("ana@box:~/src/check$"),
]


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    cfg = load_config(tmp_path_factory.mktemp("negated") / "data")
    cfg.timezone = "UTC"
    a = Autocapture(config=cfg)
    assert a.store.write_frame(
        console_frame(0, [term("ana@box: ~/src/check", (0, 0, 700, 200), RUN)])
    )
    yield a
    a.close()


@pytest.mark.parametrize(
    ("question", "colour"),
    [
        ("which tests didnt go green", "green"),
        ("which tests didn't go green?", "green"),
        ("which tests did not turn green", "green"),
        ("which tests weren't red", "red"),
        ("which tests never came up green", "green"),
        # unchanged: no negation of the colour
        ("which tests went green", None),
        ("which tests came up red", None),
    ],
)
def test_negated_colour(question: str, colour: str | None) -> None:
    got = negated_colour(question)
    assert (got[0] if got else None) == colour


def test_routing() -> None:
    rules = parse_rules(load_bundle(DEFAULT_BUNDLE_DIR).text("query.rules"), set(VALUE_TYPES))
    for q in ("which tests didnt go green", "which tests weren't green", "which rows were pink"):
        assert classify(q, rules)[0] == "console_color", q


@pytest.mark.parametrize(
    "question",
    ["which tests didnt go green", "which tests weren't green", "which tests did not go green?"],
)
def test_tests_not_in_the_pass_colour(desk: Autocapture, question: str) -> None:
    ans = ask(desk, question)
    assert ans.state == "ok", ans.answer
    for name in ("feet_convert", "null_length", "chains_legacy"):
        assert name in ans.answer, ans.answer
    assert "metres_round" not in ans.answer and "inches_split" not in ans.answer


def test_tests_not_in_the_fail_colour(desk: Autocapture) -> None:
    ans = ask(desk, "which tests weren't red")
    assert ans.state == "ok" and "metres_round" in ans.answer and "chains_legacy" in ans.answer
    assert "feet_convert" not in ans.answer, ans.answer


def test_failed_tests_unchanged(desk: Autocapture) -> None:
    ans = ask(desk, "which tests failed?")
    assert ans.state == "ok" and "feet_convert" in ans.answer, ans.answer
    assert "chains_legacy" not in ans.answer and "metres_round" not in ans.answer
