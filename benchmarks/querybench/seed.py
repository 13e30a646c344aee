"""Seed lines from a real store, so part of the corpus reads like real OCR output."""

from __future__ import annotations

import random
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from .context import Content, Ctx

SeedWindow = tuple[str, str, list[str]]  # title, app, line texts


def load_seed(data_dir: Path) -> list[SeedWindow]:
    """Real OCR'd line texts from an existing store, grouped by (frame, window)."""
    db = sqlite3.connect(f"file:{data_dir / 'autocapture.db'}?mode=ro", uri=True)
    groups: dict[tuple[str, int | None], list[str]] = defaultdict(list)
    titles: dict[int, tuple[str, str]] = {
        row[0]: (row[1] or "", row[2] or "")
        for row in db.execute("SELECT window_row, title, app FROM window")
    }
    for frame_id, wrow, text in db.execute(
        "SELECT frame_id, window_row, text FROM span WHERE kind = 'line' ORDER BY frame_id, seq"
    ):
        groups[(frame_id, wrow)].append(text)
    db.close()
    out = []
    for (_, wrow), texts in groups.items():
        title, app = titles.get(wrow, ("Desktop", "")) if wrow is not None else ("Desktop", "")
        if len(texts) >= 3:
            out.append((title, app, texts))
    return out


_DIGITS = re.compile(r"\d+")


def jitter(text: str, rng: random.Random) -> str:
    """Change the numbers in a line (same digit count) so copies of it differ."""
    return _DIGITS.sub(lambda m: str(rng.randint(0, 10 ** len(m.group(0)) - 1)).zfill(
        len(m.group(0))), text)  # fmt: skip


def seeded(seed: list[SeedWindow]) -> Callable[[Ctx, int], Content]:
    def gen(ctx: Ctx, n: int) -> Content:
        title, app, texts = ctx.rng.choice(seed)
        start = ctx.rng.randint(0, max(0, len(texts) - 1))
        picked = (texts[start:] + texts[:start]) * (n // len(texts) + 1)
        lines = [(jitter(t, ctx.rng) if ctx.rng.random() < 0.4 else t, None) for t in picked[:n]]
        return title, app or "unknown", None, lines

    return gen
