"""Commit logs read as commits: who made a commit, and where authors sit on log rows.

A version-control log prints one commit per row (``git log --oneline``, a custom
``--format``, ``--graph``, ``hg log -T``, ``git blame``), its fields in whatever order the
format chose: an abbreviated hash, a date, the subject, the author, branch decorations. Or,
in git's default format, a commit over several rows: ``commit <hash>``, ``Author: Name
<email>``, ``Date: ...`` and the indented subject.

A commit's author is the person named on its own row: a name in angle brackets that is no
email address (``<%an>``), a name in a blame's parentheses before its date, an ``Author:``
field; else, once the subject, hash, dates, times, decorations and graph characters are taken
away, the capitalised words that remain. In the default format it is the ``Author:`` row
above the subject, within the same commit. A row that names no one (``--oneline`` prints no
author) gives no author: "who made X?" is then left to the general lookup, which says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from autocapture.answer.draft import Draft, Evidence
from autocapture.retrieve import Line
from autocapture.text import QUOTED, Bag, tokens

if TYPE_CHECKING:
    from autocapture.answer.lookup import LookupAnswerer

# An abbreviated or full commit hash: hex digits with at least one digit and one letter.
HASH = re.compile(r"(?<![\w-])\^?(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}(?![\w-])")
# "<Lena Fischer>", "<lena>": a name in angle brackets, not an email or a placeholder.
_BRACKETED = re.compile(r"<(?P<name>[^\s<>@/:|\\][^<>@/:|\\]{0,48}?)>")
# "[Lena Fischer]" ending a log row (a format's "[%an]"), or cut at the screen edge
# ("[Lena Fi"): capitalised words (OCR reads a leading O as 0: "0kamoto"), not a tag
# in capitals ("[WIP]") or lower-case words ("[ci skip]").
_SQUARE = re.compile(r"\[(?P<name>[A-Z0][\w'’.-]*(?: [A-Z0][\w'’.-]*){0,3})(?:\]\s*$|$)")
# git blame: "^1a2b3c4 (Lena Fischer 2026-11-19 07:24:00 +1300 12) code".
_BLAME = re.compile(r"\((?P<name>[^()\d]*?[^\s()\d])\s+\d{4}-\d{2}-\d{2}\b")
# git's default format, and other tools' fields.
_FIELD = re.compile(r"^\s*(?:author|committer)\s*:\s*(?P<name>[^<>]*?[^\s<>])\s*(?:<[^>]*>?)?\s*$",
                    re.IGNORECASE)  # fmt: skip
_DATE_FIELD = re.compile(r"^\s*(?:author|commit)?date\s*:", re.IGNORECASE)
_COMMIT_ROW = re.compile(r"^\W{0,6}commit\s+[0-9a-f]{7,40}\b")
# What a log row holds besides subject and author.
_DECORATION = re.compile(
    r"\((?:HEAD\b|tag:|origin/|[\w./-]+\s*->)[^)]*\)?|\([\w./-]+(?:,\s*[\w./-]+)*\)"
)
_DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[+-]\d{4})?"
    r"|\b\d{1,2}\s+[A-Z][a-z]{2}(?:\s+\d{4})?\b|\b[A-Z][a-z]{2}\s+\d{1,2}(?:,?\s+\d{4})?\b"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\b"
    r"|\b\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b"
    r"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b"
)  # fmt: skip
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
# A who-question about a commit: "who made / wrote / committed / authored the X commit?",
# "whose commit was X", "by whom was X committed".
ASKS_AUTHOR = re.compile(r"^\s*(?:who|whose)\b|\bby whom\b")
COMMIT_WORDS = re.compile(r"\bcommit(?:s|ted)?\b|\bchange ?sets?\b|\brevisions?\b")
_ASK_WORDS = {"who", "whom", "whose", "made", "make", "wrote", "write", "written", "did", "do",
              "committed", "commit", "commits", "authored", "author", "pushed", "push", "the",
              "a", "an", "that", "which", "was", "is", "by", "changeset", "revision", "one",
              "called", "named", "titled", "saying", "with", "message", "subject"}  # fmt: skip


def is_log_row(text: str) -> bool:
    """Whether a row is one commit of a log: a hash with more than the hash on the row."""
    m = HASH.search(text)
    return m is not None and len(text.strip()) > len(m.group()) + 3


def author_spans(text: str) -> list[tuple[int, int]]:
    """Where a row names a commit's author (character ranges of the name): an ``Author:``
    field; on a log row (a hash on it), a name in angle brackets or a blame's name."""
    field = _FIELD.match(text)
    if field:
        return [field.span("name")]
    if not is_log_row(text):
        return []
    out = []
    for m in _BRACKETED.finditer(text):
        name = m.group("name").strip()
        if re.search(r"[A-Za-z]", name) and not re.fullmatch(r"[A-Z_]+", name):
            out.append((m.start("name"), m.start("name") + len(name)))
    if not out:
        out = [m.span("name") for m in _SQUARE.finditer(text.rstrip())
               if not re.fullmatch(r"[A-Z_0-9]+", m.group("name"))]  # fmt: skip
    if not out:
        out = [m.span("name") for m in _BLAME.finditer(text)]
    return out


def _leftover_name(text: str, subject: str) -> str | None:
    """The capitalised words a log row holds besides its subject, hash, dates and
    decorations: the author of a format that does not mark it."""
    at = text.lower().find(subject.lower())
    rest = text[:at] + " " + text[at + len(subject) :] if at >= 0 and subject else text
    for rx in (_DECORATION, HASH, _DATE):
        rest = rx.sub(" ", rest)
    rest = re.sub(r"[*|/\\_<>(),:;\-–—]+", " ", rest)
    words = rest.split()
    run: list[str] = []
    best: list[str] = []
    for w in words:
        if _NAME_WORD.fullmatch(w):
            run.append(w)
        else:
            best, run = (run if len(run) > len(best) else best), []
    best = run if len(run) > len(best) else best
    return " ".join(best) if 1 <= len(best) <= 4 else None


def author_of(text: str, subject: str = "") -> str | None:
    """The author a log row names, given the subject the question matched on it."""
    spans = author_spans(text)
    if spans:
        s, e = spans[0]
        return text[s:e].strip()
    if subject and is_log_row(text):  # the whole subject, as quoted: the rest is known
        return _leftover_name(text, subject)
    return None


@dataclass
class _Hit:
    line: Line
    cover: float
    subject: str


def _subject_words(question: str) -> tuple[str, list[str]]:
    """The commit's subject as the question gives it: a quotation, else its other words."""
    quoted = QUOTED.findall(question)
    if quoted:
        return max(quoted, key=len), tokens(max(quoted, key=len))
    words = [w for w in tokens(question) if w not in _ASK_WORDS and len(w) > 1]
    return "", words


def commit_author(
    lookup: LookupAnswerer, question: str, start: datetime | None, end: datetime | None
) -> Draft | None:
    """ "Who made the 'Count split watches once' commit?": the author on the log row of the
    commit the question names (its subject quoted or in its words), or the ``Author:`` row
    above it in git's default format. None when the question is not about who made a commit
    or no log row holds its subject, so the general lookup answers."""
    low = question.lower()
    if not ASKS_AUTHOR.search(low) or not COMMIT_WORDS.search(low):
        return None
    subject, words = _subject_words(question)
    if not words:
        return None
    hits: list[_Hit] = []
    for h in lookup.r.search(words, start, end, limit=200):
        if subject:
            if subject.lower() not in h.text.lower():
                continue
            cover = 1.0
        else:
            bag = Bag.of(h.text)
            cover = sum(bag.has(w) for w in words) / len(words)
            if cover < 0.75:
                continue
        hits.append(_Hit(h, cover, subject))
    hits.sort(key=lambda x: (x.cover, x.line.ts_ms), reverse=True)
    for hit in hits:
        found = _author_near(lookup, hit)
        if found is None:
            continue
        name, source = found
        text = lookup.phrase(name, hit.line)
        evidence = [Evidence(source, "value")]
        if source is not hit.line:
            evidence.append(Evidence(hit.line, "line"))
        return Draft(
            text,
            name,
            evidence,
            round(0.6 + 0.25 * hit.cover, 3),
            "ok",
            None,
            {"commit_author": name, "subject": hit.subject, "cover": hit.cover},
        )
    return None


def _author_near(lookup: LookupAnswerer, hit: _Hit) -> tuple[str, Line] | None:
    """The author of the commit on a row: the row's own name (citing the word that holds it),
    else the ``Author:`` row above it within the same commit (git's default format)."""
    line = hit.line
    name = author_of(line.text, hit.subject)
    if name:
        # The word holding the whole name when it is one word ("<lena>"), else its row.
        word = next((w for w in lookup.r.words_of_line(line) if name in w.text), None)
        return name, word or line
    lines = [
        ln
        for ln in lookup.frame_lines(line.frame_id)
        if ln.window_row == line.window_row and ln.bbox[1] < line.bbox[1]
    ]
    dated = False
    for ln in sorted(lines, key=lambda x: -x.bbox[1])[:8]:
        field = _FIELD.match(ln.text)
        if field:
            # git's own layout: the Author: row over a Date: row over the message
            return (field.group("name"), ln) if dated else None
        dated = dated or bool(_DATE_FIELD.match(ln.text))
        if _COMMIT_ROW.match(ln.text) or is_log_row(ln.text):
            return None  # the commit's first row, and no author on the way up
    return None
