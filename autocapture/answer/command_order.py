"""The order in which commands were run, across every terminal: "what did I run right after
the git log?" is the next command typed anywhere, not only in the git log's window.

A command is dated by the first frame that shows it: its prompt row, or, when the prompt
was cleared or scrolled away before a capture, the output only a test runner prints (named
by its runner where the output says which). Within one window and frame, blocks read top to
bottom give the order of commands captured together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import groupby

from autocapture.answer.base import AnswerContext
from autocapture.answer.console_blocks import Block, blocks_of, in_asked_time
from autocapture.answer.console_runners import TEST_OUTPUT, runner_in
from autocapture.answer.lookup import Draft, Evidence
from autocapture.retrieve import Line
from autocapture.text import tokens

__all__ = ["TEST_OUTPUT", "Ran", "command_events", "named_words", "next_command", "runner_of"]

# "what did I switch to and what did I run there": the command run next, in whichever window
# it ran (the answer names that window: where the user switched to)
_SWITCHED = (
    r"(?:(?:switch|move|go|change|flip)\s+(?:over\s+|back\s+)?to\s+and\s+"
    r"(?:what\s+did\s+(?:i|we|you)\s+)?)?"
)
_RUN = r"(?:run|type|execute|do)(?:\s+(?:there|in it|in that one|next|then))?"
NEXT_ASK = re.compile(
    rf"^\s*(?:what|which command)\s+did\s+(?:i|we|you)\s+{_SWITCHED}{_RUN}\s+"
    r"(?:right\s+|just\s+|straight\s+)?(?P<dir>after|before)\s+(?P<what>.+?)\s*\??\s*$"
    # "right after the test run, what did I switch to and what did I run there": the moment
    # said first
    r"|^\s*(?:right\s+|just\s+|straight\s+)?(?P<dir2>after|before)\s+(?P<what2>.+?)[,;]?\s+"
    rf"(?:what|which command)\s+did\s+(?:i|we|you)\s+{_SWITCHED}{_RUN}\s*\??\s*$"
)
# "... in that same terminal": the next command in the window of the one named, not anywhere.
_SAME_PLACE = re.compile(
    r"\s+(?:in|on|at) (?:that|the) same (?:terminal|window|shell|console|xterm|tab)\s*\??\s*$"
)
_NAME_PARTS = re.compile(r"[-_./]+")
# Words around a command's name that are not part of it.
_FILLER = {
    "the", "my", "that", "this", "a", "an", "command", "commands", "cmd", "run", "call",
    "looking", "look", "at", "checking", "check", "reading", "read", "running", "in", "of",
    "i", "we", "had", "did", "ran", "typed", "doing", "seeing", "saw",
}  # fmt: skip
# Words that name what a command shows rather than the command ("the git history").
_SHOWS = {"history": "log", "commits": "log", "listing": "ls", "search": "grep"}
MAX_FRAMES = 400  # frames with a console read per question


@dataclass
class Ran:
    """A command as first seen: the frame time, its window, its place in the window, what
    names it, and the line to cite."""

    ts_ms: int
    title: str
    order: int
    label: str
    words: set[str]
    line: Line
    typed: bool


def runner_of(block: Block) -> str | None:
    """The test runner whose output format the block's rows show, when one does."""
    return runner_in(r.text for r in block.rows)


def _event(block: Block, order: int) -> tuple[tuple[str, str], Ran] | None:
    """A block as a command event keyed by window and command; None for plain output."""
    if block.prompt is not None and block.command:
        line = block.prompt.lines[-1]
        for ln in block.prompt.lines:
            if block.command.split()[0] in ln.text:
                line = ln
        words = {w for part in block.command.split() for w in tokens(part)}
        # "cat reg-notes.txt" is "the notes file": a path's name read by its words too
        words |= {p for w in list(words) for p in _NAME_PARTS.split(w) if p.isalpha()}
        ran = Ran(block.ts_ms, block.title, order, f"`{block.command}`", words, line, True)
        return (block.title, " ".join(block.command.split())), ran
    row = next((r for r in block.rows[:60] if TEST_OUTPUT.search(r.text)), None)
    if row is None:
        return None
    runner = runner_of(block)
    label = f"`{runner}` (its output)" if runner else "a test run (its output)"
    words = set(tokens(runner or "")) | {"test", "tests"}
    ran = Ran(block.ts_ms, block.title, order, label, words, row.lines[0], False)
    return (block.title, f"tests:{runner}"), ran


def command_events(ctx: AnswerContext) -> list[Ran]:
    """Every command seen in the asked time, once, by the first frame showing it."""
    where, args = in_asked_time(
        ctx, ["s.kind = 'line'", "(instr(s.text, '$') > 0 OR instr(s.text, '#') > 0)"]
    )
    frames = ctx.retriever.db.execute(
        "SELECT DISTINCT s.frame_id, f.ts_ms FROM span s JOIN frame f ON f.frame_id = s.frame_id"
        f" WHERE {' AND '.join(where)} ORDER BY f.ts_ms LIMIT ?",
        [*args, MAX_FRAMES],
    ).fetchall()
    seen: set[tuple[str, str]] = set()
    events: list[Ran] = []
    for frame_id, _ in frames:
        lines = sorted(ctx.lookup.frame_lines(frame_id), key=lambda ln: ln.window_row or 0)
        for _, group in groupby(lines, key=lambda ln: ln.window_row):
            for order, block in enumerate(blocks_of(list(group))):
                got = _event(block, order)
                if got is not None and got[0] not in seen:
                    seen.add(got[0])
                    events.append(got[1])
    return events


def named_words(words: list[str]) -> list[str]:
    """The words that name a command, without the ones said around it ("the", "look at")."""
    out = [_SHOWS.get(w, w) for w in words if w not in _FILLER and len(w) > 1]
    return list(dict.fromkeys(out))


def next_command(ctx: AnswerContext) -> Draft | None:
    """The command run right after (or before) the one the question names, in any terminal;
    None when the question is not so put or names no command seen."""
    m = NEXT_ASK.match(ctx.question.lower())
    if m is None:
        return None
    what = m.group("what") or m.group("what2")
    way = m.group("dir") or m.group("dir2")
    same = _SAME_PLACE.search(what)
    named = named_words(tokens(what[: same.start()] if same else what))
    if not named:
        return None
    events = command_events(ctx)

    def hits(e: Ran) -> int:
        place = set(tokens(e.title))
        return sum(1 for t in named if t in e.words or t in place)

    typed = [e for e in events if e.words & set(named)]
    if not typed:
        return None
    best = max(hits(e) for e in typed)
    ref = next(e for e in typed if hits(e) == best)  # the first run of the best match
    after = way == "after"
    if same:
        events = [e for e in events if e.title == ref.title]
    ordered = sorted(events, key=lambda e: (e.ts_ms, e.title != ref.title, e.order))
    at = ordered.index(ref)
    j = at + 1 if after else at - 1
    if not 0 <= j < len(ordered):
        return None
    got = ordered[j]
    where = f" in '{got.title}'" if got.title else ""
    text = (
        f"{got.label}{where}, {way} {ref.label} "
        f'(first seen at {ctx.local_when(got.line.ts_utc)}: "{got.line.text}").'
    )
    return Draft(
        text,
        got.line.text,
        [Evidence(got.line, "value"), Evidence(ref.line, "label")],
        0.7 if got.typed else 0.55,
        "ok",
        None,
        {"command": got.label, "relative_to": ref.label, "commands_seen": len(events)},
    )
