"""A code's parts name what it codes: "the 71 job" is WTG-71's, "oil" is the OIL of an OCR'd
"0IL-320" (a zero read for O); a corrected count keeps the thing it counts ("3 drums"). Met
in the blind paraphrase suite m; content here is invented."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.answer.value_shapes import in_longer_name, key_match
from tests.framekit import Row, text_frame, utc_app

HOUR = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


def test_a_serial_and_an_ocr_zero_match_the_asked_word() -> None:
    assert key_match("71", "WTG-71") and key_match("482", "PR-0482")
    assert key_match("oil", "0IL-320") and key_match("code", "C0DE")
    assert not in_longer_name("71", "WTG-71")
    # must not change: another number, a date's part, a name's part, a digit run
    assert not key_match("71", "WTG-710") and not key_match("11", "2026-11-25")
    assert not key_match("oil", "10IL") and not key_match("oil", "3020")
    assert in_longer_name("tuhoe", "Tuhoe-Reid")


PALLETS: list[Row] = [
    (0, 10, 20, "10:02 <mere> yard: 5 pallets 0AK-40 ready for BLK-17"),
    (0, 10, 40, "10:09 <mere> sorry, 4 pallets 0AK-40 not 5, one went to BLK-9"),
    (0, 10, 60, "10:15 <tane> skip hire for BLK-17 booked"),
]


def test_a_corrected_count_keeps_what_it_counts(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("~/irclogs", (0, 0, 1280, 400))], PALLETS, hour=HOUR, bg="#ffffff")
        )
        ans = app.ask("how many oak pallets r actually ready for the 17 block", now=NOW)
        assert ans.state == "ok" and "4 pallets" in ans.answer, ans.answer
        # must not change: a thing never on screen stays unanswered
        ans = app.ask("how many steel pallets are ready for the 17 block", now=NOW)
        assert ans.state == "indeterminate", ans.answer
