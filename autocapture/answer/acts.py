"""'When did I <verb> X': which act the question asks about, and whether the screens show it.

Screens show what was on them. Seeing acts (see, look at, open, view, read, have up, switch
to, visit, type in, fill in) are answered by the time X was on screen. Other acts (print,
send, save, delete, submit, pay, ...) happen off the screen or leave no trace on it: having X
up is no evidence of printing it. Such a question is answered only by a trace of the act
itself: a line saying it was done ("Printed 09:27", "Message sent", "Saved") or a dialog
for it (a window titled "Print", "Save as"), in a window or frame that names X. Else it is
indeterminate (``act_not_shown``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.me import is_mine, user_names
from autocapture.retrieve import Line
from autocapture.text import Bag

# Acts whose doing the screen does not show by X being up. Each maps to the word forms that
# say it was done, or is being done (a progress dialog), on a line or in a dialog's title.
# The bare verb counts only as a dialog's title: a "Print" or "Save" button is always there.
ACTS: dict[str, tuple[str, ...]] = {
    "print": ("printed", "printing"),
    "send": ("sent", "sending"),
    "email": ("emailed", "sent"),
    "mail": ("mailed", "sent"),
    "forward": ("forwarded",),
    "save": ("saved", "saving"),
    "delete": ("deleted", "deleting"),
    "remove": ("removed",),
    "submit": ("submitted", "submitting", "submission"),
    "upload": ("uploaded", "uploading"),
    "download": ("downloaded", "downloading"),
    "install": ("installed", "installing"),
    "uninstall": ("uninstalled",),
    "export": ("exported", "exporting"),
    "archive": ("archived",),
    "pay": ("paid", "payment"),
    "buy": ("bought", "purchased"),
    "order": ("ordered",),
    "book": ("booked",),
    "sign": ("signed",),
    "share": ("shared",),
    "fax": ("faxed",),
    "scan": ("scanned",),
    "approve": ("approved",),
    "reject": ("rejected",),
    "cancel": ("cancelled", "canceled"),
    "file": ("filed", "lodged"),
    "lodge": ("lodged",),
    "back up": ("backed", "backup"),
    "add": ("added", "adding"),
}
# Inflections of the asked verb: "when did I print", "when was it printed", "when had I sent".
_FORMS = {
    "print": ("print", "printed"),
    "send": ("send", "sent"),
    "add": ("add", "added"),
    "email": ("email", "e-mail", "emailed"),
    "mail": ("mail", "mailed"),
    "forward": ("forward", "forwarded"),
    "save": ("save", "saved"),
    "delete": ("delete", "deleted"),
    "remove": ("remove", "removed"),
    "submit": ("submit", "submitted"),
    "upload": ("upload", "uploaded"),
    "download": ("download", "downloaded"),
    "install": ("install", "installed"),
    "uninstall": ("uninstall", "uninstalled"),
    "export": ("export", "exported"),
    "archive": ("archive", "archived"),
    "pay": ("pay", "paid", "pay for", "paid for"),
    "buy": ("buy", "bought"),
    "order": ("order", "ordered"),
    "book": ("book", "booked"),
    "sign": ("sign", "signed"),
    "share": ("share", "shared"),
    "fax": ("fax", "faxed"),
    "scan": ("scan", "scanned"),
    "approve": ("approve", "approved"),
    "reject": ("reject", "rejected"),
    "cancel": ("cancel", "cancelled", "canceled"),
    "file": ("file", "filed"),
    "lodge": ("lodge", "lodged"),
    "back up": ("back up", "backed up"),
}
_VERB = {form: act for act, forms in _FORMS.items() for form in forms}
_ALT = "|".join(sorted((re.escape(f) for f in _VERB), key=len, reverse=True))
# "when did I print X", "what time did we send X", "when was X printed", "when had I saved X"
ACT_ASK = re.compile(
    r"^\s*(?:at )?(?:when|what time|at what time|what day)\s+"
    r"(?:did|had|have|do)\s+(?:i|we|you)\s+(?:first\s+|last\s+|finally\s+|actually\s+)?"
    rf"(?P<verb>{_ALT})\b(?P<rest>.*)$"
    r"|^\s*(?:at )?(?:when|what time|at what time|what day)\s+(?:was|were|had)\s+"
    rf"(?P<rest2>.+?)\s+(?:get\s+|got\s+|been\s+)?(?P<verb2>{_ALT})\b\s*\??\s*$"
)
# "Print the agenda in the terminal": an act done onto the screen is seeing its output.
ON_SCREEN = re.compile(
    r"\b(?:in|to|on|into|onto) (?:the |a |my |that |this )?(?:\w+ )?"
    r"(?:terminal|console|shell|screen|stdout|xterm|prompt|command line)\b"
)
# Words of the question that are how it is asked, not what names X.
_ASK_WORDS = {"when", "time", "first", "last", "finally", "actually", "day"}
_TITLE_MAX_WORDS = 4  # a dialog's title ("Print", "Save as", "Print document")


@dataclass(frozen=True)
class Act:
    verb: str  # the act's base form ("print")
    marks: tuple[str, ...]  # words that say it was done
    words: list[str]  # the question's words naming X


def act_verb(question: str) -> str | None:
    """The verb, as asked, of an unseen act ('when did I print X': 'print'); None for seeing
    acts, acts done onto the screen, and other questions."""
    m = ACT_ASK.search(question.lower())
    if m is None or ON_SCREEN.search(m.group("rest") or m.group("rest2") or ""):
        return None
    return m.group("verb") or m.group("verb2")


def asked_act(ctx: AnswerContext) -> Act | None:
    """The unseen act a 'when did I <verb> X' question asks about; None for seeing acts and
    other questions."""
    form = act_verb(ctx.question)
    if form is None:
        return None
    act = _VERB[form]
    verb_words = set(form.split()) | set(" ".join(_FORMS[act]).split())
    words = [k for k in ctx.analysis.keywords if k not in verb_words and k not in _ASK_WORDS]
    return Act(act, ACTS[act], words)


def _done_line(text: str, act: Act) -> bool:
    """Whether a line says the act was done: the exact word ("Printed", never the "Print"
    of a button, which a stemmed match would take)."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return any(m in words for m in act.marks)


def _dialog(title: str, act: Act) -> bool:
    """A window for doing the act: its short title starts with the verb ("Print", "Save
    As") or names it done."""
    words = re.findall(r"[a-z]+", title.lower())
    if not words or len(words) > _TITLE_MAX_WORDS:
        return False
    head = act.verb.split()[0]
    return words[0] == head or any(w in act.marks for w in words)


def act_evidence(ctx: AnswerContext, act: Act) -> Draft:
    """The first trace of the act on a screen that names X, else indeterminate."""
    if not act.words:
        return Draft("", None, [], 0.2, "indeterminate", f"act_not_shown: {act.verb}")
    named = _frames_naming(ctx, act.words)
    traces: list[tuple[Line, str]] = []
    for ln in ctx.retriever.search(list(act.marks), ctx.intent.start, ctx.intent.end, limit=500):
        if ln.frame_id not in named or not _done_line(ln.text, act):
            continue
        bag = ctx.window_bag(ln)
        if Bag.of(ln.text).has(act.words[0]) or any(bag.has(w) for w in act.words):
            traces.append((ln, "line"))
    for w in ctx.graph.nodes(("window",), ctx.intent.start, ctx.intent.end):
        if w.frame_id in named and _dialog(w.attrs.get("title") or w.text, act):
            traces.append((w.as_line(), "dialog"))
    if act.verb in _MESSAGE_ACTS:
        traces += [(ln, "message") for ln in _my_messages(ctx, act.words)]
    if not traces:
        return Draft(
            "",
            None,
            [],
            0.25,
            "indeterminate",
            f"act_not_shown: nothing on screen shows '{act.verb}'",
            {"act": act.verb},
        )
    line, how = min(traces, key=lambda t: t[0].ts_ms)
    where = f" in '{line.window_title}'" if line.window_title and how != "dialog" else ""
    what = f"The '{line.text}' window" if how == "dialog" else f'"{line.text}"'
    if how == "message":
        what = f'Your message "{line.text}"'
    text = f"{what} was on screen at {ctx.local_when(line.ts_utc)}{where}."
    return Draft(
        text,
        line.text,
        [Evidence(line, "value")],
        0.6,
        "ok",
        None,
        {"act": act.verb, "by": how},
    )


# Acts whose trace may be the message itself: a chat line or mail the user sent naming X.
_MESSAGE_ACTS = {"send", "email", "mail", "forward"}


def _my_messages(ctx: AnswerContext, words: list[str]) -> list[Line]:
    """The user's own messages (sent by one of their names) saying most of X's words."""
    me = user_names(ctx)
    if not me:
        return []
    out = []
    for n in ctx.graph.nodes(("chat_message",), ctx.intent.start, ctx.intent.end):
        if not is_mine(n, me):
            continue
        bag = Bag.of(f"{n.attrs.get('subject') or ''} {n.attrs.get('body') or ''}")
        if sum(bag.has(x) for x in words) * 4 >= len(words) * 3:
            out.append(n.as_line())
    return out


def _frames_naming(ctx: AnswerContext, words: list[str]) -> set[str]:
    """Frames in which X was on screen: a window titled by its words or a line holding most."""
    frames: set[str] = set()
    for w in ctx.graph.nodes(("window",), ctx.intent.start, ctx.intent.end):
        bag = Bag.of(w.attrs.get("title") or w.text)
        if sum(bag.has(x) for x in words) * 4 >= len(words) * 3:
            frames.add(w.frame_id)
    for ln in ctx.retriever.search(words, ctx.intent.start, ctx.intent.end, limit=500):
        bag = Bag.of(ln.text)
        if sum(bag.has(x) for x in words) * 4 >= len(words) * 3:
            frames.add(ln.frame_id)
    return frames
