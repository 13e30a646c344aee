"""Clock times and dates as screens write them: "14:00", "2:00 PM", "14:00 -> 15:00",
"Monday, November 23, 2026", "11/24/26", "Thu 26", "Tomorrow". Shared by the parsers (event
times, message times, mail dates) and the answerers (days named in questions)."""

from __future__ import annotations

import re
from datetime import date

_AMPM = r"(?:\s?[AaPp]\.?\s?[Mm]\.?)"
CLOCK = (
    rf"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?{_AMPM}?(?![\d:])"
    rf"|(?<![\d:.])(?:1[0-2]|0?[1-9])(?:\.[0-5]\d)?{_AMPM}(?![\w])"
)
CLOCK_RE = re.compile(CLOCK)
_SEP = r"\s*(?:-+\s*>|→|⇒|=>|[-–—~]|\bto\b|\buntil\b|\btill\b)\s*"
RANGE_RE = re.compile(rf"(?P<start>{CLOCK}){_SEP}(?P<end>{CLOCK})")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_WD = (
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?(?![a-z])"
)
_MON = (
    r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?![a-z])"
)
_DATE_FORMS = [
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{2,4})\b"),
    # "Nov 24", not the hour of "Tue 24 Nov 10:20"
    re.compile(
        rf"\b{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]\d)(?:,?\s+(?P<y>\d{{4}}))?", re.I
    ),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}(?:,?\s+(?P<y>\d{{4}}))?", re.I),
]
_WD_RE = re.compile(rf"\b{_WD}", re.I)
_WD_SHORT_DATE = re.compile(rf"\b{_WD},?\s+(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})\b(?![/.]\d)", re.I)
_REL_RE = re.compile(r"\b(today|tomorrow|yesterday)\b", re.I)


def clock_hm(text: str) -> tuple[int, int] | None:
    """(hour, minute) of a clock time as written ("2:00 PM" -> (14, 0))."""
    m = re.match(r"\s*(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*([AaPp])?", text)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3):
        h = h % 12 + (12 if m.group(3).lower() == "p" else 0)
    return (h, mi) if h < 24 and mi < 60 else None


def norm_clock(text: str) -> str:
    """A clock time the way it was written, tidied: '2:00PM' -> '2:00 PM', '14:00' kept."""
    hm = clock_hm(text)
    if hm is None:
        return text.strip()
    ampm = re.search(r"([AaPp])\.?\s?[Mm]", text)
    if ampm:
        return f"{(hm[0] % 12) or 12}:{hm[1]:02d} {'PM' if hm[0] >= 12 else 'AM'}"
    return f"{hm[0]:02d}:{hm[1]:02d}"


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def read_date(text: str) -> dict | None:
    """The date a text names: {'date': ISO or None, 'candidates': [ISO...], 'month_day':
    [m, d] or None, 'day': weekday or None, 'relative': today/tomorrow/yesterday or None}."""
    out: dict = {"date": None, "candidates": [], "month_day": None, "day": None, "relative": None}
    for form in _DATE_FORMS:
        m = form.search(text)
        if not m:
            continue
        g = m.groupdict()
        year = int(g["y"]) if g.get("y") else None
        if year is not None and year < 100:
            year += 2000
        if g.get("a"):
            a, b = int(g["a"]), int(g["b"])
            pairs = [(a, b), (b, a)] if a != b else [(a, b)]  # month/day, then day/month
            out["candidates"] = [c for mo, d in pairs if year and (c := _valid(year, mo, d))]
        elif g.get("mon"):
            mo, d = MONTHS.index(g["mon"].lower()[:3]) + 1, int(g["d"])
            out["month_day"] = [mo, d]
            if year:
                out["candidates"] = [c for c in [_valid(year, mo, d)] if c]
        else:
            out["candidates"] = [c for c in [_valid(year or 0, int(g["m"]), int(g["d"]))] if c]
        if len(out["candidates"]) == 1:
            out["date"] = out["candidates"][0]
        break
    wd = _WD_RE.findall(text)
    if len(wd) == 1:
        out["day"] = next(w for w in WEEKDAYS if w.startswith(wd[0].lower()))
        short = _WD_SHORT_DATE.search(text)
        if short and not (out["candidates"] or out["month_day"]):
            a, b = int(short.group("a")), int(short.group("b"))
            # "Saturday 28/11": a yearless date beside its weekday, read as day/month when
            # the first is past 12, month/day when the second is
            if a > 12 and 1 <= b <= 12:
                out["month_day"] = [b, a]
            elif b > 12 and 1 <= a <= 12:
                out["month_day"] = [a, b]
    rel = _REL_RE.search(text)
    if rel:
        out["relative"] = rel.group(1).lower()
    if not (out["candidates"] or out["month_day"] or out["day"] or out["relative"]):
        return None
    return out
