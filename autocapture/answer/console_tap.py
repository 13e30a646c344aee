"""TAP output (the Test Anything Protocol: Perl's prove, node-tap, pg_prove, bats...) read row
by row: "ok 1 - name", "not ok 3 - name", with "# SKIP" / "# TODO" directives."""

from __future__ import annotations

import re
from dataclasses import dataclass

from autocapture.answer.console_blocks import Block, section_name
from autocapture.answer.console_items import Item
from autocapture.text import contains_value

# TAP (the Test Anything Protocol: Perl's prove, node-tap, pg_prove, bats...): one row per test,
# "ok 1 - name" or "not ok 3 - name", with a directive after '#': "# SKIP reason" (skipped,
# whichever word leads) or "# TODO reason" (expected to fail: a 'not ok' then is no failure,
# pytest's xfail; an 'ok' is a pass). OCR may read TODO's O as a zero ("ToD0").
_TAP = re.compile(
    r"^[^\w]{0,2}(?P<neg>not\s+)?ok\s+(?P<num>\d+)\b(?:\s*-\s*|\s+)?(?P<desc>.*?)"
    r"(?:\s*#\s*(?P<directive>t[o0]d[o0]|skip(?:ped)?)\b\s*(?P<reason>.*?))?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TapRow:
    """One TAP test row: its number, description, outcome family and directive."""

    number: int
    desc: str
    family: str  # "pass", "fail", "skip" or "xfail" (a TODO that failed)
    marker: str  # as printed: "not ok 3", "ok 4"
    directive: str  # "todo", "skip" or ""
    reason: str


def tap_row(text: str) -> TapRow | None:
    """A row read as a TAP test line; None when it is not one (TAP's diagnostics are '#'
    comments, its plan is "1..N")."""
    m = _TAP.match(text.strip())
    if m is None:
        return None
    raw = (m.group("directive") or "").lower().replace("0", "o")
    directive = "skip" if raw.startswith("skip") else raw
    failed = m.group("neg") is not None
    if directive == "skip":
        family = "skip"
    elif failed:
        family = "xfail" if directive == "todo" else "fail"
    else:
        family = "pass"
    number = int(m.group("num"))
    marker = f"{'not ' if failed else ''}ok {number}"
    return TapRow(number, m.group("desc").strip(" -"), family, marker, directive,
                  (m.group("reason") or "").strip())  # fmt: skip


def tap_items(block: Block, family: str) -> tuple[list[Item], bool]:
    """Items of the outcome among a block's TAP rows, named by description (else the skip's
    reason, else the number), keyed by their file section and number; and whether the block
    has TAP rows at all (then its '#' diagnostics and marker words are no items of their
    own: "# Failed (TODO) test 'x'" repeats a row)."""
    items: list[Item] = []
    found = False
    section = ""
    for row in block.rows:
        head = section_name(row.text)
        if head is not None:
            section = head
            continue
        tap = tap_row(row.text)
        if tap is None:
            continue
        found = True
        if tap.family != family:
            continue
        name = tap.desc or tap.reason or tap.marker
        line = next((ln for ln in row.lines if contains_value(ln.text, name)), row.lines[0])
        if not contains_value(line.text, name):
            name = line.text.strip()  # the description runs over two OCR lines
        where = f" in {section}" if section else ""
        shown = f"TAP '{tap.marker}'" + (f" # {tap.directive.upper()}" if tap.directive else "")
        items.append(Item(name, line, line, row, shown + where, f"{section}#{tap.number}"))
    return items, found
