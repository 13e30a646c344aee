"""The tab beside another in the strip: "which tab comes right after policy updates?",
"what's the tab to the left of the fuel cards one?".

Tab strips are ordered left to right; a tab named by (the start of) its title is found in the
latest strip that shows it, and its neighbour on the asked side is the answer. Being *on* a
tab before or after another is the focus order instead (``focus.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.retrieve import Line
from autocapture.text import Bag, tokens
from autocapture.understand.reader import NodeRow

BESIDE_TAB = re.compile(
    r"\btab (?:that )?(?:comes?|came|is|was|sits?|sat|lies|lay)? ?"
    r"(?:right |just |immediately |directly )?"
    r"(?P<side>after|before|next to|to the right of|to the left of|right of|left of)\s+"
    r"(?:the |my |that )?(?P<name>.+?)(?:\s+(?:one|tab|page))?\s*\??\s*$"
)
_CLOSE = re.compile(r"\s*[×✕]\s*")  # a tab's close glyph ends its title
MIN_CUT = 6  # letters a cut-short tab title must keep to name a tab
_LEFT = ("before", "to the left of", "left of")


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _names(part: str, name: list[str]) -> bool:
    """Whether a tab's text names the asked tab: every word, or the start of the name cut
    short by the strip ("Night shift handov" for "night shift handover")."""
    if all(Bag.of(part).has(w) for w in name):
        return True
    shown, asked = _squash(re.sub(r"(?:\.{2,}|…)\s*$", "", part)), _squash(" ".join(name))
    return len(shown) >= MIN_CUT and asked.startswith(shown)


def beside_tab(
    ctx: AnswerContext,
    tabs_of: list[NodeRow],
    title: Callable[[AnswerContext, NodeRow], str],
    cite: Callable[[AnswerContext, NodeRow], Line],
) -> Draft | None:
    """The neighbour in the strip of the tab the question names (TITLE gives a tab's full
    title, CITE its line); None when the question names no tab beside another."""
    m = BESIDE_TAB.search(ctx.question.lower())
    if m is None or re.search(r"\b(?:was|were) (?:i|we) (?:on|in|at|using)\b", ctx.question):
        return None
    name = [w for w in tokens(m.group("name")) if len(w) > 1]
    if not name:
        return None
    strips: dict[tuple[str, int | None], list[NodeRow]] = {}
    for t in tabs_of:
        strips.setdefault((t.frame_id, t.window_row), []).append(t)
    for key in sorted(strips, key=lambda k: -strips[k][0].ts_ms):  # the latest strip first
        # OCR may read neighbouring tabs as one run: "High-alert med ×IV compatibility ×Po..."
        strip = [
            (t, part, len(parts) == 1)
            for t in sorted(strips[key], key=lambda t: t.bbox[0])
            for parts in [[p for p in _CLOSE.split(t.text) if p.strip()] or [t.text]]
            for part in parts
        ]
        at = [i for i, (_, part, _) in enumerate(strip) if _names(part, name)]
        if not at:  # "the textile rules one" for "Reg: textile ha...": its full title names it
            at = [
                i for i, (t, _, whole) in enumerate(strip) if whole and _names(title(ctx, t), name)
            ]
        if len(at) != 1:
            continue
        side = m.group("side")
        i = at[0] + (-1 if side in _LEFT else 1)
        if side == "next to" and not 0 <= i < len(strip):
            i = at[0] - 1
        if not 0 <= i < len(strip):
            edge = "first" if side in _LEFT else "last"
            return Draft("", None, [], 0.3, "indeterminate", f"named_tab_is_the_{edge}")
        (named, named_part, _), (got, part, whole) = strip[at[0]], strip[i]
        where = "left" if i < at[0] else "right"
        full = title(ctx, got) if whole else part.strip()
        text = f"'{full}' was the tab to the {where} of '{named_part.strip()}' in the strip."
        ev = [Evidence(cite(ctx, got), "value"), Evidence(cite(ctx, named), "label")]
        # the strip's own text is what the cited tab shows; the full title is said beside it
        value = got.text if whole else part.strip()
        return Draft(text, value, ev, 0.8, "ok", None, {"frame_id": got.frame_id})
    return None
