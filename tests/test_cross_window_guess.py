"""Which window showed a name, with the asker's guess of where trailing it ("which window
showed Pasang Lama, the git log?"), met on the blind set l (content invented): the guess may be
wrong, so its words rank windows but are not required; a near name in the guessed window is
not the name asked for."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.api import Autocapture
from tests.framekit import ask_cited, text_frame, utc_app

HOUR = datetime(2026, 11, 24, 11, tzinfo=UTC)
NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
REPO = ("ana@box: ~/src/routes", (0, 0, 640, 300))
BOARD = ("ana@box: ~/src/board", (640, 0, 1280, 300))


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    rows = [(0, 10, 20, "$ git log --oneline"), (0, 10, 40, "9f1c2aa Mira Thapaliya rest day")]
    rows += [(1, 650, 20, "Guide      Group"), (1, 650, 40, "Mira Tamang  G-14")]
    with utc_app(tmp_path_factory.mktemp("cross_guess")) as a:
        assert a.store.write_frame(text_frame(1, [REPO, BOARD], rows, hour=HOUR, bg="#ffffff"))
        yield a


def test_a_wrong_guess_of_the_window_is_not_required(desk: Autocapture) -> None:
    ans = ask_cited(desk, "which window showed Mira Tamang, the git log?", NOW, value_cited=False)
    assert ans.state == "ok" and "~/src/board" in ans.answer, ans.answer


def test_a_name_never_shown_stays_unseen(desk: Autocapture) -> None:
    ans = desk.ask("which window showed Mira Gurung, the git log?", now=NOW)
    assert ans.state == "indeterminate", ans.answer


@pytest.mark.parametrize("verb", ["listed", "displayed", "showed"])
def test_a_verb_of_showing_is_no_word_to_find(desk: Autocapture, verb: str) -> None:
    ans = ask_cited(desk, f"which window {verb} Mira Tamang?", NOW, value_cited=False)
    assert ans.state == "ok" and "~/src/board" in ans.answer, ans.answer


def test_a_guess_among_several_is_not_required(desk: Autocapture) -> None:
    # "was it on one of the forms": none of its words ("one", "forms") is what was shown
    q = "where did i see mira tamang's group, was it on one of the forms"
    ans = ask_cited(desk, q, NOW, value_cited=False)
    assert ans.state == "ok" and "~/src/board" in ans.answer, ans.answer
    # must not change: a name never shown stays unseen
    gone = desk.ask("where did i see mira gurung's group, was it on one of the forms", now=NOW)
    assert gone.state == "indeterminate", gone.answer
