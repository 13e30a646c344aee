"""Question suites from truth: one module per scenario, tests collected per class."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..truth import Truth
from .browser import add_browser
from .calendar import add_calendar
from .collector import CLASSES, QuestionSet
from .console import add_console
from .form import add_form
from .mail import add_mail

__all__ = ["CITED_AS_IS", "CLASSES", "build_tests"]

# In this order: within a class, tests keep the order of the scenarios.
BY_SCENARIO: list[tuple[str, Callable[[QuestionSet, Truth], None]]] = [
    ("console", add_console),
    ("browser", add_browser),
    ("calendar", add_calendar),
    ("mail", add_mail),
    ("form", add_form),
]

CITED_AS_IS = {
    "form-email", "form-order", "form-postal", "cal-dentist", "cal-vendor", "chat-freeze",
    "mail-release", "lookup-python", "lookup-sync-interval", "url-config", "lookup-merge",
    "color-failed-red", "mail-sent-kenji", "mail-subject-desk", "count-harbor-passed",
}  # fmt: skip


def build_tests(truths: dict[str, Truth]) -> dict[str, list[dict[str, Any]]]:
    """Tests per question class from the scenarios' truth (those recorded)."""
    q = QuestionSet()
    for name, add_questions in BY_SCENARIO:
        tr = truths.get(name)
        if tr:
            add_questions(q, tr)
    _cite_printed_values(q.tests)
    return q.tests


def _cite_printed_values(tests: dict[str, list[dict[str, Any]]]) -> None:
    # The value is printed on screen as it is expected: a citation must contain it.
    for klass_tests in tests.values():
        for t in klass_tests:
            if t["id"].removeprefix("x11-") in CITED_AS_IS and "citations" not in t["expect"]:
                t["expect"]["citations"] = [
                    {"text_contains": t["expect"]["answer_contains_any"][0]}
                ]
