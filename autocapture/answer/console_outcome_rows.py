"""Test outcomes shown by colour: runners that mark a test with a symbol (node's spec
reporter: ✔ pass, ✖ fail, ﹣ skip, which OCR reads as *, x or drops) print each test as its
name and its duration, "name (0.25ms)", in the outcome's colour: green passed, red failed,
grey skipped. A directive after the duration ("# SKIP", "# TODO", or the reason given for
either, "# share not mounted") sets the row apart: "SKIP" or a grey name is a skip, anything
else a todo (no pass or fail of its own).

A suite prints its name on a row of its own before its tests ("▶ city tax") and closes with
a row like a test's ("✖ city tax (6.4ms)"): that closing row is the suite's, not a test's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from autocapture.answer.base import AnswerContext
from autocapture.answer.console_blocks import Block, Row
from autocapture.retrieve import Line
from autocapture.understand.colours import name_colour

OUTCOME_COLOUR = {"fail": "red", "pass": "green", "skip": "grey"}
_FAMILY_OF = {c: f for f, c in OUTCOME_COLOUR.items()}
# A test's row: its name and duration; a "# reason" after the duration is a directive.
_TEST_ROW = re.compile(r"^\W{0,3}(?P<name>[A-Za-z0-9].*?\S)\s*\(\d+(?:\.\d+)?\s*m?s\)(?!.*\s#\s)")
_DIRECTED = re.compile(
    r"^\W{0,3}(?P<name>[A-Za-z0-9].*?\S)\s*\(\d+(?:\.\d+)?\s*m?s\)\s+#\s*(?P<directive>\S.*)$"
)
_SKIP = re.compile(r"^skip(?:ped)?\b", re.IGNORECASE)
_TODO = re.compile(r"^t[o0]d[o0]\b", re.IGNORECASE)
_DURATION = re.compile(r"^\(\d+(?:\.\d+)?\s*m?s\)?$")


@dataclass(frozen=True)
class ColouredTest:
    """A test row whose outcome its colour shows."""

    name: str
    family: str  # "pass", "fail", "skip" or "todo"
    colour: str | None  # the colour its name is printed in
    row: Row
    line: Line
    directive: str = ""


def name_colour_of(ctx: AnswerContext, row: Row) -> str | None:
    """The colour most of a test row's name is printed in: its words before the duration,
    marks left out (a word's own colour, else its line's)."""
    counts: Counter[str | None] = Counter()
    for w in row.words(ctx):
        text = w.text.strip()
        if _DURATION.match(text) or text.startswith("#"):
            break
        if not any(c.isalnum() for c in text):
            continue  # a mark (✔, ✖, ▶), drawn in its own colour
        counts[name_colour(w.fg) or name_colour(row.line_of(w).fg)] += len(text)
    return counts.most_common(1)[0][0] if counts else None


def _headed(rows: list[Row]) -> set[str]:
    """Names printed on a row of their own (a suite's opening row)."""
    return {_bare(r.text) for r in rows if "(" not in r.text}


def _bare(text: str) -> str:
    return re.sub(r"^\W+", "", text).strip().lower()


def coloured_tests(ctx: AnswerContext, block: Block) -> list[ColouredTest]:
    """The block's test rows (a name and its duration) with the outcome their colour and
    directive show; suites' closing rows left out."""
    suites = _headed(block.rows)
    out: list[ColouredTest] = []
    for row in block.rows:
        text = row.text.strip()
        directed = _DIRECTED.match(text)
        m = directed or _TEST_ROW.match(text)
        if m is None:
            continue
        name = m.group("name")
        if directed is None and _bare(name) in suites:
            continue
        colour = name_colour_of(ctx, row)
        if directed is not None:
            directive = directed.group("directive").strip()
            skip = bool(_SKIP.match(directive)) or (colour == "grey" and not _TODO.match(directive))
            family = "skip" if skip else "todo"
        else:
            directive = ""
            family = _FAMILY_OF.get(colour or "", "")
        if family:
            out.append(ColouredTest(name, family, colour, row, row.lines[0], directive))
    return out


__all__ = ["OUTCOME_COLOUR", "_TEST_ROW", "ColouredTest", "coloured_tests", "name_colour_of"]
