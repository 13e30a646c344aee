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
