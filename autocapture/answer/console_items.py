"""What a run's output says about an outcome: items it marks (a test's identifier and the
word or colour marking it) and counts it states ("4 passed")."""

from __future__ import annotations

from dataclasses import dataclass

from autocapture.answer.console_blocks import Row
from autocapture.retrieve import Line


@dataclass
class Item:
    """An item a row marks with the outcome: its identifier and the marker word."""

    ident: str
    ident_word: Line
    marker: Line
    row: Row
    shown: str = ""  # how the outcome shows when no word marks it ("shown in red")
    key: str = ""  # what makes two rows the same item, when not its identifier (TAP: file, n)
    colour: str | None = None  # the colour that shows the outcome, when no word marks it


@dataclass
class Summary:
    """A count the output states for the outcome ("4 passed")."""

    text: str  # "4 passed"
    count: int
    row: Row
    file: str = ""  # the file a per-file report row counts for ("t/api.t (... Failed: 1)")
