"""The hash of a commit named by what it did, passing over the merge that brought it in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from autocapture.answer.commit_hash import commit_hash
from autocapture.api import Autocapture
from autocapture.config import load_config
from tests.test_console_tokens import NOW, console_frame, row, term

LOG = [
    row("ana@box:~/src/fares$ git log --graph --all --format='%h %ad %an%d %s'"),
    row("* ", ("b41c9e2", "magenta"), " 20.11 09:12 Ana Silva Skip closed dates"),
    row("*   ", ("c0ffe12", "magenta"), " 19.11 17:40 Ana Silva Merge branch 'fix/port-fee'"),
    row("|\\"),
    row("| * ", ("5e8d7a3", "magenta"), " 18.11 11:05 Rui Costa (fix/port-fee) Cap port fee at 5"),
    row("* | ", ("9a1b2c4", "magenta"), " 17.11 10:00 Ana Silva Winter fares"),
    row("ana@box:~/src/fares$"),
]  # fmt: skip


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    cfg = load_config(tmp_path_factory.mktemp("commit_hash") / "data")
    cfg.timezone = "UTC"
    a = Autocapture(config=cfg)
    assert a.store.write_frame(
        console_frame(0, [term("ana@box: ~/src/fares", (0, 0, 1280, 400), LOG)])
    )
    yield a
    a.close()


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("short hash of the commit that capped the port fee - the real one, not the merge",
         "5e8d7a3"),
        ("what's the hash of the commit that capped the port fee?", "5e8d7a3"),
        ("sha of the commit which skipped closed dates", "b41c9e2"),
        # asked for, the merge is the answer (must not change: a merge is a commit too)
        ("hash of the commit that merged the port fee branch, the merge", "c0ffe12"),
    ],
)  # fmt: skip
def test_hash_of_the_commit_described(desk: Autocapture, question: str, value: str) -> None:
    ans = desk.ask(question, now=NOW)
    assert ans.state == "ok", ans.answer
    assert value in ans.answer
    assert all(c.verified for claim in ans.claims for c in claim.citations)


def test_only_for_hash_questions() -> None:
    """Not a question for a hash: the general lookup answers."""
    assert commit_hash(None, "who made the commit that capped the port fee?", None, None) is None  # type: ignore[arg-type]
    assert commit_hash(None, "what is the port fee?", None, None) is None  # type: ignore[arg-type]
