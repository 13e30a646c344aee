"""A frame's windows as the UI graph recorded them: their nodes, names and text, and whether
a question's words name one ("the shipping form" is the window titled so).

Window facts come from the X server (titles, apps, focus, z-order), recorded with each frame
as UI graph window nodes; every window question reads them through these helpers.
"""

from __future__ import annotations

from autocapture.answer.base import AnswerContext
from autocapture.answer.time_content import day_forms
from autocapture.answer.window_words import CHAT, CHAT_LOG, FRAME_WORDS, MAIL_SOURCES
from autocapture.retrieve import Line
from autocapture.text import SHELL_PROMPT, Bag
from autocapture.understand.reader import NodeRow


def content_words(ctx: AnswerContext) -> list[str]:
    return [k for k in ctx.analysis.keywords if k not in FRAME_WORDS]


def covers(words: list[str], text: str) -> bool:
    """Whether a title names what the words name: every word in it (one may be missing when
    there are four or more: a question's paraphrase)."""
    if not words:
        return False
    bag = Bag.of(text)
    # "the thursday flights page" is titled "Thu 26 Nov" or kept at "flights-thu.html"
    missing = sum(1 for w in words if not any(bag.has(f) for f in day_forms(w)))
    return missing <= (1 if len(words) >= 4 else 0)


def shown_title(win: NodeRow, nodes: list[NodeRow]) -> str:
    """What a window showed by name: its title and app, and its active tab (a browser's)."""
    tabs = [
        n.text
        for n in nodes
        if n.kind == "tab" and n.window_row == win.window_row and n.attrs.get("active")
    ]
    return " ".join([win.attrs.get("title") or win.text, win.attrs.get("app") or "", *tabs])


def window_nodes(ctx: AnswerContext, frame_id: str) -> list[NodeRow]:
    nodes = ctx.graph.nodes(("window",), frame_ids=[frame_id])
    return sorted(nodes, key=lambda n: (n.attrs.get("z") is None, n.attrs.get("z") or 0))


def label_of(n: NodeRow) -> str:
    app = n.attrs.get("app")
    title = n.attrs.get("title") or "(untitled)"
    return f"'{title}'" + (f" ({app})" if app else "")


def window_of(ctx: AnswerContext, line: Line | NodeRow) -> NodeRow | None:
    """The window node a line or node lies in."""
    return next(
        (
            n
            for n in ctx.graph.nodes(("window",), frame_ids=[line.frame_id])
            if n.window_row == line.window_row
        ),
        None,
    )


def shown_text(ctx: AnswerContext, win: NodeRow) -> str:
    """The text a window showed in its frame."""
    return " ".join(
        ln.text for ln in ctx.lookup.frame_lines(win.frame_id) if ln.window_row == win.window_row
    )


def holds(ctx: AnswerContext, win: NodeRow, kinds: set[str]) -> bool:
    """Whether the window showed content of one of these kinds in that frame. A browser (an
    address bar) is no terminal, whatever coloured code its page shows."""
    wanted = {CHAT if k == CHAT_LOG else k for k in kinds}
    found = {
        CHAT_LOG if n.kind == CHAT and n.attrs.get("source") not in MAIL_SOURCES else n.kind
        for n in ctx.graph.nodes((*wanted, "url_bar"), frame_ids=[win.frame_id])
        if n.window_row == win.window_row
    }
    if CHAT in kinds and CHAT_LOG in found:
        found.add(CHAT)
    if "url_bar" in found and "url_bar" not in kinds:
        found.discard("console_line")
    if found & kinds:
        return True
    # A terminal with dark-on-light text holds no coloured console lines; its prompt in the
    # title says what it is.
    title = win.attrs.get("title") or win.text
    return "console_line" in kinds and bool(SHELL_PROMPT.match(title))


def window_score(words: list[str], n: NodeRow) -> float:
    """Share of the question's content words in a window's title and app name."""
    if not words:
        return 0.0
    bag = Bag.of(f"{n.attrs.get('title') or ''} {n.attrs.get('app') or ''}")
    return sum(bag.has(w) for w in words) / len(words)
