"""Which window had the focus: at a time, before or after another, while something else was
up, and for how long (its spells of focus).

Built on the window facts of each frame (``windows.py`` reads them); "when I switched to X,
which page was the browser showing?" is answered from the browser's window in that frame.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from datetime import timedelta

from autocapture.answer.base import AnswerContext
from autocapture.answer.browser_event import page_at_event
from autocapture.answer.day_listing import days_named, first_listing
from autocapture.answer.draft import merge_drafts
from autocapture.answer.focus_listing import focus_at_listing
from autocapture.answer.focus_minute import within_minute
from autocapture.answer.focus_return import back_after, event_run
from autocapture.answer.focus_switch_check import switch_then_focus
from autocapture.answer.focus_when import when_focused
from autocapture.answer.log_shapes import server_log_named
from autocapture.answer.lookup import Draft, Evidence
from autocapture.answer.monitors import other_monitor
from autocapture.answer.opened import READ_MOMENT, asks_sequence, mail_sequence
from autocapture.answer.window_closed import closed_before
from autocapture.answer.windows import (
    FRAME_WORDS,
    FRONT_WHILE,
    KIND_WORDS,
    MOVE_WORDS,
    READING_MAIL,
    RELATIVE_TO,
    RUN_WORDS,
    SEQUENCE_WORDS,
    SOFT_WORDS,
    SPELL_WORDS,
    SWITCH_ASK,
    SWITCHED_TO,
    THING_WORDS,
    YES_NO,
    content_words,
    covers,
    holds,
    label_of,
    mail_open_in,
    shown_text,
    shown_title,
    switch_words,
    switched_to,
    window_score,
    windows_at,
)
from autocapture.text import stem, tokens
from autocapture.understand.reader import NodeRow

# "which tab was I on right before the court holidays one": where I was, in order.
_AT_END = re.compile(r"\b(?:at|towards?|near) the (?:very )?end\b")
_WAS_ON = re.compile(
    r"\b(?:was|were) (?:i|we) (?:on|in|at|using|reading|looking at|viewing)\b"
    r"|\bdid (?:i|we) (?:look at|view|read|check|turn to)\b"
)


def _at_clock(ctx: AnswerContext) -> bool:
    """The question names an instant ("at 9:26:10"), not a span of time."""
    i = ctx.intent
    return (
        i.anchor is not None
        and i.start is not None
        and i.end is not None
        and i.end - i.start <= timedelta(minutes=30)
    )


class FocusAnswerer:
    name = "focus_state"
    version = "1"

    def answer(self, ctx: AnswerContext) -> Draft:
        q = ctx.question.lower()
        elsewhere = other_monitor(ctx)  # "which window had focus on my other screen"
        if elsewhere is not None:
            return elsewhere
        never = closed_before(ctx)  # "when I quit X, which window got focus": X never closed
        if never is not None:
            return never
        # "which mail did I open after I read X", "what did I read after X's mail": the
        # mails in the order they were opened, not the windows in the order they had focus
        if READ_MOMENT.search(q) or asks_sequence(q):
            in_order = mail_sequence(ctx)
            if in_order is not None:
                return in_order
        at_event = page_at_event(ctx)  # "when I switched to X, which page was showing?"
        if at_event is not None:
            return at_event
        then = switch_then_focus(ctx)  # "when I flipped to X, was Y still the focused one"
        if then is not None:
            return then
        if "how long" in q:
            return self._duration(ctx)
        spells = when_focused(ctx)  # "when was the berthcalc terminal the one in focus?"
        if spells is not None:
            return spells
        back = back_after(ctx)  # "after the grep, when did I switch back to X?"
        if back is not None:
            return back
        if (
            re.search(r"\b(before|after|previous|next)\b", q)
            and (MOVE_WORDS.search(q) or _WAS_ON.search(q))
            and not _at_clock(ctx)  # "at 9:26:10, just before X came up": the time decides
        ):
            return self._sequence(ctx, "after" if re.search(r"\b(after|next)\b", q) else "before")
        listed = focus_at_listing(ctx)  # "while the 5 day agenda printed": where it showed
        if listed is not None:
            return listed
        m = FRONT_WHILE.search(q)
        if m:
            got = self._front_while(ctx, m.group(1), m.group(2))
            if got is not None:
                return got
        if SWITCH_ASK.search(q):
            got = switched_to(ctx)
            if got is not None:
                return got
            if switch_words(ctx):  # a window named that never took focus: not "the focus now"
                return Draft("", None, [], 0.2, "indeterminate", "window_never_focused")
        got = windows_at(ctx)
        if isinstance(got, Draft):
            return got
        fid, ts, wins = got
        focused = [w for w in wins if w.attrs.get("focused")]
        if not focused:
            return Draft(
                "", None, [], 0.2, "indeterminate", "no_window_had_focus", {"frame_id": fid}
            )
        w = focused[0]
        if READING_MAIL.search(q):
            got = mail_open_in(ctx, w, ts)
            if got is not None:
                return got
        text = f"At {ctx.local_time(ts)}, {label_of(w)} had focus."
        asked = [k for k in content_words(ctx) if k not in THING_WORDS]
        if not YES_NO.match(q):
            moves = within_minute(ctx)
            if moves is not None:
                return moves
        if YES_NO.match(q) and asked:
            # "Was the kelp terminal in front?": yes or no, and the window that was, either way.
            kinds = {KIND_WORDS[k] for k in asked if k in KIND_WORDS}
            plain = [k for k in asked if k not in KIND_WORDS]
            yes = (not plain or window_score(plain, w) >= 0.6) and (
                not kinds or holds(ctx, w, kinds)
            )
            text = ("Yes. " if yes else "No. ") + text
        return Draft(
            text, w.text, [Evidence(w.as_line(), "value")], 0.92, "ok", None, {"frame_id": fid}
        )

    def _front_while(self, ctx: AnswerContext, asked: str, during: str) -> Draft | None:
        """'Was the terminal in front while I was reading the changelog?': over the frames in
        which the focused window showed the second thing, did the first have focus?"""
        keep = set(content_words(ctx))
        y = [w for w in tokens(asked) if w in KIND_WORDS or (w in keep and w not in THING_WORDS)]
        x = [w for w in tokens(during) if w in keep and w not in FRAME_WORDS | THING_WORDS]
        if not y or not x:
            return None
        nodes = ctx.graph.nodes(("window", "tab"), ctx.intent.start, ctx.intent.end)
        by_frame: dict[str, list[NodeRow]] = defaultdict(list)
        for n in nodes:
            by_frame[n.frame_id].append(n)
        during_focus, shown_in = [], []
        for ns in by_frame.values():
            focused = next((n for n in ns if n.kind == "window" and n.attrs.get("focused")), None)
            showing = next(
                (
                    n
                    for n in ns
                    if n.kind == "window"
                    and not n.attrs.get("minimised_or_hidden")
                    and covers(x, shown_title(n, ns))
                ),
                None,
            )
            if focused is not None and showing is not None:
                during_focus.append(focused)
                shown_in.append(showing)
        if not during_focus:
            return None  # the second thing was never up: nothing to compare with
        kinds = {KIND_WORDS[w] for w in y if w in KIND_WORDS}
        plain = [w for w in y if w not in KIND_WORDS]

        def is_asked(w: NodeRow) -> bool:
            if plain:
                return window_score(plain, w) >= 0.6
            return holds(ctx, w, kinds)

        hit = next((i for i, w in enumerate(during_focus) if is_asked(w)), None)
        page, last = shown_in[0], shown_in[-1]
        span = f"{ctx.local_time(page.ts_utc)}-{ctx.local_time(last.ts_utc)}"
        if hit is not None:
            w, on = during_focus[hit], shown_in[hit]
            when = ctx.local_time(w.ts_utc)
            text = f"Yes: {label_of(w)} had focus at {when}, with {label_of(on)} up."
            return Draft(
                text, w.text, [Evidence(w.as_line(), "value"), Evidence(on.as_line(), "label")],
                0.8, "ok",
            )  # fmt: skip
        held = sorted({label_of(w) for w in during_focus})
        text = f"No: while {label_of(page)} was up ({span}), {', '.join(held)} had focus."
        first = during_focus[0]
        return Draft(
            text,
            first.text,
            [Evidence(first.as_line(), "value")],
            0.75,
            "ok",
            None,
            {"frames": len(during_focus)},
        )

    def _sequence(self, ctx: AnswerContext, direction: str) -> Draft:
        """Focus order: the window in focus before (or after) the one named, else the last."""
        nodes = [
            n
            for n in ctx.graph.nodes(("window",), ctx.intent.start, ctx.intent.end)
            if n.attrs.get("focused")
        ]
        runs: list[list[NodeRow]] = []
        for n in nodes:
            if runs and runs[-1][-1].text == n.text:
                runs[-1].append(n)
            else:
                runs.append([n])
        if len(runs) < 2:
            return Draft("", None, [], 0.2, "indeterminate", "focus_never_changed")
        words = [w for w in content_words(ctx) if w not in SEQUENCE_WORDS and w not in SPELL_WORDS]
        # "which page was I reading before I switched over to the terminal": the window
        # switched to is named after "switched to"; a kind word there ("terminal") names
        # the window holding that kind of content.
        q = ctx.question.lower()
        m = SWITCHED_TO.search(q) if direction == "before" else None
        m = m or RELATIVE_TO.search(q)  # "which page did I move on to right after X"
        if m:
            after = set(tokens(_AT_END.sub(" ", m.group(m.lastindex or 1))))
            words = [w for w in words if w in after] or words
        if _AT_END.search(q):  # "at the very end": which occasion, not a word of the window
            words = [w for w in words if w not in ("very", "end")]
        kinds = {KIND_WORDS[w] for w in words if w in KIND_WORDS}
        plain = [w for w in words if w not in KIND_WORDS and w not in RUN_WORDS]
        scores = [window_score(plain, r[0]) for r in runs]
        best = max(scores) if plain else 0.0
        named = [
            i
            for i, r in enumerate(runs)
            if (plain and (scores[i] >= 0.6 or (m and best > 0 and scores[i] == best)))
            or (not plain and kinds and holds(ctx, r[0], kinds))
        ]
        hard = [w for w in plain if w not in SOFT_WORDS]  # "the server log": a server's
        if not named and hard:
            # "after I switched to the contacts terminal": named by what it showed
            named = [
                i
                for i, r in enumerate(runs)
                if (covers(hard, text := shown_text(ctx, r[0])) or server_log_named(q, hard, text))
                and (not kinds or holds(ctx, r[0], kinds))
            ]
        if not named and kinds and not hard:  # "the chat log": the window holding a chat
            named = [i for i, r in enumerate(runs) if holds(ctx, r[0], kinds)]
        # "the first/last time I switched to X" picks that occasion; unqualified, with X up
        # more than once, each occasion is answered (a user's "before I opened X" may mean
        # any of them).
        opened = bool(m and m.re is SWITCHED_TO and m.lastindex == 2)  # opened once: first
        shown = event_run(ctx, runs, hard) if not named and hard else None
        listing = first_listing(ctx, days) if (days := days_named(q)) else None
        if listing is not None:  # "right after the four day agenda": when it first showed
            held = [i for i, r in enumerate(runs) if r[0].ts_ms <= listing.first.ts_ms]
            shown = held[-1] if held else shown
        if shown is not None:
            pivots = [shown]  # "after the git diff": no window's name, a thing seen in one
        elif not named:
            pivots = [len(runs) - 1]
        elif opened or re.search(r"\b(first|earliest|initially)\b", q):
            pivots = named[:1]
        elif re.search(r"\b(last|latest|again|most recent(ly)?|finally)\b", q) or _AT_END.search(q):
            pivots = named[-1:]
        else:
            pivots = named[:3]
        drafts = [
            d for p in pivots if (d := self._neighbour(ctx, runs, p, direction, q)) is not None
        ]
        if not drafts:
            return Draft("", None, [], 0.2, "indeterminate", f"no_window_{direction}")
        for d in drafts:
            d.decisions.update({"runs": len(runs), "named": bool(named)})
        return merge_drafts(drafts)

    def _neighbour(
        self, ctx: AnswerContext, runs: list[list[NodeRow]], pivot: int, direction: str, q: str
    ) -> Draft | None:
        """The focus run right before (or after) run ``pivot``; None at either end."""
        other = pivot - 1 if direction == "before" else pivot + 1
        if not 0 <= other < len(runs):
            return None
        ref, got = runs[pivot], runs[other]
        if READING_MAIL.search(q):  # "which email was I reading just before I opened X"
            last = got[-1] if direction == "before" else got[0]
            mail = mail_open_in(ctx, last, last.ts_utc)
            if mail is not None:
                mail.evidence.append(Evidence(ref[0].as_line(), "label"))
                return mail
        # The claim names only the answer; the window it is relative to is cited as context.
        if direction == "before":
            text = (
                f"{label_of(got[-1])} had focus from {ctx.local_time(got[0].ts_utc)} until the "
                f"switch at {ctx.local_time(ref[0].ts_utc)}."
            )
            cite = got[-1]
        else:
            text = f"Focus went next to {label_of(got[0])} at {ctx.local_time(got[0].ts_utc)}."
            cite = got[0]
        return Draft(
            text,
            cite.text,
            [Evidence(cite.as_line(), "value"), Evidence(ref[0].as_line(), "label")],
            0.8,
            "ok",
            None,
            {},
        )

    def _duration(self, ctx: AnswerContext) -> Draft:
        """Sum of the intervals during which the named window held focus; of the first (or
        last) spell only, when asked about "the first time" (or the last)."""
        skip = {stem(w) for w in SEQUENCE_WORDS | SPELL_WORDS | THING_WORDS}
        words = [w for w in content_words(ctx) if stem(w) not in skip]
        kinds = {KIND_WORDS[w] for w in words if w in KIND_WORDS}
        plain = [w for w in words if w not in KIND_WORDS]
        frames = ctx.graph.frames(ctx.intent.start, ctx.intent.end)
        if len(frames) < 2 or not (plain or kinds):
            return Draft("", None, [], 0.2, "indeterminate", "need_two_frames_and_a_window_name")
        nodes = ctx.graph.nodes(("window",), ctx.intent.start, ctx.intent.end)
        by_frame: dict[str, list[NodeRow]] = defaultdict(list)
        for n in nodes:
            by_frame[n.frame_id].append(n)

        def named(n: NodeRow) -> bool:
            return (not plain or window_score(plain, n) >= 0.6) and (
                not kinds or holds(ctx, n, kinds)
            )

        spells: list[list[tuple[NodeRow, int]]] = []  # runs of frames the window had focus
        was_named = False
        for (fid, _, t0), (_, _, t1) in itertools.pairwise(frames):
            n = next((w for w in by_frame.get(fid, []) if w.attrs.get("focused")), None)
            now_named = n is not None and named(n)
            if now_named and n is not None:
                if not was_named:
                    spells.append([])
                spells[-1].append((n, t1 - t0))
            was_named = now_named
        if not spells:
            return Draft("", None, [], 0.2, "indeterminate", "window_never_focused")
        q = ctx.question.lower()
        which = ""
        if re.search(r"\bfirst (time|spell|stint)\b", q):
            spells, which = spells[:1], "the first time"
        elif re.search(r"\b(last|latest) (time|spell|stint)\b", q):
            spells, which = spells[-1:], "the last time"
        held = [x for spell in spells for x in spell]
        total_ms = sum(ms for _, ms in held)
        cited: list[NodeRow] = []
        for n, _ in held:
            if len(cited) < 3 and (not cited or cited[-1].text != n.text):
                cited.append(n)
        best_title = held[0][0]
        minutes, seconds = divmod(round(total_ms / 1000), 60)
        span = f"{minutes} min {seconds} s" if minutes else f"{seconds} s"
        if which:
            start = held[0][0].ts_utc
            text = (
                f"{which.capitalize()}, {label_of(best_title)} had focus for about {span}, from "
                f"{ctx.local_time(start)} (measured between captured frames)."
            )
        else:
            text = (
                f"{label_of(best_title)} had focus for about {span} between "
                f"{ctx.local_time(frames[0][1])} and {ctx.local_time(frames[-1][1])} "
                "(measured between captured frames)."
            )
        return Draft(
            text,
            best_title.text,
            [Evidence(n.as_line(), "value") for n in cited],
            0.75,
            "ok",
            None,
            {"focus_ms": total_ms, "frames": len(frames), "spells": len(spells)},
        )
