"""The staged query path: normalise, read time, classify, rewrite, retrieve, route, answer,
cite, verify. Each stage is timed and leaves a decision in the strategy ledger (the trace)."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from autocapture.answer.cite import cite, verify_claim
from autocapture.answer.lookup import Draft, LookupAnswerer
from autocapture.answer.model import Answer, Claim
from autocapture.answer.question import analyse
from autocapture.config import Config
from autocapture.retrieve import Retriever
from autocapture.store import Store
from autocapture.timeparse import parse_time_intent

STAGES = (
    "normalize",
    "time_intent",
    "classify",
    "rewrite",
    "retrieve",
    "route",
    "answer",
    "cite",
    "verify",
)
T = TypeVar("T")


class _Ledger:
    def __init__(self) -> None:
        self.stages_ms: dict[str, float] = {}
        self.strategy: list[str] = []
        self.decisions: dict[str, Any] = {}
        self._t0 = time.perf_counter()

    def run(self, stage: str, fn: Callable[[], T]) -> T:
        t = time.perf_counter()
        try:
            return fn()
        finally:
            self.stages_ms[stage] = round((time.perf_counter() - t) * 1000, 3)

    def total(self) -> float:
        return round((time.perf_counter() - self._t0) * 1000, 3)


def normalize(question: str) -> str:
    q = re.sub(r"\s+", " ", question).strip()
    return q


class QueryPipeline:
    """Built once per process over one store; answer many questions with it."""

    def __init__(self, store: Store, config: Config) -> None:
        self.store = store
        self.config = config
        self.retriever = Retriever(store.db)

    def ask(self, question: str, now: datetime | None = None) -> Answer:
        ledger = _Ledger()
        query_id = uuid.uuid4().hex
        now = now or datetime.now(UTC)
        try:
            return self._ask(question, now, ledger, query_id)
        except Exception as exc:  # fail closed: an internal error is never an 'ok' answer
            ledger.strategy.append("error")
            return Answer(
                query=question,
                query_effective=question,
                question_class="unknown",
                state="indeterminate",
                answer="Indeterminate: the query could not be completed.",
                indeterminate_reason=f"internal_error: {type(exc).__name__}: {exc}",
                trace=self._trace(ledger, query_id),
            )

    def _trace(self, ledger: _Ledger, query_id: str) -> dict[str, Any]:
        ledger.stages_ms["total"] = ledger.total()
        return {
            "query_id": query_id,
            "bundle_sha256": None,
            "strategy": ledger.strategy,
            "stages_ms": ledger.stages_ms,
            **ledger.decisions,
        }

    def _ask(self, question: str, now: datetime, ledger: _Ledger, query_id: str) -> Answer:
        text = ledger.run("normalize", lambda: normalize(question))
        ledger.strategy.append("normalize")
        intent = ledger.run(
            "time_intent", lambda: parse_time_intent(text, now, self.config.timezone)
        )
        ledger.strategy.append("time_intent" + (":range" if intent.active else ":none"))
        ledger.decisions["time_intent"] = intent.as_dict()
        qclass = ledger.run("classify", lambda: "lookup")
        ledger.strategy.append(f"classify:{qclass}")
        analysis = ledger.run("rewrite", lambda: analyse(intent.remainder))
        effective = " ".join(analysis.keywords)
        if analysis.value_type:
            effective = f"{analysis.value_type} value for: {effective}"
        if intent.active:
            effective += f" [{intent.describe()}]"
        ledger.strategy.append("rewrite:keywords")
        ledger.decisions["analysis"] = analysis.as_dict()
        answerer = LookupAnswerer(self.retriever, self.config.answer.min_confidence)
        hits = ledger.run("retrieve", lambda: answerer.retrieve(analysis, intent))
        ledger.strategy.append(f"retrieve:fts+trigram:{len(hits)}")
        ledger.run("route", lambda: None)
        ledger.strategy.append(f"route:{answerer.name}")
        draft: Draft = ledger.run("answer", lambda: answerer.answer(analysis, intent, hits))
        ledger.decisions["answer"] = draft.decisions
        claims: list[Claim] = []
        if draft.state != "indeterminate" and draft.evidence:
            drafted = ledger.run(
                "cite",
                lambda: [
                    Claim(text=text, value=value, citations=cite(ev))
                    for text, value, ev in draft.claims()
                ],
            )
            ledger.strategy.append("cite")
            checks = ledger.run(
                "verify", lambda: [verify_claim(self.retriever, c) for c in drafted]
            )
            ledger.decisions["verify"] = checks
            claims = [c for c, chk in zip(drafted, checks, strict=True) if chk["supported"]]
            ledger.strategy.append(f"verify:{len(claims)}/{len(drafted)}")
            if claims and len(claims) < len(drafted):
                draft.state, draft.reason = "partial", "some_claims_unverified"
        state, reason = draft.state, draft.reason
        if state != "indeterminate" and not claims:
            state, reason = "indeterminate", reason or "citation_not_verified"
        if state == "indeterminate":
            answer_text = f"Indeterminate: {reason}."
            confidence = min(draft.confidence, 0.3)
        else:
            answer_text, confidence = "; ".join(c.text for c in claims), draft.confidence
        return Answer(
            query=question,
            query_effective=effective,
            question_class=qclass,
            state=state,
            answer=answer_text,
            claims=claims,
            confidence=confidence,
            indeterminate_reason=reason if state != "ok" else None,
            trace=self._trace(ledger, query_id),
        )
