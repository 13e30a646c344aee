"""Form questions over form_field nodes: what was in a field, what was entered or selected.

A field matches when its key holds some of the question's words and every other content word
is found around it: the window's title or the form's other fields ("Maya's email" is the Email
field of the form whose Name is Maya). Words that name the form by its title ("on the filing
fee request") say which form, not which field: they neither match a field's key nor set the
kind of value asked for. A value of the kind asked for (an email, a phone number) breaks ties.
A yes/no about a checkbox is answered by its state. A label the screen parser did not pair
with its value ("Matter no." beside "AP-1") is read from the form's lines: the value is the
text right of it on its row, or, for a text area, the line under it; a word of the question
shown elsewhere on the form ("the description of the BREAKDOWN report") says which form.
When every word names the form ("how much was the fuel advance for?"), the asked kind of
value picks its field; "how is it paid" asks for the way chosen, not a sum. A form whose
fields only share a word with the asked one ("Incident type" for "incident number") has no
such field. Claims cite the value span, with the key span as context.
"""

from __future__ import annotations

import itertools
import re

from autocapture.answer.base import AnswerContext, no_structure
from autocapture.answer.cross_window import CrossWindowAnswerer
from autocapture.answer.form_asked import asked_phrase, concept_words, partial_other, set_aside
from autocapture.answer.form_money import priced_by_label
from autocapture.answer.form_state import caretless, form_named, form_state
from autocapture.answer.form_wh import doer_field, latest_fields, when_set, where_field
from autocapture.answer.form_words import EVERYDAY, LOOKS, abbreviates, describing, shown_as
from autocapture.answer.lookup import Draft, Evidence
from autocapture.answer.question import ASKED_NOUN
from autocapture.answer.structured import (
    content_words,
    cover,
    extra_words,
    newest,
    span_line,
    value_evidence,
)
from autocapture.retrieve import Line
from autocapture.text import VALUE_TYPES, Bag, ValueType, contains_value, normalise, tokens
from autocapture.understand.reader import NodeRow

GENERIC = {
    "field",
    "fields",
    "form",
    "forms",
    "input",
    "box",
    "entered",
    "enter",
    "filled",
    "fill",
    "filling",
    "typed",
    "type",
    "value",
    "values",
    "selected",
    "select",
    "chosen",
    "checked",
    "ticked",
    "unchecked",
    "unticked",
    "tick",
    "untick",
    "checkbox",
    "checkboxes",
    "option",
    "what",
    "which",
    "set",
    "put",
    "mark",
    "marked",
}
MIN_WORDS_FOR_SLACK = 4
DATED = re.compile(
    VALUE_TYPES["date"].pattern.pattern + "|" + VALUE_TYPES["time"].pattern.pattern, re.I
)
# "When did I tick the newsletter box / fill in the phone": when the field got its value.
WHEN_SET = re.compile(
    r"^\s*((at )?(around|about|roughly|approximately|exactly) )?"
    r"(when|what time|at what time) (did|do|had|have) (i|we|you) (tick|untick|check|uncheck|"
    r"fill|fill in|fill out|enter|type|select|choose|pick|put|set|change|sign up|opt)\b"
)
# Everyday names for a field that forms label otherwise ("mobile" for Phone; not "fax").
_PHONE_LABELS = ["phone", "telephone", "tel", "mobile", "cell"]
SAME_FIELD = {w: _PHONE_LABELS for w in ("mobile", "cellphone", "cell", "telephone", "phone")} | {
    "e-mail": ["email", "mail"],
    "zip": ["postal", "postcode"],
    "postcode": ["zip", "postal"],
    "surname": ["last"],
    "forename": ["first"],
    "number": ["no", "nr", "num"],  # "Matter no.", "Order nr"
    "limit": ["max", "maximum", "min", "minimum"],  # "wind limit": "Max wind (m/s)"
}
FORM_WORDS = re.compile(
    r"\b(field|fields|form|forms|input|entered|filled|typed|selected|chosen|checked|ticked"
    r"|unchecked|unticked|checkbox|checkboxes)\b"
    # "who did I put in the crane operator BOX": a box of a form, named by its label
    r"|\b(?:in|into) (?:the|my|that|this) (?:[\w-]+ ){1,4}box\b"
)
# "Was X unchecked?", "was X left unticked?", "did she opt out of X?": a Yes means not ticked.
ASKS_UNTICKED = re.compile(
    r"\b(un(checked|ticked|selected)|not (checked|ticked|selected)|left (blank|empty)"
    r"|opt(ed)? out|unsubscribed?)\b"
)

# "Is X ticked?" after a lead phrase ("on the purchase request, is the X box ticked?"): the
# yes/no is the clause's, not the question's opening.
YES_NO_CLAUSE = re.compile(r"(?:^|[,;:]\s*)(?:is|was|were|are|did|has|had|have)\b")
# "X, was that on the pickup form or in some other window?": where X was shown, not a field of
# the form; the answer is the window that showed it.
ELSEWHERE = re.compile(
    r"\bor (?:(?:in|on) )?(?:some |any |an |a |the )?(?:other|another|different|else)\b"
    r"(?: \w+)?\s*(?:window|app|application|program|screen|place|tab|terminal|form|record"
    r"|report|dialog|page|document)s?\b"
    r"|\bor (?:(?:in|on) )?(?:some|any|an|a|the) (?:\w+ )?(?:window|app|program|terminal)"
    r" else\b"
)

# "How is he getting paid", "how was it sent": the manner asked, a field's choice, not a sum.
MANNER = re.compile(
    r"^\s*how\s+(?:is|was|are|were|do|does|did|will|would|should|has|have|had|'s)\b"
)
# Words a field's label uses for a value of a kind ("Amount (BRL)", "Total"): which of a named
# form's fields holding such a value is the one asked for, when the question names none.
TYPE_KEYS = {
    "money": {"amount", "total", "cost", "price", "fee", "sum", "value", "paid", "charge"},
    "date": {"date", "day", "due", "departure", "arrival", "start", "end"},
    "time": {"time", "hour"},
    "phone": {"phone", "mobile", "tel", "telephone", "cell"},
    "email": {"email", "mail"},
}

# A label as forms print one: a few words, a letter first ("Matter no.", "Ship to:").
LABEL = re.compile(r"^[^\W\d_][\w .()/&#'-]{0,31}$")
MAX_LABEL_WORDS = 4
MAX_GAP_LINES = 20  # a value may stand far right of its label, in the form's value column


def _in_key(words: list[str], key: str) -> list[str]:
    """The asked words a field's key holds, itself or by an everyday name ("mobile" for
    Phone, "number" for "no.")."""
    _, hit = cover(words, key)
    return [
        w
        for w in words
        if w in hit or (SAME_FIELD.get(w) and cover(SAME_FIELD[w], key)[1]) or _abbreviates(w, key)
    ]


def _abbreviates(word: str, key: str) -> bool:
    """A short form of a word of the key, or an everyday name of it ("bill" for Invoice)."""
    return abbreviates(word, key) or any(Bag.of(key).has(e) for e in EVERYDAY.get(word, ()))


def _label_words(text: str) -> int:
    """A label's words, its unit or aside in brackets ("Max wind for lift (m/s)") not counted."""
    return len(re.sub(r"\([^()]{1,12}\)", " ", text).split())


def _right_of(label: Line, lines: list[Line]) -> Line | None:
    """The nearest line right of a label, on its row (centres within half a line height)."""
    if _label_words(label.text) > MAX_LABEL_WORDS:
        return None
    h = max(1, label.bbox[3] - label.bbox[1])
    mid = (label.bbox[1] + label.bbox[3]) / 2
    row = [
        o
        for o in lines
        if o.span_id != label.span_id
        and abs((o.bbox[1] + o.bbox[3]) / 2 - mid) <= h / 2
        and label.bbox[2] - h / 2 <= o.bbox[0] <= label.bbox[2] + MAX_GAP_LINES * h
        and not o.text.strip().endswith(":")
    ]
    return min(row, key=lambda o: o.bbox[0], default=None)


def _under(label: Line, lines: list[Line]) -> Line | None:
    """A text area's value: the line right under a label standing alone on its row, its left
    edge at the label's, on a background of its own (the box, not the form's face)."""
    if _label_words(label.text) > MAX_LABEL_WORDS:
        return None
    h = max(1, label.bbox[3] - label.bbox[1])
    mid = (label.bbox[1] + label.bbox[3]) / 2
    below = [
        o
        for o in lines
        if o.span_id != label.span_id
        and h / 2 < (o.bbox[1] + o.bbox[3]) / 2 - mid <= 2 * h
        and abs(o.bbox[0] - label.bbox[0]) <= h
        and not o.text.strip().endswith(":")
        and (label.bg is None or o.bg is None or o.bg.lower() != label.bg.lower())
    ]
    return min(below, key=lambda o: o.bbox[1], default=None)


def _form_text(ctx: AnswerContext, n: NodeRow) -> list[str]:
    """The lines of the window a field was shown in, in that frame: the whole form's text."""
    return [ln.text for ln in ctx.lookup.frame_lines(n.frame_id) if ln.window_row == n.window_row]


def _all_on_form(words: list[str], fields: list[NodeRow], titles: frozenset[str]) -> bool:
    """Every word is shown on the form: in its title or in a field's label or value."""
    bag = Bag.of(" ".join([*titles, *(n.text for n in fields)]))
    return bool(words) and all(bag.has(w) for w in words)


class FormAnswerer:
    name = "form_kv"
    version = "1"

    def answer(self, ctx: AnswerContext) -> Draft:
        if ELSEWHERE.search(ctx.question.lower()):
            # "was that on the X form or in some other window?": which window showed it
            return CrossWindowAnswerer().answer(ctx)
        nodes = ctx.graph.nodes(("form_field",), ctx.intent.start, ctx.intent.end)
        if not nodes:
            return no_structure("form fields")
        whole = form_state(ctx, nodes)  # "which boxes did I tick", "when had I finished"
        if whole is not None:
            return whole
        aside = set_aside(ctx.question)  # ", not the board": where the answer is not
        words = [w for w in content_words(ctx, GENERIC) if w not in aside]
        words += [w for w in concept_words(ctx) if w not in words and w not in GENERIC]
        if not words:
            return no_structure("a field named in the question")
        vtype = VALUE_TYPES.get(ctx.analysis.value_type or "")
        if MANNER.search(ctx.question.lower()):
            vtype = None  # "how is it being paid": the way chosen, not an amount
        decisions: dict = {"terms": words}
        form = form_named(ctx.question, nodes, words)
        placed = where_field(ctx.question, nodes, form)
        if placed is not None:  # "where did the near miss happen according to the report"
            decisions.update(by_wh="where")
            return self._claim(ctx, placed, 0.7, decisions)
        # the form named, else any form (a word like "shift" may name the wrong one)
        doer = doer_field(ctx.question, nodes, form) or doer_field(ctx.question, nodes, None)
        if doer is not None:  # "who posted the discrepancy": its "Posted by" field
            decisions.update(by_wh="who")
            return self._claim(ctx, doer, 0.7, decisions)
        if form is not None and form.words:
            # First within the form the title names, with its words set aside; then as if no
            # form were named (the run may have been the field's own name).
            mine = [n for n in nodes if (n.window_title or "") in form.titles]
            asked = list(form.words)
            # "fee" of "the filing fee request" asks for no money
            kind = None if ctx.analysis.cue_words & set(form.naming) else vtype
            told = describing(ctx.question, form.naming, asked)
            scored = self._scored(ctx, mine, asked, kind, decisions, len(form.naming), told)
            if scored:
                return self._best(ctx, scored, asked, len(form.naming), nodes, decisions)
            beside = self._beside_label(ctx, mine, asked, decisions)
            if beside is not None:
                return beside
            told = [w for w in asked if w not in ctx.analysis.phrasing]  # "the petty cash thing"
            if vtype is not None and _all_on_form(told, mine, form.titles):
                # "how much is priya claiming on petty cash": the other words are on the form
                # itself (its claimant, its title's verb); the kind of value picks the field
                typed = self._typed_field(mine, vtype)
                if typed is not None:
                    decisions.update(form=sorted(form.titles), by_type=vtype.name)
                    return self._claim(ctx, typed, 0.7, decisions)
            absent = self._not_on_form(ctx, mine, asked)
            if absent:
                # "what PO number did the purchase request get?": the form named has no such
                # field, nor the word anywhere on it; another line of it is no answer.
                decisions.update(form=sorted(form.titles), absent=absent)
                return Draft(
                    "",
                    None,
                    [],
                    0.2,
                    "indeterminate",
                    f"field_not_on_form: {' '.join(absent)}",
                    decisions,
                )
        elif form is not None and vtype is not None:
            # "how much was the fuel advance for?": every word names the form; the kind of
            # value asked picks its field ("Amount (BRL): 850.00").
            mine = [n for n in nodes if (n.window_title or "") in form.titles]
            typed = self._typed_field(mine, vtype)
            if typed is not None:
                decisions.update(form=sorted(form.titles), by_type=vtype.name)
                return self._claim(ctx, typed, 0.7, decisions)
        scored = self._scored(ctx, nodes, words, vtype, decisions)
        if not scored:
            if FORM_WORDS.search(ctx.question.lower()) or "partial_key" in decisions:
                return Draft("", None, [], 0.2, "indeterminate", "no_matching_field", decisions)
            return no_structure("a matching form field")
        return self._best(ctx, scored, words, 0, nodes, decisions)

    def _best(
        self,
        ctx: AnswerContext,
        scored: list[tuple],
        words: list[str],
        naming: int,
        nodes: list[NodeRow],
        decisions: dict,
    ) -> Draft:
        """The claim for the best-scored field; words naming the form count as found."""
        scored.sort(key=lambda t: t[:6], reverse=True)
        best = scored[0][-1]
        found = (scored[0][1] + scored[0][3] + naming) / max(1, len(words) + naming)
        conf = round(min(0.92, 0.6 + 0.3 * found), 3)
        if WHEN_SET.search(ctx.question.lower()):
            return when_set(ctx, best, nodes, conf, decisions)
        return self._claim(ctx, best, conf, decisions)

    def _scored(
        self,
        ctx: AnswerContext,
        nodes: list[NodeRow],
        words: list[str],
        vtype: ValueType | None,
        decisions: dict,
        naming_words: int = 0,
        told: frozenset[str] = frozenset(),
    ) -> list[tuple]:
        """Fields whose key holds some of ``words`` and whose form shows the rest, each with
        its sort key (named, key words, typed, words around, -extra key words, time)."""
        # A field is named by its key: test each distinct key once (a long history repeats
        # the same form's fields thousands of times), before anything else is read.
        named_keys = {k for k in {n.attrs.get("key") or "" for n in nodes} if _in_key(words, k)}
        # "which ward is my delivery going to": a value holding the asked noun ("Deliver to:
        # Ward 9 ICU") names its field as well as a key would.
        attr = sorted(ctx.analysis.attribute)
        by_value = {
            v
            for v in {str(n.attrs.get("value")) for n in nodes}
            if attr and any(Bag.of(v).has(a) for a in attr)
        }
        fields = newest(
            [
                n
                for n in nodes
                if (n.attrs.get("key") or "") in named_keys or str(n.attrs.get("value")) in by_value
            ],
            key=lambda n: (
                n.window_title,
                normalise(n.attrs.get("key") or ""),
                normalise(str(n.attrs.get("value"))),
            ),
        )
        shown_in = {(n.frame_id, n.window_row) for n in fields}
        siblings: dict[tuple[str, int | None], list[NodeRow]] = {}
        for n in nodes:
            if (n.frame_id, n.window_row) in shown_in:
                siblings.setdefault((n.frame_id, n.window_row), []).append(n)
        cues = ctx.analysis.cue_words
        required = [w for w in words if w not in cues and w not in ctx.analysis.soft_words]
        decisions.update(fields=len(fields), terms=words)
        naming = ctx.analysis.attribute
        scored = []
        when_ask = bool(
            re.match(r"\s*(?:when|by when|until when|what day|what date)\b", ctx.question.lower())
        )
        # "what delivery DATE": the type is the asked noun's own; "which fund did I CHARGE":
        # a verb's, which the field the noun names need not hold.
        typed_noun = any(
            a in attr and b in cues for a, b in itertools.pairwise(tokens(ctx.question))
        ) or bool(set(attr) & cues)
        # "the insurance POLICY number": a word right before the asked kind says which
        # number; shown nowhere on the form, it is no phrasing (Passport number and Permit
        # from are not it)
        pairs = set(itertools.pairwise(tokens(ctx.question)))
        phrase = asked_phrase(ctx.question, GENERIC)
        for n in fields:
            key = n.attrs.get("key") or ""
            value = str(n.attrs.get("value"))
            in_key = _in_key(words, key) + [a for a in attr if value in by_value and a in words]
            # "when is it needed by": a date answers a "when" as well as a clock time does
            typed = (
                bool(vtype and vtype.pattern.search(value))
                or bool(when_ask and DATED.search(value))
                or bool(vtype and vtype.name == "money" and priced_by_label(key, value))
            )
            if not in_key:
                continue
            around = " ".join(
                [n.window_title or ""]
                + [
                    f"{o.attrs.get('key')} {o.attrs.get('value')}"
                    for o in siblings[(n.frame_id, n.window_row)]
                    if o.node_id != n.node_id
                ]
            )
            bag = Bag.of(around)
            if partial_other(key, in_key, phrase, bag):
                decisions["partial_key"] = key  # "Customs cleared" is not "declared customs"
                continue
            missing = [w for w in required if w not in in_key and not shown_as(bag, around, w)]
            if set(missing) & told:
                # "the permit no off the CRANE LIFT permit": words describing the form named
                # may stand on any line of it (its notes, an unpaired label), not only in fields
                text = " ".join(_form_text(ctx, n))
                shown = Bag.of(text)
                missing = [
                    w
                    for w in missing
                    if w not in told or not (w in LOOKS or shown_as(shown, text, w))
                ]
            if any((w, k) in pairs for w in missing for k in cues):
                continue  # (before the asked kind only: "already APPROVED" is phrasing)
            # A word shown nowhere may be phrasing ("is he GETTING his advance paid"); the words
            # naming the form ("advance") count towards the question's length once another
            # asked word stands on the form ("Marcos"), not when only the key is found.
            seen_around = any(w not in in_key and bag.has(w) for w in required)
            asked_n = len(required) + (naming_words if seen_around else 0)
            if len(missing) > (1 if len(required) >= MIN_WORDS_FOR_SLACK else 0) and not (
                len(missing) == 1
                and asked_n > 2
                and missing[0] not in naming
                and not ctx.lookup.r.occurs(missing[0])
            ):
                # One verb of a long question may be its phrasing ("sign up"); so may a word
                # shown nowhere at all ("when I *registered* her"), but not one naming the
                # field ("what *VAT* number": not the Order number).
                continue
            around_hits = sum(1 for w in words if w not in in_key and bag.has(w))
            # "which FUND did I charge it to": the asked noun names the field; the kind of
            # value the verb suggests (money) is not the field's.
            own = set(in_key) & ctx.analysis.attribute if not typed_noun else set()
            if vtype and not typed and len(in_key) < len(words) and not own:
                continue  # "fax number" is not "Order number": a partial key needs a typed value
            # "what EQUIPMENT did I ask to borrow": the asked noun names the field; "when ...":
            # a field holding a date or a time.
            named = bool(ctx.analysis.attribute & set(in_key))
            dated = when_ask and bool(DATED.search(value))
            scored.append(
                (
                    named,
                    len(in_key),
                    typed or dated,
                    around_hits,
                    -extra_words(key, in_key),
                    n.ts_ms,
                    n,
                )
            )
        return scored

    def _typed_field(self, nodes: list[NodeRow], vtype: ValueType) -> NodeRow | None:
        """The one field of a form, in its latest frame, whose value is of the asked kind; of
        several, the one whose label names that kind ("Amount", "Total"). None if unclear."""
        shown_now = [
            n for n in latest_fields(nodes) if vtype.pattern.search(caretless(n.attrs.get("value")))
        ]
        if len(shown_now) > 1:
            kind_words = sorted(TYPE_KEYS.get(vtype.name, ()))
            shown_now = [n for n in shown_now if cover(kind_words, n.attrs.get("key") or "")[1]]
        return shown_now[0] if len(shown_now) == 1 else None

    def _not_on_form(self, ctx: AnswerContext, nodes: list[NodeRow], asked: list[str]) -> list[str]:
        """The asked attribute's words ("which PO number") that no field key of the named form
        holds and no line of it shows, in any frame it was seen; [] when any is there. A noun
        the attribute heads ("INCIDENT NUMBER") is asked with it: a field or line holding
        "incident" alone ("Incident type") is not it."""
        cues = ctx.analysis.cue_words
        toks = tokens(ctx.question)
        # "what INVOICE number": a word of the asked noun right before its cue says which
        # number, though alone it may only name a kind of document (a soft word)
        noun = ASKED_NOUN.match(ctx.question.lower())
        kind = set(tokens(noun.group(1))) if noun else set()
        which = {a for a, b in itertools.pairwise(toks) if a in kind and b in kind and b in cues}
        attr = [w for w in asked if (w in ctx.analysis.attribute or w in which) and w not in cues]
        if not attr or not nodes:
            return []
        heads = [b for a, b in itertools.pairwise(toks) if a in attr and b in cues and b in asked]
        need = attr + [h for h in heads if h not in attr]

        def holds(text: str) -> bool:
            got = _in_key(need, text)
            return len(got) == len(need) if heads else bool(got)

        if any(holds(n.attrs.get("key") or "") for n in nodes):
            return []
        titles = {n.window_title for n in nodes}
        for h in ctx.retriever.search(attr, ctx.intent.start, ctx.intent.end, limit=200):
            if h.window_title in titles and (
                holds(h.text) if heads else any(Bag.of(h.text).has(w) for w in attr)
            ):
                return []
        return need

    def _beside_label(
        self, ctx: AnswerContext, nodes: list[NodeRow], words: list[str], decisions: dict
    ) -> Draft | None:
        """A label the parser left unpaired, in the latest sighting of each named form: a
        short line whose words (or their everyday forms, "no." for number) are asked words,
        any other asked word shown elsewhere on the form ("the description of the BREAKDOWN
        report": a value of it), and the nearest text right of it on its row or, for a text
        area, the line right under it."""
        latest: dict[str, NodeRow] = {}
        for n in nodes:
            cur = latest.get(n.window_title or "")
            if cur is None or n.ts_ms > cur.ts_ms:
                latest[n.window_title or ""] = n
        found: list[tuple[int, int, int, Line, Line]] = []
        for n in latest.values():
            used = {
                sid
                for o in nodes
                if o.frame_id == n.frame_id
                for sid in (o.attrs.get("key_span_id"), o.attrs.get("value_span_id"))
            }
            every = [
                ln for ln in ctx.lookup.frame_lines(n.frame_id) if ln.window_row == n.window_row
            ]
            lines = [ln for ln in every if ln.span_id not in used]
            for label in lines:
                text = label.text.strip().rstrip(":").strip()
                if not LABEL.match(text):
                    continue
                mine = _in_key(words, text)
                if not mine:
                    continue
                if len(mine) < len(words):
                    around = Bag.of(
                        " ".join([n.window_title or ""] + [o.text for o in every if o is not label])
                    )
                    if not all(around.has(w) for w in words if w not in mine):
                        continue
                value = _right_of(label, lines) or _under(label, lines)
                if value is not None:
                    found.append((-len(mine), extra_words(text, words), -label.ts_ms, label, value))
        if not found:
            return None
        _, _, _, label, line = min(found, key=lambda t: t[:3])
        value = caretless(line.text).strip()
        where = f" in '{line.window_title}'" if line.window_title else ""
        key = label.text.strip().rstrip(":").strip()
        text = f"{key}: {value} (form field{where}, seen at {ctx.local_time(line.ts_utc)})"
        decisions = {**decisions, "frame_id": line.frame_id, "beside_label": key}
        conf = 0.75
        return Draft(
            text, value, value_evidence(ctx, line, value, 0, label), conf, "ok", None, decisions
        )

    def _claim(self, ctx: AnswerContext, n: NodeRow, conf: float, decisions: dict) -> Draft:
        key, value = n.attrs.get("key") or "", caretless(n.attrs.get("value"))
        where = f" in '{n.window_title}'" if n.window_title else ""
        text = f"{key}: {value} (form field{where}, seen at {ctx.local_time(n.ts_utc)})"
        if n.attrs.get("kind") == "checkbox" and (
            ctx.analysis.ask.yes_no or YES_NO_CLAUSE.search(ctx.question.lower())
        ):
            ticked = n.attrs.get("value") is True or value.lower() in ("true", "checked", "yes")
            state = "checked" if ticked else "not checked"
            yes = ticked != bool(ASKS_UNTICKED.search(ctx.question.lower()))
            text = (
                f"{'Yes' if yes else 'No'}: the '{key}' box was {state} (form field{where},"
                f" seen at {ctx.local_time(n.ts_utc)})"
            )
        decisions = {**decisions, "frame_id": n.frame_id, "kind": n.attrs.get("kind")}
        line = span_line(ctx, n, n.attrs.get("value_span_id"))
        if (
            n.attrs.get("kind") == "checkbox"
            or line is None
            or not contains_value(line.text, value)
        ):
            # A checkbox's state is the node's reading of the box, not text on screen.
            return Draft(text, value, [Evidence(n.as_line(), "value")], conf, "ok", None, decisions)
        label = span_line(ctx, n, n.attrs.get("key_span_id"))
        return Draft(
            text, value, value_evidence(ctx, line, value, 0, label), conf, "ok", None, decisions
        )
