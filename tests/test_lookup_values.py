"""Typed-value lookups: when the line that best matches a question holds no value of the asked
type, a line matching about as well with one beside it answers (synthetic frames, no OCR)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import synthetic_frame
from tests.test_lookup import NOW, app_with


def test_a_duration_in_a_sentence_beats_a_label_without_one(tmp_path: Path) -> None:
    """A browser tab's label names the page ("Fernbook API tokens") and matches the question a
    little better than the page's sentence, but only the sentence says how long."""
    page = ["API tokens", "Tokens expire after 45 days unless renewed."]
    app = app_with(
        tmp_path,
        synthetic_frame(1, page, title="API tokens · Fernbook"),
        synthetic_frame(2, ["Fernbook API tokens ×", "Release notes"], title="Changelog - Docs"),
    )
    ans = app.ask("how long do Fernbook API tokens stay valid before they expire?", now=NOW)
    assert ans.state == "ok" and "45 days" in ans.answer


def test_an_amount_below_a_wrapped_subject_beats_lines_without_one(tmp_path: Path) -> None:
    """The message list's row and a chat line name the invoice in full; the open message's
    subject wraps its last word onto the next row, and the amount is in the body under it."""
    mutt = [
        "Tue 24 Nov 09:05  Invoice INV-77 from Acme Ltd",
        "Tue 24 Nov 09:48  Weekly rota",
        "-- Mutt: =inbox [Msgs:2] --",
        "From: Ana Ruiz <ana@example.org>",
        "Subject: Re: Invoice INV-77 from Acme",
        "Ltd",
        "Correction: the amount on INV-77 is 1,240.00 EUR, not 1,420.00.",
    ]
    chat = [
        "10:52 <ibo> the Acme Ltd invoice question goes to ana, not me",
        "10:58 <ana> correct, I'm handling it",
        "11:10 <dana> ana, is the Acme Ltd refund approved?",
    ]
    app = app_with(
        tmp_path,
        synthetic_frame(1, mutt, title="mutt: ~/Mail/inbox"),
        synthetic_frame(2, chat, title="~/irclogs"),
    )
    ans = app.ask("how much is the Acme Ltd invoice actually for?", now=NOW)
    assert ans.state == "ok" and "1,240.00" in ans.answer


def test_no_value_anywhere_still_abstains(tmp_path: Path) -> None:
    app = app_with(tmp_path, synthetic_frame(1, ["Invoice INV-77 from Acme Ltd", "Weekly rota"]))
    ans = app.ask("how much is the Acme Ltd invoice for?", now=NOW)
    assert ans.state == "indeterminate" and "value_not_found" in (ans.indeterminate_reason or "")


def test_a_version_number_is_no_amount() -> None:
    from autocapture.text import VALUE_TYPES

    money = VALUE_TYPES["money"].pattern
    assert not money.search("Release 2.30.0 is tagged, rolling out to staging now")
    assert not money.search("see section 1.2.30")
    assert money.search("Amount due: 2,302.30 EUR").group(0).strip() == "2,302.30"  # type: ignore[union-attr]
    assert money.search("TOTAL 60.30").group(0).strip() == "60.30"  # type: ignore[union-attr]


def test_a_whole_amount_with_its_currency_code_is_money() -> None:
    """ "USD 4,300" and "12,500 INR" are amounts without cents; a code must be in capitals, so
    a command ("rm 5") or a bare number is no amount."""
    from autocapture.text import VALUE_TYPES

    money = VALUE_TYPES["money"].pattern
    found = [m.group(0) for m in money.finditer("the fee is USD 4,300, not 4,800")]
    assert found == ["USD 4,300"]
    assert money.search("total 12,500 INR").group(0) == "12,500 INR"  # type: ignore[union-attr]
    assert money.search("GBP 950").group(0) == "GBP 950"  # type: ignore[union-attr]
    assert not money.search("rm 5 old logs")
    assert not money.search("usd 40 in lower case is a word, not a code")
    assert not money.search("we shipped 4,300 units")


def test_an_amount_with_a_currency_code_in_a_chat_line_answers(tmp_path: Path) -> None:
    """A mail names the charter invoice without an amount; the chat gives it with its currency
    code and no cents, then corrects it: the correction answers."""
    mail = ["The PX-40 charter invoice is with Tomas in accounts."]
    chat = [
        "10:02 <ines> PX-40 charter invoice arrived: EUR 2,150",
        "10:09 <ines> sorry, the charter invoice is EUR 2,510, not 2,150",
    ]
    app = app_with(
        tmp_path,
        synthetic_frame(1, mail, title="mutt: inbox"),
        synthetic_frame(2, chat, title="ada@box: ~/irclogs"),
    )
    ans = app.ask("how much was the PX-40 charter invoice?", now=NOW)
    assert ans.state == "ok" and "2,510" in ans.answer


def test_the_next_chat_message_holds_no_value_of_the_line_above(tmp_path: Path) -> None:
    """A chat line names the invoice without an amount; the message under it is another
    message about another thing, so its amount is not the invoice's. Must not change: an
    amount on the line itself still answers."""
    chat = [
        "10:15 <ines> the Bluewave invoice arrived by courier",
        "10:20 <pavo> the hotel deposit is EUR 300",
    ]
    app = app_with(tmp_path, synthetic_frame(2, chat, title="ada@box: ~/irclogs"))
    ans = app.ask("how much is the Bluewave invoice?", now=NOW)
    assert ans.state == "indeterminate"
    ans = app.ask("how much is the hotel deposit?", now=NOW)
    assert ans.state == "ok" and "EUR 300" in ans.answer
