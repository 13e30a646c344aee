"""Where a named thing was: "which project has the test_x test?", "which repo is fetch.js
in?", "what folder held build.sh?".

A project, repository or folder is a place a terminal works in: the directory its shell
prompt shows (``me@box:~/src/harbor-api$``), else the one its window title shows. The answer
is the directory of the terminal whose content shows the named identifier, citing the line
that shows it and the prompt (or title) that names the directory. Only the most specific word
of the question (an identifier, or a quoted text) is looked for; a question naming nothing of
the sort, or text shown only outside terminals, is left to free-text lookup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autocapture.answer.base import AnswerContext, no_structure
from autocapture.answer.console_blocks import Block, blocks_of
from autocapture.answer.lookup import Draft, Evidence
from autocapture.retrieve import Line
from autocapture.text import QUOTED, part_match, raw_tokens
from autocapture.understand.colours import is_dark

# "which project has X", "in which repo was X", "what folder contains X".
PLACE_ASK = re.compile(
    r"^\s*(?:in )?(?:which|what) (?:project|repo|repository|directory|folder|codebase|checkout)"
    r" (?!(?:was|were|are|is) (?:i|we|you)\b)"
)
# A directory in a window title ("me@box: ~/src/app", "app - /home/me/app").
TITLE_DIR = re.compile(r"(?:^|[\s:])(~[\w./-]*|/[\w.-]+(?:/[\w.-]+)*)")
_ID_LIKE = re.compile(r"[./_:\-\d]")
MAX_PLACES = 3


@dataclass
class _Place:
    directory: str  # as shown: "~/src/harbor-api"
    shown: Line  # the line showing the named text
    named_by: Line | None  # the prompt or title line naming the directory
    title: str

    @property
    def name(self) -> str:
        """The project's name: the directory's last part."""
        return self.directory.rstrip("/").rsplit("/", 1)[-1] or self.directory


def place_targets(question: str, terms: list[str]) -> list[str]:
    """What the question names: its quoted text, else its identifier-like words (longest
    first); a question naming no identifier asks about nothing a terminal shows by name."""
    quoted = QUOTED.findall(question)
    if quoted:
        return quoted
    return sorted((t for t in terms if _ID_LIKE.search(t) and len(t) > 3), key=len, reverse=True)


# Words that say what kind of thing is described, not which: "the test that checks X".
_DESCRIBING = {
    "test", "tests", "check", "checks", "checking", "checked", "function", "method", "file",
    "named", "called", "one", "code", "case", "that", "which", "does", "verifies", "covers",
    "project", "repo", "repository", "directory", "folder", "codebase", "checkout",
}  # fmt: skip


def described_targets(ctx: AnswerContext, terms: list[str]) -> list[str]:
    """Identifiers shown in terminals that hold every describing word as a part ("the test
    that checks the station csv header" is ``test_parse_station_csv_header``), shortest
    first; none for fewer than two describing words."""
    words = [t for t in terms if t not in _DESCRIBING and len(t) >= 3]
    if len(words) < 2:
        return []
    found: set[str] = set()
    for h in ctx.retriever.search(words, ctx.intent.start, ctx.intent.end, limit=200):
        for tok in raw_tokens(h.text):
            if _ID_LIKE.search(tok) and all(part_match(w, tok) for w in words):
                found.add(tok.strip(".,;:()[]'\""))
    return sorted(found, key=len)


def _directory(block: Block, lines: list[Line]) -> tuple[str, Line | None] | None:
    """The block's working directory and the line naming it: the prompt's, else the title's
    (cited on the title bar's line when OCR read it)."""
    if block.cwd and block.prompt is not None:
        return block.cwd, block.prompt.lines[0]
    found = TITLE_DIR.findall(block.title)
    if not found:
        return None
    where = found[-1]
    bar = min(
        (ln for ln in lines if where in ln.text),
        key=lambda ln: ln.bbox[1],
        default=None,
    )
    return where, bar


def _block_of(line: Line, blocks: list[Block]) -> Block | None:
    for b in blocks:
        rows = [*b.rows, *([b.prompt] if b.prompt else [])]
        if any(ln.span_id == line.span_id for r in rows for ln in r.lines):
            return b
    return None


def place_of(ctx: AnswerContext, targets: list[str]) -> Draft:
    """The directories of the terminals showing the first target that any terminal shows,
    latest first, one claim per directory."""
    for target in targets:
        want = target.lower()
        hits = ctx.retriever.search(
            raw_tokens(want) or [want], ctx.intent.start, ctx.intent.end, limit=200
        )
        places: dict[str, _Place] = {}
        windows: dict[tuple[str, int | None], tuple[list[Line], list[Block]]] = {}
        for h in sorted((h for h in hits if want in h.text.lower()), key=lambda h: -h.ts_ms):
            key = (h.frame_id, h.window_row)
            if key not in windows:
                lines = [
                    ln for ln in ctx.lookup.frame_lines(h.frame_id) if ln.window_row == h.window_row
                ]
                windows[key] = (lines, blocks_of(lines))
            lines, blocks = windows[key]
            block = _block_of(h, blocks)
            got = _directory(block, lines) if block is not None else None
            if got is None or got[0] in places:
                continue
            places[got[0]] = _Place(got[0], h, got[1], block.title if block else "")
        if places:
            return _draft(target, list(places.values())[:MAX_PLACES])
    return no_structure("a terminal showing the named text")


def _draft(target: str, places: list[_Place]) -> Draft:
    texts: list[str] = []
    values: list[str] = []
    evidence: list[Evidence] = []
    for i, p in enumerate(places):
        where = f"the prompt '{p.named_by.text}'" if p.named_by is not None else f"'{p.title}'"
        texts.append(
            f"{p.name} ({p.directory}): '{target}' was shown in its terminal"
            f' ("{p.shown.text}"; directory from {where})'
        )
        if p.named_by is not None:  # the value is the directory's name, on its prompt/title
            values.append(p.name)
            evidence.append(Evidence(p.named_by, "value", i))
            evidence.append(Evidence(p.shown, "line", i))
        else:  # no line names the directory: the cited value is the shown text
            values.append(target)
            evidence.append(Evidence(p.shown, "value", i))
    return Draft(
        "; ".join(texts),
        values[0],
        evidence,
        0.8 if len(places) == 1 else 0.6,
        "ok",
        None,
        {"target": target, "places": [p.directory for p in places]},
        values=values,
        claim_texts=texts,
    )


# "the dark terminal's ls listing", "in the light-themed window", "my black console": which
# terminal, told by how it looks. Its look word places the text; it is not text to find.
WINDOW_LOOK = re.compile(
    r"\b(?P<look>dark|black|light|white|bright)(?:[- ]themed?|[- ]background)?[- ]"
    r"(?:terminals?|windows?|consoles?|shells?|xterms?|panes?|tabs?)\b"
)


def asked_look(question: str) -> tuple[bool, str] | None:
    """(dark, the look word) when the question names a terminal by its look, else None."""
    m = WINDOW_LOOK.search(question.lower())
    if m is None:
        return None
    return m.group("look") in ("dark", "black"), m.group("look")


def window_is_dark(ctx: AnswerContext, line: Line) -> bool | None:
    """Whether the window showing a line is dark: most of its lines sit on a dark background
    (a selection or a coloured row is no theme). None when no background was sampled."""
    backs = [
        is_dark(ln.bg)
        for ln in ctx.lookup.frame_lines(line.frame_id)
        if ln.window_row == line.window_row and ln.bg
    ]
    if not backs:
        return None
    return sum(backs) * 2 > len(backs)
