""" "How many terminal windows were open": the windows of the kind named, known by their
program (a terminal emulator, a browser) or by what the UI graph found in them (console
lines, a URL bar, form fields)."""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.understand.reader import NodeRow

KIND_ASK = re.compile(
    r"\b(?:how many|which|what|list (?:the|all|my)?)\s+(?:open\s+|other\s+)?"
    r"(?P<kind>terminals?|xterms?|consoles?|shells?|browsers?|forms?|dialogs?)"
    r"(?:\s+windows?)?\b"
)
_KINDS = {
    "terminal": (
        {"xterm", "uxterm", "gnome-terminal", "konsole", "alacritty", "kitty", "urxvt", "rxvt",
         "terminator", "tilix", "xfce4-terminal", "wezterm", "foot", "st", "lxterminal"},
        "console_line",
    ),
    "browser": ({"chromium", "chrome", "google-chrome", "firefox", "brave", "epiphany"}, "url_bar"),
    "form": ({"yad", "zenity"}, "form_field"),
}  # fmt: skip
_ALIASES = {"xterm": "terminal", "console": "terminal", "shell": "terminal", "dialog": "form"}


def asked_kind(question: str) -> str | None:
    """The kind of window a count or list names ("terminal windows"), if any."""
    m = KIND_ASK.search(question.lower())
    if m is None:
        return None
    said = m.group(0)
    if not (said.startswith("how many") or said.endswith("s")):
        return None  # "which terminal had focus": one window, not a kind counted
    word = m.group("kind").rstrip("s")
    return _ALIASES.get(word, word)


def all_known(wins: list[NodeRow]) -> bool:
    """Whether every window's program is one whose kind is known."""
    known = set().union(*(a for a, _ in _KINDS.values()))
    return all(str(w.attrs.get("app") or "").lower() in known for w in wins)


def of_kind(ctx: AnswerContext, wins: list[NodeRow], kind: str) -> list[NodeRow]:
    """The windows among WINS of KIND: by their program when it is a known one (a form's
    dark text can read like console lines), else by the content found in them."""
    apps, node_kind = _KINDS[kind]
    known = set().union(*(a for a, _ in _KINDS.values()))
    frames = sorted({w.frame_id for w in wins})
    holding = {(n.frame_id, n.window_row) for n in ctx.graph.nodes((node_kind,), frame_ids=frames)}
    out = []
    for w in wins:
        app = str(w.attrs.get("app") or "").lower()
        if app in apps or (app not in known and (w.frame_id, w.window_row) in holding):
            out.append(w)
    return out
