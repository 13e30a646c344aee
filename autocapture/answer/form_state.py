"""Questions about a whole form rather than one field: which boxes were ticked on it, and when
it was finished (its fields stopped changing), and which words of a question name the form.

A form is named by its window title ("the equipment loan form"); with no words naming one,
every form on screen counts. A form's state is read from its fields' latest frame: a box
counts as ticked by the checkbox reading of that frame, and the form was finished when every
field first showed the value it kept to the end. "When did I fill out X" asks the same as
"when had I finished X" when X names a form (its title) rather than a field. A text field's
caret, read as a bar after the last letter, is no part of its value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.form_words import shown_as
from autocapture.answer.structured import content_words
from autocapture.text import Bag, normalise, tokens
from autocapture.understand.reader import NodeRow

# "around what time", "roughly when": a hedge before the asking word changes nothing.
_WHEN = (
    r"^\s*(?:(?:at\s+)?(?:around|about|roughly|approximately|exactly)\s+)?"
    r"(?:when|what\s+time|at\s+what\s+time)\s+"
)

# "on the dispatch record, which box got a tick": the form named first, one box or many, and
# the tick as a noun ("got a tick", "has a check mark") as well as a verb
TICKED_ASK = re.compile(
    r"^\s*(?:(?:on|in|for)\s+(?:the\s+|my\s+|that\s+)?[^,?]{2,60}?[,\s]+)?"
    r"(?:which|what)\s+(?:box(?:es)?|check\s?box(?:es)?|tick\s?box(?:es)?|options?)\b.*"
    r"\b(?:tick|ticked|ticks|check|checked|checkmark|select|selected|mark|marked|tag|tagged)\b"
)
DONE_ASK = re.compile(
    _WHEN + r"(?:did|had|have|do)\s+(?:i|we|you)\s+"
    r"(?:finish(?:ed)?|complete(?:d)?|get\s+done|got\s+done|submit(?:ted)?)\b"
)
# "When did I fill out the expense claim?": finished, when what follows names a form, not a
# field ("when did I fill in the phone?" is the Phone field's, forms.WHEN_SET).
FILL_ASK = re.compile(
    _WHEN + r"(?:did|had|have|do)\s+(?:i|we|you)\s+(?:fill(?:ed)?|complete(?:d)?)"
    r"(?:\s+(?:in|out|up))?\b"
    # "what time was the incident report all filled in": the same, said of the form
    r"|" + _WHEN + r"(?:was|were|had\s+been|got)\s+(?:the\s+|my\s+)?[^?()]{2,60}?\s+"
    r"(?:all\s+|fully\s+|completely\s+)?(?:filled|completed)(?:\s+(?:in|out|up))?\b"
)
# "(on screen, not the drop date)", "not half done, the whole thing": said to rule a
# reading out, naming no form
_ASIDES = re.compile(r"\([^)]*\)|\bnot\b[^,?]*")
# A text field's caret after its last character, read as a bar.
_CARET = re.compile(r"\s*[|¦▏▎▍│]+$")
# Words that join a form's name to the question without naming anything ("on THE X form").
_JOINERS = {
    "the", "a", "an", "my", "our", "your", "his", "her", "their", "its", "this", "that", "s",
    "form", "forms",
}  # fmt: skip
# Words of such questions that name no form.
_ASKING = {
    "boxes", "checkboxes", "checkbox", "box", "options", "option", "tick", "ticked", "ticks",
    "check", "checked", "checkmark", "got",
    "select", "selected", "mark", "marked", "form", "forms", "finish", "finished", "complete",
    "completed", "filling", "fill", "filled", "done", "submit", "submitted", "entering", "typing",
    "around", "roughly", "approximately", "exactly", "time", "out", "up",
}  # fmt: skip


def _named(ctx: AnswerContext, fields: list[NodeRow]) -> list[NodeRow]:
    """Fields of the forms whose title names what the question names (all, if nothing)."""
    words = [w for w in content_words(ctx, _ASKING) if w not in ctx.analysis.phrasing]
    if not words:
        return fields
    titles = {n.window_title or "" for n in fields}
    fit = {t for t in titles if all(Bag.of(t).has(w) for w in words)}
    if not fit:  # one word may be the asker's ("the loan request" for "Equipment loan ...")
        fit = {t for t in titles if sum(Bag.of(t).has(w) for w in words) >= len(words) - 1}
    return [n for n in fields if (n.window_title or "") in fit and fit]


def caretless(value: object) -> str:
    """A field's value without the caret a focused text field draws after its last
    character (read as a bar)."""
    return _CARET.sub("", str(value))


def shown(value: object) -> str:
    """A field's value as compared across frames: spacing, case and caret aside."""
    return normalise(caretless(value))


@dataclass(frozen=True)
class FormName:
    """The forms a question names by their title, the question words that name them, and the
    content words left to name a field."""

    titles: frozenset[str]
    naming: tuple[str, ...]
    words: tuple[str, ...]


def form_named(question: str, fields: list[NodeRow], words: list[str]) -> FormName | None:
    """The longest run of the question's words that all stand in one form's title ("on the
    FILING FEE REQUEST": "Filing fee request - Firm"), articles and the word "form" joining
    them; the latest run wins a tie. Words of the run name the form, not a field, so "fee"
    there is neither the Fee field nor a money question; the same word elsewhere in the
    question still counts. None when no title holds a word of the question."""
    toks = tokens(question)
    best: tuple[int, int] = (0, -1)
    runs: dict[str, tuple[int, ...]] = {}
    for title in {n.window_title for n in fields if n.window_title}:
        bag = Bag.of(title)
        run: list[int] = []
        for i, t in enumerate([*toks, "\0"]):
            if t in _JOINERS:
                continue
            if len(t) > 1 and t in words and shown_as(bag, title, t):
                run.append(i)
                continue
            if run and (len(run), run[-1]) >= best:
                if (len(run), run[-1]) > best:
                    runs.clear()
                best = (len(run), run[-1])
                runs[title] = tuple(run)
            run = []
    if not runs:
        return None
    taken = next(iter(runs.values()))
    titles = frozenset(t for t, r in runs.items() if r == taken)
    rest = {t for i, t in enumerate(toks) if i not in taken}
    return FormName(titles, tuple(toks[i] for i in taken), tuple(w for w in words if w in rest))


def _latest(fields: list[NodeRow]) -> dict[tuple[str, str], NodeRow]:
    out: dict[tuple[str, str], NodeRow] = {}
    for n in sorted(fields, key=lambda n: n.ts_ms):
        out[(n.window_title or "", normalise(n.attrs.get("key") or ""))] = n
    return out


def _ticked(n: NodeRow) -> bool:
    v = n.attrs.get("value")
    return v is True or str(v).lower() in ("true", "checked", "yes", "selected")


def form_state(ctx: AnswerContext, fields: list[NodeRow]) -> Draft | None:
    """The answer to a whole-form question, or None when the question asks about a field."""
    q = ctx.question.lower()
    if TICKED_ASK.search(q):
        return _ticked_boxes(ctx, _named(ctx, fields))
    if DONE_ASK.search(q):
        return _finished(ctx, _named(ctx, fields))
    if FILL_ASK.search(q):
        whole = _whole_form(ctx, fields)
        if whole:
            return _finished(ctx, whole)
    return None


def _whole_form(ctx: AnswerContext, fields: list[NodeRow]) -> list[NodeRow]:
    """The fields of the one form whose title holds every word of a "when did I fill out X"
    (X a form, not one of its fields: no field's label holds all of X); none otherwise."""
    aside = set(tokens(" ".join(_ASIDES.findall(ctx.question.lower()))))
    words = [
        w for w in content_words(ctx, _ASKING) if w not in ctx.analysis.phrasing and w not in aside
    ]
    if not words:
        return []
    fit = {
        t for t in {n.window_title or "" for n in fields} if all(Bag.of(t).has(w) for w in words)
    }
    mine = [n for n in fields if (n.window_title or "") in fit]
    keys = {n.attrs.get("key") or "" for n in mine}
    if any(all(Bag.of(k).has(w) for w in words) for k in keys):
        return []  # "when did I fill in my name" on the Name change form: the Name field
    return mine


def _ticked_boxes(ctx: AnswerContext, fields: list[NodeRow]) -> Draft:
    boxes = [n for n in _latest(fields).values() if n.attrs.get("kind") == "checkbox"]
    if not boxes:
        return Draft("", None, [], 0.25, "indeterminate", "no_checkboxes_read")
    ticked = [n for n in boxes if _ticked(n)]
    if not ticked:
        names = ", ".join(f"'{n.attrs.get('key')}'" for n in boxes)
        return Draft(
            f"None: every box read was unticked ({names}).",
            str(boxes[0].attrs.get("key")),
            [Evidence(n.as_line(), "value", 0) for n in boxes],
            0.6,
            "ok",
            None,
            {"boxes": len(boxes)},
        )
    texts = [
        f"'{n.attrs.get('key')}' was ticked (in '{n.window_title}', seen at "
        f"{ctx.local_time(n.ts_utc)})"
        for n in ticked
    ]
    return Draft(
        "; ".join(texts),
        ticked[0].attrs.get("key"),
        [Evidence(n.as_line(), "value", i) for i, n in enumerate(ticked)],
        0.75,
        "ok",
        None,
        {"boxes": len(boxes), "ticked": len(ticked)},
        values=[str(n.attrs.get("key")) for n in ticked],
        claim_texts=texts,
    )


SAME_READING = 85  # two OCR readings of one value differ by a letter or two (small text)


def _same(a: object, b: object) -> bool:
    """One value read twice: equal, or nearly so when both are long enough to tell."""
    x, y = str(a or ""), str(b or "")
    return x == y or (min(len(x), len(y)) >= 4 and fuzz.ratio(x, y) >= SAME_READING)


def _finished(ctx: AnswerContext, fields: list[NodeRow]) -> Draft:
    """The first frame from which every field of the form showed the value it ended with."""
    titles = {n.window_title or "" for n in fields}
    if len(titles) != 1:
        return Draft("", None, [], 0.25, "indeterminate", "no_single_form_named")
    final = {k: shown(n.attrs.get("value")) for k, n in _latest(fields).items()}
    by_frame: dict[str, list[NodeRow]] = {}
    for n in fields:
        by_frame.setdefault(n.frame_id, []).append(n)
    frames = sorted(by_frame.values(), key=lambda ns: ns[0].ts_ms)

    def readings(ns: list[NodeRow]) -> dict:
        return {(n.window_title or "", normalise(n.attrs.get("key") or "")): n for n in ns}

    def complete(ns: list[NodeRow]) -> bool:
        # every field shows its final value (a box left unticked may go unread)
        seen = readings(ns)
        return all(
            _same(shown(seen[k].attrs.get("value")), v) if k in seen else v == "unchecked"
            for k, v in final.items()
        )

    def unchanged(ns: list[NodeRow]) -> bool:
        # later frames may miss a field OCR did not read, but read none otherwise
        seen = readings(ns)
        return all(
            _same(shown(seen[k].attrs.get("value")), v) for k, v in final.items() if k in seen
        )

    done = next(
        (
            i
            for i in range(len(frames))
            if complete(frames[i]) and all(unchanged(ns) for ns in frames[i + 1 :])
        ),
        None,
    )
    if done is None:
        return Draft("", None, [], 0.25, "indeterminate", "form_never_settled")
    ns = frames[done]
    when = ctx.local_time(ns[0].ts_utc)
    title = next(iter(titles))
    if done == 0:
        text = (
            f"'{title}' already showed all {len(final)} fields filled when first seen, at {when}."
        )
        conf = 0.5
    else:
        before = ctx.local_time(frames[done - 1][0].ts_utc)
        text = (
            f"'{title}' was finished by {when}: all {len(final)} fields showed their final "
            f"values from then on (a field still differed at {before})."
        )
        conf = 0.75
    last = max(ns, key=lambda n: n.ts_ms)
    value = caretless(last.attrs.get("value"))  # the cited field shows it; the time is the frame's
    return Draft(
        text, value, [Evidence(last.as_line(), "value")], conf, "ok", None, {"frame": done}
    )
