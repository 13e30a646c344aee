"""OCR reads a name's "l" as "i" ("Pauia Henriques"): a short name is one letter off, too far
for the fuzzy match, and the same once look-alike glyphs are folded. Only capitalised tokens
(names) are folded: "fail" and "fall" are different words."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.text import Bag
from tests.framekit import text_frame, utc_app

HOUR = datetime(2026, 11, 24, 16, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)


def test_look_alike_glyphs_in_names() -> None:
    assert Bag.of("From: Pauia Henriques").has("paula")
    assert Bag.of("Bi1l Tanner").has("bill")
    assert Bag.of("C0lin Reyes").has("colin")
    assert not Bag.of("Pauio Henriques").has("paula")
    assert not Bag.of("the build will fall over").has("fail")  # not a name: no folding


def test_a_mail_from_a_misread_sender_was_opened(tmp_path: Path) -> None:
    index = [(0, 10, 40, "24/11/26 13:40  Paula Henriques  Re: Cold chain audit")]
    opened = [
        (0, 10, 40, "From: Pauia Henriques <paula@serra.example>"),
        (0, 10, 70, "Subject: Re: Cold chain audit"),
        (0, 10, 120, "Change of plan: the audit moves to Thursday at 15:00."),
    ]
    with utc_app(tmp_path) as app:
        for n, rows in ((1, index), (5, opened)):
            frame = text_frame(
                n, [("mutt: ~/Mail/inbox", (0, 0, 1280, 800))], rows, hour=HOUR, bg="#fff"
            )
            app.store.write_frame(frame)
        for q in (
            "when did I read Paula's mail moving the audit?",
            "what time did i actually open paula's mail about the audit?",
        ):
            ans = app.ask(q, now=NOW)
            assert ans.state == "ok" and "16:05" in ans.answer, (q, ans.answer)


def test_a_word_cut_short_is_the_start_of_a_longer_one() -> None:
    bag = Bag.of("BSC-2 recertification (Kessler Air), admin office")
    assert bag.has("recert") and bag.has("recertif")
    assert not bag.has("certif")  # inside a word, not its start
    assert not bag.has("admi")  # too short to stand for a word
