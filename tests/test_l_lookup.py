"""Free-text and table lookups met on the blind set l (content invented here):

* a narrow column headed by a word cut short ("ext") is named by the whole word
  ("what's Mere Tana's extension?"); a header that is a whole word is not a short form, and a
  header holding a question word itself wins over one cut short ("Form" is no "formulary");
* "below what barometer is there no sailing?" asks for the threshold, the number on the
  rule's line ("Barometer below 990 hPa"), not the action beside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from autocapture.answer.question import analyse
from autocapture.answer.table_columns import shortened_in
from autocapture.api import Autocapture
from autocapture.promptops.rules import parse_rules
from autocapture.text import VALUE_TYPES
from tests.conftest import REPO
from tests.framekit import Row, ask_cited, text_frame, utc_app

HOUR = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
TERM = "#1e1e1e"
PAGE = "#ffffff"
RULES = parse_rules(
    (REPO / "autocapture/promptops/default_bundle/query_rules.yaml").read_text(), set(VALUE_TYPES)
)
RULES_WIN = ("Harbour rules - Chromium", (0, 420, 1280, 800))
STAFF_WIN = ("ops@depot: ~/staff", (0, 0, 1280, 400))


def _cells(y: int, cells: tuple[str, ...]) -> list[Row]:
    return [(0, x, y, c) for x, c in zip((10, 200, 400, 600), cells, strict=True)]


STAFF: list[Row] = [
    (0, 10, 20, "ops@depot:~/staff$ column -s, -t staff.csv"),
    *_cells(40, ("name", "role", "phone", "ext")),
    *_cells(60, ("Mere Tana", "Dispatcher", "+64 4 555 0140", "21")),
    *_cells(80, ("Tom Reid", "Driver", "+64 4 555 0171", "34")),
]


SAILING: list[Row] = [
    (1, 10, 440, "Rule"),
    (1, 300, 440, "What the skipper does"),
    (1, 10, 460, "Gusts over 30 kn"),
    (1, 300, 460, "Reef and head in"),
    (1, 10, 480, "Barometer below 990 hPa at dawn"),
    (1, 300, 480, "No sailing until it lifts"),
]


STOCK_WIN = ("Formulary search - Chromium", (0, 820, 1280, 1000))
STOCK: list[Row] = [
    (2, 10, 840, "Drug"),
    (2, 300, 840, "Form"),
    (2, 500, 840, "Stock"),
    (2, 10, 860, "Cefazolin"),
    (2, 300, 860, "vial"),
    (2, 500, 860, "12"),
]


@pytest.fixture(scope="module")
def staff(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    with utc_app(tmp_path_factory.mktemp("l_lookup")) as a:
        assert a.store.write_frame(
            text_frame(
                5, [STAFF_WIN, RULES_WIN, STOCK_WIN], STAFF + SAILING + STOCK, hour=HOUR, bg=PAGE
            )
        )
        yield a


def test_a_header_cut_short() -> None:
    assert shortened_in("extension", "ext")
    assert shortened_in("temperature", "Temp.")
    assert not shortened_in("quantity", "qty")
    assert not shortened_in("roles", "role")  # a whole word, not a short form
    assert not shortened_in("extension", "ext no")


def test_a_column_headed_by_a_short_form(staff: Autocapture) -> None:
    ext = ask_cited(staff, "whats Mere Tana's extension", NOW, value_cited=True)
    assert ext.state == "ok" and "21" in ext.answer and "34" not in ext.answer, ext.answer
    phone = ask_cited(staff, "what's Tom Reid's phone?", NOW, value_cited=True)
    assert "0171" in phone.answer, phone.answer
    stock = ask_cited(staff, "how much cefazolin stock is in the formulary?", NOW, value_cited=True)
    assert "12" in stock.answer and "vial" not in stock.answer, stock.answer


def test_below_what_asks_a_threshold(staff: Autocapture) -> None:
    assert analyse("below what barometer is there no sailing?", RULES).value_type == "number"
    assert analyse("what is there no sailing below?", RULES).value_type is None
    low = ask_cited(staff, "below what barometer is there no sailing?", NOW, value_cited=True)
    assert low.state == "ok" and "990" in low.answer, low.answer
