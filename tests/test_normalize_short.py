"""Typed short forms and loosely said clocks are written out before classifying."""

from __future__ import annotations

import pytest

from autocapture.promptops.normalize import normalize


@pytest.mark.parametrize(
    ("question", "normal"),
    [
        (
            "besides the build shell, what other terms did i have up",
            "besides the build shell, what other terminals did i have up",
        ),
        ("which term was i in at the end", "which term was i in at the end"),
        ("which term had focus last", "which terminal had focus last"),
        ("what was open b4 i started the server", "what was open before i started the server"),
        ("like 10 to 3, which window had focus", "around 2:50, which window had focus"),
        ("11:05 - what was open", "at 11:05, what was open"),
        ("which app was in front like 9:40", "which app was in front around 9:40"),
    ],
)
def test_short_forms_written_out(question: str, normal: str) -> None:
    assert normalize(question) == normal


@pytest.mark.parametrize(
    "question",
    [
        "what were the payment terms on the invoice",
        "what terms were up for renewal",
        "3.45, which item cost that",
        "it looked like 3:58 on the clock, which train was it",
    ],
)
def test_must_not_change(question: str) -> None:
    assert normalize(question) == question


@pytest.mark.parametrize(
    ("question", "normal"),
    [
        (
            "right at the start when the order form was still empty, was anything else open",
            "was anything else open when the order form was still empty",
        ),
        (
            "while the build was running, were there any other windows up besides it?",
            "were there any other windows up besides it while the build was running?",
        ),
        # must not change: the moment asks something other than "anything else"
        (
            "when the form was still blank, what was in the name field",
            "when the form was still blank, what was in the name field",
        ),
    ],
)
def test_a_moment_said_before_an_anything_else_ask(question: str, normal: str) -> None:
    assert normalize(question) == normal
