"""A question's words read in the forms event titles write them (answer/title_words.py)."""

from __future__ import annotations

from autocapture.answer.structured import cover
from autocapture.answer.title_words import in_title_forms

TITLES = ["NORTE-MED group check-out", "Night off", "OPS sync with Dana"]


def test_a_group_and_a_cut_word_are_read_as_the_title_writes_them() -> None:
    words = ["medical", "congress", "lot", "checking"]
    got = in_title_forms(words, TITLES)
    assert got == ["med", "congress", "group", "checking"]
    assert cover(got, TITLES[0])[0] >= 0.75


def test_words_the_titles_hold_or_cannot_hold_are_left_alone() -> None:
    """Must not change: a word a title holds, a word with no capitalised head in any title,
    a near-whole word ("ops" is no cut of "opsx"), and "lot" where no title says group."""
    assert in_title_forms(["night", "off"], TITLES) == ["night", "off"]
    assert in_title_forms(["dentist", "opsy"], TITLES) == ["dentist", "opsy"]
    assert in_title_forms(["operations"], TITLES) == ["operations"]
    assert in_title_forms(["lot"], ["Parking lot sweep"]) == ["lot"]
    assert in_title_forms(["crowd"], ["Night off"]) == ["crowd"]
