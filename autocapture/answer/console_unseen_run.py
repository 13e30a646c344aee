"""A run a question presupposes that the recording never shows: "what colour were the
failures when I ran pytest in X" asks about one program's run; when that program never
appears on screen (no prompt line or output names it, and no output has its runner's
format), its colours were never seen, and another program's red lines are no answer.

"What colour did export.sh print its output in" asks the same of a script named as a file:
its name in a listing (``ls``) is no run of it, and the listing's colour for the file name
is not the colour of its output.
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext, in_asked_time
from autocapture.answer.console_commands import Asked, never_ran
from autocapture.answer.console_runners import RUNNER_SIGNS, runner_words
from autocapture.answer.console_text_match import holds_text
from autocapture.answer.draft import Draft

# "when I ran X", "after we ran X", "while I was running X": a clause naming the run.
_RUN_CLAUSE = re.compile(
    r"\b(?:when|after|while|as|once|the\s+time)\s+(?:i|we|you)\s+(?:was\s+|were\s+)?"
    r"(?:ran|run|running|executed|launched|kicked\s+off|started)\s+(?:the\s+|my\s+)?"
    r"(?P<prog>[a-z][\w.+-]*)"
)
# Words after "ran" that name no program ("when I ran it", "ran the tests").
_NOT_PROGRAMS = {"it", "them", "that", "this", "those", "these", "tests", "test", "command"}
_NOT_PROGRAMS |= {"script", "build", "job", "check", "checks", "suite", "thing", "again"}
# "what colour did X print its output in", "what colour was X's output", "what colour was the
# output of X": the colour of a run's output, which needs the run
_OUTPUT_COLOUR = re.compile(
    r"^\s*(?:in\s+)?(?:what|which)\s+colou?rs?\s+(?:did|does|do)\s+(?:the\s+|my\s+)?"
    r"(?P<cmd>[\w~./+-]+)\s+(?:print|output|show|display|write|echo|emit|spit\s+out|use)\b"
    r"|^\s*(?:what|which)\s+colou?rs?\s+(?:was|were|is)\s+(?:the\s+)?(?:output|text|lines?)"
    r"\s+(?:of|from)\s+(?:the\s+|my\s+)?(?P<cmd2>[\w~./+-]+)"
    r"|^\s*(?:what|which)\s+colou?rs?\s+(?:was|were|is)\s+(?:the\s+|my\s+)?"
    r"(?P<cmd3>[\w~./+-]+?)(?:'s|’s)\s+output"
)
MAX_LINES = 3000  # console lines scanned for a runner's output format


def asked_program(question: str) -> str | None:
    """The program a "when I ran X" clause names; None when there is no such clause."""
    m = _RUN_CLAUSE.search(question.lower())
    if m is None:
        return None
    prog = m.group("prog").rstrip(".")
    return None if prog in _NOT_PROGRAMS or len(prog) < 2 else prog


def _named_on_screen(ctx: AnswerContext, prog: str) -> bool:
    hits = ctx.retriever.search([prog], ctx.intent.start, ctx.intent.end, limit=50)
    return any(holds_text(h.text, prog) for h in hits)


def _runner_output_seen(ctx: AnswerContext, prog: str) -> bool:
    """Whether console output in the format of the runner the program names was shown (a
    run whose prompt line scrolled away)."""
    signs = [sign for sign, name in RUNNER_SIGNS if prog in runner_words(name)]
    if not signs:
        return False
    where, args = in_asked_time(ctx, ["n.kind = 'console_line'"])
    rows = ctx.retriever.db.execute(
        "SELECT n.text FROM ui_node n JOIN frame f ON f.frame_id = n.frame_id"
        f" WHERE {' AND '.join(where)} LIMIT {MAX_LINES}",
        args,
    ).fetchall()
    return any(sign.search(str(r[0])) for r in rows for sign in signs)


def unseen_run(ctx: AnswerContext) -> Draft | None:
    """Indeterminate when the question places its text in a run of a program that nothing
    on screen shows; None when there is no such clause or the program was seen."""
    prog = asked_program(ctx.question)
    if prog is None or _named_on_screen(ctx, prog) or _runner_output_seen(ctx, prog):
        return None
    return Draft("", None, [], 0.25, "indeterminate", "command_not_run", {"command": prog})


def unrun_output_colour(ctx: AnswerContext) -> Draft | None:
    """Indeterminate when the colour of a file-named script's output is asked and no prompt
    line runs it; None for other questions, or when it ran."""
    m = _OUTPUT_COLOUR.search(ctx.question.lower())
    if m is None:
        return None
    cmd = (m.group("cmd") or m.group("cmd2") or m.group("cmd3") or "").rstrip(".")
    got = never_ran(ctx, Asked([cmd], [])) if cmd else None
    if got is None:
        return None
    got.reason = f"command_not_run: no prompt line runs {cmd!r}; its name shown is not its output"
    return got
