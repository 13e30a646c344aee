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


def test_the_window_that_showed_the_quote_amount(tmp_path: Path) -> None:
    mail = [
        (0, 10, 40, "From: Kilele Cranes <quotes@kilelecranes.example>"),
        (0, 10, 58, "Subject: Quote KC-4471 - 300 t crawler crane"),
        (0, 10, 110, "Dear Ms Kamau,"),
        (0, 10, 150, "Quote KC-4471: 300 t crawler crane with crew for two days,"),
        (0, 10, 168, "KES 1,840,000 plus VAT, mobilisation included. Please approve by"),
        (0, 10, 186, "Thursday, or the crane goes to another site."),
        (1, 700, 40, "crane pad ready, waiting on the quote"),
    ]
    wins = [("mutt: ~/Mail/inbox", (0, 0, 680, 800)), ("site chat", (680, 0, 1280, 800))]
    with utc_app(tmp_path) as app:
        app.store.write_frame(text_frame(1, wins, mail, hour=HOUR, bg="#ffffff"))
        where = app.ask("where did i see the crane quote amount, chat or mail", now=NOW)
        assert where.state == "ok" and "mutt" in where.answer, where.answer
        # must not change: nothing names a price of the quote, so no amount is made up
        none = app.ask("how much was the kilele invoice", now=NOW)
        assert none.state == "indeterminate", none.answer


def test_someones_number_is_the_one_to_call_them_on(tmp_path: Path) -> None:
    rows = [
        (0, 10, 40, "name"),
        (0, 200, 40, "role"),
        (0, 420, 40, "phone"),
        (0, 600, 40, "ext"),
        (0, 10, 58, "Amina Yusuf"),
        (0, 200, 58, "Stores controller"),
        (0, 420, 58, "+254 722 555 134"),
        (0, 600, 58, "31"),
        (0, 10, 76, "Order number"),
        (0, 200, 76, "PO-88213"),
    ]
    with utc_app(tmp_path) as app:
        app.store.write_frame(
            text_frame(1, [("~/staff", (0, 0, 900, 800))], rows, hour=HOUR, bg="#fff")
        )
        ans = app.ask("i need amina's number", now=NOW)
        assert ans.state == "ok" and "722 555 134" in ans.answer, ans.answer
        # must not change: a thing's number is still a number
        order = app.ask("what was the order number", now=NOW)
        assert order.trace["analysis"]["value_type"] == "number", order.trace["analysis"]


def test_a_lead_describing_the_window_says_where_to_look(tmp_path: Path) -> None:
    rows = [
        (0, 10, 40, "17:00 Parts call - yaw motor YM-4410"),
        (1, 10, 640, "- lift from 7 a.m., limit 12 m/s"),
        (1, 10, 660, "- yaw motor for WTG-35 is YM-4401"),
    ]
    wins = [("calcurse", (0, 0, 1280, 600)), ("~/notes", (0, 600, 500, 800))]
    with utc_app(tmp_path) as app:
        app.store.write_frame(text_frame(1, wins, rows, hour=HOUR, bg="#ffffff"))
        q = "the small white window at the bottom, which yaw motor does it name for wtg-35"
        ans = app.ask(q, now=NOW)
        assert ans.state == "ok" and "YM-4401" in ans.answer, ans.answer
        # must not change: a name asked for is a word of the answer, not the verb of saying
        badge = app.ask("what name is on the visitor badge", now=NOW)
        assert "name" not in badge.trace["analysis"].get("phrasing", []), badge.trace
