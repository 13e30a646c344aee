"""Time intent: read time words in a question as a UTC range, in a stated time zone.

Only the phrases we understand are removed from the question; retrieval never searches for
"yesterday" as text. Clock times without a date mean the most recent such time at or before now.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

PARTS_OF_DAY = {
    "morning": (5, 12),
    "afternoon": (12, 17),
    "evening": (17, 22),
    "night": (22, 29),  # 29 = 05:00 the next day
    "tonight": (18, 29),
}
SMALL_HOURS_END = 5  # before this hour, "tonight" and "last night" are the night now ending
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
AT_WINDOW = timedelta(minutes=10)  # "at 14:05": what was on screen shortly before, up to 14:05:59

_CLOCK = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?"
_CLOCK_S = r"(\d{1,2})(?:[:.](\d{2})(?::(\d{2}))?)?\s*(am|pm|a\.m\.|p\.m\.)?"  # with seconds
_CLOCK_STRICT = r"(\d{1,2})(?:(?:[:.](\d{2}))\s*(am|pm|a\.m\.|p\.m\.)?|\s*(am|pm|a\.m\.|p\.m\.))"
# "around lunchtime, 1 pm": a meal or part of the day, glossed by the clock time it means
_GLOSSED = (
    r"(?:(?:lunch|lunchtime|breakfast|dinner|dinnertime|teatime|tea time|midday|noon"
    r"|mid-?morning|mid-?afternoon|the (?:morning|afternoon|evening))\s*[,(-]\s*)"
)
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"

# A time phrase inside what someone said ("who said they would be out until 15:00") or what
# was read ("where did I read that the standup is now at 09:15") is content, not when the
# screen showed it: a speech verb, then a clause of its own (a subject
# or an auxiliary) in the same sentence, before the phrase. "What did Bob say at 14:05" has no
# such clause, so there the time still filters the frames.
_SPEECH = (
    r"say|says|said|saying|tell|tells|told|write|writes|wrote|ask|asks|asked|mention|mentions"
    r"|mentioned|promise|promised|reply|replied|answer|answered|claim|claimed|announce"
    r"|announced|post|posted|confirm|confirmed|report|reported|warn|warned"
    r"|read|see|saw|seen|hear|heard|learn|learned|learnt|notice|noticed"
)
_CLAUSE = (
    r"that|whether|if|i|you|he|she|we|they|it|i'm|i'd|i'll|he'd|she'd|they'd|we'd|it'd"
    r"|he's|she's|it's|they're|we're|would|will|'ll|'d|shall|is|was|are|were|be|been|being"
    r"|can|could|should|must|might|may|had|has|have|do|does|did"
)
MIN_CLAUSE_WORDS = 3
_PREPOSITIONS = {
    "in",
    "on",
    "at",
    "during",
    "from",
    "to",
    "between",
    "before",
    "after",
    "around",
    "about",
    "by",
    "with",
    "within",
    "over",
    "for",
    "since",
    "until",
    "till",
    "into",
    "inside",
    "earlier",
    "later",
    "today",
    "yesterday",
    "this",
    "last",
}
_WHEN = re.compile(r"\b(?:when|while|whilst|after|before|during|as soon as)\b", re.IGNORECASE)
_REPORTED = re.compile(rf"\b(?:{_SPEECH})\b(?P<clause>[^?.!;]*)$", re.IGNORECASE)


# "Where did I see X go from 10 to 9", "the limit was raised from 5 to 8": a value's change,
# not a span of clock time. A change of something, not "what changed from 10 to 11" (what
# the screen showed between those times).
_CHANGE = re.compile(
    r"(?<!\bwhat )(?<!\bwhat has )(?<!\bwhat had )(?<!\banything )(?<!\bsomething )"
    r"\b(?:go|goes|going|gone|went|change|changes|changed|changing|move|moves|moved|rise|rises"
    r"|rose|risen|fall|falls|fell|fallen|drop|drops|dropped|increase|increased|decrease"
    r"|decreased|raise|raised|lower|lowered|cut|bump|bumped|jump|jumped|grow|grew|grown"
    r"|shrink|shrank|reduce|reduced|edit|edited|update|updated)\s*$",
    re.IGNORECASE,
)


def _weekday_dom(today: date, weekday: int, dom: int) -> date | None:
    """The date nearest today that falls on that day of the month, on that weekday if one
    within a month does ("friday the 27th"); None when no month has such a day."""
    days = [today + timedelta(days=k) for k in range(-31, 32)]
    on_dom = [d for d in days if d.day == dom]
    both = [d for d in on_dom if d.weekday() == weekday]
    pick = both or on_dom
    return min(pick, key=lambda d: abs((d - today).days)) if pick else None


def reported_speech(before: str) -> bool:
    """Whether text ending here is inside a clause reported by a speech verb."""
    m = _REPORTED.search(before)
    if m is None or _WHEN.search(m.group("clause")):
        return False  # "what did I see when I was in the terminal at 14:05": a time of viewing
    clause = m.group("clause")
    if re.search(rf"(?:^|\s)(?:{_CLAUSE})\b", clause, re.IGNORECASE):
        return True
    # "who said the staging db stays read-only until 15:00": a subject and its verb, with no
    # "that"; "what did Bob say in the chat at 14:05" starts with a preposition: a place.
    words = clause.split()
    return len(words) >= MIN_CLAUSE_WORDS and words[0].lower() not in _PREPOSITIONS


JUST = r"(?:just|right|shortly|straight|immediately|soon)"
_JUST_AFTER = re.compile(rf"^{JUST} (?:after|since)\b", re.IGNORECASE)


@dataclass
class TimeIntent:
    start: datetime | None = None  # UTC, inclusive
    end: datetime | None = None  # UTC, exclusive
    anchor: datetime | None = None  # prefer evidence nearest before this instant
    phrases: list[str] = field(default_factory=list)
    content: list[str] = field(default_factory=list)  # time phrases that are what was said
    timezone: str = "UTC"
    remainder: str = ""

    @property
    def just_after(self) -> bool:
        """ "just after 3:25": the state that followed the time, not the latest in the range."""
        return any(_JUST_AFTER.match(p) for p in self.phrases)

    @property
    def active(self) -> bool:
        return self.start is not None or self.end is not None

    def describe(self) -> str:
        if not self.active:
            return f"no time restriction (time zone {self.timezone})"
        tz = ZoneInfo(self.timezone)
        fmt = "%Y-%m-%d %H:%M"
        lo = self.start.astimezone(tz).strftime(fmt) if self.start else "…"
        hi = self.end.astimezone(tz).strftime(fmt) if self.end else "…"
        return f"{lo} to {hi} {self.timezone} (from {', '.join(repr(p) for p in self.phrases)})"

    def as_dict(self) -> dict:
        return {
            "start_utc": self.start.isoformat() if self.start else None,
            "end_utc": self.end.isoformat() if self.end else None,
            "anchor_utc": self.anchor.isoformat() if self.anchor else None,
            "phrases": self.phrases,
            "content_phrases": self.content,
            "timezone": self.timezone,
            "assumption": f"times are read in {self.timezone}; an undated clock time means its"
            " latest occurrence at or before now",
            "description": self.describe(),
        }


def _either_half(h: str, ampm: str | None) -> bool:
    """A clock without am/pm whose hour fits a 12-hour dial and has no leading zero ("7.27",
    "9:15") may be morning or evening; "07:27" and "19:27" are 24-hour and say which."""
    return ampm is None and not h.startswith("0") and 1 <= int(h) <= 12


def _clock(h: str, m: str | None, ampm: str | None) -> time | None:
    hour, minute = int(h), int(m or 0)
    if ampm:
        if not 1 <= hour <= 12:
            return None
        pm = ampm.startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


class _Parser:
    def __init__(self, question: str, now: datetime, tz: str) -> None:
        self.text = question
        self.now = now.astimezone(ZoneInfo(tz))
        self.tz = ZoneInfo(tz)
        self.intent = TimeIntent(timezone=tz)
        self.day: date | None = None
        self.day_range: tuple[datetime, datetime] | None = None
        self.part: tuple[int, int] | None = None  # hours of a named part of the day

    def take(self, pattern: str, naming: bool = False) -> re.Match | None:
        """Remove the first match of a time phrase, unless it is part of what was said.

        With NAMING, a possessive match ("last week's notes") names a thing, not a time.
        """
        for m in re.finditer(pattern, self.text, flags=re.IGNORECASE):
            named = naming and re.match(r"['\u2019]s\b", self.text[m.end() :])
            before = self.text[: m.start()]
            changed = m.group(0).lower().startswith("from") and _CHANGE.search(before)
            if named or changed or reported_speech(before):
                if m.group(0).strip() not in self.intent.content:
                    self.intent.content.append(m.group(0).strip())
                continue
            self.intent.phrases.append(m.group(0).strip())
            self.text = (self.text[: m.start()] + " " + self.text[m.end() :]).strip()
            return m
        return None

    def local(self, d: date, t: time) -> datetime:
        return datetime.combine(d, t, tzinfo=self.tz)

    def whole_day(self, d: date) -> tuple[datetime, datetime]:
        return self.local(d, time(0)), self.local(d + timedelta(days=1), time(0))

    def part_of_day(self, d: date, part: str) -> tuple[datetime, datetime]:
        lo, hi = PARTS_OF_DAY[part]
        self.part = (lo, hi)
        base = self.local(d, time(0))
        return base + timedelta(hours=lo), base + timedelta(hours=hi)

    def parse_day(self) -> None:
        today = self.now.date()
        if m := self.take(r"\b(yesterday|today|this|last)\s+(morning|afternoon|evening|night)\b"):
            d = today - timedelta(days=1) if m.group(1).lower() in ("yesterday", "last") else today
            self.day, self.day_range = d, self.part_of_day(d, m.group(2).lower())
        elif m := self.take(r"\btonight\b"):
            # asked in the small hours, "tonight" is the night still going on
            night = today - timedelta(days=1) if self.now.hour < SMALL_HOURS_END else today
            self.day, self.day_range = night, self.part_of_day(night, "tonight")
        elif m := self.take(r"\b(yesterday|today)\b"):
            d = today - timedelta(days=1) if m.group(1).lower() == "yesterday" else today
            self.day, self.day_range = d, self.whole_day(d)
        elif m := self.take(r"\b(?:on\s+)?(\d{4})-(\d{2})-(\d{2})\b"):
            try:
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return
            self.day, self.day_range = d, self.whole_day(d)
        elif m := self.take(rf"\b(?:on\s+)?(?:{_MONTH}\s+(\d{{1,2}})|(\d{{1,2}})\s+{_MONTH})\b"):
            mon = (m.group(1) or m.group(4)).lower()[:3]
            dom = int(m.group(2) or m.group(3))
            year = today.year
            try:
                d = date(year, MONTHS.index(mon) + 1, dom)
                if d > today:
                    d = date(year - 1, d.month, d.day)
            except ValueError:
                return
            self.day, self.day_range = d, self.whole_day(d)
        elif m := self.take(
            rf"\b(?:(?:on|last|this|since|next)\s+)?({'|'.join(WEEKDAYS)})\s+(?:the\s+)?"
            r"(\d{1,2})(?:st|nd|rd|th)\b"
        ):
            # "friday the 27th": the day of the month settles which Friday (past or coming)
            d = _weekday_dom(today, WEEKDAYS.index(m.group(1).lower()), int(m.group(2)))
            if d is None:
                return
            self.day, self.day_range = d, self.whole_day(d)
        elif m := self.take(rf"\b(?:on|last|this|since)\s+({'|'.join(WEEKDAYS)})\b"):
            # A bare weekday is content ("the kickoff is Thursday"), not a time filter.
            back = (today.weekday() - WEEKDAYS.index(m.group(1).lower())) % 7
            if back == 0 and m.group(0).lower().startswith("last"):
                back = 7
            d = today - timedelta(days=back)
            self.day, self.day_range = d, self.whole_day(d)
        if self.day_range and (m := self.take(r"\b(?:in\s+the\s+)?(morning|afternoon|evening)\b")):
            self.day_range = self.part_of_day(self.day or today, m.group(1).lower())

    def resolve(self, t: time, either_half: bool = False) -> datetime:
        """An undated clock time is its latest occurrence at or before now; in a named
        afternoon or evening, a morning hour is the afternoon's ("at 4:33 this afternoon").
        With EITHER_HALF (no am/pm on a 12-hour clock), that is the latest of its morning and
        evening readings: "about 7.27" asked at 19:45 is 19:27, asked at 08:00 is 07:27."""
        if self.part and t.hour < 12 and self.part[0] <= t.hour + 12 < self.part[1]:
            t = t.replace(hour=t.hour + 12)
        if self.day is not None:
            return self.local(self.day, t)
        halves = [t, t.replace(hour=(t.hour + 12) % 24)] if either_half else [t]
        return max(self._latest(h) for h in halves)

    def _latest(self, t: time) -> datetime:
        candidate = self.local(self.now.date(), t)
        if candidate > self.now + timedelta(minutes=1):
            candidate -= timedelta(days=1)
        return candidate

    def parse_clock(self) -> tuple[datetime, datetime] | None:
        if m := self.take(
            rf"\b(?:between|from)\s+{_CLOCK_S}\s+(?:and|to|until|till|-)\s+{_CLOCK_S}\b"
        ):
            a = _clock(m.group(1), m.group(2), m.group(4) or m.group(8))
            b = _clock(m.group(5), m.group(6), m.group(8))
            if a is None or b is None or int(m.group(3) or 0) > 59 or int(m.group(7) or 0) > 59:
                return None
            lo = self.resolve(a) + timedelta(seconds=int(m.group(3) or 0))
            hi = self.resolve(b) + timedelta(seconds=int(m.group(7) or 0))
            if hi <= lo:
                hi += timedelta(days=1) if self.day is not None else timedelta(0)
                if hi <= lo:
                    lo -= timedelta(days=1)
            self.intent.anchor = hi
            return lo, hi
        if m := self.take(r"\b(?:at|around|about)\s+(\d{1,2}):(\d{2}):(\d{2})\s*(am|pm)?\b"):
            t = _clock(m.group(1), m.group(2), m.group(4))
            if t is None or int(m.group(3)) > 59:
                return None
            at = self.resolve(t, _either_half(m.group(1), m.group(4)))
            at += timedelta(seconds=int(m.group(3)))
            self.intent.anchor = at + timedelta(seconds=1)
            return at - AT_WINDOW, at + timedelta(seconds=1)
        if m := self.take(rf"\b(?:at|around|about)\s+(?:{_GLOSSED})?{_CLOCK_STRICT}\b"):
            t = _clock(m.group(1), m.group(2), m.group(3) or m.group(4))
            if t is None:
                return None
            at = self.resolve(t, _either_half(m.group(1), m.group(3) or m.group(4)))
            self.intent.anchor = at + timedelta(minutes=1)
            return at - AT_WINDOW, at + timedelta(minutes=1)
        # "just after 3:25": the phrase keeps its "just", which asks for the first state after
        if m := self.take(rf"\b(?:{JUST} )?(before|after|since|until)\s+{_CLOCK_STRICT}\b"):
            t = _clock(m.group(2), m.group(3), m.group(4) or m.group(5))
            if t is None:
                return None
            at = self.resolve(t, _either_half(m.group(2), m.group(4) or m.group(5)))
            day_lo, day_hi = self.day_range or self.whole_day(at.date())
            if m.group(1).lower() in ("before", "until"):
                return day_lo, at
            return at, day_hi if self.day_range else self.now + timedelta(minutes=1)
        return None

    def parse_relative(self) -> tuple[datetime, datetime] | None:
        units = {"minute": 60, "min": 60, "hour": 3600, "day": 86400, "week": 604800}
        if m := self.take(
            r"\b(?:in\s+)?the\s+(?:last|past)\s+(\d+)?\s*(minute|min|hour|day|week)s?\b"
        ):
            n = int(m.group(1) or 1)
            return self.now - timedelta(seconds=n * units[m.group(2).lower()]), self.now
        if m := self.take(r"\b(?:last|past)\s+(hour|week)\b", naming=True):
            return self.now - timedelta(seconds=units[m.group(1).lower()]), self.now
        words = {"a": 1.0, "an": 1.0, "one": 1.0, "half an": 0.5, "half a": 0.5, "a few": 3.0,
                 "two": 2.0, "three": 3.0, "ten": 10.0, "twenty": 20.0, "thirty": 30.0}  # fmt: skip
        if m := self.take(
            r"\b(\d+|half an|half a|a few|an|a|one|two|three|ten|twenty|thirty)\s*"
            r"(minute|min|hour|day)s?\s+ago\b"
        ):
            n = float(m.group(1)) if m.group(1).isdigit() else words[m.group(1).lower()]
            at = self.now - timedelta(seconds=n * units[m.group(2).lower()])
            self.intent.anchor = at
            return at - AT_WINDOW, at + timedelta(minutes=1)
        # "when the recording stopped": the latest capture, which an undated question reads.
        self.take(
            r"\b(?:when|as|once|by the time)\s+(?:the\s+|my\s+)?(?:screen\s+)?(?:recording|capture"
            r"|capturing)\s+(?:stopped|ended|finished|was stopped)\b"
            r"|\bat\s+the\s+(?:very\s+)?end\s+of\s+(?:the\s+)?(?:recording|capture)\b"
        )
        if self.take(r"\bthis\s+week\b"):
            monday = self.now.date() - timedelta(days=self.now.weekday())
            return self.local(monday, time(0)), self.now
        return None


def parse_time_intent(question: str, now: datetime, tz: str) -> TimeIntent:
    """Find time phrases, turn them into a UTC range, and return the question without them."""
    p = _Parser(question, now, tz)
    p.parse_day()
    rng = p.parse_clock() or p.parse_relative() or p.day_range
    if rng:
        lo, hi = rng
        p.intent.start, p.intent.end = lo.astimezone(UTC), hi.astimezone(UTC)
        if p.intent.anchor is not None:
            p.intent.anchor = p.intent.anchor.astimezone(UTC)
    p.intent.remainder = re.sub(r"\s+", " ", p.text).strip()
    return p.intent


def local_when(ts_utc: str, timezone: str) -> str:
    """A stored UTC time ("...Z") as a clock in TIMEZONE reads it: 2026-11-24 14:22:03 +08."""
    ts = datetime.fromisoformat(ts_utc.replace("Z", "+00:00"))
    return ts.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M:%S %Z")
