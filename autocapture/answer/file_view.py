"""A file's words are on screen only where the file was opened.

"What did the README say?" is answered by the README's own text: a window titled with its
name (an editor, a viewer, a browser page) or a terminal that printed it (``cat``, ``less``,
``head`` ...). A listing (``ls``) or a mention in a message shows the name, never what the file
says; answering from such a line would quote something else. So when the file named was never
opened in the asked time, the answer is indeterminate.
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.console_blocks import in_asked_time
from autocapture.answer.console_commands import Asked, printed
from autocapture.answer.draft import Draft

FILE_ASK = re.compile(
    r"^\s*(?:what\s+(?:did|does|do)\s+(?P<a>[^?]+?)\s+(?:say|said|contain|read|have\s+in\s+it)"
    r"|what(?:'s|\s+is|\s+was)\s+(?:written\s+)?in(?:side)?\s+(?P<b>[^?]+?))\s*\??\s*$"
)
# A file's name: a word with an extension, or a conventional document name.
FILE_NAME = re.compile(
    r"\b(?:[\w-]+\.[a-z][a-z0-9]{0,4}|readme|license|changelog|contributing|makefile|dockerfile"
    r")\b"
)
# An address names a site, not a file: its page is read from the browser.
_DOMAIN = re.compile(r"\.(?:com|org|net|io|dev|app|ai|co|uk|de|edu|gov|example|local|test)$")
# Programs that print or open a file named on their command line.
VIEWER = re.compile(
    r"\b(?:cat|less|more|head|tail|bat|batcat|view|vim?|nvim|nano|emacs|glow|mdcat|code|gedit"
    r"|xdg-open|open|type|get-content)\b[^|;&]*"
)
MAX_ROWS = 500


def asked_files(question: str) -> list[str]:
    """The file names a "what did X say / what is in X" question names, lower-cased."""
    m = FILE_ASK.match(question.lower())
    if m is None:
        return []
    names = FILE_NAME.findall(m.group("a") or m.group("b") or "")
    return [n for n in names if not _DOMAIN.search(n)]


def opened(ctx: AnswerContext, name: str) -> str | None:
    """How NAME was opened: "window" (a window titled with it), the program of a command
    line that printed or opened it, or None."""
    where, args = in_asked_time(ctx, ["instr(lower(w.title), ?) > 0"])
    row = ctx.retriever.db.execute(
        "SELECT 1 FROM window w JOIN frame f ON f.frame_id = w.frame_id"
        f" WHERE {' AND '.join(where)} LIMIT 1",
        [name, *args],
    ).fetchone()
    if row is not None:
        return "window"
    where, args = in_asked_time(ctx, ["s.kind = 'line'", "instr(lower(s.text), ?) > 0"])
    rows = ctx.retriever.db.execute(
        "SELECT s.text FROM span s JOIN frame f ON f.frame_id = s.frame_id"
        f" WHERE {' AND '.join(where)} LIMIT ?",
        [name, *args, MAX_ROWS],
    ).fetchall()
    for (text,) in rows:
        for v in VIEWER.finditer(text.lower()):
            if name in v.group(0):
                return v.group(0).split()[0]
    return None


def file_answer(ctx: AnswerContext) -> Draft | None:
    """For "what did X say / what is in X" about a file: what a terminal printed of it, or
    indeterminate when it was never opened; None when the question is not so put or the file
    was opened in a window (answer as usual, from that window's text)."""
    names = asked_files(ctx.question)
    if not names:
        return None
    for name in names:
        how = opened(ctx, name)
        if how == "window":
            return None
        if how is not None:
            shown = printed(ctx, Asked([how, name], []))
            return shown if shown.state == "ok" else None
    return Draft("", None, [], 0.3, "indeterminate", "file_never_opened", {"files": names})
