"""How an answer may write an expected value, and where expectations are found in truth."""

from __future__ import annotations

import re


def clock_variants(hhmm: str) -> list[str]:
    """How an answer may write a clock time: 14:05, 2:05 PM, 2:05pm (8:45 for 08:45)."""
    h, m = (int(v) for v in hhmm.split(":")[:2])
    h12, ampm = h % 12 or 12, "AM" if h < 12 else "PM"
    out = [f"{h:02d}:{m:02d}", f"{h12}:{m:02d} {ampm}", f"{h12}:{m:02d}{ampm.lower()}"]
    if h < 10:
        out.append(f"{h}:{m:02d}")
    return out


def second_variants(hhmmss: str) -> list[str]:
    """How an answer may write a time to the second: 16:32:03, 4:32:03 PM."""
    h, m, s = (int(v) for v in hhmmss.split(":"))
    h12, ampm = h % 12 or 12, "AM" if h < 12 else "PM"
    return [f"{h:02d}:{m:02d}:{s:02d}", f"{h12}:{m:02d}:{s:02d} {ampm}"]


def number_words(n: int) -> list[str]:
    return [str(n), ["zero", "one", "two", "three", "four", "five", "six"][n]]


def find_in(lines: list[str], pattern: str) -> str:
    """The first match of ``pattern`` in truth lines (so every expectation is in the truth)."""
    for line in lines:
        m = re.search(pattern, line)
        if m:
            return m.group(1) if m.groups() else m.group(0)
    raise KeyError(f"{pattern!r} not found in the truth lines")
