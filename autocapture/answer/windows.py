"""Window facts over time: which windows were open (window_inventory), which had focus and
for how long (focus_state); which window showed something is ``cross_window.py``.

This module answers the inventory ("which windows were open at T?", "was X open yet?") and
is the entry point other answerers import window helpers from; the helpers live in
``window_words`` (how questions name windows), ``window_facts`` (a frame's windows),
``window_switches`` (focus switches), ``window_moment`` (the frame asked about),
``window_exclusions`` ("other than X") and ``window_mail`` (the mail being read).

Window facts come from the X server (titles, apps, focus, z-order), recorded with each frame
as UI graph window nodes; claims cite those nodes, and the text lines they rest on when the
question names on-screen text. A window's state at time T is its state in the last frame at
or before T (a frame is only stored when the screen changed).
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.lookup import Draft, Evidence
from autocapture.answer.monitors import other_monitor
from autocapture.answer.window_before import windows_before
from autocapture.answer.window_behind import window_behind
from autocapture.answer.window_exclusions import other_than
from autocapture.answer.window_facts import (
    content_words,
    covers,
    holds,
    label_of,
    shown_text,
    shown_title,
    window_nodes,
    window_of,
    window_score,
)
from autocapture.answer.window_kinds import all_known, asked_kind, of_kind
from autocapture.answer.window_mail import mail_open_in
from autocapture.answer.window_moment import event_frame, windows_at
from autocapture.answer.window_place import placed_window
from autocapture.answer.window_switches import switch_words, switched_to
from autocapture.answer.window_words import (
    CHAT,
    CHAT_LOG,
    FRAME_WORDS,
    FRONT_WHILE,
    KIND_WORDS,
    MAIL_SOURCES,
    MOVE_WORDS,
    READING_MAIL,
    RELATIVE_TO,
    RUN_WORDS,
    SEQUENCE_WORDS,
    SOFT_WORDS,
    SPELL_WORDS,
    SWITCH_ASK,
    SWITCH_FROM,
    SWITCHED_TO,
    THING_WORDS,
    YES_NO,
)
from autocapture.text import tokens
from autocapture.understand.reader import NodeRow

# "(when I was ..., ) was the shipping address window open (yet) at 14:32?"
OPEN_YET = re.compile(
    r"(?:^|,\s*)(?:was|were|is|are) (?!(?:there )?(?:anything|something|any)\b)(?:the |my |a |an )?"
    r"(.+?) (?:window|windows|app|dialog|"
    r"terminal|browser|form|page|tab)?\s*(?:open|opened|up|on screen|running|showing)\b"
)


TITLE_ASK = re.compile(r"\b(?:title|titled|called|named|name)\b")
# "which terminal was sitting at the bottom right?": which one it was, i.e. its title
WHICH_KIND = re.compile(
    r"^\s*(?:which|what) (?:window|terminal|xterm|console|shell|browser|form|dialog)\b"
)
_ELSE = re.compile(r"\b(?:else|other)\b")
NAMES_WINDOW = 0.6  # share of the words naming a window its title and app must hold
TITLE_OF = re.compile(
    r"\btitle of (?:the |my |that )?(?:(?P<named>[\w ./~-]{1,40}?)\s+)?"
    r"(?:window|terminal|xterm|app|dialog)\b"
)


def _title_of(ctx: AnswerContext, wins: list[NodeRow]) -> Draft | None:
    """The title of the window named by its app or a word of its title; indeterminate when
    no window here fits the words; None when the question does not ask for one, or several
    windows fit."""
    m = TITLE_OF.search(ctx.question.lower())
    if m is None:
        return None
    words = [w for w in tokens(m.group("named") or "") if w not in THING_WORDS and len(w) > 1]
    if not words:
        return None  # "the title of the terminal I ran git log in": named by an event
    named = [w for w in wins if words and window_score(words, w) >= NAMES_WINDOW]
    if not named:
        # "the ramp chat log window": a word of its title, the rest shown in it
        named = [
            w
            for w in wins
            if window_score(words, w) > 0 and covers(words, f"{w.text} {shown_text(ctx, w)}")
        ]
        if len({w.text for w in named}) == 1:
            named = named[-1:]
    if not named and words:
        # "the title of the spreadsheet window with the lighting budget": no such window here
        reason = "window_not_seen: " + " ".join(words)
        return Draft("", None, [], 0.2, "indeterminate", reason)
    if len(named) != 1:
        return None
    return _title_draft(ctx, named[0])


def _title_draft(ctx: AnswerContext, w: NodeRow) -> Draft:
    title = w.attrs.get("title") or w.text
    return Draft(
        f"The window's title was '{title}' ({w.attrs.get('app') or 'app unknown'}), at "
        f"{ctx.local_time(w.ts_utc)}.",
        w.text,
        [Evidence(w.as_line(), "value")],
        0.85,
        "ok",
        None,
        {"frame_id": w.frame_id},
    )


class WindowInventoryAnswerer:
    name = "window_inventory"
    version = "1"

    def _was_open(
        self, ctx: AnswerContext, named_text: str, fid: str, ts: str, wins: list[NodeRow]
    ) -> Draft:
        """Yes, citing the window named, or No, citing the windows that were open then."""
        named = [t for t in tokens(named_text) if t not in FRAME_WORDS and t not in THING_WORDS]
        if not named:
            return Draft("", None, [], 0.2, "indeterminate", "no_window_named", {"frame_id": fid})
        when = ctx.local_time(ts)
        hit = next((w for w in wins if covers(named, shown_title(w, wins))), None)
        if hit is not None:
            return Draft(
                f"Yes: {label_of(hit)} was open at {when}.",
                hit.text,
                [Evidence(hit.as_line(), "value")],
                0.85,
                "ok",
                None,
                {"frame_id": fid},
            )
        head = f"No: at {when} the open windows were"
        texts = [f"{head} {label_of(w)}" if i == 0 else label_of(w) for i, w in enumerate(wins)]
        return Draft(
            "; ".join(texts) + ".",
            wins[0].text,
            [Evidence(w.as_line(), "value", i) for i, w in enumerate(wins)],
            0.75,
            "ok",
            None,
            {"frame_id": fid, "windows": len(wins)},
            values=[w.text for w in wins],
            claim_texts=texts,
        )

    def answer(self, ctx: AnswerContext) -> Draft:
        from autocapture.answer.window_dir import window_directory  # these read this module
        from autocapture.answer.window_look import window_by_look

        where = window_directory(ctx)  # "the terminal along the bottom - what directory"
        if where is not None:
            return where
        looked = window_by_look(ctx)  # "what was the dark little window called?"
        if looked is not None:
            return looked
        behind = window_behind(ctx)  # "the window half hidden behind mutt"
        if behind is not None:
            return behind
        elsewhere = other_monitor(ctx)  # "on my second monitor", of a one-screen recording
        if elsewhere is not None:
            return elsewhere
        got = windows_before(ctx) or windows_at(ctx)  # "before I started the server"
        if isinstance(got, Draft):
            return got
        fid, ts, wins = got
        asked_open = OPEN_YET.search(ctx.question.lower())
        if asked_open:
            return self._was_open(ctx, asked_open.group(1), fid, ts, wins)
        titled = _title_of(ctx, wins)  # "what's the exact title of the mutt window"
        if titled is not None:
            return titled
        placed = placed_window(ctx, wins)  # "the terminal along the bottom: its title"
        low = ctx.question.lower()
        if placed is not None and (TITLE_ASK.search(low) or WHICH_KIND.search(low)):
            return _title_draft(ctx, placed)
        hidden_asked = any(w in ctx.question.lower() for w in ("visible", "on screen", "see"))
        shown = [w for w in wins if not (hidden_asked and w.attrs.get("minimised_or_hidden"))]
        others = other_than(ctx.question, shown, wins)  # "apart from mutt, what other ..."
        if (
            (others is None or len(others) == len(shown))
            and _ELSE.search(ctx.question.lower())
            and event_frame(ctx) == (fid, ts)
        ):
            # "what else was open while I was doing the overtime": not the window the event
            # named, the one that took the focus then
            others = [w for w in shown if not w.attrs.get("focused")]
        if others is not None:
            shown = others
            if not shown:
                return Draft(
                    "", None, [], 0.3, "indeterminate", "no_other_window", {"frame_id": fid}
                )
        kind = asked_kind(ctx.question)  # "how many terminal windows": of that kind only
        if kind is not None:
            kept = of_kind(ctx, shown, kind)
            if not kept and all_known(shown):
                why = f"no_window_of_kind: no {kind} window was open"
                return Draft("", None, [], 0.3, "indeterminate", why, {"frame_id": fid})
            shown = kept or shown  # programs not known: the kind cannot be told apart
        when = ctx.local_time(ts)
        texts, values, evidence = [], [], []
        for i, w in enumerate(shown):
            notes = []
            if w.attrs.get("focused"):
                notes.append("focused")
            if w.attrs.get("minimised_or_hidden"):
                notes.append("hidden behind others")
            elif w.attrs.get("occluded"):
                notes.append(f"{round(100 * w.attrs.get('visible_fraction', 0))}% visible")
            extra = f" [{', '.join(notes)}]" if notes else ""
            texts.append(f"{label_of(w)}{extra}")
            values.append(w.text)
            evidence.append(Evidence(w.as_line(), "value", i))
        head = f"At {when}, {len(shown)} window{'s' if len(shown) != 1 else ''} open"
        return Draft(
            f"{head}: " + "; ".join(texts),
            values[0],
            evidence,
            0.9,
            "ok",
            None,
            {"frame_id": fid, "windows": len(shown)},
            values=values,
            claim_texts=[f"{head}: {t}" if i == 0 else t for i, t in enumerate(texts)],
        )


__all__ = [
    "CHAT",
    "CHAT_LOG",
    "FRAME_WORDS",
    "FRONT_WHILE",
    "KIND_WORDS",
    "MAIL_SOURCES",
    "MOVE_WORDS",
    "READING_MAIL",
    "RELATIVE_TO",
    "RUN_WORDS",
    "SEQUENCE_WORDS",
    "SOFT_WORDS",
    "SPELL_WORDS",
    "SWITCHED_TO",
    "SWITCH_ASK",
    "SWITCH_FROM",
    "THING_WORDS",
    "YES_NO",
    "WindowInventoryAnswerer",
    "content_words",
    "covers",
    "event_frame",
    "holds",
    "label_of",
    "mail_open_in",
    "shown_text",
    "shown_title",
    "switch_words",
    "switched_to",
    "window_nodes",
    "window_of",
    "window_score",
    "windows_at",
]
