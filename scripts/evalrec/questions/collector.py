"""The tests of every question class, collected in the order they are written."""

from __future__ import annotations

from typing import Any

from autocapture.promptops.rules import QUESTION_CLASSES

from ..truth import Truth

CLASSES = list(QUESTION_CLASSES)


class QuestionSet:
    """Tests per question class; ``add`` writes one test's expectations."""

    def __init__(self) -> None:
        self.tests: dict[str, list[dict[str, Any]]] = {c: [] for c in CLASSES}

    def add(
        self,
        klass: str,
        tr: Truth,
        tid: str,
        question: str,
        tag: str,
        contains: list[str] | None = None,
        excludes: list[str] | None = None,
        state: str = "ok",
        cites: list[dict[str, Any]] | None = None,
    ) -> None:
        expect: dict[str, Any] = {"state": state}
        if contains:
            expect["answer_contains_any"] = list(dict.fromkeys(contains))
        if excludes:
            expect["answer_excludes"] = excludes
        if cites:
            expect["citations"] = cites
        self.tests[klass].append(
            {
                "id": f"x11-{tid}",
                "question": question,
                "class": klass,
                "tags": [tag],
                "bundle": tr.bundle,
                "now": tr.now,
                "expect": expect,
            }
        )

    def unanswerable(self, klass: str, tr: Truth, tid: str, question: str) -> None:
        self.add(klass, tr, tid, question, "unanswerable", state="indeterminate")
