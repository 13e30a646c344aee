"""The extractive lookup's general layout rules, on synthetic frames (no OCR involved)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from autocapture.api import Autocapture
from autocapture.config import load_config
from tests.conftest import synthetic_frame

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)


def app_with(tmp_path: Path, *frames) -> Autocapture:  # type: ignore[no-untyped-def]
    cfg = load_config(tmp_path / "data")
    cfg.timezone = "UTC"
    app = Autocapture(config=cfg)
    for f in frames:
        app.store.write_frame(f)
    return app


def test_whole_words_beat_compound_identifiers(tmp_path: Path) -> None:
    app = app_with(
        tmp_path,
        synthetic_frame(1, ["def test_invoice_total(): assert 12.50"], title="editor"),
        synthetic_frame(2, ["Invoice INV-9", "Total: $84.10"], minute=1, title="Invoice - Viewer"),
    )
    ans = app.ask("what was the total on the invoice?", now=NOW)
    assert ans.state == "ok" and "$84.10" in ans.answer


def test_grand_total_is_the_lower_row(tmp_path: Path) -> None:
    lines = ["Total before rounding: $33.92", "Rounding: -$0.02", "Total: $33.90"]
    ans = app_with(tmp_path, synthetic_frame(1, lines)).ask("what was the total?", now=NOW)
    assert "$33.90" in ans.answer


def test_no_junk_value_when_the_question_quotes_the_line(tmp_path: Path) -> None:
    app = app_with(tmp_path, synthetic_frame(1, ["KeyError: 'customer_id'", "Traceback"]))
    ans = app.ask("KeyError customer_id", now=NOW)
    assert ans.state == "ok"
    assert ans.claims[0].value == "KeyError: 'customer_id'"


def test_label_value_across_separator(tmp_path: Path) -> None:
    app = app_with(tmp_path, synthetic_frame(1, ["Order ID: ORD-58213-KX", "Name: Maria"]))
    ans = app.ask("what is the order id?", now=NOW)
    assert ans.claims[0].value == "ORD-58213-KX"
    cited = [c.text for c in ans.claims[0].citations]
    assert cited == ["Order ID: ORD-58213-KX"]


def test_missing_content_word_abstains(tmp_path: Path) -> None:
    app = app_with(tmp_path, synthetic_frame(1, ["Total: $84.10"]))
    ans = app.ask("what was the total on the mortgage statement?", now=NOW)
    assert ans.state == "indeterminate" and "mortgage" in ans.indeterminate_reason
    assert app.ask("what happened on 2025-01-03?", now=NOW).indeterminate_reason == (
        "no_frames_in_time_range"
    )


def test_time_range_picks_the_frame_in_range(tmp_path: Path) -> None:
    app = app_with(
        tmp_path,
        synthetic_frame(0, ["Build status: failed"], minute=0),  # 09:00
        synthetic_frame(75, ["Build status: passed"], minute=15),  # 10:15
    )
    early = app.ask("what was the build status between 9 and 10?", now=NOW)
    late = app.ask("what was the build status?", now=NOW)
    assert "failed" in early.answer and "passed" in late.answer
    assert early.trace["time_intent"]["timezone"] == "UTC"


def test_the_asked_attribute_is_read_on_the_line_not_from_the_window(tmp_path: Path) -> None:
    """'which country was the shipping address in?': the window's title names the shipping
    address, but only the Country line answers; the title line holds no country."""
    lines = ["Shipping address: Nordhavn Logistics", "Street: Havnegade 4", "Country: Denmark"]
    app = app_with(tmp_path, synthetic_frame(1, lines, title="Shipping address - Orders"))
    ans = app.ask("which country was the shipping address in?", now=NOW)
    assert ans.state == "ok" and "Denmark" in ans.answer
    ans = app.ask("what street is the shipping address on?", now=NOW)
    assert "Havnegade 4" in ans.answer


def test_a_word_found_nowhere_is_phrasing_only_beside_words_that_are_found(tmp_path: Path) -> None:
    lines = ["Harbor Books & Tea", "Subtotal: 41.50", "Cash: 50.00", "Change: 8.50"]
    app = app_with(tmp_path, synthetic_frame(1, lines, title="receipt.png - Viewer"))
    # "back" is nowhere on any screen: the asker's phrasing; the line holds the rest.
    ans = app.ask("how much change did I get back at Harbor Books?", now=NOW)
    assert ans.state == "ok" and "8.50" in ans.answer
    assert ans.trace["answer"]["absent_from_store"] == ["back"]
    # A missing subject is not phrasing: nothing on screen is a refund.
    ans = app.ask("how much was the refund at Harbor Books?", now=NOW)
    assert ans.state == "indeterminate"


def test_answer_text_gives_the_time_on_the_users_clock(tmp_path: Path) -> None:
    cfg = load_config(tmp_path / "data")
    cfg.timezone = "Asia/Singapore"
    app = Autocapture(config=cfg)
    app.store.write_frame(synthetic_frame(1, ["Order ID: ORD-58213-KX"]))  # 09:01 UTC
    ans = app.ask("what is the order id?", now=NOW)
    assert ans.state == "ok" and "17:01:00 +08" in ans.answer and "Z" not in ans.answer
    assert ans.claims[0].citations[0].ts_utc.endswith("Z")  # the JSON keeps UTC
    app.close()


def test_when_was_it_released_reads_the_date_beside_the_version(tmp_path: Path) -> None:
    lines = ["Changelog", "4.1.0 - 2026-10-02", "Faster sync", "4.0.2 - 2026-08-19", "Fixes"]
    app = app_with(tmp_path, synthetic_frame(1, lines, title="Changelog - Docs"))
    ans = app.ask("when was 4.0.2 released?", now=NOW)
    assert ans.state == "ok" and "2026-08-19" in ans.answer and "2026-10-02" not in ans.answer


def test_hyphenated_words_match_their_joined_spelling() -> None:
    from autocapture.text import token_match

    assert token_match("to-do", "todo") and token_match("e-mail", "email")
    assert not token_match("to-do", "toad")


def test_a_line_that_sets_a_name_beats_one_that_only_mentions_it(tmp_path: Path) -> None:
    lines = [
        "src/app.js:1:import { max_retries } from './config.js';",
        "src/config.js:1:export const max_retries = 7;",
        "src/config.js:2:// max_retries: attempts per call",
    ]
    app = app_with(tmp_path, synthetic_frame(1, lines, title="grep - Terminal"))
    ans = app.ask("what is max_retries set to in config.js?", now=NOW)
    assert ans.state == "ok" and ans.claims[0].value == "7"
    assert "max_retries = 7" in ans.answer  # an assignment reads as one
