"""Lookup in tables: the value in the column the question names, on the row it describes.

"What is the default sync_interval?" over a table headed Key | Default | Meaning: "default"
names a column, "sync_interval" picks the row, and the answer is the cell where they cross.
"Mats Lind's phone" over a CSV listing: "phone" names a field and the row must hold the whole
name (a possessive's owner is on the same row as its value, never on a neighbour's).

The table answer is given only when it is unambiguous: a column named by a question word (or,
for a typed question, the one column of that type), every content word of the question in
the chosen row or around the table, at least one of them in the row, the named entity wholly
in the row, and no other row matching as well. Otherwise free-text lookup answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.lexicon import concept_in_bag
from autocapture.answer.person import ASKS_PERSON
from autocapture.answer.question import QuestionAnalysis
from autocapture.answer.table_columns import (
    content_column,
    named_column,
    person_column,
    quantity_column,
    typed_column,
)
from autocapture.answer.tables import Cell, Table, tables_in
from autocapture.retrieve import Line
from autocapture.text import VALUE_TYPES, Bag
from autocapture.timeparse import TimeIntent
from autocapture.understand.dates import MONTHS, WEEKDAYS, read_date

MAX_FRAMES = 8
CONTEXT_CREDIT = 0.5  # a required word found around the table (its heading, the title)
MAX_ABSENT = 1  # required words a row may lack (when another is in it)


class _Answerer(Protocol):
    texts: dict[str, str]
    min_confidence: float

    def frame_lines(self, frame_id: str) -> list[Line]: ...

    def tightest(self, line: Line, value: str) -> Line: ...

    def local_when(self, ts_utc: str) -> str: ...


@dataclass
class TableHit:
    table: Table
    column: int
    row: dict[int, Cell]
    value: str
    coverage: float
    in_row: int  # required words found in the row itself
    matched: list[str]
    missing: list[str]
    strict: bool  # every required word is in the row or around the table


def asked_days(intent: TimeIntent | None) -> tuple[date, date] | None:
    """The local days a question names ("today", "on Friday", "this week"): first and last,
    when they are at most a week."""
    if intent is None or intent.start is None or intent.end is None:
        return None
    if intent.end - intent.start > timedelta(days=7):
        return None
    tz = ZoneInfo(intent.timezone)
    first = intent.start.astimezone(tz).date()
    last = (intent.end - timedelta(microseconds=1)).astimezone(tz).date()
    return first, last


# "23-29 Nov", "30 Nov-6 Dec", "Nov 23-29": a span of days in one cell.
_SPAN = re.compile(
    r"\b(?P<d1>\d{1,2})(?:\s*(?P<m1>[A-Za-z]{3,9})\.?)?\s*[-–]\s*(?P<d2>\d{1,2})\s*(?P<m2>[A-Za-z]{3,9})\b"
    r"|\b(?P<m0>[A-Za-z]{3,9})\.?\s+(?P<e1>\d{1,2})\s*[-–]\s*(?P<e2>\d{1,2})\b"
)


def _cell_span(text: str, year: int) -> tuple[date, date] | None:
    m = _SPAN.search(text)
    if m is None:
        return None
    try:
        if m.group("m0"):
            mo = MONTHS.index(m.group("m0").lower()[:3]) + 1
            return date(year, mo, int(m.group("e1"))), date(year, mo, int(m.group("e2")))
        mo2 = MONTHS.index(m.group("m2").lower()[:3]) + 1
        mo1 = MONTHS.index(m.group("m1").lower()[:3]) + 1 if m.group("m1") else mo2
        return date(year, mo1, int(m.group("d1"))), date(year, mo2, int(m.group("d2")))
    except ValueError:
        return None


def row_names_day(row: dict[int, Cell], col: int, days: tuple[date, date]) -> bool | None:
    """Whether a row's cells name a day in DAYS (a "Wed 25", "25 Nov" or "23-29 Nov" cell);
    None when no cell names a day at all, so the row says nothing about days."""
    first, last = days
    seen = False
    for i, c in row.items():
        if i == col:
            continue
        span = _cell_span(c.text, first.year)
        if span is not None:
            seen = True
            if span[0] <= last and first <= span[1]:
                return True
            continue
        d = read_date(c.text)
        if d is None or not (d["date"] or d["month_day"] or d["day"]):
            continue
        seen = True
        for n in range((last - first).days + 1):
            day = first + timedelta(days=n)
            if d["date"] == day.isoformat() or d["month_day"] == [day.month, day.day]:
                return True
            if d["day"] == WEEKDAYS[day.weekday()] and not d["month_day"] and not d["date"]:
                number = re.search(r"\b(\d{1,2})\b", c.text)
                if number is None or int(number.group(1)) == day.day:
                    return True
    return False if seen else None


_DAY_MONTH = re.compile(r"(?<![\d/.:])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/.:])")  # 26/11
MAX_DATED_CELL = 40  # a cell holding a date and a time, not a sentence


def _typed_value(q: QuestionAnalysis, text: str) -> str | None:
    if q.value_type is None:
        return text
    if q.value_type == "number":
        return text if any(ch.isdigit() for ch in text) and len(text) <= 40 else None
    m = VALUE_TYPES[q.value_type].pattern.search(text)
    dated = q.value_type == "time" and (d := read_date(text)) and (d["date"] or d["month_day"])
    if m and (dated or _DAY_MONTH.search(text)) and len(text) <= MAX_DATED_CELL:
        return text.strip()  # "26/11 12:00": the day is part of when, not only the clock
    if m:
        return m.group(0).strip()
    if dated:
        return text.strip()  # "when is it due": a date answers a "when" as a time does
    if q.value_type == "duration" and re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return text  # a bare number in a column or row that names the unit
    return None


def _context_bag(a: _Answerer, table: Table) -> tuple[Bag, Bag]:
    """Words around the table: the rest of its window and the window's title/app/URL; and
    the title/app/URL alone."""
    first = table.header[0].line
    used = {c.line.rowid for c in table.header} | {
        c.line.rowid for r in table.rows for c in r.values()
    }
    around = [
        ln.text
        for ln in a.frame_lines(first.frame_id)
        if ln.window_row == first.window_row and ln.rowid not in used
    ]
    meta = [first.window_title or "", first.window_app or "", first.url or ""]
    return Bag.of(" ".join(around + meta)), Bag.of(" ".join(meta))


def _longer_name(bag: Bag, word: str) -> bool:
    """WORD is in the row only as part of a longer hyphenated name ("Tuhoe" of
    "Tuhoe-Reid"), never on its own."""
    if word in bag.lower:
        return False
    return any("-" in t and word in t.split("-") for t in bag.lower)


def _score_row(
    q: QuestionAnalysis,
    row: dict[int, Cell],
    col: int,
    col_words: set[str],
    around: Bag,
    meta: Bag | None = None,
    days: tuple[date, date] | None = None,
    heads: Bag | None = None,
) -> tuple[float, int, list[str], list[str], int] | None:
    """(coverage, required words in the row, matched, missing, required words missing), or
    None when the row cannot be the one asked about. A named entity must be in the row,
    unless it names the whole window (the product whose reference page this is) and is not
    a possessive's owner ("Mats Lind's phone")."""
    bag = Bag.merge([Bag.of(c.text) for i, c in row.items() if i != col])
    entity_meta = (
        meta is not None
        and not set(q.ask.owner) & set(q.ask.entity)
        and all(meta.has(k) for k in q.ask.entity)
    )
    total = got = 0.0
    in_row = absent = 0
    matched, missing = [], []
    if days is not None:
        on_day = row_names_day(row, col, days)
        if on_day is False:
            return None  # "today" on a roster by day: another day's row
        if on_day:
            in_row += 1
    for w in col_words:
        total += q.weight(w)
        got += q.weight(w)
        matched.append(w)
    for k in q.keywords:
        if k in col_words:
            continue
        w = q.weight(k)
        soft = k in q.soft_words
        if bag.has(k) and k in q.ask.entity and _longer_name(bag, k):
            return None  # "Marjorie Tuhoe" is not the "Marjorie Tuhoe-Reid" of this row
        if bag.has(k):
            credit = 1.0
            in_row += 0 if soft or k in q.cue_words else 1
        elif heads is not None and heads.has(k):
            credit = 1.0  # "whose MOPP course has expired": a column's name, its cell the row's
        elif k in q.ask.entity and not entity_meta:
            return None  # "Mats Lind's phone": the owner is on the value's row
        elif k in q.cue_words or k in q.phrasing:
            continue  # a type or phrasing word ("number", "set") is neither for nor against
        elif around.has(k):
            credit = 1.0 if soft else CONTEXT_CREDIT
        else:
            credit = 0.0  # a soft word, or a verb the table has no cell for ("set to")
            absent += 0 if soft else 1
        total += w
        got += credit * w
        (matched if credit else missing).append(k)
    for c in q.concepts:
        if c.name in col_words or q.concept_soft(c):
            continue
        if not concept_in_bag(c, bag):
            return None
        total += 1.5
        got += 1.5
        in_row += 1
        matched.append(c.name)
    if absent > MAX_ABSENT or (absent and not in_row):
        return None  # the row is not what the question describes
    return (got / total if total else 0.0), in_row, matched, missing, absent


def best_cell(
    a: _Answerer,
    q: QuestionAnalysis,
    table: Table,
    days: tuple[date, date] | None = None,
    who: bool = False,
) -> TableHit | None:
    """The cell a question asks for in one table, when it is unambiguous; DAYS, the days
    the question names (first, last), pick the row of a table by day."""
    named = named_column(q, table)
    by_kind = False  # the column is picked by the kind of its values, not by name
    by_content = None  # ... or by the words its cells hold
    people = person_column(table) if who else None
    heads = None
    if people is not None and (named is None or named[0] != people):
        # "who on the late shift covers Gate 21": words naming other columns describe the
        # row; the answer is in the column of people
        named = None
        heads = Bag.of(" ".join(c.text for i, c in enumerate(table.header) if i != people))
    if named is not None:
        col, col_words = named
    else:
        typed = typed_column(q, table)
        if typed is None and who:
            typed = person_column(table)  # "who on the rota works on Ward 9": the name
        if typed is None:
            typed, by_kind = quantity_column(q, table), True
        if typed is not None:
            col, col_words = typed, set()
        else:
            # "the wind limit for pushback": the column whose cells say what is asked
            by_content = content_column(q, table)
            if by_content is None:
                return None
            (col, col_words), by_kind = by_content, False
    if heads is None:
        # "the last page of the city EDITION": a word heading another column says in which
        # column the row is named; it describes the row, though no cell of it holds the word
        heads = Bag.of(" ".join(c.text for i, c in enumerate(table.header) if i != col))
    around, meta = _context_bag(a, table)
    scored = []
    for row in table.rows:
        if col not in row or (by_content and not _holds(row[col], col_words)):
            continue  # a cell that names what is asked must say it on the chosen row
        s = _score_row(q, row, col, col_words, around, meta, days, heads)
        if s is not None and by_kind and s[4]:
            continue  # no column named: every word must describe the row
        if s is not None and (s[1] > 0 or (len(table.rows) == 1 and not s[4])):
            scored.append((s[1], round(s[0], 3), s, row))
    if not scored:
        return None
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    if len(scored) > 1 and scored[1][:2] == scored[0][:2]:
        # "Helena Matos" and "Helena Mattos" both fit a close reading; the one spelled as
        # asked is the one asked about, else the question does not pick one
        tied = [t for t in scored if t[:2] == scored[0][:2]]
        spelled = [t for t in tied if _spelled(q, t[3])]
        if len(spelled) != 1:
            # "the city edition": the row whose cell is wholly named by the question
            # ("City"), not one that only starts so ("City late sport replate")
            spelled = [t for t in tied if _wholly_named(q, t[3], col)]
        if len(spelled) != 1:
            return None
        scored = spelled
    (cov, in_row, matched, missing, absent), row = scored[0][2], scored[0][3]
    value = _typed_value(q, row[col].text)
    if not value:
        return None
    return TableHit(table, col, row, value, cov, in_row, matched, missing, absent == 0)


def _holds(cell: Cell, words: set[str]) -> bool:
    bag = Bag.of(cell.text)
    return all(bag.has(w) for w in words)


def _wholly_named(q: QuestionAnalysis, row: dict[int, Cell], col: int) -> bool:
    """A cell of the row (not the asked one) every word of which is a question word."""
    asked = set(q.keywords)
    for i, c in row.items():
        words = [w.lower() for w in re.findall(r"[\w'’-]+", c.text)]
        if i != col and words and any(ch.isalpha() for ch in c.text) and set(words) <= asked:
            return True
    return False


def _spelled(q: QuestionAnalysis, row: dict[int, Cell]) -> bool:
    """Every word of the asked name is a word of the row as written (no near spelling)."""
    said = {t.lower() for c in row.values() for t in re.findall(r"[\w'’-]+", c.text)}
    words = [w.lower() for w in q.ask.entity if len(w) > 1]
    return bool(words) and all(w in said for w in words)


def _recency(line: Line, intent: TimeIntent) -> int:
    if intent.anchor is None:
        return line.ts_ms
    anchor = int(intent.anchor.timestamp() * 1000)
    return line.ts_ms - anchor if line.ts_ms <= anchor else anchor - line.ts_ms - 10**12


def _key_cell(hit: TableHit, q: QuestionAnalysis) -> Cell | None:
    """The cell that names the row: the leftmost one holding a question word, else the
    leftmost."""
    others = [c for i, c in sorted(hit.row.items()) if i != hit.column]
    named = [c for c in others if any(Bag.of(c.text).has(k) for k in q.keywords)]
    return (named or others or [None])[0]


def table_draft(
    a: _Answerer, q: QuestionAnalysis, intent: TimeIntent, hits: list[Line]
) -> Draft | None:
    """A draft citing the asked cell of a table on the hits' frames, or None."""
    if q.wants_line or q.ask.yes_no or not q.keywords:
        return None
    frames = list(dict.fromkeys(h.frame_id for h in hits))[:MAX_FRAMES]
    days = asked_days(intent)
    who = bool(ASKS_PERSON.search(intent.remainder.lower()))
    found: list[tuple[tuple, TableHit]] = []
    for frame in frames:
        for table in tables_in(a.frame_lines(frame)):
            hit = best_cell(a, q, table, days, who)
            if hit is not None:
                line = hit.row[hit.column].line
                key = (
                    hit.strict,
                    hit.in_row,
                    round(hit.coverage, 2),
                    line.window_focused,
                    _recency(line, intent),
                )
                found.append((key, hit))
    if not found:
        return None
    found.sort(key=lambda t: t[0], reverse=True)
    hit = found[0][1]
    values = {h.value.lower() for _, h in found}
    cell = hit.row[hit.column]
    key_cell = _key_cell(hit, q)
    head = hit.table.header[hit.column]
    label = " of ".join(t for t in (head.text, key_cell.text if key_cell else "") if t)
    value_line = cell.line
    tight = a.tightest(value_line, hit.value)
    evidence = [Evidence(tight, "value")]
    if tight is not value_line:
        evidence.append(Evidence(value_line, "line"))
    for c in (key_cell, head if head.text else None):
        if c is not None and all(e.line.rowid != c.line.rowid for e in evidence):
            evidence.append(Evidence(c.line, "label"))
    title = value_line.window_title or ""
    text = a.texts["value_with_label"].format(
        label=label,
        value=hit.value,
        ts_utc=value_line.ts_utc,
        when=a.local_when(value_line.ts_utc),
        window_title=title,
        where=a.texts["where"].format(window_title=title) if title else "",
        reason="",
    )
    conf = (0.35 + 0.55 * hit.coverage) * (0.7 + 0.3 * min(1.0, value_line.conf)) + 0.05
    conf = round(min(conf, 0.97), 3)
    state = "ok" if conf >= a.min_confidence else "indeterminate"
    decisions = {
        "candidates": len(hits),
        "terms": q.keywords,
        "best_coverage": round(hit.coverage, 3),
        "matched": hit.matched,
        "missing": hit.missing,
        "on_line": hit.matched,
        "agreement": round(1.0 / len(values), 3),
        "table": {
            "strict": hit.strict,
            "columns": hit.table.names,
            "column": head.text,
            "row": key_cell.text if key_cell else "",
        },
    }
    return Draft(
        text,
        hit.value,
        evidence,
        conf,
        state,
        None if state == "ok" else f"low_confidence: {conf}",
        decisions,
    )
