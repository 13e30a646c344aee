"""The route stage: one answerer per question class; free-text lookup for everything else and
whenever a class's structure is not on the screens asked about."""

from __future__ import annotations

import re
from collections.abc import Callable

from autocapture.answer.base import NO_STRUCTURE, AnswerContext, ClassAnswerer
from autocapture.answer.browser import BrowserChromeAnswerer
from autocapture.answer.calendar import CalendarAnswerer
from autocapture.answer.chat import ChatAnswerer
from autocapture.answer.class_guess import Guess
from autocapture.answer.console_color import ConsoleColorAnswerer
from autocapture.answer.cross_window import CrossWindowAnswerer
from autocapture.answer.doer_verbs import asked_doer
from autocapture.answer.file_view import file_answer
from autocapture.answer.focus import FocusAnswerer
from autocapture.answer.forms import FormAnswerer
from autocapture.answer.lookup import ONLY_THE_NAME, Draft
from autocapture.answer.mail_headers import ADDRESS_ASK, address_draft
from autocapture.answer.mail_listed import listed_only
from autocapture.answer.names_together import named_elsewhere
from autocapture.answer.timeline import TimelineAnswerer
from autocapture.answer.windows import WindowInventoryAnswerer
from autocapture.text import VALUE_TYPES, Bag

BUILTIN: dict[str, Callable[[], ClassAnswerer]] = {
    "window_inventory": WindowInventoryAnswerer,
    "focus_state": FocusAnswerer,
    "cross_window": CrossWindowAnswerer,
    "timeline": TimelineAnswerer,
    "console_color": ConsoleColorAnswerer,
    "browser_chrome": BrowserChromeAnswerer,
    "chat": ChatAnswerer,
    "form_kv": FormAnswerer,
    "calendar": CalendarAnswerer,
}


# A question about when something was (did, was): not what a calendar books
PAST = re.compile(r"\b(?:did|was|were|had|ago|last|yesterday)\b")
# The asker as the one who said or asked something: their own words may be in a form.
ASKER = re.compile(r"\b(?:did|do|have|had)\s+i\s+(?:ask|say|request|write|put)\b|\bi['’]d\b", re.I)


WEAK_MATCH = "weak_match"


def _absent_words(ctx: AnswerContext) -> list[str]:
    """The question's required words found nowhere in the store (no line, no title)."""
    a = ctx.analysis
    required = [k for k in a.keywords if k not in a.soft_words and k not in a.cue_words]
    return [k for k in required if not ctx.retriever.occurs(k)]


def _uncovered(ctx: AnswerContext, draft: Draft, alt: Draft) -> list[str]:
    """The required words the lookup's best line lacked that the other answer's evidence
    (its lines and their window titles) lacks as well."""
    a = ctx.analysis
    missing = [
        k
        for k in draft.decisions.get("missing") or []
        if k in a.keywords and k not in a.soft_words and k not in a.cue_words
    ]
    shown = Bag.of(" ".join(f"{e.line.text} {e.line.window_title or ''}" for e in alt.evidence))
    return [k for k in missing if not shown.has(k)]


class Router:
    def __init__(self, extra: dict[str, Callable[[], ClassAnswerer]] | None = None) -> None:
        self.factories = {**BUILTIN, **(extra or {})}
        self._made: dict[str, ClassAnswerer] = {}

    def answerer(self, qclass: str) -> ClassAnswerer | None:
        if qclass not in self.factories:
            return None
        if qclass not in self._made:
            self._made[qclass] = self.factories[qclass]()
        return self._made[qclass]

    def answer(
        self,
        qclass: str,
        ctx: AnswerContext,
        lookup_answer: Callable[[], Draft],
        guess: Callable[[], Guess | str] | None = None,
    ) -> tuple[Draft, str]:
        """The draft, and the answerer that wrote it (name/version). After an abstention,
        ``guess`` (a learned class, see class_guess) may name another answerer to try."""
        looked = []

        def lookup_once() -> Draft:
            looked.append(True)
            return lookup_answer()

        draft, by = self._routed(qclass, ctx, lookup_once)
        if draft.state != "indeterminate" or guess is None or not by.startswith("lookup"):
            # a class answerer's own abstention is a finding about its structure ("no
            # message from you to Gideon"); another class would answer another question
            return draft, by
        return self._second_opinion(qclass, ctx, draft, by, guess, None if looked else lookup_once)

    def _second_opinion(
        self,
        qclass: str,
        ctx: AnswerContext,
        draft: Draft,
        by: str,
        guess: Callable[[], Guess | str],
        lookup_answer: Callable[[], Draft] | None,
    ) -> tuple[Draft, str]:
        """The guessed class's answer in place of an abstention, when the guess is sure and
        that answerer finds something; otherwise the abstention stands."""
        if not (draft.reason or "").startswith(WEAK_MATCH):
            # the lookup's other abstentions are findings ("no message naming Lindqvist
            # says it", no frame in the asked time) that another answerer would not undo
            return draft, by
        absent = _absent_words(ctx)
        if absent:
            # "which Slack channels were open?": what the question names was never on screen,
            # so a window list (or any other class's answer) would answer something else
            draft.decisions["class_guess"] = {"skipped": f"never on screen: {absent}"}
            return draft, by
        got = guess()
        if isinstance(got, str):
            draft.decisions["class_guess"] = {"skipped": got}
            return draft, by
        draft.decisions["class_guess"] = got.as_dict()
        if not got.sure or got.qclass == qclass:
            return draft, by
        if got.qclass == "lookup":
            if lookup_answer is None:
                return draft, by
            alt, name = lookup_answer(), "lookup.extractive"
        else:
            a = self.answerer(got.qclass)
            if a is None:
                return draft, by
            alt, name = a.answer(ctx), f"{a.name}/{a.version}"
        if alt.state == "indeterminate":
            return draft, by
        uncovered = _uncovered(ctx, draft, alt)
        if uncovered:
            # what no line held must be in what the other answerer rests on: "loadsheet" in
            # the chat message it quotes, not only somewhere near a test line
            draft.decisions["class_guess"]["not_in_answer"] = uncovered
            return draft, by
        alt.decisions["class_guess"] = {
            **got.as_dict(),
            "instead_of": qclass,
            "abstention": draft.reason,
        }
        alt.confidence = round(alt.confidence * got.p, 4)
        return alt, f"{name} (guessed class, p={got.p:.2f})"

    def _routed(
        self, qclass: str, ctx: AnswerContext, lookup_answer: Callable[[], Draft]
    ) -> tuple[Draft, str]:
        shown = file_answer(ctx)  # "what did the README say?": where it was opened, if ever
        if shown is not None:
            return shown, "file_view/1"
        a = self.answerer(qclass)
        if a is not None:
            draft = a.answer(ctx)
            if qclass == "chat" and draft.state == "indeterminate" and ASKER.search(ctx.question):
                # "what equipment did I ask to borrow?": what I asked for in a form, maybe
                alt, by = self._or_form(ctx, draft, f"{a.name}/{a.version}", skip="chat")
                if alt.state != "indeterminate" or draft.reason != NO_STRUCTURE:
                    return alt, by
            if not (draft.state == "indeterminate" and draft.reason == NO_STRUCTURE):
                return draft, f"{a.name}/{a.version}"
            if qclass == "form_kv" and ADDRESS_ASK.search(ctx.question.lower()):
                got = address_draft(ctx)  # "X's email address" on the header entry naming X
                if got is not None:
                    return got, "mail_headers/1"
            fallback = lookup_answer()
            unopened = listed_only(ctx, fallback)  # "what did the X mail say": only listed
            if unopened is not None:
                return unopened, "lookup.extractive (mail only listed)"
            fallback.decisions["fallback_from"] = a.name
            fallback.decisions["missing_structure"] = draft.decisions.get("missing")
            by = f"lookup.extractive (no {draft.decisions.get('missing')})"
            return self._or_form(ctx, fallback, by, skip=qclass)
        booked = self._booked(ctx)  # "dentist today at what time?": the calendar, not notes
        if booked is not None:
            return booked, "calendar/1 (before lookup)"
        done = self._done_by(ctx)  # "who posted the discrepancy": a "Posted by" field
        if done is not None:
            return done, "form_kv/1 (before lookup)"
        draft = lookup_answer()
        unopened = listed_only(ctx, draft)  # "in the pre-check mail": only its subject seen
        if unopened is not None:
            return unopened, "lookup.extractive (mail only listed)"
        other = named_elsewhere(ctx, draft)  # "lindqvist's flight": not Haraldsen's message
        if other is not None:
            return other, "lookup.extractive (another person's message)"
        return self._or_form(ctx, draft, "lookup.extractive", skip="")

    def _booked(self, ctx: AnswerContext) -> Draft | None:
        """A calendar event's time, for a question about when something is (not was): the
        calendar is where a time is set, a note may hold an old one. None when no event
        matches (the lookup answers)."""
        if ctx.analysis.value_type != "time" or PAST.search(ctx.question.lower()):
            return None
        calendar = self.answerer("calendar")
        if calendar is None:
            return None
        got = calendar.answer(ctx)
        return got if got.state == "ok" else None

    def _done_by(self, ctx: AnswerContext) -> Draft | None:
        """A form's "<verb> by" field, for "who <verb> X" (the one who did it is named there,
        where free text may only mention the thing done)."""
        forms = self.answerer("form_kv")
        if forms is None or asked_doer(ctx.question) is None:
            return None
        got = forms.answer(ctx)
        return got if got.state == "ok" and got.decisions.get("by_wh") == "who" else None

    def _or_form(self, ctx: AnswerContext, draft: Draft, by: str, skip: str) -> tuple[Draft, str]:
        """Free text found nothing, but a form field may be named ("did the customer sign up
        for the newsletter?" is the Newsletter checkbox). Lookup answers first, so a
        receipt's "Total:" line is still read as text."""
        forms = self.answerer("form_kv")
        if draft.state != "indeterminate" or forms is None or skip == "form_kv":
            return draft, by
        alt = forms.answer(ctx)
        if alt.state == "indeterminate":
            return draft, by
        if (draft.reason or "").startswith(ONLY_THE_NAME) and not any(
            e.role == "label" for e in alt.evidence
        ):
            return draft, by  # a field with no label naming only the person is no better
        want = VALUE_TYPES.get(ctx.analysis.value_type or "")
        value = alt.value or ""
        dated = ctx.analysis.value_type == "time" and VALUE_TYPES["date"].pattern.search(value)
        if want is not None and not want.pattern.search(value) and not dated:
            return draft, by  # "what time ..." is not answered by a field holding a name
        alt.decisions["after_lookup"] = draft.reason
        return alt, f"{forms.name}/{forms.version} (after lookup)"
