"""The claims a chat answer makes: one per message, quoting it with its sender and time and
citing the body span that holds the question's words (the sender span as context), and a
second claim for what it answers (its quoted lines, the message replied to, the subject)
when its topic came from there.
"""

from __future__ import annotations

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.structured import cover, span_line, value_evidence
from autocapture.understand.dates import CLOCK_RE
from autocapture.understand.reader import NodeRow


class MessageClaims:
    """Message claims for ``ChatAnswerer``, which mixes them in (they keep no state)."""

    def _text(self, n: NodeRow) -> str:
        return f"{n.attrs.get('subject') or ''} {n.attrs.get('body') or ''}"

    def _best_line(  # type: ignore[no-untyped-def]
        self, ctx: AnswerContext, n: NodeRow, words: list[str], span_ids: list[str] | None = None
    ):
        """The body span (or one of ``span_ids``) that holds most of the question's words, and
        the body text in it."""
        best, best_c = None, -1.0
        for sid in span_ids if span_ids is not None else n.attrs.get("body_span_ids") or []:
            line = span_line(ctx, n, sid)
            if line is None:
                continue
            c, _ = cover(words, line.text) if words else (0.0, [])
            if c > best_c:
                best, best_c = line, c
        if best is None:
            return None, None
        body = n.attrs.get("body") or ""
        text = best.text
        if span_ids is None and best.span_id == n.attrs.get("sender_span_id"):
            # Sender and body share a span ("10:42 <bob> text"): the value is the body part.
            pos = text.find(body[:20]) if body else -1
            text = text[pos:] if pos >= 0 else text
        return best, text

    def _describe(self, n: NodeRow) -> str:
        when = []
        if n.attrs.get("date"):
            when.append(n.attrs["date"])
        if n.attrs.get("time"):
            when.append(n.attrs["time"])
        at = f" ({' '.join(when)})" if when else ""
        mail = n.attrs.get("source") == "mail"
        subj = f" [{n.attrs['subject']}]" if mail and n.attrs.get("subject") else ""
        kind = {"mail": "wrote", "mail_index": "sent a mail"}.get(n.attrs.get("source"), "said")
        return f'{n.attrs.get("sender")}{at} {kind}{subj}: "{n.attrs.get("body")}"'

    def _said(
        self,
        ctx: AnswerContext,
        chosen: list[tuple[NodeRow, tuple[NodeRow, list[str], str, str] | None]],
        words: list[str],
        decisions: dict,
        conf: float,
        timed: bool = False,
    ) -> Draft:
        """One claim per message; a message whose topic came from what it answers gets a
        second claim citing that (the quoted lines, the message replied to, the subject).
        For "when ...?", a message stating the time leads with it, and what it answers is
        only context: its own times are not the answer."""
        texts, values, evidence = [], [], []
        for n, carrier in chosen:
            body = n.attrs.get("body") or ""
            stated = CLOCK_RE.search(body) if timed else None
            line, value = self._best_line(ctx, n, words)
            i = len(texts)
            if line is None or not value:
                evidence.append(Evidence(n.as_line(), "value", i))
                values.append(n.text)
            else:
                sender = span_line(ctx, n, n.attrs.get("sender_span_id"))
                evidence += value_evidence(ctx, line, value, i, sender)
                values.append(value)
            said = self._describe(n)
            texts.append(f"At {stated.group(0).strip()}: {said}" if stated else said)
            if carrier is None:
                continue
            node, ids, text, kind = carrier
            line, _ = self._best_line(ctx, node, words, ids)
            if line is None:
                continue
            if stated:
                evidence.append(Evidence(line, "line", i))
                continue
            i = len(texts)
            label = span_line(ctx, node, node.attrs.get("sender_span_id"))
            evidence += value_evidence(
                ctx, line, line.text, i, label if kind == "reply_to" else None
            )
            values.append(line.text)
            texts.append(
                f"in reply to {self._describe(node)}"
                if kind == "reply_to"
                else f'{"quoting" if kind == "quoted" else "subject"}: "{text}"'
            )
        return Draft(
            "; ".join(texts),
            values[0],
            evidence,
            round(min(conf, 0.95), 3),
            "ok",
            None,
            decisions,
            values=values,
            claim_texts=texts,
        )
