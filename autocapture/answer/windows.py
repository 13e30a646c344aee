"""Window facts over time: which windows were open (window_inventory), which had focus and
for how long (focus_state); which window showed something is ``cross_window.py``.

Window facts come from the X server (titles, apps, focus, z-order), recorded with each frame
as UI graph window nodes; claims cite those nodes, and the text lines they rest on when the
question names on-screen text. A window's state at time T is its state in the last frame at
or before T (a frame is only stored when the screen changed).
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import timedelta

from autocapture.answer.base import AnswerContext, no_structure
from autocapture.answer.lookup import Draft, Evidence
from autocapture.records import format_ts
from autocapture.retrieve import Line
from autocapture.store.sessions import coverage_at
from autocapture.text import SHELL_PROMPT, Bag, tokens
from autocapture.understand.reader import NodeRow

# Words that say what kind of thing is asked about, not which one.
FRAME_WORDS = {
    "window",
    "windows",
    "app",
    "apps",
    "application",
    "applications",
    "program",
    "programs",
    "focus",
    "focused",
    "active",
    "foreground",
    "frontmost",
    "front",
    "open",
    "opened",
    "visible",
    "screen",
    "had",
    "have",
    "has",
    "which",
    "what",
    "long",
    "many",
    "much",
    "time",
    "show",
    "showed",
    "shown",
    "showing",
    "contain",
    "contained",
    "containing",
    "text",
    "see",
    "saw",
    "seen",
    # Ways of looking at something: how the user met the text, not the text itself.
    "read",
    "reading",
    "look",
    "looked",
    "looking",
    "view",
    "viewed",
    "viewing",
    "check",
    "checked",
    "did",
    "i",
    "where",
    "in",
    "running",
    "run",
    "runs",
    "ran",
    "using",
    "used",
}


SEQUENCE_WORDS = {
    "before",
    "after",
    "switch",
    "switched",
    "last",
    "one",
    "just",
    "previous",
    "next",
    "then",
    "went",
    "go",
}


# Words that say what kind of thing was up ("the shipping form", "the tokens page", "the
# release notes tab"), not which one: a window's or tab's title need not hold them.
THING_WORDS = {
    "form",
    "forms",
    "page",
    "pages",
    "tab",
    "tabs",
    "window",
    "windows",
    "dialog",
    "screen",
    "site",
    "website",
    "web",
    "browser",
    "up",
    "app",
    "application",
    "program",
}

# "When did I switch to / open / go to X": the moment X took focus, not the focus now.
SWITCH_ASK = re.compile(
    r"\b(when|what time)\b.*\b(switch(ed)?|open(ed)?|(go(ne)?|went|c[oa]me|g[eo]t|head(ed)?|"
    r"flip(ped)?|navigate(d)?|mov(e|ed)|jump(ed)?|chang(e|ed)) (back |over )?to|visit(ed)?|"
    r"bring up|brought up|pull(ed)? up)\b"
)
# "... after (doing / finishing) the shipping address": the window focus came from.
SWITCH_FROM = re.compile(r"\b(?:after|from)\s+(?:\w+ing\s+|done with\s+)?(.+?)\??$")


def content_words(ctx: AnswerContext) -> list[str]:
    return [k for k in ctx.analysis.keywords if k not in FRAME_WORDS]


def covers(words: list[str], text: str) -> bool:
    """Whether a title names what the words name: every word in it (one may be missing when
    there are four or more: a question's paraphrase)."""
    if not words:
        return False
    bag = Bag.of(text)
    missing = sum(1 for w in words if not bag.has(w))
    return missing <= (1 if len(words) >= 4 else 0)


def shown_title(win: NodeRow, nodes: list[NodeRow]) -> str:
    """What a window showed by name: its title and app, and its active tab (a browser's)."""
    tabs = [
        n.text
        for n in nodes
        if n.kind == "tab" and n.window_row == win.window_row and n.attrs.get("active")
    ]
    return " ".join([win.attrs.get("title") or win.text, win.attrs.get("app") or "", *tabs])


def _named(words: list[str], win: NodeRow) -> bool:
    """A window named loosely ("doing the shipping address"): most of the words in its title."""
    bag = Bag.of(win.attrs.get("title") or win.text)
    return sum(1 for w in words if bag.has(w)) * 3 >= len(words) * 2


def focus_switches(
    ctx: AnswerContext, words: list[str], by_content: bool = False
) -> list[tuple[NodeRow, NodeRow | None]]:
    """Each moment the named window (or browser page: its active tab) took focus: the first
    frame of a run of frames whose focused window matches the words, with the window that had
    focus in the frame before (None when the run starts with the first frame captured).

    ``by_content``: the words name what the window showed ("the contacts terminal" ran
    ``cat contacts.csv``), not its title."""
    nodes = ctx.graph.nodes(("window", "tab"), ctx.intent.start, ctx.intent.end)
    by_frame: dict[str, list[NodeRow]] = defaultdict(list)
    for n in nodes:
        by_frame[n.frame_id].append(n)
    out: list[tuple[NodeRow, NodeRow | None]] = []
    before: NodeRow | None = None
    was = False
    for fid in by_frame:  # frames in time order (nodes come oldest first)
        ns = by_frame[fid]
        focused = next((n for n in ns if n.kind == "window" and n.attrs.get("focused")), None)
        if focused is None:
            continue  # no window facts with focus: the state is unknown, not changed
        now = covers(words, shown_title(focused, ns))
        if by_content and not now and words:
            now = covers(words, shown_text(ctx, focused))
        if now and not was:
            out.append((focused, before))
        was, before = now, focused
    return out


# "... when I started on the customer form": the time is that of an event on screen.
WHEN_EVENT = re.compile(
    r"\bwhen (?:i|we) (?:first )?(?:started on|started|began|opened|switched (?:over |back )?to"
    r"|went (?:over |back )?to|got to|moved (?:over )?to|came to|brought up|pulled up|flipped "
    r"(?:over |back )?to)\s+(?:(?:reading|looking at|viewing|using|working on|"
    r"filling in|on|with)\s+)?(?:the |my )?([^,]+?)(?:,|\??$)"
    # "while the orchard-sim tests were running": the first frame showing them
    r"|\bwhile (?:the |my )?(.+?) (?:was|were) (?:running|open|up|on screen|showing|going)\b"
    # "at the moment I was looking at the client list": the first frame it had focus
    r"|\b(?:when|while|at the (?:moment|time|point)(?: when| that)?) (?:i|we) (?:was|were) "
    r"(?:first |still |just )?(?:looking at|reading|viewing|using|working on|working in|"
    r"filling in|filling out|in|on)"
    r"\s+(?:the |my )?([^,]+?)(?:,|\??$)"
)


def event_frame(ctx: AnswerContext) -> tuple[str, str] | None:
    """The frame in which the window named by a "when I started on X" clause first took
    focus, when the question has one and names no clock time."""
    m = WHEN_EVENT.search(ctx.question.lower())
    if m is None or ctx.intent.anchor is not None:
        return None
    named = set(tokens(m.group(1) or m.group(2) or m.group(3)))
    words = [w for w in switch_words(ctx) if w in named]
    if not words:
        return None
    # Named by its title, else by what it showed ("the orchard-sim tests").
    events = focus_switches(ctx, words) or focus_switches(ctx, words, by_content=True)
    events = events or switch_events(ctx, words)  # "the server terminal": what it holds
    if not events:
        return None
    win = events[0][0]
    return win.frame_id, win.ts_utc


def frame_at(ctx: AnswerContext) -> tuple[str, str] | None:
    """(frame_id, ts_utc) of the screen state the question asks about: the last frame at or
    before the time named (or the event named: "when I started on X"), else the latest frame
    in the range (or of all)."""
    intent = ctx.intent
    event = event_frame(ctx)
    if event is not None:
        return event
    if intent.anchor is not None:
        # A state lasts until the next frame (frames are stored only on change), so the
        # frame that shows time T may be older than the range; not older than a day, though.
        row = ctx.graph.last_frame(intent.anchor, intent.anchor - timedelta(days=1))
    else:
        frames = ctx.graph.frames(intent.start, intent.end)
        row = frames[-1] if frames else None
    if row is None:
        return None
    return row[0], row[1]


def not_recording(ctx: AnswerContext) -> Draft | None:
    """Indeterminate when the instant asked about ("at 11:30") lies outside every recorded
    capture session: the last frame before it shows when capture stopped, not that time."""
    i = ctx.intent
    if i.anchor is None or i.end is None or event_frame(ctx) is not None:
        return None
    asked = i.anchor - timedelta(seconds=1)  # the end of the second or minute asked about
    cov = coverage_at(ctx.graph.db, asked)
    if cov.state != "not_recording":
        return None
    if ctx.graph.last_frame(asked, asked - timedelta(minutes=1)) is not None:
        return None  # a frame at that very time (an imported image) shows it all the same
    when = ctx.local_time(format_ts(asked))
    stopped = cov.ended_utc and f"; capture stopped at {ctx.local_time(format_ts(cov.ended_utc))}"
    return Draft(
        "",
        None,
        [],
        0.1,
        "indeterminate",
        f"not_recording: nothing was being captured at {when}{stopped or ''}",
        {"coverage": cov.state},
    )


def windows_at(ctx: AnswerContext) -> tuple[str, str, list[NodeRow]] | Draft:
    """The frame showing the asked time and its windows, or why there is none."""
    gap = not_recording(ctx)
    if gap is not None:
        return gap
    at = frame_at(ctx)
    if at is None:
        return Draft("", None, [], 0.0, "indeterminate", "no_frames_in_time_range")
    wins = window_nodes(ctx, at[0])
    if not wins:
        return no_structure("window facts")
    return at[0], at[1], wins


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


# "Was the terminal in front while I was reading the changelog?"
FRONT_WHILE = re.compile(
    r"^\s*(?:was|were|is|did) (?:the |my )?(.+?) (?:in front|in the foreground|frontmost|on top|"
    r"focused|in focus|active|have focus|had focus)\b.*?\bwhile (?:i was |we were |i |we )?"
    r"(?:reading|viewing|looking at|using|working in|working on|on|in)?\s*(?:the |my )?(.+?)\??$"
)
# Verbs of moving between windows or pages ("which page did I move on to after X").
MOVE_WORDS = re.compile(
    r"\b(switch\w*|mov(e|ed|ing)|go|went|gone|head(ed)?|jump(ed)?|turn(ed)?|come|came|"
    r"open(ed)?|focus(ed)?|flip(ped)?|got|get|chang(e|ed))\b"
)
# "(right / just) after X", "before X": X names the window the answer is relative to.
RELATIVE_TO = re.compile(r"\b(?:after|before)\s+(?:the |my |i )?(.+?)\??$")
# Words naming what happened in a window rather than the window ("the harbor-api test run").
# Words placing a spell of focus in time, not naming the window ("the first time ... away").
SPELL_WORDS = {"first", "last", "latest", "time", "times", "once", "away", "spell", "stint", "long",
          "stay", "remain", "sit", "spend", "spent"}  # fmt: skip
RUN_WORDS = {"run", "runs", "test", "tests", "session", "work", "working", "reading", "done"}
SWITCHED_TO = re.compile(
    r"\b(?:switch(?:ed|ing)?|flip(?:ped)?|mov(?:e|ed)|went|go|jump(?:ed)?|turn(?:ed)?"
    r"|head(?:ed)?|got|came)\s+(?:over\s+|back\s+)?to\s+(.+)$"
    r"|\b(?:open(?:ed)?|pull(?:ed)?\s+up|brought\s+up)\s+(.+)$"
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


YES_NO = re.compile(r"^\s*(?:was|were|is|are|did|does|had|has)\b")
READING_MAIL = re.compile(
    r"\b(which|what) (e-?mail|mail|message) (was|were) (i|we) (reading|viewing|looking at|on)\b"
    r"|\b(which|what) (e-?mail|mail|message) did (i|we) (open|read|view|look at|go to)\b"
)


def mail_open_in(ctx: AnswerContext, win: NodeRow, ts: str) -> Draft | None:
    """'Which email was I reading at T?': the mail opened (headers and body shown) in the
    window that had focus, named by its sender and subject; None when none was open."""
    mails = [
        n
        for n in ctx.graph.nodes(("chat_message",), frame_ids=[win.frame_id])
        if n.window_row == win.window_row and n.attrs.get("source") == "mail"
    ]
    if not mails:
        return None
    m = mails[0]
    subject, sender = m.attrs.get("subject"), m.attrs.get("sender") or "?"
    lines = ctx.retriever.frame_lines(win.frame_id)
    line = next((ln for ln in lines if subject and subject in ln.text), None)
    if line is None:
        return None
    # A thread's mails share a subject: when it was sent and how it opens tell them apart.
    sent = f", sent {m.attrs['time']}" if m.attrs.get("time") else ""
    body = " ".join(str(m.attrs.get("body") or "").split()[:12])
    head = " ".join(body.split()[:4])
    opening = next(
        (
            ln
            for ln in lines
            if head
            and (t := " ".join(ln.text.split()))
            and (t.startswith(head) or (len(t) >= 6 and body.startswith(t)))
        ),
        None,
    )
    said = f': "{body}…"' if opening is not None else ""
    text = (
        f"At {ctx.local_time(ts)} the mail open in {label_of(win)} was '{subject}' from "
        f"{sender}{sent}{said}."
    )
    cited = [Evidence(line, "value"), Evidence(win.as_line(), "label")]
    if opening is not None:
        cited.append(Evidence(opening, "label"))
    return Draft(
        text,
        subject,
        cited,
        0.8,
        "ok",
        None,
        {"frame_id": win.frame_id, "mails": len(mails)},
    )


def window_score(words: list[str], n: NodeRow) -> float:
    """Share of the question's content words in a window's title and app name."""
    if not words:
        return 0.0
    bag = Bag.of(f"{n.attrs.get('title') or ''} {n.attrs.get('app') or ''}")
    return sum(bag.has(w) for w in words) / len(words)


EXCEPT = re.compile(
    r"\b(?:apart from|aside from|besides|other than|except(?: for)?|next to|beside|alongside)"
    r"\s+(?:the |my )?(.+?)"
    r"(?:,|\?|$|\s+(?:what|which|were|was|did|do|is|are|when|while)\b)"
)


# "While I was in mutt, which other window was open?": the other is not mutt.
OTHER_THAN_WHILE = re.compile(
    r"\bwhile (?:i was |i'm |i am )?(?:in|using|on|reading|looking at|working in) (?:the |my )?"
    r"(.+?)(?:,|\?|$)(?=.*\b(?:other|else)\b)"
)


# "(when I was ..., ) was the shipping address window open (yet) at 14:32?"
OPEN_YET = re.compile(
    r"(?:^|,\s*)(?:was|were|is|are) (?:the |my |a |an )?(.+?) (?:window|windows|app|dialog|"
    r"terminal|browser|form|page|tab)?\s*(?:open|opened|up|on screen|running|showing)\b"
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
        from autocapture.answer.window_look import window_by_look  # it reads this module

        looked = window_by_look(ctx)  # "what was the dark little window called?"
        if looked is not None:
            return looked
        got = windows_at(ctx)
        if isinstance(got, Draft):
            return got
        fid, ts, wins = got
        asked_open = OPEN_YET.search(ctx.question.lower())
        if asked_open:
            return self._was_open(ctx, asked_open.group(1), fid, ts, wins)
        hidden_asked = any(w in ctx.question.lower() for w in ("visible", "on screen", "see"))
        shown = [w for w in wins if not (hidden_asked and w.attrs.get("minimised_or_hidden"))]
        but = EXCEPT.search(ctx.question.lower()) or OTHER_THAN_WHILE.search(ctx.question.lower())
        if but:
            # "apart from mutt, what other window ...", "while I was in mutt, which other
            # window ...": not the one named
            named = [
                t for t in tokens(but.group(1)) if t not in FRAME_WORDS and t not in THING_WORDS
            ]
            shown = [w for w in shown if not (named and covers(named, shown_title(w, wins)))]
            if not shown:
                return Draft(
                    "", None, [], 0.3, "indeterminate", "no_other_window", {"frame_id": fid}
                )
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


def switch_events(ctx: AnswerContext, words: list[str]) -> list[tuple[NodeRow, NodeRow | None]]:
    """Focus switches to the window WORDS name: by its title, else by what it showed ("the
    contacts terminal": the terminal whose content names contacts)."""
    events = focus_switches(ctx, words)
    if events:
        return events
    kinds = {KIND_WORDS[w] for w in words if w in KIND_WORDS}
    plain = [w for w in words if w not in KIND_WORDS]
    plain = [w for w in plain if w not in SOFT_WORDS] or plain  # "the server log"
    return [
        e
        for e in focus_switches(ctx, plain, by_content=True)
        if not kinds or holds(ctx, e[0], kinds)
    ]


def switched_to(ctx: AnswerContext) -> Draft | None:
    """'When did I switch to / open / go to X': the frame in which the window or browser page
    named X took focus after a frame in which it had not (the first such switch, or the last
    when asked for the last or latest one; later ones are listed). None when the question
    names no window or page that ever had focus: the caller answers some other way."""
    words, prev_words = switch_words(ctx), []
    m = SWITCH_FROM.search(ctx.question.lower())
    if m:
        named, tail = set(tokens(m.group(1))), set(tokens(m.group(0)))
        prev_words = [w for w in words if w in named]
        words = [w for w in words if w not in tail and w not in SEQUENCE_WORDS]
    events = switch_events(ctx, words)
    if not events:
        return None
    switched = [e for e in events if e[1] is not None]
    if prev_words and switched:
        # "back to X after Y": the first return to X once Y had had focus
        came = [e for e in switched if e[1] is not None and _named(prev_words, e[1])]
        if not came:
            seen = focus_switches(ctx, prev_words)
            since = seen[0][0].ts_ms if seen else None
            came = [e for e in switched if since is not None and e[0].ts_ms > since]
        switched = came or switched
    if not switched:
        # In focus since the first frame captured: the switch itself happened before it.
        win = events[0][0]
        return Draft(
            f"{label_of(win)} already had focus at {ctx.local_time(win.ts_utc)}, the first "
            "frame captured; the switch to it was not captured.",
            win.text,
            [Evidence(win.as_line(), "value")],
            0.55,
            "ok",
            None,
            {"kind": "switch", "switches": 0},
        )
    last = bool(re.search(r"\b(last|latest|most recent(ly)?|again)\b", ctx.question.lower()))
    picked = switched[-1] if last else switched[0]
    win, prev = picked
    assert prev is not None
    text = (
        f"You switched to {label_of(win)} at {ctx.local_time(win.ts_utc)} (from "
        f"{label_of(prev)}, in focus at {ctx.local_time(prev.ts_utc)})."
    )
    others = [ctx.local_time(w.ts_utc) for w, _ in switched if w is not win]
    if others:
        text += f" It also took focus at {', '.join(others[:3])}."
    return Draft(
        text,
        win.text,
        [Evidence(win.as_line(), "value"), Evidence(prev.as_line(), "label")],
        0.85,
        "ok",
        None,
        {"kind": "switch", "switches": len(switched), "frame_id": win.frame_id},
    )


def switch_words(ctx: AnswerContext) -> list[str]:
    """The words naming the window or page switched to."""
    return [
        w
        for w in content_words(ctx)
        if w not in SEQUENCE_WORDS
        and w not in THING_WORDS
        and w not in SWITCH_VERBS
        and w not in ORDER_WORDS
    ]


ORDER_WORDS = {
    "first", "earliest", "latest", "again", "when", "recent", "recently", "most", "back",
}  # fmt: skip

# Verbs of getting to a window or page: how the question asks, not what it names.
SWITCH_VERBS = {
    "switch",
    "switched",
    "open",
    "opened",
    "go",
    "gone",
    "went",
    "navigate",
    "navigated",
    "visit",
    "visited",
    "bring",
    "brought",
    "pull",
    "pulled",
    "move",
    "moved",
    "jump",
    "jumped",
    "change",
    "changed",
    "get",
    "got",
    "flip",
    "flipped",
}


# Words that name a kind of content the UI graph recognises: "which window showed the
# calendar" is answered by the window holding calendar events, whatever their words.
# A chat log is a conversation's messages that no mail client shows ("the chat log").
CHAT, CHAT_LOG = "chat_message", "chat_log"
MAIL_SOURCES = ("mail", "mail_index")
KIND_WORDS = {
    "calendar": "calendar_event",
    "agenda": "calendar_event",
    "appointments": "calendar_event",
    "chat": CHAT_LOG,
    "conversation": CHAT_LOG,
    "message": "chat_message",
    "messages": "chat_message",
    "mail": "chat_message",
    "email": "chat_message",
    "inbox": "chat_message",
    "form": "form_field",
    "browser": "url_bar",
    "terminal": "console_line",
    "console": "console_line",
}
# Kinds of thing that help rank but need not be on screen ("the Grafana dashboard").
SOFT_WORDS = {"dashboard", "page", "document", "file", "log", "output", "listing", "window"}
