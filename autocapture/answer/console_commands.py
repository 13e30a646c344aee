"""Questions about a command the user typed in a terminal: "when / what time did I run git log
in tidepool-web?" (the moment its prompt line first showed in that terminal) and "what did npm
test print in tidepool-web?" (the rows of that command's output block).

A command is named by its program and, optionally, its arguments ("git log", "the grep",
"npm test"); a block is that command's when its prompt row's program is the named program and
the other named words are among its arguments. The place ("in tidepool-web") is the window
title or the prompt's directory. A "what did X print" question about a command no block shows
ran nowhere the recording saw, so it is indeterminate rather than a line that merely shares a
word; a "when did I run X" question that names no seen command is left to the free-text
lookup (it may name a run by its place only: "the harbor-api tests").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from autocapture.answer.base import AnswerContext, no_structure
from autocapture.answer.command_order import TEST_OUTPUT, runner_of
from autocapture.answer.console_blocks import Block, Row, blocks_of, in_asked_time
from autocapture.answer.console_runners import command_said
from autocapture.answer.lookup import Draft, Evidence
from autocapture.retrieve import Line
from autocapture.text import Bag, tokens

_PLACE = (
    r"(?:\s+(?:in|on|inside|from|under|within)\s+(?:the\s+|my\s+)?(?P<place>[^?]+?)"
    r"(?:\s+(?:terminal|window|console|shell|tab|repo|repository|project|folder|directory))?)?"
)
RAN_ASK = re.compile(
    r"^\s*(?:at\s+)?(?:when|what\s+time|at\s+what\s+time)\s+did\s+(?:i|we|you)\s+"
    r"(?:run|execute|launch)\s+(?P<cmd>.+?)" + _PLACE + r"\s*\??\s*$"
)
# "what time did the make check run": the command as the subject of its run
RAN_BY = re.compile(
    r"^\s*(?:at\s+)?(?:when|what\s+time)\s+did\s+(?:the|my)\s+(?P<cmd>[^?]+?)"
    r"\s+(?:run|execute|get\s+run)" + _PLACE + r"\s*\??\s*$"
)
PRINT_ASK = re.compile(
    r"^\s*what\s+did\s+(?P<cmd>.+?)\s+(?:print|printed|output|outputted|echo|echoed|show"
    r"|display|say|spit\s+out|write|emit)(?:\s+out)?"
    + _PLACE
    + r"(?:\s+(?:when|after|as|while|once|the\s+time)\b.*?)?\s*\??\s*$"
)
# Words around a command's name that are not part of it.
_FILLER = {"the", "my", "that", "this", "a", "an", "command", "commands", "cmd", "run", "call"}
_PROG = re.compile(r"^[\w][\w.+-]*$")
MAX_LINES = 2000  # console lines scanned for a command's prompt rows
MAX_ROWS = 12


@dataclass
class Asked:
    """The command a question names (program first) and where it ran, if said."""

    words: list[str]
    place: list[str]


def asked_command(question: str, pattern: re.Pattern[str]) -> Asked | None:
    """The command and place a "when did I run X (in Y)" / "what did X print (in Y)" question
    names; None when the question is not so put or its command has no program-like word."""
    m = pattern.search(question.lower())
    if m is None:
        return None
    words = [w for w in m.group("cmd").split() if w not in _FILLER]
    if not words or not _PROG.match(words[0]):
        return None
    place = [t for t in tokens(m.group("place") or "") if t not in _FILLER]
    return Asked(words, place)


_CHAIN = re.compile(r"\s*(?:;|&&|\|\||\|)\s*")  # "clear; make test": two commands on one line


def _programs(block: Block) -> list[str]:
    """The program of each command the prompt line chains ("clear; make test": clear, make)."""
    firsts = [part.split()[0] for part in _CHAIN.split(block.command) if part.split()]
    return [first.rsplit("/", 1)[-1].lower() for first in firsts]


def runs(block: Block, asked: Asked) -> bool:
    """Whether a block is the asked command's: its program (of any command the line
    chains), with the other words among its arguments."""
    if block.prompt is None or not block.command or asked.words[0] not in _programs(block):
        return False
    have = block.command_words()
    return all(t in have for w in asked.words[1:] if w[:1] != "-" for t in tokens(w))


def placed(block: Block, asked: Asked) -> bool:
    """Whether the block's window title or prompt directory names the asked place."""
    if not asked.place:
        return True
    # "the cargo tests" whose command scrolled away: the runner its output shows
    where = Bag.of(f"{block.title} {block.cwd} {runner_of(block) or ''}")
    return all(where.has(t) for t in asked.place)


def _prompt_windows(ctx: AnswerContext, program: str) -> list[tuple[str, int | None]]:
    """(frame, window) pairs with a line holding the program's name, earliest first."""
    where, args = in_asked_time(ctx, ["s.kind = 'line'", "instr(lower(s.text), ?) > 0"])
    args = [program, *args]
    rows = ctx.retriever.db.execute(
        "SELECT s.frame_id, s.window_row, f.ts_ms FROM span s"
        " JOIN frame f ON f.frame_id = s.frame_id"
        f" WHERE {' AND '.join(where)} ORDER BY f.ts_ms, s.window_row LIMIT ?",
        [*args, MAX_LINES],
    ).fetchall()
    return list(dict.fromkeys((r[0], r[1]) for r in rows))


def _window_blocks(ctx: AnswerContext, words: Iterable[str]) -> Iterator[list[Block]]:
    """The command blocks of each window (in each frame) with a line holding one of WORDS,
    earliest first per word; a frame's lines are read once."""
    frames: dict[str, list[Line]] = {}
    for word in words:
        for frame_id, window_row in _prompt_windows(ctx, word):
            if frame_id not in frames:
                frames[frame_id] = ctx.lookup.frame_lines(frame_id)
            yield blocks_of([ln for ln in frames[frame_id] if ln.window_row == window_row])


def _blocks(ctx: AnswerContext, asked: Asked) -> tuple[list[Block], bool]:
    """Blocks of the asked command, earliest first, and whether any console block (of any
    command) was found in a window showing the program's name."""
    found: list[Block] = []
    consoles = False
    for blocks in _window_blocks(ctx, asked.words[:1]):
        for b in blocks:
            consoles = consoles or b.prompt is not None
            if runs(b, asked):
                found.append(b)
    return found, consoles


def _any_console(ctx: AnswerContext) -> bool:
    where, args = in_asked_time(ctx, ["n.kind = 'console_line'"])
    row = ctx.retriever.db.execute(
        "SELECT 1 FROM ui_node n JOIN frame f ON f.frame_id = n.frame_id"
        f" WHERE {' AND '.join(where)} LIMIT 1",
        args,
    ).fetchone()
    return row is not None


def _prompt_line(block: Block, program: str) -> Line:
    """The OCR line of the prompt row that holds the command."""
    assert block.prompt is not None
    lines = block.prompt.lines
    return next((ln for ln in lines if program in ln.text.lower()), lines[0])


def _where(block: Block) -> str:
    return f" in '{block.title}'" if block.title else (f" in {block.cwd}" if block.cwd else "")


def when_ran(ctx: AnswerContext, asked: Asked) -> Draft:
    """ "When did I run X (in Y)": the first frame showing X's prompt line in that terminal;
    with no prompt line seen, the first showing output that names X (a build tool's message
    on the target it was run for)."""
    blocks, _ = _blocks(ctx, asked)
    named = [b for b in blocks if placed(b, asked)]
    if not named:
        return _said_ran(ctx, asked) or no_structure("a prompt line running the named command")
    return _ran(ctx, named, asked.words[0])


def _said_row(block: Block, asked: Asked) -> Row | None:
    """The row of a block's output naming the asked command as its program's message does
    ("make: *** [Makefile:11: check] Error 1" for "make check"), when one does."""
    if len(asked.words) < 2:
        return None  # the program alone ("make") names no one run
    for row in block.rows:
        said = command_said(row.text)
        if said is None or said[0] != asked.words[0]:
            continue
        have = set(tokens(said[1]))
        if all(t in have for w in asked.words[1:] for t in tokens(w)):
            return row
    return None


def _said_ran(ctx: AnswerContext, asked: Asked) -> Draft | None:
    """ "When did I run make check" with its prompt line never captured: the first frame
    showing output that names the command, in the asked place."""
    found = [
        (b, row)
        for blocks in _window_blocks(ctx, asked.words[:1])
        for b in blocks
        if placed(b, asked) and (row := _said_row(b, asked)) is not None
    ]
    if not found:
        return None
    block, row = min(found, key=lambda f: f[0].ts_ms)
    line = next((ln for ln in row.lines if asked.words[0] in ln.text.lower()), row.lines[0])
    command = " ".join(asked.words)
    return Draft(
        f"`{command}`{_where(block)} had run by {ctx.local_when(line.ts_utc)}, the first frame "
        f'showing its output ("{row.text}"); its prompt line was not captured.',
        line.text,
        [Evidence(ln, "value" if ln is line else "line") for ln in row.lines],
        0.6,
        "ok",
        None,
        {"command": command, "title": block.title, "runs_seen": len(found), "prompt_seen": False},
    )


# "When did I kick off the harbor-api tests": a test runner's command, wherever it was run;
# "first" ("... the first time", "when did I first run ...") is the run this answers with.
_FIRST_TIME = r"(?:\s+(?:(?:for\s+)?the\s+)?(?:very\s+)?first(?:\s+time)?)?"
TESTS_ASK = re.compile(
    r"^\s*(?:at\s+)?(?:when|what\s+time)\s+did\s+(?:i|we|you)\s+(?:first\s+)?(?:run|kick"
    r"(?:\s+off)?|start|launch|fire\s+off|trigger|execute)\s+(?:the\s+|my\s+)?"
    r"(?P<place>(?:[\w.~/-]+\s+){0,2}?)(?:unit\s+)?(?:tests?|test\s+suite|specs?)\b"
    rf"(?:\s+(?:in|on|for)\s+(?P<in>[^?]+?))?{_FIRST_TIME}\s*\??\s*$"
)
TEST_RUNNER = re.compile(
    r"\b(?:pytest|py\.test|tox|nox|jest|mocha|vitest|rspec|phpunit|ctest|unittest|prove)\b"
    r"|\b(?:npm|yarn|pnpm|go|cargo|make|mix|dotnet|mvn|gradle|bun|deno)\s+(?:run\s+)?test"
)
_RUNNER_NAMES = ("test", "tox", "nox", "jest", "mocha", "rspec")
_TOOLS = {"npm", "yarn", "pnpm", "go", "cargo", "make", "mix", "dotnet", "mvn", "gradle", "bun"}
_TOOLS |= {"deno", "pytest", "tox", "nox", "jest", "mocha", "vitest", "rspec", "ctest", "prove"}


def tests_ran(ctx: AnswerContext) -> Draft | None:
    """ "When did I run / kick off the X tests": the first frame showing a test runner's
    prompt line in the terminal X names; None when the question is not so put."""
    m = TESTS_ASK.search(ctx.question.lower())
    if m is None:
        return None
    where = f"{m.group('place') or ''} {m.group('in') or ''}"
    place = [t for t in tokens(where) if t not in _FILLER]
    # "make test in subcheck": make names the runner's command, not a place; a run whose
    # prompt line was cleared away ("clear; make test") is known by its output only
    tool = [t for t in place if t in _TOOLS]
    asked = Asked(["test"], [t for t in place if t not in _TOOLS])
    found = [
        b
        for blocks in _window_blocks(ctx, _RUNNER_NAMES)
        for b in blocks
        if _runs_tests(b)
        and placed(b, asked)
        and (b.prompt is None or all(t in b.command_words() for t in tool))
    ]
    if not found:
        return no_structure("a prompt line running tests")
    typed = [b for b in found if b.prompt is not None]
    first = min(found, key=lambda b: b.ts_ms)
    if typed and min(b.ts_ms for b in typed) <= first.ts_ms:
        return _ran(ctx, typed, "")
    # The prompt row scrolled off before any capture: the run's output is all that was seen.
    row = next((r for r in first.rows if TEST_OUTPUT.search(r.text)), first.rows[0])
    line = row.lines[0]
    return Draft(
        f"The tests{_where(first)} were running by {ctx.local_when(line.ts_utc)}, the first "
        f'frame showing their output ("{line.text}"); the command itself was not captured.',
        line.text,
        [Evidence(line, "value")],
        0.6,
        "ok",
        None,
        {"title": first.title, "runs_seen": len(found), "prompt_seen": False},
    )


def _runs_tests(block: Block) -> bool:
    """Whether a block is a test run: a runner's command, or (prompt scrolled away) output
    only a test runner prints."""
    if block.prompt is not None:
        return bool(TEST_RUNNER.search(block.command.lower()))
    return any(TEST_OUTPUT.search(r.text) for r in block.rows[:40])


def _ran(ctx: AnswerContext, named: list[Block], program: str) -> Draft:
    first = min(named, key=lambda b: b.ts_ms)
    line = _prompt_line(first, program or first.command.split()[0].lower())
    return Draft(
        f"You ran `{first.command}`{_where(first)} at {ctx.local_when(line.ts_utc)} "
        f'(first shown then: "{line.text}").',
        line.text,
        [Evidence(line, "value")],
        0.8,
        "ok",
        None,
        {"command": first.command, "title": first.title, "runs_seen": len(named)},
    )


# A program named as a file ("run-wave.sh", "./deploy", "bin/sync"): a command, not a
# description of text ("the red line").
_FILE_PROGRAM = re.compile(r"[\w~.-]*/[\w.-]+|[\w-]+\.[a-z][a-z0-9]{0,4}")


def never_ran(ctx: AnswerContext, asked: Asked) -> Draft | None:
    """ "What did run-wave.sh print in red when I ran it": a script named as a file that no
    prompt line in any terminal runs printed nothing the recording saw (a listing showing the
    file is no run of it); None when it ran somewhere or is not named as a file."""
    path = asked.words[0].rsplit("/", 1)[-1]
    if not _FILE_PROGRAM.fullmatch(asked.words[0]) or not path:
        return None
    blocks, consoles = _blocks(ctx, Asked([path, *asked.words[1:]], []))
    if blocks or not consoles:
        return None
    return Draft("", None, [], 0.25, "indeterminate", "command_not_run", {"command": path})


def printed(ctx: AnswerContext, asked: Asked) -> Draft:
    """ "What did X print (in Y)": the output rows of X's block there, from the fullest view;
    indeterminate when no terminal shows X run (there)."""
    blocks, consoles = _blocks(ctx, asked)
    if not blocks and not consoles and not _any_console(ctx):
        return no_structure("console output")
    if not blocks:
        return Draft("", None, [], 0.25, "indeterminate", "command_not_run")
    named = [b for b in blocks if placed(b, asked)]
    if not named:
        return Draft("", None, [], 0.25, "indeterminate", "command_not_run_there")
    # The fullest view of the output (a later frame may show more rows), latest on ties.
    best = max(named, key=lambda b: (len(b.rows), b.ts_ms))
    # Each row's own text: not text glued on from a window to its left.
    shown = [Row(kept) for r in best.rows if (kept := [ln for ln in r.lines if best.inside(ln)])]
    shown = [r for r in shown if r.text.strip()]
    rows = shown[:MAX_ROWS]
    if not rows:
        return Draft("", None, [], 0.3, "indeterminate", "command_printed_nothing_seen")
    texts = [r.text for r in rows]
    prompt = _prompt_line(best, asked.words[0])
    evidence = [
        Evidence(ln, "value" if j == 0 else "line", i)
        for i, r in enumerate(rows)
        for j, ln in enumerate(r.lines)
    ]
    evidence.append(Evidence(prompt, "line", 0))
    more = " ..." if len(shown) > MAX_ROWS else ""
    return Draft(
        f"`{best.command}`{_where(best)} printed: " + " | ".join(texts) + more,
        rows[0].lines[0].text,
        evidence,
        0.75,
        "ok",
        None,
        {"command": best.command, "title": best.title, "rows": len(rows)},
        values=[r.lines[0].text for r in rows],
        claim_texts=texts,
    )


# "How many people were listed in contacts.csv?": the records a command printed from a file.
RECORDS_ASK = re.compile(
    r"^\s*how many (?P<noun>[a-z]+(?: [a-z]+)?) (?:were|are|was|is) (?:there )?(?:listed |shown )?"
    r"(?:in|on) (?:the )?(?P<file>[\w~./-]+\.[a-z0-9]{1,5})\b"
)
_DELIM = re.compile(r"[,;\t|]")


def _fields(text: str) -> list[str]:
    return [f.strip() for f in _DELIM.split(text)]


def count_records(ctx: AnswerContext) -> Draft | None:
    """Rows of a delimited file a command printed (``cat contacts.csv``), without its header
    row (a first row of bare lowercase words over rows holding digits or addresses); None
    when the question is not so put or no terminal shows that file printed."""
    m = RECORDS_ASK.search(ctx.question.lower())
    if m is None:
        return None
    name, noun = m.group("file"), m.group("noun")
    blocks: list[Block] = []
    for frame_id, window_row in _prompt_windows(ctx, name):
        lines = [ln for ln in ctx.lookup.frame_lines(frame_id) if ln.window_row == window_row]
        blocks += [b for b in blocks_of(lines) if b.prompt is not None and name in b.command]
    if not blocks:
        return None
    best = max(blocks, key=lambda b: (len(b.rows), b.ts_ms))
    rows = [r for r in best.rows if len(_fields(r.text)) >= 2]
    if not rows:
        return None
    head = _fields(rows[0].text)
    bare = all(re.fullmatch(r"[a-z_ ]+", f) for f in head)
    if bare and any(re.search(r"[\d@]", r.text) for r in rows[1:]):
        rows = rows[1:]
    texts = [_fields(r.text)[0] for r in rows]
    head_note = f" (not counting its header row '{best.rows[0].text}')" if bare else ""
    claims = [f"{len(rows)} {noun} in {name}{head_note}: {texts[0]}", *texts[1:]]
    return Draft(
        "; ".join(claims),
        texts[0],
        [Evidence(r.lines[0], "value", i) for i, r in enumerate(rows)],
        0.75,
        "ok",
        None,
        {"file": name, "rows": len(rows), "command": best.command},
        values=texts,
        claim_texts=claims,
    )
