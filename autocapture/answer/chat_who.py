"""Who did it: the person a "who ..." chat question is after. For a speech verb ("who asked
about X") that is the sender of the message saying it on the topic; for another act ("who is
taking X", "who said they'd review X") the sender who does it in the first person, or the
participant a message on the topic hands it to.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from autocapture.answer.base import AnswerContext
from autocapture.answer.chat_message_acts import ACCEPTS, FIRST_PERSON, _asks
from autocapture.answer.chat_question import SPEECH
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.structured import cover, span_line, value_evidence
from autocapture.retrieve import Line
from autocapture.text import Bag
from autocapture.understand.reader import NodeRow

# Verbs of saying (not asking): "who said X" is answered by a message stating X.
STATING = re.compile(r"say|said|says|tell|told|mention|mentioned|claim|claimed|reckon|reckoned")


class WhoDid:
    """'Who' answers for ``ChatAnswerer``, which mixes them in: they quote and cite messages
    through the host's claim helpers (answer/chat_claims.py, declared below)."""

    _text: Callable[[NodeRow], str]
    _describe: Callable[[NodeRow], str]
    _best_line: Callable[..., tuple[Line | None, str | None]]

    def _who(
        self,
        ctx: AnswerContext,
        msgs: list[NodeRow],
        verb: str,
        words: list[str],
        decisions: dict,
        parents: dict[str, NodeRow] | None = None,
        thread_of: Callable[[], dict[str, NodeRow]] | None = None,
    ) -> Draft:
        """The person a 'who' question is after: the sender of a message doing the verb (asking
        for 'asked', saying it in the first person otherwise) on the topic, or the participant
        a message on the topic hands it to. With ``parents`` (an act someone said they would
        do), the doing message must be on the topic, itself or through what it answers ("I'll
        take it" under "can someone review X?")."""
        speech = verb in SPEECH.split("|") and parents is None  # an act said, not the saying
        # asking is not saying: "who said X" is not answered by "X?"
        stating = (
            speech and bool(STATING.fullmatch(verb)) and not _asks(ctx.question.split(verb, 1)[-1])
        )
        people = {(n.attrs.get("sender") or "").lower(): n for n in msgs}
        credit: dict[str, float] = {}
        why: dict[str, NodeRow] = {}
        via: dict[str, NodeRow] = {}  # message id -> the message whose topic it carries
        for n in sorted(msgs, key=lambda n: n.ts_ms):
            body = n.attrs.get("body") or ""
            c, _ = cover(words, self._text(n)) if words else (1.0, [])
            sender = (n.attrs.get("sender") or "").lower()
            if speech:
                acts = "?" in body if verb.startswith("ask") else not _asks(body) or not stating
                score = c if acts else 0.5 * c
                if stating and acts and 0 < c < 1.0 and thread_of is not None:
                    # "who said the key's in the blue box" answered by "it's in the blue box"
                    # under "who has the key?": the reply says what the question asked about
                    parent = thread_of().get(n.node_id)
                    if parent is not None and _asks(parent.attrs.get("body") or ""):
                        both, _ = cover(words, f"{self._text(n)} {self._text(parent)}")
                        if both > score:
                            score, via[n.node_id] = both, parent
                if score > credit.get(sender, 0.0):
                    credit[sender], why[sender] = score, n
                continue
            does = Bag.of(body).has(verb)
            named = [p for p in people if p != sender and p and Bag.of(body).has(p.split()[0])]
            if parents is not None:
                # Asking for the act is not doing it; accepting a request for it is.
                parent = parents.get(n.node_id)
                takes = parent is not None and bool(ACCEPTS.match(body)) and _asks(parent.text)
                does = (does or takes) and not _asks(body)
                if does and words and c < 1.0 and parent is not None:
                    c_thread, _ = cover(words, f"{self._text(n)} {self._text(parent)}")
                    if c_thread > c:
                        c, via[n.node_id] = c_thread, parent
                does = does and (c >= 0.5 or not words)
            if does and (FIRST_PERSON.search(body) or not named):
                credit[sender] = credit.get(sender, 0.0) + 1.0 + c
                why[sender] = n  # their own words outrank being named by someone else
            if c >= 0.5:
                for p in named:
                    credit[p] = credit.get(p, 0.0) + c
                    why.setdefault(p, n)
        if not credit or max(credit.values()) < 0.5:
            return Draft("", None, [], 0.25, "indeterminate", "no_message_answers_who", decisions)
        person = max(credit, key=lambda p: credit[p])
        n = why[person]
        own = people.get(person)
        src = n if (n.attrs.get("sender") or "").lower() == person else own or n
        sender_line = span_line(ctx, src, src.attrs.get("sender_span_id"))
        value = src.attrs.get("sender") or person
        text = self._describe(src) if src is n else f"{value}: {self._describe(n)}"
        body_line, _ = self._best_line(ctx, n, words)
        if sender_line is None:
            return Draft(
                text, src.text, [Evidence(src.as_line(), "value")], 0.6, "ok", None, decisions
            )
        ev = value_evidence(ctx, sender_line, value, 0, body_line)
        conf = round(min(0.9, 0.5 + 0.2 * credit[person]), 3)
        decisions = {**decisions, "credit": credit}
        parent = via.get(n.node_id) if src is n else None
        line, _ = self._best_line(ctx, parent, words) if parent is not None else (None, None)
        if parent is None or line is None:
            return Draft(text, value, ev, conf, "ok", None, decisions)
        # The topic came from the message it answers: cite that too, as a second claim.
        label = span_line(ctx, parent, parent.attrs.get("sender_span_id"))
        ev += value_evidence(ctx, line, line.text, 1, label)
        texts = [text, f"in reply to {self._describe(parent)}"]
        return Draft(
            "; ".join(texts),
            value,
            ev,
            conf,
            "ok",
            None,
            decisions,
            values=[value, line.text],
            claim_texts=texts,
        )
