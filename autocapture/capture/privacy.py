"""Privacy: excluded windows are blacked out before any pixel is hashed, stored or OCR'd."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from autocapture.records import WindowFact

EXCLUDED_TITLE = "[excluded]"


class Exclusions:
    def __init__(self, apps: list[str], titles: list[str], private: list[str]) -> None:
        self.apps = [re.compile(p) for p in apps]
        self.titles = [re.compile(p) for p in [*titles, *private]]

    def excluded(self, w: WindowFact) -> bool:
        return any(p.search(w.app or "") for p in self.apps) or any(
            p.search(w.title or "") for p in self.titles
        )

    def apply(
        self, pixels: np.ndarray, windows: list[WindowFact], offset: tuple[int, int] = (0, 0)
    ) -> list[WindowFact]:
        """Black out excluded windows' whole rects in place (fail-safe: a window stacked above
        loses those pixels too) and return the window facts with their titles withheld."""
        out = []
        for w in windows:
            if self.excluded(w):
                x1, y1, x2, y2 = (
                    w.rect[0] - offset[0],
                    w.rect[1] - offset[1],
                    w.rect[2] - offset[0],
                    w.rect[3] - offset[1],
                )
                pixels[max(0, y1) : max(0, y2), max(0, x1) : max(0, x2)] = 0
                out.append(replace(w, title=EXCLUDED_TITLE, pid=None))
            else:
                out.append(w)
        return out
