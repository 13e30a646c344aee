"""Everyday wording: the vocabulary rules that let a question match a screen that words the
same thing differently, and that keep them from matching what is not there."""

from __future__ import annotations

import pytest

from autocapture.answer.calendar import _length, _spans
from autocapture.answer.question import _ASPECT
from autocapture.answer.windows import SWITCH_ASK, SWITCH_FROM
from autocapture.text import SHELL_PROMPT, VALUE_TYPES, Bag, part_match, stem, token_match
from autocapture.understand.reader import NodeRow


@pytest.mark.parametrize(
    ("asked", "shown"),
    [
        ("left", "Leave"),  # irregular past: "where should it be left" / "Leave at reception"
        ("refusing", "refused"),
        ("refuse", "refusing"),  # silent e
        ("name", "named"),
        ("admin", "administrator"),  # everyday abbreviation
        ("config", "configuration"),
        ("tables", "table"),
        ("sent", "send"),
    ],
)
def test_inflections_and_abbreviations_match(asked: str, shown: str) -> None:
    assert token_match(asked, shown.lower())
    assert Bag.of(f"some {shown} text").has(asked)


@pytest.mark.parametrize(
    ("asked", "shown"),
    [("left", "lift"), ("admin", "adding"), ("free", "fred"), ("agree", "agent")],
)
def test_different_words_still_differ(asked: str, shown: str) -> None:
    assert stem(asked) != stem(shown)
    assert not Bag.of(shown).has(asked)


def test_compound_token_parts_are_words() -> None:
    bag = Bag.of("jonas@buildbox:~/crm$ cat contacts.csv")
    assert bag.has("contact") and bag.has("contacts") and bag.has("csv")
    assert not bag.has("contract")


def test_aspect_verb_before_a_gerund_is_phrasing() -> None:
    assert {m.group(1) for m in _ASPECT.finditer("when did it start refusing uploads")} == {"start"}
    assert not _ASPECT.search("when did the start script run")
    assert not _ASPECT.search("when did it stop sending mail")  # stopping is the content


def _event(start: str, end: str | None) -> NodeRow:
    attrs = {"title": "x", "start": start, "end": end}
    return NodeRow(
        node_id="n",
        frame_id="f",
        ts_utc="2026-11-24T00:00:00Z",
        ts_ms=0,
        kind="calendar_event",
        bbox=(0, 0, 1, 1),
        text="x",
        text_sha256="",
        span_ids=[],
        attrs=attrs,
        parent_id=None,
        window_row=None,
        window_title=None,
        window_app=None,
        window_focused=False,
    )


def test_an_event_is_on_between_its_start_and_end() -> None:
    assert _spans(_event("11:15", "12:00"), (11, 30))
    assert not _spans(_event("11:15", "12:00"), (12, 30))
    assert not _spans(_event("11:15", None), (11, 30))  # no end: only its start is known


def test_switch_wording() -> None:
    q = "when did i go back to the customer form after doing the shipping address?"
    assert SWITCH_ASK.search(q)
    m = SWITCH_FROM.search(q)
    assert m is not None and m.group(1) == "the shipping address"
    assert SWITCH_ASK.search("what time did i head over to the terminal")
    assert not SWITCH_ASK.search("what did i type into the form")


def test_shell_prompt_names_a_terminal() -> None:
    assert SHELL_PROMPT.match("jonas@buildbox: ~/crm")
    assert SHELL_PROMPT.match("alex@devbox:~/src/billing$ make test")
    assert not SHELL_PROMPT.match("mats.lind@kustpost.example")
    assert not SHELL_PROMPT.match("New customer - Nordlys CRM")


def test_a_file_name_holds_its_parts() -> None:
    assert part_match("tarball", "tidepool-2.6.0.tar.gz")  # a tarball is a tar file
    assert part_match("contacts", "contacts.csv")
    assert not part_match("tarball", "target.gz")
    assert not part_match("contacts", "contacts")  # a plain word is not a compound


def test_version_values() -> None:
    from autocapture.answer.value_shapes import VERSION

    found = [m.group(0) for m in VERSION.finditer("7 Nov_24 14:13 tidepool-2.6.0.tar.gz")]
    assert found == ["2.6.0"]
    assert VERSION.search("3.2.3 (2026-10-19): x").group(0) == "3.2.3"  # type: ignore[union-attr]
    assert not VERSION.search("size 40, 14:13")


@pytest.mark.parametrize(
    ("question", "qclass"),
    [
        ("was newsletter ticked?", "form_kv"),
        ("was the newsletter checkbox checked?", "form_kv"),
        ("did i leave the terms box unchecked?", "form_kv"),
        ("do i have anything on at 11:30 today?", "calendar"),
        ("am i free at 3?", "calendar"),
        ("which tests were checked in by bob?", "lookup"),  # "checked in" is no checkbox
        ("what did i have in front at 14:26?", "focus_state"),
        ("list the terminals i had open at 14:14", "window_inventory"),
        ("was the shipping address window open yet?", "window_inventory"),
    ],
)
def test_routing_of_everyday_wording(question: str, qclass: str) -> None:
    from autocapture.answer.classify import classify
    from autocapture.promptops.bundle import load_bundle
    from autocapture.promptops.rules import parse_rules
    from autocapture.promptops.service import DEFAULT_BUNDLE_DIR
    from autocapture.text import VALUE_TYPES

    rules = parse_rules(load_bundle(DEFAULT_BUNDLE_DIR).text("query.rules"), set(VALUE_TYPES))
    assert classify(question, rules)[0] == qclass


def test_contractions_typed_without_apostrophes() -> None:
    from autocapture.promptops.pipeline import normalize

    assert normalize("whats the number for Mats") == "what's the number for Mats"
    assert normalize("didnt  it fail?") == "didn't it fail?"
    assert normalize("what time's my standup?") == "what time is my standup?"
    assert normalize("Its own row") == "Its own row"  # "its" is a word


@pytest.mark.parametrize(
    ("start", "end", "length"),
    [("15:00", "15:45", "45 min"), ("14:00", "15:30", "1 h 30 min"), ("23:30", "00:15", "45 min"),
     ("10:00", None, None)],
)  # fmt: skip
def test_how_long_an_event_lasts(start: str, end: str | None, length: str | None) -> None:
    assert _length(_event(start, end)) == length


@pytest.mark.parametrize(
    ("text", "number", "present"),
    [("Vancomycin 1g vial", "1", True), ("500mg", "500", True), ("2.5ml", "2.5", True),
     ("ward 4B", "4", False), ("v2", "2", False), ("12345", "1", False)],
)  # fmt: skip
def test_a_quantity_glued_to_its_unit_holds_its_number(
    text: str, number: str, present: bool
) -> None:
    assert Bag.of(text).has(number) is present


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("moves to Monday 30 November at 1:30 PM", ["Monday 30 November"]),
        ("Tue 24 Nov 10:20", ["24 Nov"]),  # a clock time is no year
        ("mediation is Monday 10:00, not Tuesday", ["Monday", "Tuesday"]),
        ("may I go 5 times", []),
    ],
)
def test_dates_with_weekdays(text: str, dates: list[str]) -> None:
    assert [m.group(0) for m in VALUE_TYPES["date"].pattern.finditer(text)] == dates
