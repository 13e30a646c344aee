"""ANSI SGR parsing (terminal truth) with xterm's palette."""

from __future__ import annotations

import re
from typing import Any

# xterm's default palette (XTerm-col.ad); bold with colours 0-7 is drawn as 8-15 (boldColors).
XTERM_PALETTE = [
    "#000000",
    "#cd0000",
    "#00cd00",
    "#cdcd00",
    "#0000ee",
    "#cd00cd",
    "#00cdcd",
    "#e5e5e5",
    "#7f7f7f",
    "#ff0000",
    "#00ff00",
    "#ffff00",
    "#5c5cff",
    "#ff00ff",
    "#00ffff",
    "#ffffff",
]
COLOUR_NAMES = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

_ESC = re.compile(r"\x1b\[([0-9;?]*)([A-Za-z])|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]|\r")


def _xterm_256(n: int) -> str:
    if n < 16:
        return XTERM_PALETTE[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return f"#{steps[n // 36]:02x}{steps[n // 6 % 6]:02x}{steps[n % 6]:02x}"
    g = 8 + 10 * (n - 232)
    return f"#{g:02x}{g:02x}{g:02x}"


def _run(chunk: str, st: dict[str, Any]) -> dict[str, Any]:
    """A run of ``chunk`` drawn in the SGR state ``st``."""
    fg = st["fg"]
    rgb = None
    if isinstance(fg, int):
        idx = fg + 8 if st["bold"] and fg < 8 else fg
        rgb = _xterm_256(idx)
        name = COLOUR_NAMES[fg % 8] if fg < 16 else f"colour{fg}"
        if 8 <= fg < 16:
            name = "bright " + name
    elif isinstance(fg, str):
        rgb, name = fg, fg
    else:
        name = None
    bg = st["bg"]
    bg_name = (COLOUR_NAMES[bg % 8] if bg < 16 else f"colour{bg}") if isinstance(bg, int) else bg
    return {"text": chunk, "fg": name, "fg_rgb": rgb, "bg": bg_name, "bold": st["bold"]}


def _emit(out: list[dict[str, Any]], chunk: str, st: dict[str, Any]) -> None:
    """Append ``chunk`` to the runs, joining it to the last run if drawn the same way."""
    if not chunk:
        return
    run = _run(chunk, st)
    if out and {k: v for k, v in out[-1].items() if k != "text"} == {
        k: v for k, v in run.items() if k != "text"
    }:
        out[-1]["text"] += chunk
    else:
        out.append(run)


def _apply(state: dict[str, Any], codes: list[int]) -> None:
    """Change the SGR state by one escape's parameters."""
    i = 0
    while i < len(codes):
        c = codes[i]
        if c == 0:
            state.update(fg=None, bg=None, bold=False)
        elif c == 1:
            state["bold"] = True
        elif c == 22:
            state["bold"] = False
        elif 30 <= c <= 37:
            state["fg"] = c - 30
        elif 90 <= c <= 97:
            state["fg"] = c - 90 + 8
        elif c == 39:
            state["fg"] = None
        elif 40 <= c <= 47:
            state["bg"] = c - 40
        elif 100 <= c <= 107:
            state["bg"] = c - 100 + 8
        elif c == 49:
            state["bg"] = None
        elif c in (38, 48) and i + 1 < len(codes):
            key = "fg" if c == 38 else "bg"
            if codes[i + 1] == 5 and i + 2 < len(codes):
                state[key] = codes[i + 2]
                i += 2
            elif codes[i + 1] == 2 and i + 4 < len(codes):
                r, g, b = codes[i + 2 : i + 5]
                state[key] = f"#{r:02x}{g:02x}{b:02x}"
                i += 4
        i += 1


def _parse_line(raw: str) -> dict[str, Any]:
    state: dict[str, Any] = {"fg": None, "bg": None, "bold": False}
    runs: list[dict[str, Any]] = []
    pos = 0
    for m in _ESC.finditer(raw):
        _emit(runs, raw[pos : m.start()], state)
        pos = m.end()
        if m.group(2) != "m":
            continue
        _apply(state, [int(c) if c.isdigit() else 0 for c in (m.group(1) or "0").split(";")])
    _emit(runs, raw[pos:], state)
    plain = "".join(r["text"] for r in runs)
    return {"text": plain, "runs": [r for r in runs if r["text"]]}


def parse_sgr(text: str) -> list[dict[str, Any]]:
    """Lines of ``text`` with their runs: text, fg/bg (colour name or None for the terminal's
    default), bold, and the RGB xterm draws (``fg_rgb``; None for the default colour)."""
    lines = [_parse_line(raw) for raw in text.split("\n")]
    while lines and not lines[-1]["text"].strip():
        lines.pop()
    return lines
