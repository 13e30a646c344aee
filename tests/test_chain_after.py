"""A moment placed after another ("right after X I pulled up Y, what time was that"): X is
dated first, then the switch to Y after that minute (answer/chain_after.py)."""

from __future__ import annotations

from typing import Any

import pytest

from autocapture.answer.chain import ask_chain
from autocapture.answer.chain_after import after_chain
from autocapture.answer.model import Answer, Claim

TEXTS = {"indeterminate": "Indeterminate: {reason}.", "claim_separator": "; "}


class _Ledger:
    def __init__(self) -> None:
        self.strategy: list[str] = []


@pytest.mark.parametrize(
    ("question", "first", "then"),
    [
        ("right after the weekly report i pulled up my old budget sheet, what time was that",
         "when did i first see the weekly report?",
         "when did i pull up my budget sheet after {}?"),
        ("just after the build log i switched to the browser - when was that?",
         "when did i first see the build log?", "when did i switch to the browser after {}?"),
    ],
)  # fmt: skip
def test_after_lead_splits(question: str, first: str, then: str) -> None:
    chain = after_chain(question)
    assert chain is not None
    assert (chain.first, chain.then) == (first, then)


@pytest.mark.parametrize(
    "question",
    [
        "right after the meeting i opened the report, what did it say",  # asks no time
        "what was the old password",  # "old" is no asker's qualifier here (must not change)
        "when did i pull up my notes",  # no earlier moment
    ],
)
def test_not_after_leads(question: str) -> None:
    assert after_chain(question) is None


def test_second_step_asks_after_the_first_moment() -> None:
    """The first step's time (to the minute), not the thing it saw, goes into the second."""
    chain = after_chain("right after the weekly report i opened the budget sheet, what time")
    assert chain is not None
    asked: list[str] = []

    def one(q: str, _ledger: Any) -> Answer:
        asked.append(q)
        text = (
            "The weekly report (week 48) first showed at 09:12:40 in 'reports'."
            if len(asked) == 1
            else "You switched to 'budget.ods' at 09:14:05."
        )
        return Answer(
            query=q, query_effective=q, question_class="timeline", state="ok", answer=text,
            claims=[Claim(text=text, value="x")], confidence=0.8,
        )  # fmt: skip

    ans = ask_chain(chain, "q", one, _Ledger(), _Ledger, TEXTS)
    assert asked[1] == "when did i open the budget sheet after 09:12?"
    assert ans.state == "ok" and "09:14:05" in ans.answer
