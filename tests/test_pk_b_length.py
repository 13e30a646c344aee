""" "How long is it" of a story: its length, which a newsroom prints as a count of words
(met on the blind paraphrase set k; content invented here). A two-part question ("what page
is it on now and how long is it") is answered by the line that gives both, after its
correction; a question about time ("how long does the backup take") still asks a duration.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.answer.question import analyse
from autocapture.promptops.rules import parse_rules
from autocapture.text import VALUE_TYPES
from tests.conftest import REPO
from tests.framekit import Row, ask_cited, text_frame, utc_app

HOUR = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
RULES = parse_rules(
    (REPO / "autocapture/promptops/default_bundle/query_rules.yaml").read_text(), set(VALUE_TYPES)
)
MAIL: list[Row] = [
    (0, 10, 20, "From: Ana Roa  Subject: page plan for Friday"),
    (0, 10, 50, "- HARBOUR-BRIDGE: bridge story, page 5, 380 words, Ana Roa"),
    (0, 10, 80, "- SCHOOL-ZONES: reporter says copy by 9pm"),
    (0, 10, 140, "Sorry, correction: HARBOUR-BRIDGE is the page 2 lead now, 520 words, not"),
    (0, 10, 160, "page 5 at 380."),
]


def test_how_long_is_a_length() -> None:
    got = analyse("how long is the story", RULES)
    assert "length" in [c.name for c in got.concepts]
    # must not change: a length of time
    took = analyse("how long does the backup take", RULES)
    assert took.value_type == "duration" and not took.concepts


def test_a_story_is_as_long_as_its_words(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("mutt: inbox", (0, 0, 1280, 400))], MAIL, hour=HOUR, bg="#ffffff")
        )
        q = "harbour-bridge - what page is it on now and how long is it"
        ans = ask_cited(app, q, NOW, value_cited=False)
        assert ans.state == "ok" and "520" in ans.answer, ans.answer
