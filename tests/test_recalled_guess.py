"""What the asker recalls a source saying, put after the ask ("which filter is it in the
end, the handover said GF-181 didnt it"), is a guess to check, not what to look for: the
question is the ask, and a later correction of the source answers it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.promptops.pipeline import normalize
from tests.framekit import text_frame, utc_app

HOUR = datetime(2026, 11, 24, 19, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 24, 21, 0, tzinfo=UTC)


def test_the_recalled_saying_is_dropped_with_its_tag() -> None:
    q = "which gearbox filter is it in the end, the handover said GF-181 didnt it"
    assert normalize(q) == "which gearbox filter is it finally"
    assert normalize("when is the lift, the mail said 7 didn't it") == "when is the lift"
    # must not change: "the one that said X" names what is asked about
    kept = "which window, the one that said GF-181"
    assert normalize(kept) == kept


def test_the_corrected_value_answers(tmp_path: Path) -> None:
    rows = [
        (0, 10, 40, "- gearbox oil change on WTG-71, filter GF-181 and 4 drums of oil"),
        (0, 10, 200, "Two corrections to my handover. The filter is GF-118 (fine), not GF-181."),
    ]
    wins = [("mutt: ~/Mail/inbox", (0, 0, 1280, 800))]
    with utc_app(tmp_path) as app:
        app.store.write_frame(text_frame(1, wins, rows, hour=HOUR, bg="#ffffff"))
        q = "which gearbox filter is it in the end, the handover said GF-181 didnt it"
        ans = app.ask(q, now=NOW)
        assert ans.state == "ok" and "GF-118" in ans.answer, ans.answer
