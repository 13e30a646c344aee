"""The form field that answers who, where or when of a form rather than a named field: "who
signed it off" is its "Approved by" field, "where did it happen" its Location, "when did I tick
X" the frame where X took the value it ended with."""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.doer_verbs import asked_doer, doer_label
from autocapture.answer.form_state import FormName, caretless, shown
from autocapture.answer.lookup import Draft, Evidence
from autocapture.answer.structured import cover
from autocapture.text import Bag, normalise, tokens
from autocapture.understand.reader import NodeRow

# "where did X happen" / "what time did X happen" of a form: its place or time field
WH_KEYS = (
    (re.compile(r"^\s*where\b"), ["location", "place", "venue", "site", "where", "address",
                                   "area", "destination"]),
    (re.compile(r"^\s*(?:what time|when)\b.*\b(?:happen|happened|occur|occurred)\b"),
     ["time", "when"]),
    (re.compile(r"^\s*(?:what date|what day|which day)\b.*\b(?:happen|happened|occur|occurred)\b"),
     ["date", "day", "when"]),
)  # fmt: skip


def where_field(question: str, nodes: list[NodeRow], form: FormName | None) -> NodeRow | None:
    """ "Where (when) did X happen" of a form the question names: its one field whose label
    is a place (time) word ("Location", "Time"), in the form's latest frame."""
    low = question.lower()
    keys = next((k for rx, k in WH_KEYS if rx.search(low)), None)
    if form is None or keys is None:
        return None
    mine = [n for n in nodes if (n.window_title or "") in form.titles]
    placed = [
        n
        for n in latest_fields(mine)
        if (n.attrs.get("value") or "").strip() and cover(keys, n.attrs.get("key") or "")[1]
    ]
    return placed[0] if len(placed) == 1 else None


def doer_field(question: str, nodes: list[NodeRow], form: FormName | None) -> NodeRow | None:
    """The one field labelled "<verb> by" for "who <verb> X", in the named form's latest
    frame (any form's, when none is named, if only one has such a field)."""
    ask = asked_doer(question)  # "who signed it off": "Approved by" as well
    if ask is None:
        return None
    verb, label = ask.verb.split()[0], doer_label(ask)
    mine = [n for n in nodes if form is None or (n.window_title or "") in form.titles]
    by_form: dict[str | None, list[NodeRow]] = {}
    for n in mine:
        by_form.setdefault(n.window_title, []).append(n)
    hits = [
        f
        for group in by_form.values()
        for f in latest_fields(group)
        if (label.match(f.attrs.get("key") or "") or _names_doer(f.attrs.get("key") or "", verb))
        and (f.attrs.get("value") or "").strip()
    ]
    return hits[0] if len(hits) == 1 else None


def _names_doer(key: str, verb: str) -> bool:
    """A one-word key naming the one who did it ("Witness" for witnessed)."""
    words = tokens(key)
    return len(words) == 1 and len(verb) > 4 and Bag.of(key).has(verb)


def latest_fields(nodes: list[NodeRow]) -> list[NodeRow]:
    """A form's fields (not its checkboxes) in the latest frame that shows it."""
    if not nodes:
        return []
    last = max(nodes, key=lambda n: n.ts_ms)
    return [
        n
        for n in nodes
        if (n.frame_id, n.window_row) == (last.frame_id, last.window_row)
        and n.attrs.get("kind") != "checkbox"
    ]


def when_set(
    ctx: AnswerContext, n: NodeRow, nodes: list[NodeRow], conf: float, decisions: dict
) -> Draft:
    """'When did I tick / fill in X': the first frame showing the field with the value it
    ended with, after one showing it otherwise (the change happened between the two)."""
    key = normalise(n.attrs.get("key") or "")
    same = sorted(
        (o for o in nodes if o.window_title == n.window_title
         and normalise(o.attrs.get("key") or "") == key),
        key=lambda o: o.ts_ms,
    )  # fmt: skip
    final = shown(n.attrs.get("value"))
    first = next(
        i for i, o in enumerate(same) if all(shown(x.attrs.get("value")) == final for x in same[i:])
    )
    got = same[first]
    label, value = got.attrs.get("key") or "", caretless(got.attrs.get("value"))
    when = ctx.local_time(got.ts_utc)
    empty = [
        w
        for w in ctx.graph.nodes(("window",), None, ctx.now)
        if w.text == got.window_title and w.ts_ms < got.ts_ms
    ]
    if first == 0 and empty:
        # The form was up before with nothing in the field: filled in between.
        text = (
            f"{label} was filled in with '{value}' by {when} (the form showed it empty "
            f"at {ctx.local_time(empty[-1].ts_utc)})."
        )
    elif first == 0:
        text = f"{label} already showed '{value}' when first seen, at {when}."
        conf = min(conf, 0.5)
    else:
        before = same[first - 1]
        text = (
            f"{label} was set to '{value}' at {when} (it showed "
            f"'{before.attrs.get('value')}' at {ctx.local_time(before.ts_utc)})."
        )
    decisions = {**decisions, "frame_id": got.frame_id, "changed": first > 0}
    return Draft(text, value, [Evidence(got.as_line(), "value")], conf, "ok", None, decisions)
