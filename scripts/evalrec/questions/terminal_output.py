"""Look-ups in a command's SGR truth: runs by colour, a text's colour, failed tests."""

from __future__ import annotations

import re
from typing import Any


def coloured(cmd: dict[str, Any], colour: str, word: str | None = None) -> list[str]:
    """Texts of runs drawn in ``colour`` (a name from the SGR truth)."""
    out = []
    for line in cmd["lines"]:
        for run in line["runs"]:
            if (
                run["fg"] == colour
                and run["text"].strip()
                and (word is None or word in run["text"])
            ):
                out.append(run["text"].strip())
    return out


def colour_of(cmd: dict[str, Any], text: str) -> str:
    """The colour of the run that is exactly ``text`` (else the first run containing it)."""
    runs = [r for line in cmd["lines"] for r in line["runs"]]
    for run in [r for r in runs if r["text"].strip() == text] + [
        r for r in runs if text in r["text"]
    ]:
        return run["fg"] or "default"
    raise KeyError(f"{text!r} not in the output of {cmd['command']!r}")


def failed_tests(cmd: dict[str, Any]) -> list[str]:
    """Test names on the lines whose FAILED marker is drawn in red."""
    names = []
    for line in cmd["lines"]:
        if any(r["text"].startswith("FAILED") and r["fg"] == "red" for r in line["runs"]):
            m = re.search(r"::(test_\w+)", line["text"])
            if m and m.group(1) not in names:
                names.append(m.group(1))
    return names
