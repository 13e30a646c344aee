"""Calendar questions over calendar_event nodes: when an event starts or ends, what is on the
calendar on a day, what is at a time.

A day named in the question ('on Thursday', 'tomorrow') is the events' day, not a filter on
when the screen was captured; so is a clock time ('what is at 14:00'). Events are matched by
their title; the same event seen in several frames counts once (its latest sighting). Claims
cite the time span (the value) with the title span as context.
"""

from __future__ import annotations

import re
from datetime import date
from zoneinfo import ZoneInfo

from autocapture.answer.base import AnswerContext, no_structure
from autocapture.answer.calendar_added import calendar_added
from autocapture.answer.calendar_check import CHECK, DOTTED, checked
from autocapture.answer.calendar_clash import MIN_COVER, ClashMixin
from autocapture.answer.calendar_cut import whole_title
from autocapture.answer.calendar_free import free_at
from autocapture.answer.calendar_guess import (
    clock_readings,
    guessed_tail,
    not_as_guessed,
    tail_words,
)
from autocapture.answer.calendar_label import unstated
from autocapture.answer.calendar_lead import read_lead, with_others
from autocapture.answer.calendar_place import PLACE_WORDS, asks_place, event_place
from autocapture.answer.calendar_work import working_on
from autocapture.answer.lookup import Draft, Evidence
from autocapture.answer.structured import (
    asked_day,
    content_words,
    cover,
    day_label,
    extra_words,
    kind_echo,
    local_date,
    newest,
    resolve_date,
    span_line,
    value_evidence,
)
from autocapture.answer.title_words import in_title_forms
from autocapture.text import Bag, contains_value, spell_out, tokens
from autocapture.timeparse import PARTS_OF_DAY, SMALL_HOURS_END
from autocapture.understand.dates import CLOCK_RE, clock_hm, norm_clock
from autocapture.understand.reader import NodeRow

# Words of a day phrase ("on Thursday", "tomorrow", "24 Nov"): when the phrase is the whole
# question, only these are dropped from the words that name the event.
DAY_WORD = re.compile(
    r"(mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday|on|next|this"
    r"|last|week|day|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
)
AFTER_EVENT = re.compile(r"\b(?:next|following|comes)\b.*\bafter (?:the |my )?(.+?)\??$")
CLASH = re.compile(
    r"\b(clash|clashes|clashing|overlap|overlaps|overlapping|conflict|conflicts|conflicting"
    r"|double[- ]booked|coincide|coincides)\b|\bat the same time as\b"
)
# Words of a clash question that name no event ("is anything else booked at the same time").
_CLASH_WORDS = {"anything", "else", "booked", "same", "time", "clash", "clashes", "overlap",
                "overlaps", "conflict", "conflicts", "double", "coincide", "coincides",
                "scheduled", "something", "other", "any", "each", "one", "ones", "together",
                "with", "two", "three", "both", "thing", "things", "which", "clashing",
                "overlapping", "conflicting", "coinciding", "clashed", "overlapped"}  # fmt: skip
ORDINAL = re.compile(r"\b(first|earliest|last|latest|final)\b")
GENERIC = {
    "first",
    "earliest",
    "last",
    "latest",
    "final",
    "calendar",
    "calendars",
    "appointment",
    "appointments",
    "meeting",
    "meetings",
    "event",
    "events",
    "schedule",
    "scheduled",
    "agenda",
    "start",
    "starts",
    "started",
    "begin",
    "begins",
    "end",
    "ends",
    "ended",
    "finish",
    "finishes",
    "time",
    "today",
    "tomorrow",
    "yesterday",
    "next",
    "upcoming",
    "planned",
    "booked",
    "what",
    "when",
    "which",
    "long",
    "take",
    "day",
    "date",
    "wrap",
    "anything",
    "something",
    "free",
    "busy",
    "available",
    "on",
    "got",  # "what have I got tomorrow morning?"
    "morning",
    "afternoon",
    "evening",
    "tonight",
}
# "anything all day on Sunday?", "an all-day thing", "untimed events": events with no time.
_TODO = re.compile(r"^\s*\d{1,2}\.\s+\S")
ALL_DAY = re.compile(r"\ball[- ]?day\b|\buntimed\b")
_ALL_DAY_WORDS = {"all-day", "allday", "all", "day", "untimed", "thing", "things"}
HOW_MANY = re.compile(r"\bhow many\b|\bnumber of\b")
MAX_LIST = 8


# "which doctor is ...", "what room was ...": the noun names the kind of thing asked for (an
# event's title says who or where), not a word of the title.
ASKED_NOUN = re.compile(
    r"^\s*(?:which|what)\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:is|was|are|were|will|does|did|do)\b"
)
NOT_ASKED = {"time", "day", "date", "hour", "meeting", "meetings", "appointment", "event"}


def _asks(question: str) -> str:
    q = question.lower()
    if re.search(
        r"\b(end|ends|ended|finish|finishes|finished|over|until when|wraps?( up)?|be done|"
        r"be finished|be free|get out|let out)\b",
        q,
    ):
        return "end"
    if re.search(r"\bhow long\b", q):
        return "range"
    if re.search(r"^\s*(what|which) (day|date)\b|\bon (what|which) (day|date)\b", q):
        return "date"
    if re.search(r"^\s*(who|whom|where)\b|\bwith whom\b", q) or _asked_noun(q):
        return "title"
    return "start"


def _in_part_of_day(
    events: list[NodeRow], phrases: str, small_hours: bool = False
) -> list[NodeRow]:
    """The timed events starting in the part of the day named ("thursday morning"). Asked in
    the small hours, "tonight" is the night going on: today's events before dawn count."""
    part = next((p for p in PARTS_OF_DAY if re.search(rf"\b{p}\b", phrases)), None)
    if part is None:
        return events
    lo, hi = PARTS_OF_DAY[part]
    early = hi - 24 if small_hours and hi > 24 else -1
    return [
        n
        for n in events
        if (hm := clock_hm(n.attrs.get("start") or "")) is not None
        and (lo <= hm[0] < hi or hm[0] < early)
    ]


def _local_hour(ctx: AnswerContext) -> int:
    return ctx.now.astimezone(ZoneInfo(ctx.timezone)).hour


def _length(n: NodeRow) -> str | None:
    """How long an event with a start and an end lasts: "45 min", "1 h 30 min"."""
    a, b = clock_hm(n.attrs.get("start") or ""), clock_hm(n.attrs.get("end") or "")
    if a is None or b is None:
        return None
    mins = (b[0] * 60 + b[1] - a[0] * 60 - a[1]) % (24 * 60)
    if mins == 0:
        return None
    h, m = divmod(mins, 60)
    return " ".join(p for p in (f"{h} h" if h else "", f"{m} min" if m else "") if p)


_LINKING = {"with", "and", "the", "a", "an", "for", "of", "at", "on", "in", "to", "w", "re"}


def _adds_nothing(title: str, asked: list[str]) -> bool:
    """Whether a title only repeats the question ("Lunch with Ibrahim" says nowhere for
    "where am I meeting Ibrahim for lunch?")."""
    bag = Bag.of(" ".join(asked))
    return not [t for t in tokens(title) if len(t) > 1 and t not in _LINKING and not bag.has(t)]


def _untimed(n: NodeRow) -> bool:
    """An all-day event: no time, or one running from midnight to the end of the day."""
    start, end = clock_hm(n.attrs.get("start") or ""), clock_hm(n.attrs.get("end") or "")
    return start is None or (start == (0, 0) and end in ((23, 59), (0, 0), (24, 0)))


def _spans(n: NodeRow, hm: tuple[int, int] | None) -> bool:
    start, end = clock_hm(n.attrs.get("start") or ""), clock_hm(n.attrs.get("end") or "")
    return None not in (hm, start, end) and start < hm < end  # type: ignore[operator]


def _asked_noun(q: str) -> str | None:
    m = ASKED_NOUN.match(q)
    return m.group(1) if m and m.group(1) not in NOT_ASKED else None


class CalendarAnswerer(ClashMixin):
    name = "calendar"
    version = "1"

    def answer(self, ctx: AnswerContext) -> Draft:
        q = ctx.question.lower()
        added = calendar_added(ctx)  # "when did I add X to the calendar": the act, not X's time
        if added is not None:
            return added
        # "my notes say X moved - what day is it in my calendar?": the lead names the topic,
        # the ask that says "in my calendar" is the one the calendar answers.
        lead = read_lead(q)
        if lead is not None:
            q = lead.calendar_ask
        past = bool(re.search(r"\b(was|were|did|had)\b", q))
        day, day_phrase = asked_day(ctx, past)
        guess = guessed_tail(q)
        if guess is not None:  # "when is X again, friday right": the day is only a guess
            day, day_phrase = None, None
        whole_day: list[NodeRow] = []
        clock = next((p for p in ctx.intent.phrases if CLOCK_RE.search(p)), None)
        # Day and clock words name the events' time, so look at every screen until now.
        if day is not None or clock is not None:
            nodes = ctx.graph.nodes(("calendar_event",), None, ctx.now)
        else:
            nodes = ctx.graph.nodes(("calendar_event",), ctx.intent.start, ctx.intent.end)
        if not nodes:
            return no_structure("calendar events")
        # "1. Send the report": a numbered to-do beside the calendar, not an appointment
        nodes = [n for n in nodes if not _TODO.match(n.attrs.get("title") or "")]
        if not nodes:
            return no_structure("calendar events")
        dated = [(n, self._date(ctx, n)) for n in nodes]
        events = newest(
            [n for n, _ in dated],
            key=lambda n: (
                re.sub(r"\W+", "", n.attrs["title"].lower()),
                n.attrs.get("start"),
                n.attrs.get("end"),
                self._date(ctx, n),
            ),
        )
        when = {id(n): d for n, d in dated}
        every = events
        if day is not None:
            events = [n for n in events if when[id(n)] == day]
            free = free_at(ctx, events, when, day, _spans)  # "am I free at 2 this afternoon?"
            if free is not None:
                return free
            worked = working_on(q, events, day)  # "am I working on saturday?"
            if worked is not None:
                return worked
            whole_day = events
            events = _in_part_of_day(
                events,
                " ".join([*ctx.intent.phrases, day_phrase or ""]).lower(),
                small_hours=_local_hour(ctx) < SMALL_HOURS_END,
            )
        all_day = bool(ALL_DAY.search(q))
        if all_day:  # "anything all day tomorrow": untimed events
            events = [n for n in events if _untimed(n)]
        hm = clock_hm(CLOCK_RE.search(clock).group(0)) if clock else None  # type: ignore[union-attr]
        # "is the page 1 conference at 6.30?" checks a time the asker believes: the event is
        # found by its words and its own time says yes or no.
        checking = bool(CHECK.match(q))
        stated = clock or next((p for p in ctx.intent.phrases if DOTTED.search(p)), None)
        if checking and hm is None and stated and (m := DOTTED.search(stated)):
            hm = (int(m.group(1)), int(m.group(2)))  # "at 6.30": either half of the day
        checking = checking and hm is not None
        if hm is not None and not checking:
            for read in clock_readings(clock or "", hm):  # "at half 4": 4:30, else 16:30
                starting = [n for n in events if clock_hm(n.attrs.get("start") or "") == read]
                # "anything on at 11:30?": an event from 11:15 to 12:00 is on then.
                at = starting or [n for n in events if _spans(n, read)]
                if at:
                    break
            events = at
        if CLASH.search(q):  # "do any of my meetings today clash?", "... the Greer call?"
            # "the briefing tonight" names an event; the part of the day only describes it
            pool = whole_day if day is not None and not all_day else events
            named = spell_out(
                content_words(ctx, GENERIC | _CLASH_WORDS),
                [n.attrs.get("title") or "" for n in pool],
            )
            events = pool if named else events
            return self._clashes(
                ctx, events, when, {"day": day.isoformat() if day else None}, named
            )
        day_words = {
            w for w in re.findall(r"[a-z]+", (day_phrase or "").lower()) if DAY_WORD.fullmatch(w)
        }
        place = asks_place(q)
        generic = GENERIC | day_words | (_ALL_DAY_WORDS if all_day else set())
        generic |= PLACE_WORDS if place else set()
        generic |= tail_words(q) if guess is not None else set()
        words = content_words(ctx, generic)
        words = [w for w in words if w not in ctx.analysis.phrasing]  # "the last *thing*"
        titles = [n.attrs.get("title") or "" for n in events]
        words = spell_out(words, titles)  # "the FOH briefing": "Front of house briefing"
        words = in_title_forms(words, titles)  # "the medical lot": "NORTE-MED group"
        if lead is not None:  # the ask's own words, else the lead's topic
            own = lead.ask_words(q, ctx.analysis.keywords, generic | _LINKING)
            words = own or lead.topic_words(ctx.analysis.keywords, generic | _LINKING)
        decisions = {"events": len(events), "day": day.isoformat() if day else None, "terms": words}
        after = AFTER_EVENT.search(q)
        if after and words:
            got = self._after_event(ctx, events, when, words, after.group(1), q, decisions)
            if got is not None:
                return got
        if not words:
            if re.search(r"\bnext\b", q):  # "my next meeting": the first one after now
                events = self._after_now(ctx, events, when)
                if events:
                    return self._one(ctx, events[0], when[id(events[0])], _asks(q), 1.0, decisions)
            order = ORDINAL.search(q)
            if order and day is not None and events:  # "my first meeting on Thursday"
                timed = sorted(
                    (n for n in events if clock_hm(n.attrs.get("start") or "")),
                    key=lambda n: clock_hm(n.attrs["start"]),  # type: ignore[arg-type,return-value]
                )
                if timed:
                    pick = timed[0] if order.group(0) in ("first", "earliest") else timed[-1]
                    decisions["order"] = order.group(0)
                    return self._one(ctx, pick, when[id(pick)], _asks(q), 1.0, decisions)
            if not events:
                return Draft("", None, [], 0.3, "indeterminate", "no_event_on_that_day", decisions)
            return self._list(ctx, events, when, decisions, count=bool(HOW_MANY.search(q)))
        scored = []
        today = local_date(ctx, ctx.now.isoformat())
        asked = _asked_noun(q)
        match = [w for w in words if w != asked] or words
        if len(match) < len(words):
            decisions["asked"] = asked
        # "is the valuation still on friday at 10?": the day checked is only what the asker
        # believes; an event that moved to another day is found there, and the answer says so
        believed = day is not None and guess is None and bool(CHECK.match(q))
        for pool in (events, every) if believed else (events,):
            for n in pool:
                c, hit = cover(match, n.attrs["title"])
                if c < MIN_COVER:
                    continue
                d = when[id(n)]
                ahead = (d - today).days if d else 0
                soon = (0 if ahead >= 0 else 1, abs(ahead))
                echo = -kind_echo(n.attrs["title"], ctx.analysis.keywords, match)
                scored.append((-c, echo, extra_words(n.attrs["title"], hit), soon, -n.ts_ms, n))
            if scored:
                break
            if pool is events and believed:
                guess, day = (q, day_phrase or ""), None
                decisions["believed_day"] = guess[1]
        if not scored:
            if day is not None:
                return Draft("", None, [], 0.2, "indeterminate", "no_matching_event", decisions)
            # "when is Mia's dentist appointment?" may be in a note, not on the calendar:
            # free text answers it, or says it is not on screen.
            return no_structure("a matching calendar event")
        scored.sort(key=lambda t: t[:5])
        best = whole_title(scored[0][-1], [t[-1] for t in scored], when)  # not a cut-off one
        decisions["coverage"] = -scored[0][0]
        label = unstated(q, best.attrs["title"])  # "what seat is she in": no seat written
        if label is not None:
            why = f"event_does_not_say: '{best.attrs['title']}' states no {label}"
            return Draft("", None, [], 0.2, "indeterminate", why, decisions)
        if place:  # "where is the lease meeting being held?": only a place the event states
            return self._place(ctx, best, when[id(best)], -scored[0][0], decisions)
        if _asks(q) == "title" and _adds_nothing(best.attrs["title"], match):
            # "which room is the planning in?": a title that only repeats what was asked
            # names no room (or person); the event does not say.
            return Draft("", None, [], 0.2, "indeterminate", "event_does_not_say", decisions)
        got = self._one(ctx, best, when[id(best)], _asks(q), -scored[0][0], decisions)
        if checking and got.state == "ok":
            moved = not_as_guessed(got, when[id(best)], guess[1]) if guess else got
            if moved.answer.startswith("Not "):  # another day: the clock check says no more
                return moved
            return checked(got, best, hm, stated or "")
        if guess is not None and got.state == "ok":
            return not_as_guessed(got, when[id(best)], guess[1])
        if lead is None:
            return got
        spans = {s for n in nodes for s in n.span_ids}
        return with_others(ctx, lead, got, words, GENERIC | _LINKING, spans)

    def _place(
        self, ctx: AnswerContext, n: NodeRow, d: date | None, c: float, decisions: dict
    ) -> Draft:
        """Where the event is, from its note or its title; indeterminate when neither says."""
        found = event_place(ctx, n)
        decisions = {**decisions, "asks": "place", "event": n.attrs["title"]}
        if found is None:
            return Draft("", None, [], 0.2, "indeterminate", "event_does_not_say", decisions)
        place, note = found
        title_line = span_line(ctx, n, n.attrs.get("title_span_id"))
        line = note or title_line
        on = f" on {day_label(d)}" if d else ""
        text = f"{n.attrs['title']} ({self._times(n)}{on}) is at {place}."
        if line is None or not contains_value(line.text, place):
            return Draft(text, place, [Evidence(n.as_line(), "value")], 0.5, "ok", None, decisions)
        ev = value_evidence(ctx, line, place, 0, title_line if note else None)
        conf = round(0.6 + 0.3 * c, 3)
        return Draft(text, place, ev, conf, "ok", None, {**decisions, "frame_id": n.frame_id})

    def _after_event(
        self,
        ctx: AnswerContext,
        events: list[NodeRow],
        when: dict,
        words: list[str],
        phrase: str,
        q: str,
        decisions: dict,
    ) -> Draft | None:
        """'What's next after the budget review?': the event that follows the one named."""
        named = [w for w in words if w in set(re.findall(r"[\w-]+", phrase))]
        if not named:
            return None
        scored = [(cover(named, n.attrs["title"])[0], n) for n in events]
        scored = [(c, n) for c, n in scored if c >= MIN_COVER]
        if not scored:
            return Draft("", None, [], 0.2, "indeterminate", "no_matching_event", decisions)
        _, ref = max(scored, key=lambda t: (t[0], t[1].ts_ms))

        def at(n: NodeRow) -> tuple:
            return (when[id(n)] or date.max, clock_hm(n.attrs.get("start") or "") or (-1, 0))

        later = sorted((n for n in events if at(n) > at(ref)), key=at)
        decisions = {**decisions, "after": ref.attrs["title"]}
        if not later:
            return Draft("", None, [], 0.3, "indeterminate", "nothing_after_that_event", decisions)
        return self._one(ctx, later[0], when[id(later[0])], _asks(q), 0.9, decisions)

    def _after_now(self, ctx: AnswerContext, events: list[NodeRow], when: dict) -> list[NodeRow]:
        """Events still to come, soonest first (an undated event counts as on the day seen)."""
        now = ctx.now.astimezone(ZoneInfo(ctx.timezone))
        later = []
        for n in events:
            d, hm = when[id(n)] or local_date(ctx, n.ts_utc), clock_hm(n.attrs.get("start") or "")
            if hm is not None and (d, hm) > (now.date(), (now.hour, now.minute)):
                later.append(((d, hm), n))
        return [n for _, n in sorted(later, key=lambda t: t[0])]

    def _date(self, ctx: AnswerContext, n: NodeRow) -> date | None:
        if n.attrs.get("date"):
            return date.fromisoformat(n.attrs["date"])
        return resolve_date(n.attrs.get("date_hint"), local_date(ctx, n.ts_utc))

    def _times(self, n: NodeRow) -> str:
        s, e = n.attrs.get("start"), n.attrs.get("end")
        return f"{s}-{e}" if e else f"{s or 'all day'}"

    def _raw(self, text: str, value: str | None) -> str | None:
        """The clock as written in the span (what a citation must contain)."""
        hm = clock_hm(value or "")
        for m in CLOCK_RE.finditer(text):
            if clock_hm(m.group(0)) == hm:
                return m.group(0)
        return None

    def _one(
        self, ctx: AnswerContext, n: NodeRow, d: date | None, asks: str, c: float, decisions: dict
    ) -> Draft:
        title = n.attrs["title"]
        on = f" on {day_label(d)}" if d else ""
        if asks == "title" or (asks == "start" and not n.attrs.get("start") and d):
            asks = "title" if asks == "title" else "date"
        if asks in ("title", "date"):
            return self._whole(ctx, n, d, asks, c, decisions)
        key = n.attrs.get("end") if asks == "end" and n.attrs.get("end") else n.attrs.get("start")
        if asks == "end" and n.attrs.get("end"):
            text = f"{title} ends at {norm_clock(key or '')}{on} ({self._times(n)})."
        elif asks == "range" and (length := _length(n)):
            text = f"{title} takes {length}{on} ({self._times(n)})."
        else:
            text = f"{title} is{on}, {self._times(n)}." if on else f"{title}: {self._times(n)}."
        time_line = span_line(ctx, n, n.attrs.get("time_span_id"))
        title_line = span_line(ctx, n, n.attrs.get("title_span_id"))
        raw = self._raw(time_line.text, key) if time_line else None
        if time_line is None or raw is None:
            return Draft(text, n.text, [Evidence(n.as_line(), "value")], 0.6, "ok", None, decisions)
        ev = value_evidence(ctx, time_line, raw, 0, title_line)
        conf = round(0.6 + 0.3 * c, 3)
        return Draft(text, raw, ev, conf, "ok", None, {**decisions, "frame_id": n.frame_id})

    def _whole(
        self, ctx: AnswerContext, n: NodeRow, d: date | None, asks: str, c: float, decisions: dict
    ) -> Draft:
        """The event itself (its title says who or where), or the day it is on, read from the
        date heading that governs it; the value's span is cited, the other as context."""
        title, times = n.attrs["title"], self._times(n)
        title_line = span_line(ctx, n, n.attrs.get("title_span_id"))
        conf = round(0.6 + 0.3 * c, 3)
        decisions = {**decisions, "frame_id": n.frame_id, "asks": asks}
        if asks == "date":
            heading = span_line(ctx, n, n.attrs.get("date_span_id"))
            if d is None or heading is None:
                return Draft("", None, [], 0.3, "indeterminate", "event_has_no_date", decisions)
            raw = heading.text.strip(" :-–|")
            text = f"{title} is on {day_label(d)} ({times})."
            ev = value_evidence(ctx, heading, raw, 0, title_line)
            return Draft(text, raw, ev, conf, "ok", None, decisions)
        on = f" on {day_label(d)}" if d else ""
        text = f"{title} ({times}{on})."
        if title_line is None:
            return Draft(text, n.text, [Evidence(n.as_line(), "value")], 0.6, "ok", None, decisions)
        time_line = span_line(ctx, n, n.attrs.get("time_span_id"))
        ev = value_evidence(ctx, title_line, title, 0, time_line)
        return Draft(text, title, ev, conf, "ok", None, decisions)

    def _list(
        self,
        ctx: AnswerContext,
        events: list[NodeRow],
        when: dict,
        decisions: dict,
        count: bool = False,
    ) -> Draft:
        total = len(events)
        events = sorted(
            events,
            key=lambda n: (when[id(n)] or date.max, clock_hm(n.attrs["start"] or "") or (-1, 0)),
        )[: max(MAX_LIST, total) if count else MAX_LIST]
        texts, values, evidence = [], [], []
        for n in events:
            d = when[id(n)]
            on = f" on {day_label(d)}" if d else ""
            line = span_line(ctx, n, n.attrs.get("time_span_id"))
            raw = self._raw(line.text, n.attrs.get("start")) if line else None
            if not n.attrs.get("start"):  # an all-day event: its title is what shows it
                line = span_line(ctx, n, n.attrs.get("title_span_id"))
                raw = (
                    n.attrs["title"]
                    if line and contains_value(line.text, n.attrs["title"])
                    else None
                )
            i = len(texts)
            if line is None or raw is None:
                evidence.append(Evidence(n.as_line(), "value", i))
                values.append(n.text)
            else:
                label = span_line(ctx, n, n.attrs.get("title_span_id"))
                evidence += value_evidence(
                    ctx, line, raw, i, label if n.attrs.get("start") else None
                )
                values.append(raw)
            texts.append(f"{n.attrs['title']}{on}, {self._times(n)}")
        if count:  # "how many appointments today?": the number, then the events it counts
            texts[0] = f"{total} event{'s' if total != 1 else ''}: {texts[0]}"
        return Draft(
            "; ".join(texts),
            values[0],
            evidence,
            0.8,
            "ok",
            None,
            decisions,
            values=values,
            claim_texts=texts,
        )
