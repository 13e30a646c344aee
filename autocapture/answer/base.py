"""What every class answerer gets and returns.

An answerer reasons over the UI graph and the text index for one class of question and
returns a Draft whose evidence lines (spans, or UI nodes such as window facts) are cited and
verified by the pipeline. ``NO_STRUCTURE`` means "this class's structure is not on the
screens asked about": the router then falls back to free-text lookup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from autocapture.answer.lookup import Draft, LookupAnswerer
from autocapture.answer.question import QuestionAnalysis
from autocapture.records import ts_ms
from autocapture.retrieve import Line, Retriever
from autocapture.text import Bag
from autocapture.timeparse import TimeIntent, local_when
from autocapture.understand.reader import GraphReader

NO_STRUCTURE = "no_structure"


@dataclass
class AnswerContext:
    question: str  # normalised, time words removed
    analysis: QuestionAnalysis
    intent: TimeIntent
    now: datetime
    timezone: str
    retriever: Retriever
    graph: GraphReader
    lookup: LookupAnswerer
    texts: dict[str, str]
    min_confidence: float
    hits: list[Line] = field(default_factory=list)
    pixels: Callable[[str], Any] | None = None  # frame id -> RGB array, for colour questions
    _window_bags: dict[tuple[str, int | None], Bag] = field(default_factory=dict, repr=False)

    def window_bag(self, line: Line) -> Bag:
        """Words of a line's window: its title, app and every line in it (cached per query)."""
        key = (line.frame_id, line.window_row)
        if key not in self._window_bags:
            same = [
                o.text
                for o in self.lookup.frame_lines(line.frame_id)
                if o.window_row == line.window_row
            ]
            self._window_bags[key] = Bag.of(
                " ".join([line.window_title or "", line.window_app or "", *same])
            )
        return self._window_bags[key]

    def local_time(self, ts_utc: str) -> str:
        """A stored UTC time as the user reads a clock: HH:MM:SS in the configured zone."""
        ts = datetime.fromisoformat(ts_utc.replace("Z", "+00:00"))
        return ts.astimezone(ZoneInfo(self.timezone)).strftime("%H:%M:%S")

    def local_when(self, ts_utc: str) -> str:
        return local_when(ts_utc, self.timezone)


class ClassAnswerer(Protocol):
    name: str
    version: str

    def answer(self, ctx: AnswerContext) -> Draft: ...


def no_structure(what: str) -> Draft:
    return Draft("", None, [], 0.0, "indeterminate", NO_STRUCTURE, {"missing": what})


def in_asked_time(ctx: AnswerContext, where: list[str]) -> tuple[list[str], list]:
    """SQL conditions (on frame alias ``f``) and arguments for the asked time range, after
    ``where``."""
    where, args = list(where), []
    if ctx.intent.start is not None:
        where.append("f.ts_ms >= ?")
        args.append(ts_ms(ctx.intent.start))
    if ctx.intent.end is not None:
        where.append("f.ts_ms < ?")
        args.append(ts_ms(ctx.intent.end))
    return where, args
