"""What window generators share: the per-frame random context and the content they return."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from .vocabulary import COMPANIES, EXCEPTIONS, LIBS, MODULES, PEOPLE, TEST_NAMES, WORDS

Content = tuple[str, str, str | None, list[tuple[str, str | None]]]  # lines: (text, fg)


@dataclass
class Ctx:
    """Per-frame random choices shared by a frame's windows (so frames differ)."""

    rng: random.Random
    ts: datetime

    def fill(self, template: str) -> str:
        r = self.rng
        return template.format(
            n=r.randint(2, 9999),
            v=f"{r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
            m=r.choice(MODULES),
            t=r.choice(TEST_NAMES),
            p=r.choice(PEOPLE),
            c=r.choice(COMPANIES),
            h=r.randint(9, 17),
            mm=r.choice(["00", "15", "30", "45"]),
            inv=self.invoice_no(),
            e=r.choice(EXCEPTIONS)[0],
            lib=r.choice(LIBS),
            big=r.randint(10_000_000, 79_999_999),
        )

    def invoice_no(self) -> int:
        return 42 if self.rng.random() < 0.01 else self.rng.randint(1, 9999)

    def money(self, lo: float = 5, hi: float = 2500) -> float:
        return round(self.rng.uniform(lo, hi), 2)

    def clock(self, offset_min: int = 0) -> str:
        t = self.ts + timedelta(minutes=offset_min)
        return t.strftime("%H:%M")

    def prose(self, n: int) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(n)).capitalize()


RED, GREEN, YELLOW, GREY = "#cd3131", "#0dbc79", "#e5e510", "#d0d0d0"
