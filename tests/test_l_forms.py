"""Forms met on the blind set l (content invented here):

* "Invoice (USD): 4300.00": the label names the currency, so a bare number of that field is
  the sum asked for ("invoice amount on the report?"), though it has no symbol or grouping.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.answer.form_money import priced_by_label
from autocapture.api import Autocapture
from tests.framekit import Row, ask_cited, text_frame, utc_app

HOUR = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
FIELD = "#ffffff"
PAPER = "#f0efee"
REPORT_WIN = ("Boat rescue report - Harbour Tours", (0, 0, 600, 400))


def _report() -> list[Row]:
    pairs = [
        ("Vessel", "Kittiwake"),
        ("Reference", "HT-2231"),
        ("Invoice (EUR)", "2750.00"),
        ("Skipper", "Mara Lind"),
    ]
    rows: list[Row] = []
    for k, (label, value) in enumerate(pairs):
        rows += [(0, 20, 60 + 40 * k, label), (0, 200, 60 + 40 * k, value, FIELD)]
    return rows


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    with utc_app(tmp_path_factory.mktemp("l_forms")) as a:
        assert a.store.write_frame(text_frame(5, [REPORT_WIN], _report(), hour=HOUR, bg=PAPER))
        yield a


def test_a_label_naming_the_currency_makes_a_sum() -> None:
    assert priced_by_label("Invoice (USD)", "4300.00")
    assert priced_by_label("Fee, NPR", "1500")
    assert not priced_by_label("Invoice no.", "4300")
    assert not priced_by_label("Invoice (USD)", "INV-4300")
    assert not priced_by_label("Business unit", "4300")  # "USD" only as a word of its own


def test_the_amount_of_a_field_whose_label_names_the_currency(report: Autocapture) -> None:
    amount = ask_cited(report, "invoice amount on the boat rescue report?", NOW, value_cited=True)
    assert amount.state == "ok" and "2750.00" in amount.answer, amount.answer
    ref = ask_cited(report, "reference on the boat rescue report?", NOW, value_cited=True)
    assert "HT-2231" in ref.answer, ref.answer
