"""Kinds of token a question names by shape rather than by text: "the line numbers", "the
hashes", "the file names", "the directories", "the symlinks", "the branch names", "the
matches", "the PASSED markers".

Each kind is a cue (how a question says it) and a shape (where such tokens sit in a console
row: a number between a path and a colon, seven or more hex digits, the last field of an
``ls -l`` row whose mode starts with 'd', a name inside the decoration parentheses after a
commit hash, an argument of the command that its output repeats...). Shapes are what command
line tools print in general, not one program's text. A token found in a row maps back to the
OCR word that holds it, and its colour is read off the pixels of just its characters when it
is only part of the word (grep prints ``file:12:`` as one OCR word in three colours).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from autocapture.answer.base import AnswerContext
from autocapture.answer.console_blocks import Block, Named, Row, named_blocks
from autocapture.answer.console_place import window_is_dark
from autocapture.answer.git_log import author_spans
from autocapture.colour import sample_colours
from autocapture.retrieve import Line
from autocapture.text import Bag
from autocapture.understand.colours import name_colour

_MODE = r"[rwxsStT-]{9}[.+@]?"  # ls -l permission bits after the entry type
_EDGE = "()[]{}<>'\",;:.`"


@dataclass(frozen=True)
class Token:
    """A token of some kind in a row: its text, the OCR word holding it and its place there."""

    text: str
    word: Line
    start: int  # characters of the word's text the token covers
    end: int
    row: Row

    @property
    def x(self) -> float:
        """Left edge of the token on screen (monospace: character i at i/len of the word)."""
        x1, _, x2, _ = self.word.bbox
        return x1 + (x2 - x1) * self.start / max(len(self.word.text), 1)

    def cited(self) -> Line:
        """What to cite for the token: its word, or its line when it runs past the word
        ("Lena Fischer" over OCR's "<Lena" and "Fischer>")."""
        if self.text in self.word.text:
            return self.row.citable(self.word)
        return self.row.line_of(self.word)

    @property
    def char_width(self) -> float:
        return (self.word.bbox[2] - self.word.bbox[0]) / max(len(self.word.text), 1)


Finder = Callable[[str, Block], list[tuple[int, int]]]


@dataclass(frozen=True)
class Kind:
    name: str  # as an answer says it ("line numbers")
    cue: re.Pattern[str]  # how a (lower-cased) question names it
    find: Finder  # character ranges of such tokens in a row's text
    leading: bool = False  # what a command lists first on its rows (names, not content)
    phrase: bool = False  # a token may run over several words ("Lena Fischer"): kept whole


def _pattern(rx: str, flags: int = 0) -> Finder:
    """Ranges of a regex's group 1 (or whole match) in a row's text."""
    compiled = re.compile(rx, flags)

    def find(text: str, block: Block) -> list[tuple[int, int]]:
        out = []
        for m in compiled.finditer(text):
            groups = [i for i in range(1, compiled.groups + 1) if m.group(i) is not None]
            out.append(m.span(groups[0]) if groups else m.span())
        return out

    return find


def _decorations(tags: bool) -> Finder:
    """Names in the parentheses after a commit hash ("(HEAD -> main, origin/main, tag: v1)"):
    branch names, or the tags."""
    deco = re.compile(r"(?<![\w-])[0-9a-f]{7,40}\s*\(([^)]*)\)?")
    item = re.compile(r"(?:^|,)\s*(tag:\s*)?(?:[\w./-]+\s*->\s*)?([^\s,()]+)")

    def find(text: str, block: Block) -> list[tuple[int, int]]:
        out = []
        for m in deco.finditer(text):
            base = m.start(1)
            for it in item.finditer(m.group(1)):
                name = it.group(2)
                if name == "HEAD" or name.endswith(":") or bool(it.group(1)) != tags:
                    continue
                out.append((base + it.start(2), base + it.end(2)))
        return out

    return find


def _authors(text: str, block: Block) -> list[tuple[int, int]]:
    """Commit authors on a log's rows (``answer.git_log``)."""
    return author_spans(text)


# A compiler's diagnostic: "file.c:12:5: warning: ...", "x.ts(3,5): error TS2322: ...",
# rustc's "warning[E0308]: ..." starting its row; the severity word is the token.
def _diagnostics(severity: str) -> Finder:
    rx = re.compile(
        r"(?:^\W{0,2}|[\w.~/-]\.\w+:\d+(?::\d+)?:\s*|\w\.\w+\(\d+(?:,\d+)?\)\s*:\s*)"
        rf"(?:fatal\s+)?({severity})(?:\[[\w-]+\])?(?:\s+[A-Z]+\d+)?:(?!\S)",
        re.IGNORECASE,
    )
    return _pattern(rx.pattern, rx.flags)


_COMPILER = r"(?:compiler|compile|compilation|build|gcc|g\+\+|clang|rustc|cargo|javac|tsc|linker)"


def _matches(text: str, block: Block) -> list[tuple[int, int]]:
    """Where the output repeats the command's first argument that it repeats at all (a
    search's pattern: grep, rg, findstr, Select-String all take it before the paths)."""
    for arg in block.arguments():
        if len(arg) < 2 or not any(arg in r.text for r in block.rows):
            continue
        return [(m.start(), m.end()) for m in re.finditer(re.escape(arg), text)]
    return []


KINDS: list[Kind] = [
    Kind(
        # A run's counts: "4 passed, 1 failed", node's rows of their own ("pass 4").
        "summary lines",
        re.compile(r"\bsummary\b|\b(?:totals?|counts?) (?:lines?|rows?)\b"),
        _pattern(
            r"\b(\d+\s+(?:passed|failed|skipped|errors?|errored|xfailed|warnings?))\b"
            r"|^(?:\S{1,2}\s+)?((?:tests|suites|pass|fail|cancelled|skipped|todo)\s+\d+)\s*$",
            re.IGNORECASE,
        ),
    ),
    Kind(
        "line numbers",
        re.compile(r"\bline[- ]?(?:numbers?|nos?\b\.?)|\blinenos?\b"),
        # file:LINE: (grep -n, compilers, tracebacks) or a bare LINE: starting the row.
        _pattern(r"(?:^|\s)[\w.~-]*[/.][\w./~-]*:(\d+)(?=[:\s]|$)|^\s*(\d+):(?!\d)"),
    ),
    Kind(
        "authors",
        re.compile(r"\b(?:commit )?(?:authors?|committers?)(?:['’]s?)?(?: names?)?\b"),
        _authors,
        phrase=True,
    ),
    Kind(
        "compiler warnings",
        re.compile(rf"\b{_COMPILER}(?:'s)? warnings?\b"),
        _diagnostics("warning"),
    ),
    Kind(
        "compiler errors",
        re.compile(rf"\b{_COMPILER}(?:'s)? errors?\b"),
        _diagnostics("error"),
    ),
    Kind(
        "compiler diagnostics",
        re.compile(rf"\b{_COMPILER}(?:'s)? (?:diagnostics?|messages?|output)\b|\bdiagnostics?\b"),
        _diagnostics("warning|error|note"),
    ),
    Kind(
        "commit hashes",
        re.compile(r"\b(?:commit )?(?:hash(?:es)?|shas?|commit ids?|revisions?)\b|\bcommits\b"),
        _pattern(r"(?<![\w-])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}(?![\w-])"),
    ),
    Kind("branch names", re.compile(r"\bbranch(?:es)?\b"), _decorations(tags=False)),
    Kind("tags", re.compile(r"\btags?\b"), _decorations(tags=True)),
    Kind(
        "symlinks",
        re.compile(r"\b(?:sym(?:bolic )?links?|soft links?|links)\b"),
        _pattern(rf"^l{_MODE}\s.*?\s(\S+)\s+->\s"),
    ),
    Kind(
        "directories",
        re.compile(r"\b(?:director(?:y|ies)|dirs?|folders?)\b"),
        _pattern(rf"^d{_MODE}\s.*\s(\S+)\s*$|(?:^|\s)([^\s/:]+/)(?=\s|$)"),
    ),
    Kind(
        "executables",
        re.compile(r"\bexecutables?\b"),
        _pattern(r"^-[r-][w-][xsS][rwxsStT-]{6}[.+@]?\s.*\s(\S+)\s*$"),
    ),
    Kind("percentages", re.compile(r"\bpercent(?:ages?|s)?\b"), _pattern(r"\d+(?:\.\d+)?%")),
    Kind(
        "dates",
        re.compile(r"\bdates?\b"),
        _pattern(
            r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"
            r"|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
            r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}\b"
        ),
    ),
    Kind(
        "timestamps",
        re.compile(r"\b(?:timestamps?|clock times?)\b"),
        _pattern(r"(?<![\w:.])\d{1,2}:\d{2}(?::\d{2})?(?![\w:])"),
    ),
    Kind(
        "matches",
        re.compile(r"\b(?:match(?:es|ed)?|search (?:terms?|words?|patterns?))\b"),
        _matches,
    ),
    Kind(
        "status markers",
        re.compile(r"\b(?:markers?|status (?:words?|labels?))\b"),
        _pattern(r"(?<![\w-])[A-Z]{2,}(?![\w-])"),
    ),
    Kind(
        "file names",
        re.compile(r"\bfile ?names?\b|\bfiles?\b"),
        # A regular file's row of ls -l (its name is the last field), or a name.extension.
        _pattern(rf"^-{_MODE}\s.*\s(\S+)\s*$|[\w./-]*\w\.[A-Za-z]\w{{0,5}}\b"),
        leading=True,
    ),
    Kind("paths", re.compile(r"\bpaths?\b"), _pattern(r"[\w.~-]*/[\w./~-]+"), leading=True),
    Kind(
        "numbers",
        re.compile(r"\bnumbers?\b"),
        _pattern(r"(?<![\w.])\d+(?:[.,]\d+)*(?![\w.])"),
    ),
]


def kind_of(question: str) -> tuple[Kind, set[str]] | None:
    """The first kind of token a question names, and the words that named it."""
    low = question.lower()
    for kind in KINDS:
        m = kind.cue.search(low)
        if m:
            return kind, set(re.findall(r"[a-z0-9-]+", m.group(0)))
    return None


def tokens_in(ctx: AnswerContext, kind: Kind, block: Block) -> list[Token]:
    """Tokens of a kind in a block's output rows, each mapped to the OCR word holding it."""
    out: list[Token] = []
    for row in block.rows:
        if not kind.find(row.text, block):
            continue  # the row's line texts hold none: skip reading its words
        text, spans = row.spans(ctx)
        for s, e in kind.find(text, block):
            for ws, we, w in spans if e > s else []:
                if ws <= s < we:
                    said = text[s:e] if kind.phrase else text[s : min(e, we)]
                    out.append(Token(said, w, s - ws, min(e, we) - ws, row))
                    break
    if kind.leading:
        out = _leading(out, block.margin()) or out
    return out


@dataclass
class Found:
    """Tokens of a kind in the block a question names; ``picked`` when a word of the question
    is one of the tokens ("the latest symlink", "the v0.9.1 tag") and they are only those."""

    tokens: list[Token]
    named: Named
    picked: bool


def find_tokens(
    ctx: AnswerContext, kind: Kind, place: list[str], dark: bool | None = None
) -> Found | None:
    """The best-named block holding tokens of a kind: a token named by the question first,
    then by command, by place, the most tokens (the fullest view), the latest. None when the
    question's placing words name none of the blocks that hold such tokens. ``dark`` keeps
    only the blocks of windows of that look ("the dark terminal")."""
    best: tuple[tuple, Found] | None = None
    for n in named_blocks(ctx, place, []):
        if dark is not None and not _looks(ctx, n.block, dark):
            continue
        found = tokens_in(ctx, kind, n.block)
        if not found:
            continue
        picked = [t for t in found if t.text.strip(_EDGE).lower() in place]
        picked = picked or _on_described_rows(found, place, n)
        key = (bool(picked), n.by_command, n.by_place, len(picked or found), n.block.ts_ms)
        if best is None or key > best[0]:
            best = (key, Found(picked or found, n, bool(picked)))
    if best is None:
        return None
    f = best[1]
    if place and not (f.picked or f.named.by_command or f.named.by_place >= 0.5):
        return None  # the question places the tokens somewhere these are not
    return f


def _looks(ctx: AnswerContext, block: Block, dark: bool) -> bool:
    """Whether a block's window is of the asked look (or its look is unknown)."""
    row = block.prompt or block.rows[0]
    return window_is_dark(ctx, row.lines[0]) in (dark, None)


def _on_described_rows(found: list[Token], place: list[str], named: Named) -> list[Token]:
    """Tokens on the rows the question describes by their other text ("the author of the
    Count split watches once commit", "the hash of the fix-typo commit"): rows holding at
    least two of the words that do not name the block itself, and at least half of them;
    the rows holding the most."""
    block = named.block
    where = Bag.of(f"{block.title} {block.cwd} {block.command}")
    words = [t for t in place if len(t) > 1 and not where.has(t)]
    if len(words) < 2:
        return []
    cover: dict[int, int] = {}
    for t in found:
        if id(t.row) not in cover:
            bag = Bag.of(t.row.text)
            cover[id(t.row)] = sum(bag.has(w) for w in words)
    best = max(cover.values(), default=0)
    if best < 2 or best * 2 < len(words):
        return []
    return [t for t in found if cover[id(t.row)] == best]


def _leading(found: list[Token], margin: int) -> list[Token]:
    """Tokens at the block's left margin (names a command lists: grep's files); a shape
    match further along a row is content that happens to look alike."""
    firsts = [t for t in found if abs(t.x - margin) <= 1.5 * t.char_width]
    return firsts if len(firsts) >= 2 else []


def colour_of(token: Token, pixels: Any) -> str | None:
    """A token's colour: its own characters' pixels when it is part of a word, else the
    word's colour as stored."""
    part = part_colour(pixels, token.word, token.start, token.end)
    return part or name_colour(token.word.fg)


def part_colour(pixels: Any, word: Line, start: int, end: int) -> str | None:
    """The colour of characters start..end of a word, read off the pixels. Terminals colour
    parts of one OCR word differently (grep's 'file:line:'); monospace text puts character i
    at i/len of the word's width."""
    if pixels is None or not word.text or (start, end) == (0, len(word.text)):
        return None
    x1, y1, x2, y2 = word.bbox
    step = (x2 - x1) / len(word.text)
    box = (int(x1 + step * start), y1, max(int(x1 + step * end), int(x1 + step * start) + 1), y2)
    fg, _ = sample_colours(pixels, box)
    return name_colour(fg)
