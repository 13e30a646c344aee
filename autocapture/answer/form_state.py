"""Questions about a whole form rather than one field: which boxes were ticked on it, and when
it was finished (its fields stopped changing).

A form is named by its window title ("the equipment loan form"); with no words naming one,
every form on screen counts. A form's state is read from its fields' latest frame: a box
counts as ticked by the checkbox reading of that frame, and the form was finished when every
field first showed the value it kept to the end.
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.structured import content_words
from autocapture.text import Bag, normalise
from autocapture.understand.reader import NodeRow

TICKED_ASK = re.compile(
    r"^\s*(?:which|what)\s+(?:boxes|checkboxes|check\s?boxes|tick\s?boxes|options)\b.*"
    r"\b(?:tick|ticked|check|checked|select|selected|mark|marked|tag|tagged)\b"
)
DONE_ASK = re.compile(
    r"^\s*(?:when|what\s+time|at\s+what\s+time)\s+(?:did|had|have|do)\s+(?:i|we|you)\s+"
    r"(?:finish(?:ed)?|complete(?:d)?|get\s+done|got\s+done|submit(?:ted)?)\b"
)
# Words of such questions that name no form.
_ASKING = {
    "boxes", "checkboxes", "checkbox", "box", "options", "tick", "ticked", "check", "checked",
    "select", "selected", "mark", "marked", "form", "forms", "finish", "finished", "complete",
    "completed", "filling", "fill", "done", "submit", "submitted", "entering", "typing",
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
    return None


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


def _finished(ctx: AnswerContext, fields: list[NodeRow]) -> Draft:
    """The first frame from which every field of the form showed the value it ended with."""
    titles = {n.window_title or "" for n in fields}
    if len(titles) != 1:
        return Draft("", None, [], 0.25, "indeterminate", "no_single_form_named")
    final = {k: normalise(str(n.attrs.get("value"))) for k, n in _latest(fields).items()}
    by_frame: dict[str, list[NodeRow]] = {}
    for n in fields:
        by_frame.setdefault(n.frame_id, []).append(n)
    frames = sorted(by_frame.values(), key=lambda ns: ns[0].ts_ms)

    def settled(ns: list[NodeRow]) -> bool:
        shown = {(n.window_title or "", normalise(n.attrs.get("key") or "")): n for n in ns}
        return all(
            k in shown and normalise(str(shown[k].attrs.get("value"))) == v
            for k, v in final.items()
        )

    done = next((i for i in range(len(frames)) if all(settled(ns) for ns in frames[i:])), None)
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
    value = str(last.attrs.get("value"))  # the cited field shows it; the time is the frame's
    return Draft(
        text, value, [Evidence(last.as_line(), "value")], conf, "ok", None, {"frame": done}
    )
