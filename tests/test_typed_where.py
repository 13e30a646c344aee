"""Typed values shown away from the words that name them: a table's "phone" header over its
column of numbers ("which window had the staff phone numbers"), an amount in a currency code
("KES 1,840,000") on the line under the one naming the quote."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.text import VALUE_TYPES
from tests.framekit import text_frame, utc_app

HOUR = datetime(2026, 11, 24, 19, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 24, 21, 0, tzinfo=UTC)


def test_a_header_heads_the_column_of_numbers(tmp_path: Path) -> None:
    rows = [
        (0, 10, 40, "name"),
        (0, 200, 40, "role"),
        (0, 420, 40, "phone"),
        (0, 10, 58, "Amina Yusuf"),
        (0, 200, 58, "Stores controller"),
        (0, 420, 58, "+254 722 555 134"),
        (0, 10, 76, "Peter Kiptoo"),
        (0, 200, 76, "Technician"),
        (0, 420, 76, "+254 700 555 213"),
        (1, 700, 40, "ask the staff about the phone rota tomorrow"),
    ]
    wins = [("planner: ~/staff", (0, 0, 680, 800)), ("notes", (680, 0, 1280, 800))]
    with utc_app(tmp_path) as app:
        app.store.write_frame(text_frame(1, wins, rows, hour=HOUR, bg="#ffffff"))
        ans = app.ask("which window had the staff phone numbers", now=NOW)
        assert ans.state == "ok" and "~/staff" in ans.answer, ans.answer
        # must not change: a header alone, no number under it, shows no phone number
        bare = [(0, 420, 40, "staff phone"), (0, 420, 58, "nothing listed yet")]
        draft = [("draft", (0, 0, 680, 800))]
        app.store.write_frame(text_frame(2, draft, bare, hour=HOUR, bg="#ffffff"))
        late = app.ask("which window had the staff phone numbers", now=NOW)
        assert "~/staff" in late.answer, late.answer


def test_currency_codes_of_more_countries_are_money() -> None:
    money = VALUE_TYPES["money"].pattern
    for shown, amount in [
        ("KES 1,840,000 plus VAT", "KES 1,840,000"),
        ("paid NGN 25,000 on delivery", "NGN 25,000"),
        ("total 3,200 UGX", "3,200 UGX"),
    ]:
        m = money.search(shown)
        assert m is not None and m.group(0).strip() == amount, shown
    assert money.search("Kes 1,840 cranes") is None  # a word, not the code
