"""Wrapped paragraphs: a sentence of a mail body or a note runs over several OCR lines.

OCR stores lines, so "the smoke detectors in zone 3 will" and "be isolated today from 1pm to
10pm." are two spans: the words a question matches sit on one and the value it asks for on
the next (or the one before). A line is read with the other lines of its sentence(s) when
they wrap: the next line starts in the same column right below it, the line does not end a
sentence, the next line carries on in lower case, and its first word would not have fitted
on the line (the text wrapped, it was not broken on purpose). Chat messages and shell prompts
are never prose; lists, tables and labelled fields do not wrap this way.

Only typographic facts are used (positions, case, punctuation), never an application's text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from autocapture.answer.request_reply import MESSAGE
from autocapture.retrieve import Line
from autocapture.text import SHELL_PROMPT

PROSE_WORDS = 4  # words a line needs before it can be prose that wraps
LINE_PITCH = 1.6  # the next line's top lies within this many line heights of this one's
ALIGN = 0.6  # left edges differ by at most this many line heights
FILL = 0.9  # the line plus the next line's first word would have filled the wider of them
_ENDS = re.compile(r"[.!?:;]['\")\]]?\s*$")  # the line ends a sentence (or a label)
_CARRIES = re.compile(r"^\s*\(?[a-z]+\b(?![-/.:@_]\w)")  # carries a sentence on: "be isolated"
_FIELD = re.compile(r"^\s*[A-Za-z][\w-]*(?:\s[\w-]+){0,2}:\s")  # "Subject: ...", a field
_WORD = re.compile(r"[A-Za-z][a-z'’-]+")
# A sentence ends at . ! ? followed by a space (not "10.30", "e.g.x"), or at the text's end.
_STOP = re.compile(r"[.!?]['\")\]]?(?=\s)")


def _prose(line: Line) -> bool:
    """A line that can be part of running text: several words, not a chat stamp or prompt."""
    text = line.text
    if MESSAGE.match(text) or SHELL_PROMPT.match(text):
        return False
    return len(_WORD.findall(_FIELD.sub("", text))) >= PROSE_WORDS  # "Note: ..." is prose too


def _wraps(a: Line, b: Line) -> bool:
    """B carries on A's sentence: right below it in its column, A stops mid-sentence, B goes
    on in lower case, and B's first word would not have fitted at the end of A."""
    h = max(1, a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1])
    if not 0 < b.bbox[1] - a.bbox[1] <= LINE_PITCH * h or abs(b.bbox[0] - a.bbox[0]) > ALIGN * h:
        return False
    if _ENDS.search(a.text) or not _CARRIES.match(b.text) or not _prose(a) or _FIELD.match(a.text):
        return False
    if MESSAGE.match(b.text) or SHELL_PROMPT.match(b.text) or _FIELD.match(b.text):
        return False
    first = b.text.split()[0] if b.text.split() else ""
    char = (a.bbox[2] - a.bbox[0]) / max(1, len(a.text))
    widest = max(a.bbox[2] - a.bbox[0], b.bbox[2] - b.bbox[0])
    return (a.bbox[2] - a.bbox[0]) + (len(first) + 1) * char >= FILL * widest


def _chains(lines: list[Line]) -> list[list[Line]]:
    """Runs of two or more lines of one window that wrap into one another, top to bottom."""
    ordered = sorted(lines, key=lambda ln: (ln.bbox[1], ln.bbox[0]))
    nxt: dict[int, Line] = {}
    taken: set[int] = set()
    for i, a in enumerate(ordered):
        h = max(1, a.bbox[3] - a.bbox[1])
        for b in ordered[i + 1 :]:
            if b.bbox[1] - a.bbox[1] > LINE_PITCH * h:
                break
            if b.rowid not in taken and _wraps(a, b):
                nxt[a.rowid] = b
                taken.add(b.rowid)
                break
    chains = []
    for a in ordered:
        if a.rowid in taken or a.rowid not in nxt:
            continue
        chain = [a]
        while chain[-1].rowid in nxt:
            chain.append(nxt[chain[-1].rowid])
        chains.append(chain)
    return chains


def sentence_lines(lines: list[Line]) -> dict[int, list[Line]]:
    """For each line (by rowid) of a wrapped paragraph among LINES (one window of one frame),
    the other lines its sentence(s) run over: a line holding the end of one sentence and the
    start of the next is read with both."""
    out: dict[int, list[Line]] = {}
    for chain in _chains(lines):
        starts, pos = [], 0
        for ln in chain:
            starts.append(pos)
            pos += len(ln.text) + 1
        text = " ".join(ln.text for ln in chain)
        stops = [m.end() for m in _STOP.finditer(text)]  # where each sentence ends
        for i, ln in enumerate(chain):
            first, last = starts[i], starts[i] + max(0, len(ln.text) - 1)
            k = bisect_right(stops, first)
            begin = stops[k - 1] if k else 0  # the sentence holding the line's first char
            k = bisect_right(stops, last)
            end = stops[k] if k < len(stops) else len(text)  # ... and its last one
            others = [
                o
                for j, o in enumerate(chain)
                if j != i and starts[j] < end and starts[j] + len(o.text) > begin
            ]
            if others:
                out[ln.rowid] = others
    return out


def clauses(text: str) -> list[str]:
    """TEXT cut at its sentence ends: "to 10pm. Isolation code ..." is two statements."""
    cuts = [m.end() for m in _STOP.finditer(text)]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True) if text[a:b]]


def closes(line: Line) -> bool:
    """A line of running text that ends its sentence: what is below it is another statement."""
    return _prose(line) and re.search(r"[.!?]['\")\]]?\s*$", line.text) is not None


def lead_in(text: str, end: int, value: str) -> str:
    """The words right before a value in running text ("Isolation code" of "... to 10pm.
    Isolation code IS0-2204"), not the whole line up to it; '' when other words intervene."""
    at = text.find(value, end)
    if at < 0 or text[end:at].strip(" :=-–|\t"):
        return ""
    return clauses(text[:end])[-1].strip()


def named_in(lines: list[Line], nouns: set[str]) -> tuple[str, Line] | None:
    """An asked noun with its number in a sentence ("zone 3" for "which zone"), not one the
    sentence strikes out ("..., not zone 3"): the first, in reading order."""
    prev = ""
    for ln in sorted(lines, key=lambda o: (o.bbox[1], o.bbox[0])):
        for noun in sorted(nouns):
            numbered = rf"\b{re.escape(noun)}\s?[A-Za-z]{{0,3}}-?\d[\w-]*"  # "room B-240"
            for m in re.finditer(numbered, ln.text, re.I):
                if not re.search(r"\bnot\s+$", f"{prev} {ln.text[: m.start()]}", re.I):
                    return m.group(0), ln
        prev = ln.text
    return None
