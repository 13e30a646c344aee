"""Paraphrase set n: wording the rule-based answerers must read in general."""

from __future__ import annotations

from autocapture.promptops.clock_fixed import clock_put_right
from autocapture.promptops.normalize import normalize


def test_clock_put_right_keeps_the_corrected_time() -> None:
    # minutes alone keep the hour said first
    assert normalize(
        "at quarter past 11, no wait, more like 13 past, which terminal was i in"
    ).startswith("at 11:13, which terminal")
    assert clock_put_right("at 3:15pm, sorry, ten to, which tab") == "at 2:50pm, which tab"
    # a whole clock replaces the first one
    assert clock_put_right("around 9:40 no wait 9:50 what was open") == "around 9:50 what was open"


def test_clock_not_put_right_without_a_slip() -> None:
    # must not change: two times with no correction between them, or a slip about something else
    assert clock_put_right("between 11:15 and 11:30 what ran") == "between 11:15 and 11:30 what ran"
    assert clock_put_right("at 11:15, which terminal, no") == "at 11:15, which terminal, no"
    assert normalize("which window was in front at quarter past ten") == (
        "which window was in front at 10:15"
    )
