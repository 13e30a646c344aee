"""Time across frames: what was on screen at T, when something was first or last seen, what
changed between two times, and how long something stayed on screen."""

from __future__ import annotations

import itertools
import re
from datetime import timedelta

from autocapture.answer.acts import act_evidence, asked_act
from autocapture.answer.base import AnswerContext
from autocapture.answer.day_listing import listing_when
from autocapture.answer.event_order import event_order
from autocapture.answer.focus_return import back_after
from autocapture.answer.lookup import Draft, Evidence
from autocapture.answer.opened import opened
from autocapture.answer.run_shown import run_shown
from autocapture.answer.view_day import view_moved
from autocapture.answer.window_closed import window_closed
from autocapture.answer.windows import (
    FRAME_WORDS,
    SWITCH_ASK,
    THING_WORDS,
    covers,
    label_of,
    shown_title,
    switched_to,
    window_nodes,
    windows_at,
)
from autocapture.retrieve import Line
from autocapture.text import SHELL_PROMPT, Bag
from autocapture.understand.reader import NodeRow

TIMELINE_WORDS = FRAME_WORDS | {
    "first",
    "last",
    "earliest",
    "latest",
    "appear",
    "appeared",
    "change",
    "changed",
    "changes",
    "when",
    "looking",
    "look",
    "doing",
    "stay",
    "stayed",
    "read",
    "reading",
    "did",
    "i",
}
MIN_COVER = 0.75
# "..., which tab?", "which page was it": one page asked, the one in front
_ONE_PAGE = re.compile(r"\b(?:which|what) (?:tab|page|window)\b(?!s)")
MIN_HEAD = 5  # letters of a head noun that names a window alone
# "When did X come up / appear / pop up / load": the moment it first showed, not its span.
CAME_UP = re.compile(
    r"\b(c[oa]me|show(ed|n)?|pop(ped)?|turn(ed)?) up\b|\b(appear(ed)?|load(ed)?|pop(ped)? open)\b"
)
# Looking at a tab is having it in front (the active tab, its page shown); a tab merely in
# the strip was open, not looked at.
LOOK_AT = re.compile(
    r"\b(look(ed|ing)? at|view(ed|ing)?|read(ing)?|see|saw|seen|visit(ed)?|check(ed)?( out)?"
    r"|brows(e|ed|ing)|(was|were) (i|we) (on|in))\b"
)


def _kind(question: str) -> str:
    q = question.lower()
    if re.search(r"\bwhat (has |had )?changed\b|\bchanges?\b.*\bbetween\b|\bdifferen", q):
        return "changes"
    if re.search(r"\bhow long\b", q):
        return "duration"
    if re.search(r"\b(first|earliest)\b", q):
        return "first"
    if re.search(r"\b(when|what time)\b", q) and CAME_UP.search(q):
        return "first"
    if re.search(
        r"\blast (time|seen|saw|see|appeared|shown|visible|opened|looked|read)\b"
        r"|\b(latest|most recent(ly)?)\b|\bwhen did (i|we|you) last\b"
        # "which mail did I read last": the ordinal after the verb
        r"|\b(open|opened|read|view|viewed|look at|looked at|check|checked) last\s*\??\s*$",
        q,
    ):
        return "last"
    if re.search(r"\b(when|what time|at what time) (did|was|were|have|has)\b", q):
        return "when"
    return "state"


def _matches(ctx: AnswerContext, words: list[str]) -> list[Line]:
    """Lines that show what the words name: most words on the line, the rest in its window
    (a mail's subject names what its body lines are about)."""
    hits = ctx.retriever.search(words, ctx.intent.start, ctx.intent.end, limit=500)
    out = []
    for h in hits:
        bag = Bag.of(h.text)
        on_line = [w for w in words if bag.has(w)]
        if len(on_line) / len(words) >= MIN_COVER:
            out.append(h)
            continue
        if not on_line:
            continue
        if all(ctx.window_bag(h).has(w) for w in words):
            out.append(h)
    return out


def _titled(ctx: AnswerContext, words: list[str]) -> list[NodeRow]:
    """Windows up on screen (not hidden behind others) whose title, or browser page (the
    active tab; any tab when a tab is asked about), names what the question names. Kind words
    ("form", "page", "tab", "window") are how it is asked, not words of the title."""
    named = [w for w in words if w not in THING_WORDS]
    # How it is asked ("the page I typed in") names no title; kept when nothing else does.
    named = [w for w in named if w not in ctx.analysis.phrasing] or named
    if not named:
        return []
    q = ctx.question.lower()
    any_tab = bool(re.search(r"\btabs?\b", q)) and not LOOK_AT.search(q)
    nodes = ctx.graph.nodes(("window", "tab"), ctx.intent.start, ctx.intent.end)
    by_frame: dict[str, list[NodeRow]] = {}
    for n in nodes:
        by_frame.setdefault(n.frame_id, []).append(n)
    out = []
    for ns in by_frame.values():
        for w in ns:
            if w.kind != "window" or w.attrs.get("minimised_or_hidden"):
                continue
            if covers(named, shown_title(w, ns)) or (
                any_tab
                and any(
                    t.kind == "tab" and t.window_row == w.window_row and covers(named, t.text)
                    for t in ns
                )
            ):
                out.append(w)
                break
    if not out and len(named) >= 2 and len(named[-1]) >= MIN_HEAD:
        # "the crew callboard" for ~/src/callboard: the head noun names the window when the
        # words before it are in no window's title (they describe it, they do not tell
        # windows apart)
        titles = [shown_title(w, by_frame[w.frame_id]) for w in nodes if w.kind == "window"]
        if not any(Bag.of(t).has(x) for t in titles for x in named[:-1]):
            return _titled(ctx, [named[-1]])
    return out


_TYPED = re.compile(SHELL_PROMPT.pattern + r"\s*(?P<cmd>.*)$")


class TimelineAnswerer:
    name = "timeline"
    version = "1"

    def answer(self, ctx: AnswerContext) -> Draft:
        order = event_order(ctx)  # "did I look at X before or after Y?"
        if order is not None:
            return order
        kind = _kind(ctx.question)
        if kind == "changes":
            return self._changes(ctx)
        if kind == "state":
            return self._state(ctx)
        closed = window_closed(ctx)  # "when did I quit mutt": its last frame, if not the last
        if closed is not None:
            return closed
        moved = view_moved(ctx)  # "when did I skip ahead to Friday": the view's day changed
        if moved is not None:
            return moved
        back = back_after(ctx)  # "once the grep was done, when did I go back to X?"
        if back is not None:
            return back
        listed = listing_when(ctx)  # "when did I print the five-day agenda": N day headings
        if listed is not None:
            return listed
        act = asked_act(ctx)  # "when did I print X": only a trace of printing answers
        if act is not None:
            return act_evidence(ctx, act)
        if kind in ("first", "when"):
            got = run_shown(ctx)  # "when did the pytest results show up": its output
            if got is not None:
                return got
        if kind in ("first", "last", "when"):
            got = opened(ctx, kind)  # a chat log or mail named by name or topic: its view
            if got is not None:
                return got
        if kind in ("first", "last", "when") and SWITCH_ASK.search(ctx.question.lower()):
            got = switched_to(ctx)  # "when did I open X": the moment X took focus
            if got is not None:
                return got
        words = _asked_words(ctx)
        if not words:
            return Draft("", None, [], 0.0, "indeterminate", "question_has_no_searchable_words")
        titled = _titled(ctx, words) if kind in ("first", "last", "when") else []
        # "The X form / page / tab", "have X up / open": a thing one opens, so the window or
        # page whose title names it; otherwise whichever showed the words first (or last).
        thing = any(w in THING_WORDS for w in words) or re.search(
            r"\b(up|open|opened)\b", ctx.question.lower()
        )
        if titled and thing:
            return self._titled(ctx, kind, titled)
        found = _matches(ctx, words)
        if len(words) < len([k for k in ctx.analysis.keywords if k not in TIMELINE_WORDS]):
            # "the X test results": what a run showed, not the command line that started it
            shown = [h for h in found if not SHELL_PROMPT.match(h.text)]
            found = shown or found
        if titled:
            # A page's label in the tab strip names it but does not show it: seeing the page
            # is having it up (its title above), not passing its tab.
            strip = {
                s
                for t in ctx.graph.nodes(("tab",), ctx.intent.start, ctx.intent.end)
                for s in t.span_ids
            }
            found = [h for h in found if h.span_id not in strip]
        found.sort(key=lambda h: h.ts_ms)
        if titled and (
            not found
            or (kind == "first" and titled[0].ts_ms < found[0].ts_ms)
            or (kind == "last" and titled[-1].ts_ms > found[-1].ts_ms)
        ):
            return self._titled(ctx, kind, titled)
        if not found:
            return Draft("", None, [], 0.2, "indeterminate", "never_seen")
        if kind == "duration":
            return self._duration(ctx, found)
        if kind == "when":
            return self._when(ctx, found)
        line = found[0] if kind == "first" else found[-1]
        which = "first" if kind == "first" else "last"
        where = f" in '{line.window_title}'" if line.window_title else ""
        text = (
            f'"{line.text}" was {which} seen at {ctx.local_when(line.ts_utc)}{where} '
            f"({len({h.frame_id for h in found})} frames show it)."
        )
        return Draft(
            text,
            line.text,
            [Evidence(line, "value")],
            0.8,
            "ok",
            None,
            {"kind": kind, "frames": len({h.frame_id for h in found})},
        )

    def _titled(self, ctx: AnswerContext, kind: str, wins: list[NodeRow]) -> Draft:
        """First/last time a window (or browser page) named in the question was up: the
        earliest/latest frame in which it was on screen, citing the window node."""
        frames = len({w.frame_id for w in wins})
        if kind == "when" and wins[0].frame_id != wins[-1].frame_id:
            first, last = wins[0], wins[-1]
            text = (
                f"{_name(first)} was up from {ctx.local_when(first.ts_utc)} to "
                f"{ctx.local_time(last.ts_utc)} ({frames} frames show it)."
            )
            ev = [Evidence(first.as_line(), "value"), Evidence(last.as_line(), "value")]
            return Draft(text, first.text, ev, 0.8, "ok", None, {"kind": kind, "frames": frames})
        w = wins[-1] if kind == "last" else wins[0]
        which = {"first": "first up", "last": "last up", "when": "up"}[kind]
        text = f"{_name(w)} was {which} at {ctx.local_when(w.ts_utc)} ({_frames(frames)})."
        return Draft(
            text,
            w.text,
            [Evidence(w.as_line(), "value")],
            0.8,
            "ok",
            None,
            {"kind": kind, "frames": frames, "by": "window_title"},
        )

    def _when(self, ctx: AnswerContext, found: list[Line]) -> Draft:
        """'When did I read X': the time X was on screen (from first to last sight), of the
        lines that show most of it (not a prompt in the same window naming one word)."""
        words = _asked_words(ctx)
        share = {id(h): sum(Bag.of(h.text).has(w) for w in words) for h in found}
        top = max(share.values(), default=0)
        best = [h for h in found if share[id(h)] == top] or found
        first, last = best[0], best[-1]
        where = f" in '{first.window_title}'" if first.window_title else ""
        if first.frame_id == last.frame_id:
            text = f'"{first.text}" was on screen at {ctx.local_when(first.ts_utc)}{where}.'
            ev = [Evidence(first, "value", 0)]
        else:
            text = (
                f'"{first.text}" was on screen from {ctx.local_when(first.ts_utc)} to '
                f"{ctx.local_time(last.ts_utc)}{where}."
            )
            ev = [Evidence(first, "value", 0), Evidence(last, "value", 0)]
        return Draft(text, first.text, ev, 0.8, "ok", None, {"kind": "when"})

    def _duration(self, ctx: AnswerContext, found: list[Line]) -> Draft:
        frames = ctx.graph.frames(ctx.intent.start, ctx.intent.end)
        shown = {h.frame_id for h in found}
        total = sum(t1 - t0 for (f, _, t0), (_, _, t1) in itertools.pairwise(frames) if f in shown)
        secs = round(total / 1000)
        m, s = divmod(secs, 60)
        text = (
            f'"{found[0].text}" was on screen for about {f"{m} min {s} s" if m else f"{s} s"}, '
            f"from {ctx.local_time(found[0].ts_utc)} to {ctx.local_time(found[-1].ts_utc)}."
        )
        ev = [Evidence(found[0], "value", 0)]
        if found[-1].frame_id != found[0].frame_id:
            ev.append(Evidence(found[-1], "value", 0))
        return Draft(text, found[0].text, ev, 0.7, "ok", None, {"kind": "duration", "ms": total})

    def _state(self, ctx: AnswerContext) -> Draft:
        got = windows_at(ctx)
        if isinstance(got, Draft):
            return got
        fid, ts, wins = got
        shown = [w for w in wins if not w.attrs.get("minimised_or_hidden")]
        focused = next((w for w in shown if w.attrs.get("focused")), None)
        if focused is not None and _ONE_PAGE.search(ctx.question.lower()):
            # "what was on screen at 10:51:20, which tab?": the page in front, nothing else
            text = f"At {ctx.local_time(ts)} the screen showed {label_of(focused)} in front."
            ev1 = [Evidence(focused.as_line(), "value")]
            return Draft(text, focused.text, ev1, 0.85, "ok", None, {"kind": "state"})
        texts, values, ev = [], [], []
        for i, w in enumerate(shown):
            state = " (focused)" if w.attrs.get("focused") else ""
            texts.append(f"'{w.text}'{state}")
            values.append(w.text)
            ev.append(Evidence(w.as_line(), "value", i))
        if focused is not None:
            own = [
                ln
                for ln in ctx.retriever.frame_lines(fid)
                if ln.window_row == focused.window_row and ln.text.strip() != focused.text
            ]
            # "what was I doing at 15:26": in a terminal, the last command typed at its prompt
            typed = [ln for ln in own if (m := _TYPED.match(ln.text)) and m.group("cmd").strip()]
            if typed:
                cmd = _TYPED.match(typed[-1].text).group("cmd").strip()  # type: ignore[union-attr]
                texts.append(f"the last command typed there was `{cmd}`")
                values.append(typed[-1].text)
                ev.append(Evidence(typed[-1], "value", len(values) - 1))
            lines = [] if typed else [ln for ln in own if len(ln.text.strip()) >= 3][:3]
            for ln in lines:
                texts.append(f'"{ln.text}"')
                values.append(ln.text)
                ev.append(Evidence(ln, "value", len(values) - 1))
        head = f"At {ctx.local_time(ts)} the screen showed"
        return Draft(
            f"{head}: " + "; ".join(texts),
            values[0],
            ev,
            0.85,
            "ok",
            None,
            {"kind": "state", "frame_id": fid},
            values=values,
            claim_texts=[f"{head} {t}" if i == 0 else t for i, t in enumerate(texts)],
        )

    def _changes(self, ctx: AnswerContext) -> Draft:
        intent = ctx.intent
        if intent.start is None or intent.end is None:
            return Draft("", None, [], 0.0, "indeterminate", "need_two_times")
        before = ctx.graph.last_frame(intent.start + timedelta(seconds=1), None)
        after = ctx.graph.last_frame(intent.end, intent.start)
        if before is None or after is None or before[0] == after[0]:
            return Draft("", None, [], 0.2, "indeterminate", "no_change_recorded_between_times")
        a, b = window_nodes(ctx, before[0]), window_nodes(ctx, after[0])
        ta, tb = {w.text: w for w in a}, {w.text: w for w in b}
        claims: list[tuple[str, NodeRow]] = []
        for title in tb.keys() - ta.keys():
            claims.append((f"'{title}' opened", tb[title]))
        for title in ta.keys() - tb.keys():
            claims.append((f"'{title}' closed or went away", ta[title]))
        fa = next((w for w in a if w.attrs.get("focused")), None)
        fb = next((w for w in b if w.attrs.get("focused")), None)
        if fb is not None and (fa is None or fa.text != fb.text):
            src = f" from '{fa.text}'" if fa is not None else ""
            claims.append((f"focus moved{src} to '{fb.text}'", fb))
        if not claims:
            return Draft("", None, [], 0.3, "indeterminate", "windows_unchanged")
        head = f"Between {ctx.local_time(before[1])} and {ctx.local_time(after[1])}"
        texts = [f"{head}: {t}" if i == 0 else t for i, (t, _) in enumerate(claims)]
        nodes = [n for _, n in claims]
        return Draft(
            "; ".join(texts),
            nodes[0].text,
            [Evidence(n.as_line(), "value", i) for i, n in enumerate(nodes)],
            0.8,
            "ok",
            None,
            {"kind": "changes", "from": before[0], "to": after[0]},
            values=[n.text for n in nodes],
            claim_texts=texts,
        )


def _asked_words(ctx: AnswerContext) -> list[str]:
    """The words naming what was on screen. One word shown nowhere in the store, of a lower-
    case common noun the question adds ("the platemap test *results*": a run's output never
    prints the word), is the asker's phrasing when two others still name the thing; a name,
    a code or a word with digits never is."""
    words = [k for k in ctx.analysis.keywords if k not in TIMELINE_WORDS]
    if len(words) < 3:
        return words
    shown = set(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]*", ctx.question))  # written lower-case
    loose = [
        w
        for w in words
        if w in shown
        and w.isalpha()
        and w not in THING_WORDS  # "the X tab": the kind of thing, read by its title
        and w not in ctx.analysis.attribute
        and not ctx.analysis.is_code(w)
        and not ctx.retriever.occurs(w)
    ]
    if len(loose) != 1:
        return words
    return [w for w in words if w != loose[0]]


def _name(win: NodeRow) -> str:
    app = win.attrs.get("app")
    return f"'{win.text}'" + (f" ({app})" if app else "")


def _frames(n: int) -> str:
    return "1 frame shows it" if n == 1 else f"{n} frames show it"
