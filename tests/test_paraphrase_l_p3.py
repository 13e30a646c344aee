"""Set l paraphrase wordings (content invented): "what did X end up saying ..." names X as
the speaker and asks for X's last word on it, not a message that only mentions X."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.answer.chat_question import _name_words
from tests.framekit import Row, text_frame, utc_app

HOUR = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
CHAT: list[Row] = [
    (0, 10, 20, "07:05 <rewi> the boat hire quote is in: NZD 1,200"),
    (0, 10, 40, "07:10 <mia> the boat hire quote is with rewi in accounts"),
    (0, 10, 60, "07:44 <rewi> sorry, the boat hire quote is NZD 1,150, not 1,200"),
]


def test_end_up_saying_names_the_speaker() -> None:
    assert _name_words("so what did rewi end up saying the quote was") == ["rewi"]
    assert _name_words("what did rewi finally say about the quote") == ["rewi"]
    # must not change: a two-word name, a role
    assert _name_words("what did dana ortiz say") == ["dana", "ortiz"]
    assert _name_words("what did the team end up saying") == []


def test_end_up_saying_is_the_speakers_last_word(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("~/chat", (0, 0, 1280, 400))], CHAT, hour=HOUR, bg="#ffffff")
        )
        ans = app.ask("so what did rewi end up saying the boat hire quote was", now=NOW)
        assert ans.state == "ok" and "1,150" in ans.answer, ans.answer
        assert "mia" not in ans.answer, ans.answer
        # must not change: without "end up", every message of theirs on it
        both = app.ask("what did rewi say the boat hire quote was", now=NOW)
        assert "1,200" in both.answer and "1,150" in both.answer, both.answer


def test_a_weekday_names_a_title_or_url_by_its_short_form() -> None:
    from autocapture.answer.window_facts import covers

    assert covers(["thursday", "flights"], "Ops: flights, Thu 26 Nov - Chromium")
    assert covers(["thursday", "flights"], "127.0.0.1/ops/flights-thu.html")
    # must not change: another day, another page
    assert not covers(["thursday", "flights"], "Ops: flights, Fri 27 Nov - Chromium")
    assert not covers(["thursday", "flights"], "Ops: permits, Thu 26 Nov - Chromium")


def test_a_tag_question_before_the_asking_clause_is_dropped() -> None:
    from autocapture.promptops.normalize import normalize

    got = normalize("GRP-12 headcount, ana changed it didnt she, whats it now")
    assert "didn't" not in got and "what's it now" in got, got
    # must not change: the question's own end, a tag at the end
    assert normalize("what time is it?") == "what time is it?"
    assert normalize("ngaire changed it didn't she") == "ngaire changed it"


HEADS: list[Row] = [
    (0, 10, 20, "09:05 <ana> GRP-12 is 8 guests, bus at 7"),
    (0, 10, 40, "09:12 <ana> sorry, GRP-12 is 9 guests now, not 8"),
    (0, 10, 60, "09:20 <ana> correction: GRP-12 bus leaves at 6:30, not 7"),
]


def test_a_headcount_is_a_count_of_people_and_its_own_correction(tmp_path: Path) -> None:
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("~/irclogs", (0, 0, 1280, 400))], HEADS, hour=HOUR, bg="#ffffff")
        )
        ans = app.ask("GRP-12 headcount, ana changed it didnt she, whats it now", now=NOW)
        assert ans.state == "ok" and "9 guests" in ans.answer, ans.answer
        # a later correction of another thing of the group (its bus) corrects no headcount
        assert "6:30" not in ans.answer, ans.answer
