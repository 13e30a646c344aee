"""Answerers over parsed structure: chat messages, form fields, calendar events (to come)."""

from __future__ import annotations

from autocapture.answer.base import AnswerContext, no_structure
from autocapture.answer.lookup import Draft


class ChatAnswerer:
    name = "chat"
    version = "0"

    def answer(self, ctx: AnswerContext) -> Draft:
        return no_structure("chat messages")


class FormAnswerer:
    name = "form_kv"
    version = "0"

    def answer(self, ctx: AnswerContext) -> Draft:
        return no_structure("form fields")


class CalendarAnswerer:
    name = "calendar"
    version = "0"

    def answer(self, ctx: AnswerContext) -> Draft:
        return no_structure("calendar events")
