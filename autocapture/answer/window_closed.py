""" "When did I close (quit) mutt?": the window's last frame and the next one without it; a
window still open in the last frame was not closed while the screen was recorded."""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.window_facts import window_score
from autocapture.text import tokens
from autocapture.understand.reader import NodeRow

CLOSE_ASK = re.compile(
    r"^\s*(?:at )?(?:what time|when)\s+did\s+(?:i|we)\s+(?:close|quit|exit|shut(?: down)?|kill)"
    r"\s+(?:the\s+|my\s+|that\s+)?(?P<name>.+?)(?:\s+(?:window|app|program|terminal))?\s*\??$"
)
# "when i quit calcurse which window got focus after that": a close named as the moment asked
# about; when the window never closed, there is no such moment
CLOSE_MOMENT = re.compile(
    r"\b(?:when|after|once|since|as soon as)\s+(?:i|we)\s+(?:had\s+)?"
    r"(?:closed|quit|exited|shut(?: down)?|killed)\s+(?:the\s+|my\s+|that\s+)?"
    r"(?P<name>[\w.~/-]+(?:\s+[\w.~/-]+){0,2}?)"
    r"(?:\s+(?:window|app|program|terminal))?(?=\s*(?:,|\bwhich\b|\bwhat\b|\bwho\b|"
    r"\bwhere\b|\bhow\b|\bdid\b|\bwas\b|$))"
)
# "after i hit OK on the dispatch record, where did focus land": a dialog's or form's button
# pressed, which closes it; while its window stays open, nothing shows the press
PRESS_MOMENT = re.compile(
    r"\b(?:when|after|once|since|as soon as)\s+(?:i|we)\s+(?:had\s+)?"
    r"(?:hit|pressed|clicked(?:\s+on)?|tapped|smashed)\s+(?:the\s+)?"
    r"(?:ok|okay|submit|save|apply|send|done|confirm|finish|accept)\b(?:\s+button)?"
    r"\s+(?:on|in|for)\s+(?:the\s+|my\s+|that\s+)?"
    r"(?P<name>[\w.~/-]+(?:\s+[\w.~/-]+){0,3}?)"
    r"(?:\s+(?:window|dialog|form|box))?(?=\s*(?:,|\bwhich\b|\bwhat\b|\bwho\b|"
    r"\bwhere\b|\bhow\b|\bdid\b|\bwas\b|$))"
)
MIN_NAMED = 0.5  # share of the named words a window's title and app must hold


def closed_before(ctx: AnswerContext) -> Draft | None:
    """Indeterminate when the moment asked about is the close of a window, or the press of
    its OK-like button (which closes it), and the window is still open in the last frame
    (nothing shows it closing); None otherwise, to answer as usual."""
    q = ctx.question.lower()
    m = CLOSE_MOMENT.search(q) or PRESS_MOMENT.search(q)
    if m is None or m.group("name").split()[-1] in ("tab", "page", "mail", "message"):
        return None
    got = _closing(ctx, m.group("name"))
    if got is None or got.state != "indeterminate":
        return None
    if m.re is PRESS_MOMENT:
        reason = (got.reason or "").replace("window_not_closed", "press_not_seen")
        return Draft("", None, [], got.confidence, "indeterminate", reason, got.decisions)
    return got


def window_closed(ctx: AnswerContext) -> Draft | None:
    """The close of the window the question names; None when it names none seen."""
    m = CLOSE_ASK.match(ctx.question.lower())
    if m is None:
        return None
    return _closing(ctx, m.group("name"))


def _same_window(a: NodeRow, b: NodeRow) -> bool:
    """One window seen twice: the same program (app and process) in the same place."""
    pid = b.attrs.get("pid")
    return (
        pid is not None
        and a.attrs.get("pid") == pid
        and a.attrs.get("app") == b.attrs.get("app")
        and tuple(a.bbox) == tuple(b.bbox)
    )


def _closing(ctx: AnswerContext, name: str) -> Draft | None:
    """The named window's last frame and the next one without it; None when none is named."""
    words = tokens(name)
    wins = ctx.graph.nodes(("window",), ctx.intent.start, ctx.intent.end)
    named = [w for w in wins if window_score(words, w) >= MIN_NAMED]
    if not named:
        return None
    last = max(named, key=lambda w: w.ts_ms)
    frames = sorted({w.ts_ms: w.ts_utc for w in wins}.items())
    later = [ts for ms, ts in frames if ms > last.ts_ms]
    title = last.attrs.get("title") or last.text
    cite = [Evidence(last.as_line(), "value")]
    if not later:
        return Draft(
            "",
            None,
            [],
            0.3,
            "indeterminate",
            f"window_not_closed: '{title}' was still open in the last frame, at "
            f"{ctx.local_time(last.ts_utc)}",
            {"window": title},
        )
    kept = [w for w in wins if w.ts_ms > last.ts_ms and _same_window(w, last)]
    if kept:
        # the same window, later under another title: a browser on another tab or page, an
        # editor on another file; nothing shows the one named being closed
        return Draft(
            "",
            None,
            [],
            0.3,
            "indeterminate",
            f"window_not_closed: the window showing '{title}' stayed open (as "
            f"'{kept[0].attrs.get('title') or kept[0].text}' at "
            f"{ctx.local_time(kept[0].ts_utc)}); only its title changed",
            {"window": title},
        )
    text = (
        f"'{title}' was last seen at {ctx.local_time(last.ts_utc)} and was gone by "
        f"{ctx.local_time(later[0])} (the next frame)."
    )
    return Draft(text, title, cite, 0.6, "ok", None, {"window": title, "gone_by": later[0]})
