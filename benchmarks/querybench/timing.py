"""Time the question mix through one warm pipeline, collecting per-ask and per-stage latency."""

from __future__ import annotations

import cProfile
import math
import os
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from autocapture.api import Autocapture


@dataclass
class QuestionTimes:
    """What the timed rounds measured (latencies in ms) and the last answer per question."""

    rounds: int
    e2e: list[float] = field(default_factory=list)
    stages: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    states: Counter[str] = field(default_factory=Counter)
    per_q: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    last: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    first_errors: dict[str, str] = field(default_factory=dict)
    loop_s: float = 0.0
    load0: float = 0.0  # load average when the timed rounds started


def first_ask(app: Autocapture, question: str, now: datetime) -> tuple[float, str]:
    """Ask once to build the pipeline; return (ms, answer state)."""
    t0 = time.perf_counter()
    first = app.ask(question, now=now)
    return (time.perf_counter() - t0) * 1000, first.state


def warm_up(app: Autocapture, questions: list[str], n: int, now: datetime) -> None:
    """Untimed asks so caches and regexes are warm before timing."""
    for i in range(n):
        app.ask(questions[i % len(questions)], now=now)


def time_questions(
    app: Autocapture,
    questions: list[str],
    queries: int,
    now: datetime,
    prof: cProfile.Profile | None,
) -> QuestionTimes:
    """Ask every question in rounds until at least ``queries`` asks were timed."""
    times = QuestionTimes(rounds=math.ceil(queries / len(questions)))
    times.load0 = os.getloadavg()[0]
    t_all = time.perf_counter()
    for _ in range(times.rounds):
        for q in questions:
            if prof:
                prof.enable()
            t = time.perf_counter()
            ans = app.ask(q, now=now)
            dt = (time.perf_counter() - t) * 1000
            if prof:
                prof.disable()
            times.e2e.append(dt)
            times.per_q[q].append(dt)
            times.states[ans.state] += 1
            reason = ans.indeterminate_reason or ""
            if reason.startswith("internal_error"):
                times.errors[q] = times.errors.get(q, 0) + 1
                times.first_errors.setdefault(q, reason)
            for stage, ms in ans.trace.get("stages_ms", {}).items():
                times.stages[stage].append(float(ms))
            times.last[q] = ans
    times.loop_s = time.perf_counter() - t_all
    return times
