"""Lookup words a right line may lack (synthetic frames, no OCR): "tomorrow" in a question about
a plan is the asker's framing (the chat says "confirmed", the mail says "Thursday"), and the
kind noun after a name ("the Skyhop 9:40 ferry") names the thing a line calls by its name."""

from __future__ import annotations

from pathlib import Path

from autocapture.answer.asks import PageAsk
from autocapture.answer.head_noun import kind_after_name
from autocapture.answer.question import QuestionAnalysis
from tests.conftest import synthetic_frame
from tests.test_lookup import NOW, app_with

CHAT = [
    "10:02 <ines> RX-7 ferry confirmed: Skyhop 9:40 from Split",
    "10:15 <ines> correction: RX-7 is on Bluewave 8:20, not Skyhop 9:40",
    "10:31 <theo> TZ-4 is the team on Skyhop 9:40 tomorrow",
]


def test_tomorrow_is_not_held_against_a_plan_that_does_not_say_it(tmp_path: Path) -> None:
    app = app_with(tmp_path, synthetic_frame(1, CHAT, title="ada@box: ~/irclogs"))
    ans = app.ask("which ferry is RX-7 on tomorrow, per the chat?", now=NOW)
    assert ans.state == "ok" and "Bluewave" in ans.answer


def test_a_line_naming_the_thing_by_its_name_answers(tmp_path: Path) -> None:
    app = app_with(tmp_path, synthetic_frame(1, CHAT, title="ada@box: ~/irclogs"))
    ans = app.ask("which team is on the Skyhop 9:40 ferry tomorrow?", now=NOW)
    assert ans.state == "ok" and "TZ-4" in ans.answer


def _q(keywords: list[str], entity: list[str], attribute: set[str]) -> QuestionAnalysis:
    return QuestionAnalysis(keywords, ask=PageAsk(entity=entity), attribute=attribute)


def test_kind_after_name_only_right_after_the_whole_name() -> None:
    q = _q(["team", "skyhop", "9:40", "ferry"], ["skyhop"], {"team"})
    on = ["team", "skyhop", "9:40"]
    assert kind_after_name(q, ["ferry"], on, q.keywords) == "ferry"
    # the name itself not all on the line, or nothing asked besides it: no
    assert kind_after_name(q, ["ferry"], ["team", "skyhop"], q.keywords) is None
    assert kind_after_name(q, ["ferry"], ["skyhop", "9:40"], q.keywords) is None
    # a word not right after the name ("ferry to Split with Skyhop") is what is asked about
    q2 = _q(["team", "ferry", "split", "skyhop"], ["skyhop"], {"team"})
    assert kind_after_name(q2, ["ferry"], ["team", "split", "skyhop"], q2.keywords) is None
    # the attribute asked for is never only a kind
    q3 = _q(["skyhop", "ferry"], ["skyhop"], {"ferry"})
    assert kind_after_name(q3, ["ferry"], ["skyhop"], q3.keywords) is None
