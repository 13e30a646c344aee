"""A terminal window read as commands and their output.

OCR gives a window's lines; a console shows them as rows (one OCR line or several side by
side), and a shell prompt row (``user@host:~/dir$ cmd``) starts each command's output block,
which runs to the next prompt. A question names a block by its command ("the grep output",
"the ls listing", "git log") or its place (a window title or the prompt's directory: "the
harbor-api run"), so answers about "the line numbers in the grep output" or "how many tests
passed" look only at that block's rows, not at everything else the window shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from autocapture.answer.base import AnswerContext, in_asked_time
from autocapture.answer.console_runners import runner_in, runner_words
from autocapture.retrieve import Line
from autocapture.text import Bag, tokens

# Shell prompts by shape: user@host with a directory ("jonas@box:~/src$ ", "[me@box src]$ ",
# "me@box ~/src % "), a bare directory ("~/src $ "), PowerShell ("PS C:\\src> "), or a bare
# "$ " / "❯ ". Up to two stray characters before it are OCR noise (a cursor, a border).
_PROMPT = re.compile(
    r"^[^\w~/]{0,2}(?:\([\w.-]+\)\s*)?\[?"
    r"(?:[\w.-]+@[\w.-]+(?:[:\s]\s?(?P<cwd>[^\s$#%>\]]+))?\]?\s?[$#%>]"
    r"|(?P<cwd2>~[^\s$#%>]*|/[^\s$#%>:]*)\s?[$#%❯]"
    r"|PS (?P<cwd3>[A-Za-z]:\\[^>]*)>"
    r"|[$❯])"
    r"(?:\s+(?P<cmd>\S.*?))?\s*$"
)
MAX_WINDOWS = 12  # windows (frame x window) read per question


@dataclass
class Row:
    """One screen row of a window: its OCR lines left to right."""

    lines: list[Line]
    _words: list[Line] | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return " ".join(ln.text for ln in self.lines)

    @property
    def top(self) -> int:
        return min(ln.bbox[1] for ln in self.lines)

    def words(self, ctx: AnswerContext) -> list[Line]:
        """Word spans left to right. A line stored without word spans is split at its spaces
        into stand-ins placed by character (monospace), which cite as their line."""
        if self._words is None:
            out: list[Line] = []
            for ln in self.lines:
                out.extend(ctx.retriever.words_of_line(ln) or _split(ln))
            self._words = out
        return self._words

    def spans(self, ctx: AnswerContext) -> tuple[str, list[tuple[int, int, Line]]]:
        """The row's text rebuilt from its words, and where each word sits in it."""
        text, out, at = [], [], 0
        for w in self.words(ctx):
            out.append((at, at + len(w.text), w))
            text.append(w.text)
            at += len(w.text) + 1
        return " ".join(text), out

    def line_of(self, word: Line) -> Line:
        """The OCR line a word lies in."""
        for ln in self.lines:
            if ln.span_id == word.span_id:
                return ln
        mid = (word.bbox[0] + word.bbox[2]) / 2
        return next((ln for ln in self.lines if ln.bbox[0] <= mid <= ln.bbox[2]), self.lines[0])

    def citable(self, word: Line) -> Line:
        """What to cite for a word: the word span, or its line for a stand-in."""
        line = self.line_of(word)
        return line if line.span_id == word.span_id else word


def _split(line: Line) -> list[Line]:
    """Stand-in words of a line stored without word spans (same span id as the line)."""
    x1, y1, x2, y2 = line.bbox
    step = (x2 - x1) / max(len(line.text), 1)
    return [
        replace(
            line,
            text=m.group(),
            bbox=(int(x1 + step * m.start()), y1, int(x1 + step * m.end()), y2),
        )
        for m in re.finditer(r"\S+", line.text)
    ]


@dataclass
class Block:
    """A command and the rows it printed. ``prompt`` is None for output whose prompt row
    scrolled off the top of the window."""

    prompt: Row | None
    command: str
    cwd: str
    rows: list[Row]
    title: str

    @property
    def frame_id(self) -> str:
        row = self.prompt or self.rows[0]
        return row.lines[0].frame_id

    @property
    def ts_ms(self) -> int:
        row = self.prompt or self.rows[0]
        return row.lines[0].ts_ms

    def margin(self) -> int:
        """Left edge of the block's text: the median row start (OCR may glue a neighbouring
        window's text onto a row, which then starts further left)."""
        lefts = sorted(r.lines[0].bbox[0] for r in self.rows) or [0]
        return lefts[len(lefts) // 2]

    def inside(self, word: Line) -> bool:
        """Whether a word lies within the block's text, not in text glued on from the left."""
        width = (word.bbox[2] - word.bbox[0]) / max(len(word.text), 1)
        return word.bbox[0] >= self.margin() - 2 * width

    def command_words(self) -> set[str]:
        """The program and its arguments, without options ("grep -rn x src" -> grep, x, src)."""
        return {w for part in self.command.split() if part[:1] != "-" for w in tokens(part)}

    def arguments(self) -> list[str]:
        """Arguments after the program (and a sub-command), as typed, options left out."""
        args = [a.strip("'\"") for a in self.command.split()[1:] if not a.startswith("-")]
        return [a for a in args if a]


def prompt_of(text: str) -> tuple[str, str] | None:
    """(command, directory) when a row is a shell prompt, else None."""
    m = _PROMPT.match(text)
    if m is None:
        return None
    cwd = m.group("cwd") or m.group("cwd2") or m.group("cwd3") or ""
    return (m.group("cmd") or "").strip(), cwd


def rows_of(lines: list[Line]) -> list[Row]:
    """A window's lines as screen rows: lines whose vertical middles fall within each other's
    height share a row (OCR splits a row at wide gaps)."""
    rows: list[Row] = []
    for ln in sorted(lines, key=lambda x: (x.bbox[1] + x.bbox[3], x.bbox[0])):
        mid = (ln.bbox[1] + ln.bbox[3]) / 2
        if rows:
            last = rows[-1].lines[0]
            if last.bbox[1] <= mid <= last.bbox[3]:
                rows[-1].lines.append(ln)
                continue
        rows.append(Row([ln]))
    for r in rows:
        r.lines.sort(key=lambda x: x.bbox[0])
    return rows


def blocks_of(lines: list[Line]) -> list[Block]:
    """Command blocks of one window in one frame, top to bottom; a prompt with neither a
    command nor output (the shell waiting) is left out."""
    if not lines:
        return []
    title = lines[0].window_title or ""
    out: list[Block] = []
    current: Block | None = None
    for row in rows_of(lines):
        text = row.text.strip()
        if len(text) >= 5 and text in title:
            continue  # the window's title bar, not its output
        found = prompt_of(text)
        if found is not None:
            current = Block(row, found[0], found[1], [], title)
            out.append(current)
        elif current is None:
            current = Block(None, "", "", [row], title)
            out.append(current)
        else:
            current.rows.append(row)
    return [b for b in out if b.command or b.rows]


# A runner's header over one test file's output ("t/api.t ......", "t/api.t .. ok", prove's
# per-file lines): a file name with an extension, then a dot leader (OCR may keep only one
# dot), then at most a status. A later row that starts with the same file name and a bracket
# or colon is the run's report on that file ("t/api.t (Wstat: 256 ... Failed: 1)").
_SECTION = re.compile(r"^[^\w~/]{0,2}(?P<name>[\w./~-]*\w\.[A-Za-z]\w{0,4})\s+\.+(?:\s.*)?$")
_REPORT = re.compile(r"^[^\w~/]{0,2}(?P<name>[\w./~-]*\w\.[A-Za-z]\w{0,4})\s*[(:]")


def section_name(text: str) -> str | None:
    """The file name when a row heads one file's section of a run's output, else None."""
    m = _SECTION.match(text.strip())
    return m.group("name") if m else None


def report_name(text: str) -> str | None:
    """The file name when a row reports on one file ("t/api.t (Wstat: 256 ... Failed: 1)"):
    its counts are that file's, not the whole run's."""
    m = _REPORT.match(text.strip())
    return m.group("name") if m else None


def section_named(block: Block, terms: list[str]) -> tuple[Block, int] | None:
    """The part of a block that one file's section covers, when a header row names a file
    the question names ("which test failed in deadlines.t?"): the rows from that header to
    the next one, with the rows of the run's later report on the same file (a row starting
    with its name and the more indented rows under it); and how many terms the name holds.
    None when no header holds any term."""
    heads = [(i, name) for i, r in enumerate(block.rows) if (name := section_name(r.text))]
    best: tuple[int, int, str] | None = None
    for k, (_, name) in enumerate(heads):
        bag = Bag.of(name)
        hits = sum(1 for t in terms if len(t) >= 3 and bag.has(t))
        if hits and (best is None or hits > best[0]):
            best = (hits, k, name)
    if best is None:
        return None
    hits, k, name = best
    start = heads[k][0]
    end = heads[k + 1][0] if k + 1 < len(heads) else len(block.rows)
    rows = block.rows[start:end]
    # The section ends before a report row on any file (a summary after the last section).
    for j, r in enumerate(rows[1:], 1):
        if report_name(r.text) is not None:
            rows = rows[:j]
            break
    margin = block.margin()
    inside = {id(r) for r in rows}
    report = False
    for r in block.rows:
        if id(r) in inside:
            continue
        reported = report_name(r.text)
        if reported is not None:
            report = reported == name
        elif r.lines[0].bbox[0] <= margin + _char_width(r):
            report = False  # back at the margin: the report on the file ended
        if report:
            rows.append(r)
    return replace(block, rows=rows), hits


def _char_width(row: Row) -> float:
    ln = row.lines[0]
    return (ln.bbox[2] - ln.bbox[0]) / max(len(ln.text), 1)


@dataclass
class Named:
    """How well a question's words name a block: by its command, by its place."""

    block: Block
    by_command: int
    by_place: float


def name_score(block: Block, terms: list[str], place: Bag) -> Named:
    """Terms that are the block's program or arguments name it by command; terms in the window
    title or the prompt's directory (or, half as much, elsewhere in the window) by place."""
    cmd = block.command_words()
    by_command = sum(1 for t in terms if t in cmd)
    where = Bag.of(f"{block.title} {block.cwd}")
    by_place = sum(1.0 if where.has(t) else 0.5 if place.has(t) else 0.0 for t in terms)
    return Named(block, by_command, by_place)


def console_windows(ctx: AnswerContext, terms: list[str], extra: list[str]) -> list[list[Line]]:
    """Lines of the windows (one frame each) the question's words point to, best first: those
    whose lines hold the most of ``terms`` (placing words) or ``extra`` (what is asked about),
    latest first; with no words, the latest windows showing console lines."""
    wanted = list(dict.fromkeys(terms + extra))
    keys: dict[tuple[str, int | None], tuple[float, int]] = {}
    if wanted:
        # Scored by the hits alone (their text and window title), so that only the windows
        # kept are read in full.
        cover: dict[tuple[str, int | None], set[str]] = {}
        titles: dict[str, set[str]] = {}
        for h in ctx.retriever.search(wanted, ctx.intent.start, ctx.intent.end, limit=200):
            title = h.window_title or ""
            if title not in titles:
                bag = Bag.of(title)
                titles[title] = {t for t in wanted if bag.has(t)}
            line = Bag.of(h.text)
            key = (h.frame_id, h.window_row)
            cover.setdefault(key, set(titles[title])).update(t for t in wanted if line.has(t))
            keys[key] = (0.0, h.ts_ms)
        for key, got in cover.items():
            score = sum(t in got for t in terms) + 0.1 * sum(t in got for t in extra)
            keys[key] = (score, keys[key][1])
    else:
        keys = {k: (0.0, ts) for k, ts in _latest_consoles(ctx)}
    best = sorted(keys.items(), key=lambda kv: (-kv[1][0], -kv[1][1]))[:MAX_WINDOWS]
    out = []
    for (frame_id, window_row), _ in best:
        lines = [ln for ln in ctx.lookup.frame_lines(frame_id) if ln.window_row == window_row]
        if lines:
            out.append(lines)
    return out


def _latest_consoles(ctx: AnswerContext) -> list[tuple[tuple[str, int | None], int]]:
    """(frame, window) pairs showing console lines, latest first, within the asked time."""
    where, args = in_asked_time(ctx, ["n.kind = 'console_line'"])
    rows = ctx.retriever.db.execute(
        "SELECT DISTINCT n.frame_id, n.window_row, f.ts_ms FROM ui_node n"
        " JOIN frame f ON f.frame_id = n.frame_id"
        f" WHERE {' AND '.join(where)} ORDER BY f.ts_ms DESC LIMIT ?",
        [*args, MAX_WINDOWS],
    ).fetchall()
    return [((r[0], r[1]), r[2]) for r in rows]


def named_blocks(
    ctx: AnswerContext, terms: list[str], extra: list[str], scrolled: bool = False
) -> list[Named]:
    """Blocks of the windows the question points to, each scored by how the question names
    it; when some term names a command, only blocks of that command. With ``scrolled``, a
    block whose prompt scrolled off (its command unknown) is named by a term its own rows
    print outside the window title (a runner announcing itself: "pytest-9.2.0")."""
    found: list[Named] = []
    for lines in console_windows(ctx, terms, extra):
        place = ctx.window_bag(lines[0])
        for b in blocks_of(lines):
            n = name_score(b, terms, place)
            # Its command scrolled away: the runner its output shows names it ("the node
            # tests", "the cargo run") as the typed command would have.
            ran = runner_words(runner_in(r.text for r in b.rows)) if b.prompt is None else set()
            if scrolled and b.prompt is None:
                own, title = Bag.of(" ".join(r.text for r in b.rows)), Bag.of(b.title)
                n.by_command = sum(
                    1 for t in terms if t in ran or (own.has(t) and not title.has(t))
                )
            else:
                n.by_command += sum(1 for t in terms if t in ran)
            found.append(n)
    top = max((n.by_command for n in found), default=0)
    return [n for n in found if n.by_command == top]
