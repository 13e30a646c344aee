"""What the newest commit set a thing to, and which commit set the figure a failing test
checks (answer/commit_values.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from autocapture.answer.commit_values import commit_setting_failure, newest_commit_value
from autocapture.api import Autocapture
from autocapture.config import load_config
from tests.test_console_tokens import NOW, console_frame, row, term

LOG = [
    row("li@host:~/src/pricing$ git log --oneline --graph"),
    row("* ", ("e4f1a07", "yellow"), " 23 Nov 09:10 Li Wei Cap parcel weight at 30 kg (memo 7)"),
    row("* ", ("a93c2d1", "yellow"), " 22 Nov 16:02 Li Wei Fee table: zone B at 750 cents"),
    row("* ", ("7b20e9f", "yellow"), " 20 Nov 11:45 Sam Ortiz Add weekend surcharge"),
    row("li@host:~/src/pricing$"),
]  # fmt: skip
TESTS = [
    row("li@host:~/src/shipcalc$ pytest -q"),
    row("FAILED tests/test_fees.py::test_fee[B-750] - AssertionError: assert 700 == 750"),
    row("1 failed, 5 passed in 0.8s"),
]  # fmt: skip
OTHER_LOG = [
    row("li@host:~/src/web$ git log --oneline"),
    row("* ", ("c5d9e31", "yellow"), " 23 Nov 10:00 Li Wei Raise upload limit to 20 MB"),
]  # fmt: skip


def _app(tmp_path_factory: pytest.TempPathFactory, name: str, wins: list) -> Autocapture:
    cfg = load_config(tmp_path_factory.mktemp(name) / "data")
    cfg.timezone = "UTC"
    a = Autocapture(config=cfg)
    assert a.store.write_frame(console_frame(0, wins))
    return a


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    a = _app(tmp_path_factory, "commit_values", [
        term("li@host: ~/src/shipcalc", (0, 0, 640, 300), TESTS),
        term("li@host: ~/src/pricing", (640, 0, 1280, 300), LOG),
    ])  # fmt: skip
    yield a
    a.close()


@pytest.fixture(scope="module")
def two_logs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    a = _app(tmp_path_factory, "commit_values2", [
        term("li@host: ~/src/web", (0, 0, 640, 300), OTHER_LOG),
        term("li@host: ~/src/pricing", (640, 0, 1280, 300), LOG),
    ])  # fmt: skip
    yield a
    a.close()


def _ok(app: Autocapture, question: str) -> str:
    ans = app.ask(question, now=NOW)
    assert ans.state == "ok", ans.answer
    assert all(c.verified for claim in ans.claims for c in claim.citations)
    return ans.answer


@pytest.mark.parametrize(
    "question",
    [
        "parcels still go through at 32 kg. what did the latest commit set the max weight to",
        "what did the most recent commit put the parcel weight at?",
    ],
)
def test_newest_commit_value(desk: Autocapture, question: str) -> None:
    assert "30 kg" in _ok(desk, question)


def test_newest_commit_in_the_named_repo(two_logs: Autocapture) -> None:
    """Two logs on screen: the question's repository picks one."""
    answer = _ok(two_logs, "what did the newest commit in the web repo set the upload limit to")
    assert "20 MB" in answer


def test_commit_that_set_the_failing_figure(desk: Autocapture) -> None:
    answer = _ok(desk, "the fee test that failed, which commit in the pricing repo set that value")
    assert "a93c2d1" in answer


def test_not_these_questions() -> None:
    """Other questions are left to the general lookup (must not change)."""
    no = None  # these never reach the store
    assert (
        newest_commit_value(no, "what did the commit about fees set the cap to", None, None) is None
    )  # type: ignore[arg-type]
    assert newest_commit_value(no, "who made the newest commit", None, None) is None  # type: ignore[arg-type]
    assert commit_setting_failure(no, "which commit set the fee table", None, None) is None  # type: ignore[arg-type]
