"""A month asked about is found in a table's short name for it or in a season spanning it
("how much is the Manaslu RAP in December?" against a row "Manaslu RAP, Dec-Aug")."""

from __future__ import annotations

import pytest

from autocapture.text import Bag


@pytest.mark.parametrize(
    ("text", "key", "has"),
    [
        ("Manaslu RAP, Dec-Aug", "december", True),  # a season through the new year
        ("Manaslu RAP, Dec-Aug", "january", True),
        ("Manaslu RAP, Dec-Aug", "october", False),
        ("Manaslu RAP, Sep-Nov", "october", True),
        ("Manaslu RAP, Sep-Nov", "december", False),
        ("Due 3 November", "nov", True),
        ("Due 3 Nov", "november", True),
        ("Due 3 Nov", "march", False),
        ("open-ended", "june", False),  # a hyphenated word that is no span of months
    ],
)
def test_a_month_in_a_name_or_a_span(text: str, key: str, has: bool) -> None:
    assert Bag.of(text).has(key) is has
