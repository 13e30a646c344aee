"""The staged query path: prepare, normalise, read time, classify, rewrite, retrieve, route,
answer, cite, verify. Each stage is timed with a monotonic clock and leaves its decisions in
the strategy ledger, which is returned in the answer's trace and persisted (redacted)."""

from __future__ import annotations

import hashlib
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from autocapture.answer.agree import ask_agree, split_agree
from autocapture.answer.anchor import with_cells
from autocapture.answer.base import AnswerContext
from autocapture.answer.chain import ask_chain, split_chain
from autocapture.answer.chain_after import after_chain
from autocapture.answer.chain_roles import lead_chain, role_chain
from autocapture.answer.cite import cite, verify_claim
from autocapture.answer.class_guess import guesser
from autocapture.answer.classify import classify
from autocapture.answer.compounds import join_compounds
from autocapture.answer.lookup import Draft, LookupAnswerer
from autocapture.answer.model import Answer, Claim
from autocapture.answer.pair import ask_pair, split_pair
from autocapture.answer.question import analyse
from autocapture.answer.router import Router
from autocapture.answer.time_content import phrases_shown
from autocapture.audit.record import query_payload
from autocapture.calibration import features
from autocapture.config import Config
from autocapture.model.answerer import CONTRACT_ID, ModelAnswerer, ModelOutcome
from autocapture.promptops.normalize import normalize, with_years
from autocapture.promptops.records import METRICS_SCHEMA_ID
from autocapture.promptops.service import Prepared, PromptOpsService
from autocapture.retrieve import Retriever
from autocapture.store import Store
from autocapture.timeparse import TimeIntent, parse_time_intent
from autocapture.understand.reader import GraphReader

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
    "model",
)
WORK_STAGES = ("retrieve", "answer", "model")  # everything else is PromptOps overhead
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
            self.stages_ms[stage] = round((time.perf_counter() - t) * 1000, 4)

    def total(self) -> float:
        return round((time.perf_counter() - self._t0) * 1000, 4)


def _local_days(ans: Answer, config: Config) -> set[date]:
    """The local days the first answer's time filter spanned ("last night": yesterday)."""
    t = ans.trace.get("time_intent", {})
    if not t.get("start_utc") or not t.get("end_utc"):
        return set()
    zone = ZoneInfo(config.timezone)
    start = datetime.fromisoformat(t["start_utc"]).astimezone(zone).date()
    end = (datetime.fromisoformat(t["end_utc"]) - timedelta(seconds=1)).astimezone(zone).date()
    return (
        {start + timedelta(days=i) for i in range((end - start).days + 1)}
        if end >= start
        else set()
    )


class QueryPipeline:
    """One per store; the PromptOps service it uses is shared by the whole process."""

    def __init__(self, store: Store, config: Config, service: PromptOpsService) -> None:
        self.store = store
        self.config = config
        self.service = service
        self.retriever = Retriever(store.db)
        self.graph = GraphReader(store.db)
        self.router = Router()
        self.model = ModelAnswerer(config.model) if config.model.base_url else None

    def ask(self, question: str, now: datetime | None = None) -> Answer:
        ledger = _Ledger()
        query_id = uuid.uuid4().hex
        now = now or datetime.now(UTC)
        prepared = ledger.run("prepare", self._prepare)
        if prepared is None:
            ledger.strategy.append("prepare:degraded")
            ans = self._indeterminate(
                question,
                ledger,
                query_id,
                "promptops_unavailable",
                None,
                detail=self.service.degraded_reason,
            )
        else:
            ledger.strategy.append("prepare")
            try:
                ans = self._ask(question, now, ledger, query_id, prepared)
            except Exception as exc:  # fail closed: an internal error is never an 'ok' answer
                ledger.strategy.append("error")
                ans = self._indeterminate(
                    question,
                    ledger,
                    query_id,
                    f"internal_error: {type(exc).__name__}: {exc}",
                    prepared,
                )
        self._record(ans, ledger, now)
        return ans

    def _prepare(self) -> Prepared | None:
        self.service.ensure_fresh()
        return self.service.prepared if self.service.state == "ready" else None

    def _trace(self, ledger: _Ledger, query_id: str, prepared: Prepared | None) -> dict[str, Any]:
        ledger.stages_ms["total"] = ledger.total()
        return {
            "query_id": query_id,
            "bundle_sha256": prepared.bundle.sha256 if prepared else None,
            "promptops": {
                "state": self.service.state,
                "reason": self.service.degraded_reason,
                "cache_key": self.service.cache_key,
            },
            "strategy": ledger.strategy,
            "stages_ms": ledger.stages_ms,
            **ledger.decisions,
        }

    def _indeterminate(
        self,
        question: str,
        ledger: _Ledger,
        query_id: str,
        reason: str,
        prepared: Prepared | None,
        detail: str | None = None,
    ) -> Answer:
        template = prepared.answer_text["indeterminate"] if prepared else "Indeterminate: {reason}."
        if detail:
            ledger.decisions["detail"] = detail
        return Answer(
            query=question,
            query_effective=question,
            question_class="unknown",
            state="indeterminate",
            answer=template.format(reason=reason),
            indeterminate_reason=reason,
            trace=self._trace(ledger, query_id, prepared),
        )

    def _ask(
        self, question: str, now: datetime, ledger: _Ledger, query_id: str, prepared: Prepared
    ) -> Answer:
        said = normalize(question)
        chain = split_chain(said) or lead_chain(said) or after_chain(said)
        one = lambda q, led: self._ask_timed(q, now, led, query_id, prepared)  # noqa: E731
        if chain is not None:
            return ask_chain(chain, question, one, ledger, _Ledger, prepared.answer_text)
        agree = split_agree(said)  # "does the chat agree with the mail on X": each asked
        if agree is not None:
            both = ask_agree(agree, question, one, ledger, _Ledger, prepared.answer_text)
            if both is not None:
                return both
            ledger = _Ledger()
        pair = split_pair(said)  # "which bin is X in, oh and how many left": both asked
        if pair is not None:
            both = ask_pair(pair, question, one, ledger, _Ledger, prepared.answer_text)
            if both is not None:
                return both
            ledger = _Ledger()  # neither part answered: asked whole, as before
        ans = one(question, ledger)
        role = role_chain(said) if ans.state == "indeterminate" else None
        if role is None:
            return ans
        # "the mobile for the witness on the record": asked as one it found nothing, so the
        # person filed as the role, then their contact (answer/chain_roles.py)
        via = ask_chain(role, question, one, _Ledger(), _Ledger, prepared.answer_text)
        return via if via.state != "indeterminate" else ans

    def _ask_timed(
        self, question: str, now: datetime, ledger: _Ledger, query_id: str, prepared: Prepared
    ) -> Answer:
        """Ask; when the time phrases leave no frame, ask again with them as words and keep
        that answer if they are on screen with it (answer/time_content.py)."""
        ans = self._ask_one(question, now, ledger, query_id, prepared)
        if ans.state != "indeterminate" or ans.indeterminate_reason != "no_frames_in_time_range":
            return ans
        phrases = ans.trace.get("time_intent", {}).get("phrases") or []
        # Dropped (an agenda's "Thu" heading is not on the entry's line), else kept as words
        # ("16:18" on a chat line picks it among the sender's messages): either way the
        # phrase must be shown with the answer.
        for as_words in (False, True):
            retry = self._ask_one(question, now, _Ledger(), query_id, prepared, time_as=as_words)
            excused = retry.trace.get("answer", {}).get("absent_from_store")
            if (
                retry.state != "indeterminate"
                and not excused  # no question word waved off as phrasing: a time word
                # may have been one of the two that made it look close
                and phrases_shown(self.retriever, retry, phrases, _local_days(ans, self.config))
            ):
                first = ans.trace["strategy"]
                retry.trace["time_as_content"] = {"phrases": phrases, "first_strategy": first}
                return retry
        return ans

    def _ask_one(
        self,
        question: str,
        now: datetime,
        ledger: _Ledger,
        query_id: str,
        prepared: Prepared,
        time_as: bool | None = None,
    ) -> Answer:
        text = ledger.run(
            "normalize",
            lambda: join_compounds(with_years(normalize(question), now), self.retriever.occurs),
        )
        ledger.strategy.append("normalize")
        intent = ledger.run(
            "time_intent", lambda: parse_time_intent(text, now, self.config.timezone)
        )
        if time_as is not None and intent.active:
            # What the screen said ("what did kofi post at 16:18"), not when it was seen:
            # no filter; the phrases stay in the question as words (TIME_AS True) or not.
            intent = TimeIntent(
                timezone=intent.timezone,
                remainder=text if time_as else intent.remainder,
                content=intent.content + intent.phrases,
            )
        ledger.strategy.append("time_intent" + (":range" if intent.active else ":none"))
        ledger.decisions["time_intent"] = intent.as_dict()
        qclass, cue = ledger.run(
            "classify", lambda: classify(intent.remainder, prepared.rules, text)
        )
        ledger.strategy.append(f"classify:{qclass}")
        ledger.decisions["classify"] = {"class": qclass, "pattern": cue}
        analysis = ledger.run("rewrite", lambda: analyse(intent.remainder, prepared.rules))
        effective = " ".join(analysis.keywords)
        if analysis.value_type:
            effective = f"{analysis.value_type} value for: {effective}"
        if intent.active:
            effective += f" [{intent.describe()}]"
        ledger.strategy.append("rewrite:rules" if analysis.keywords else "rewrite:empty")
        ledger.decisions["analysis"] = analysis.as_dict()
        answerer = LookupAnswerer(
            self.retriever,
            self.config.answer.min_confidence,
            prepared.answer_text,
            self.config.timezone,
        )
        hits = ledger.run("retrieve", lambda: answerer.retrieve(analysis, intent))
        ledger.strategy.append(f"retrieve:fts+trigram:{len(hits)}")
        ctx = ledger.run(
            "route",
            lambda: AnswerContext(
                question=intent.remainder,
                analysis=analysis,
                intent=intent,
                now=now,
                timezone=self.config.timezone,
                retriever=self.retriever,
                graph=self.graph,
                lookup=answerer,
                texts=prepared.answer_text,
                min_confidence=self.config.answer.min_confidence,
                hits=hits,
                pixels=self.store.frame_pixels,
            ),
        )

        # The model (when configured) sees the best retrieved lines; keep them past release().
        pool = list(hits[: self.config.model.max_evidence]) if self.model else []

        def answer_and_release() -> tuple[Draft, str]:
            try:
                return self.router.answer(
                    qclass,
                    ctx,
                    lambda: answerer.answer(analysis, intent, hits),
                    guesser(prepared.route_model, question),
                )
            finally:
                answerer.release()
                hits.clear()

        draft, answered_by = ledger.run("answer", answer_and_release)
        ledger.strategy.append(f"route:{answered_by}")
        ledger.decisions["answer"] = {**draft.decisions, "answerer": answered_by}
        claims: list[Claim] = []
        if draft.state != "indeterminate" and draft.evidence:
            draft.evidence = with_cells(self.graph, draft.evidence)
            drafted = ledger.run(
                "cite",
                lambda: [
                    Claim(
                        text=text,
                        value=value,
                        citations=cite([e for e in ev if e.role == "value"]),
                        context=cite([e for e in ev if e.role != "value"]),
                    )
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
        feats = features(
            state, reason, draft.confidence, draft.decisions, analysis.as_dict(), len(claims)
        )
        ledger.decisions["features"] = feats
        confidence = min(draft.confidence, 0.3) if state == "indeterminate" else draft.confidence
        if prepared.calibration is not None and answered_by.startswith("lookup"):
            # Calibrated on extractive lookup answers; class answerers keep their own scores.
            confidence = prepared.calibration.predict(feats)
            ledger.strategy.append("calibrate")
        if self.model is not None:
            lead = [e.line for e in draft.evidence if e.role == "value"]
            outcome = ledger.run(
                "model",
                lambda: self._model_step(text, lead + pool, now, ledger, prepared, query_id),
            )
            pool.clear()
            if outcome.state != "fallback":
                claims, state, reason = outcome.claims, outcome.state, outcome.reason
                confidence = outcome.confidence
        if state == "indeterminate":
            answer_text = prepared.answer_text["indeterminate"].format(reason=reason)
        else:
            sep = prepared.answer_text["claim_separator"]
            answer_text = sep.join(c.text for c in claims)
        return Answer(
            query=question,
            query_effective=effective,
            question_class=qclass,
            state=state,
            answer=answer_text,
            claims=claims,
            confidence=confidence,
            indeterminate_reason=reason if state != "ok" else None,
            trace=self._trace(ledger, query_id, prepared),
        )

    def _model_step(
        self,
        question: str,
        lines: list,
        now: datetime,
        ledger: _Ledger,
        prepared: Prepared,
        query_id: str,
    ) -> ModelOutcome:
        """Ask the model within what is left of the latency budget; fall back on any failure."""
        assert self.model is not None
        svc = self.service
        decision = self.model.decision
        if not decision.allowed:
            svc.counters["model_refusals"] += 1
            svc.counters["model_fallbacks"] += 1
            self._audit_refusal(decision, query_id)
            outcome = ModelOutcome("fallback", reason=f"endpoint_refused:{decision.reason}")
            ledger.strategy.append(f"model:refused:{decision.reason}")
            ledger.decisions["model"] = {
                "state": "refused",
                "reason": outcome.reason,
                "policy": decision.as_dict(),
            }
            return outcome
        budget_s = self.config.model.latency_budget_ms / 1000 - ledger.total() / 1000
        template = prepared.bundle.templates[CONTRACT_ID]
        outcome, record = self.model.answer(
            question, lines, now, prepared.bundle.text(CONTRACT_ID), budget_s
        )
        record.update(
            query_id=query_id,
            ts_utc=datetime.now(UTC).isoformat(),
            prompt_version=template.version,
            template_sha256=template.sha256,
        )
        if outcome.claims:  # the store has the last word: span exists, hash, box, value
            checks = [verify_claim(self.retriever, c) for c in outcome.claims]
            kept = [c for c, chk in zip(outcome.claims, checks, strict=True) if chk["supported"]]
            if len(kept) < len(outcome.claims):
                outcome.decisions["store_rejected"] = len(outcome.claims) - len(kept)
                outcome.claims = kept
                outcome.state = "partial" if kept else "indeterminate"
                outcome.reason = (
                    "some_model_claims_unsupported" if kept else "citation_not_verified"
                )
        svc.model_interactions.append(record)
        svc.counters["model_calls"] += 1
        if outcome.state == "fallback":
            svc.counters["model_fallbacks"] += 1
            ledger.strategy.append(f"model:fallback:{outcome.reason}")
        else:
            ledger.strategy.append(f"model:{outcome.state}")
        ledger.decisions["model"] = {
            "state": outcome.state,
            "reason": outcome.reason,
            "latency_ms": record.get("latency_ms"),
            "prompt_sha256": record["prompt_sha256"],
            **outcome.decisions,
        }
        return outcome

    def _audit_refusal(self, decision: Any, query_id: str) -> None:
        self.service.audit_event(
            "policy_refusal",
            {
                "policy": "model.endpoint",
                "query_id": query_id,
                **decision.as_dict(),
                "url": decision.url,
            },
        )

    def _record(self, ans: Answer, ledger: _Ledger, now: datetime | None = None) -> None:
        """Metrics line, ledger entry, audit entry, and (for failures) a review job."""
        svc = self.service
        stages = ans.trace.get("stages_ms", {})
        work = sum(stages.get(s, 0.0) for s in WORK_STAGES)
        review = "none"
        if ans.state != "ok" and svc.review is not None:
            review = (
                "enqueued"
                if svc.review.submit(ans.query, ans.indeterminate_reason)
                else ("dropped")
            )
        svc.counters["queries"] += 1
        if svc.state != "ready":
            svc.counters["degraded_queries"] += 1
        if self.config.promptops.metrics:
            svc.metrics.append(
                {
                    "schema": METRICS_SCHEMA_ID,
                    "ts_utc": datetime.now(UTC).isoformat(),
                    "query_id": ans.trace["query_id"],
                    "query_sha256": hashlib.sha256(ans.query.encode()).hexdigest(),
                    "question_class": ans.question_class,
                    "state": ans.state,
                    "indeterminate_reason": ans.indeterminate_reason,
                    "confidence": ans.confidence,
                    "claims": len(ans.claims),
                    "citations": sum(len(c.citations) for c in ans.claims),
                    "candidates": ans.trace.get("answer", {}).get("candidates", 0),
                    "stages_ms": stages,
                    "promptops_overhead_ms": round(stages.get("total", 0.0) - work, 4),
                    "bundle_sha256": ans.trace.get("bundle_sha256"),
                    "service_state": svc.state,
                    "service_loads": svc.counters["bundle_loads"],
                    "review": review,
                    "model": ans.trace.get("model", {}).get("state", "none"),
                    "model_fallback_reason": (
                        ans.trace.get("model", {}).get("reason")
                        if ans.trace.get("model", {}).get("state") in ("fallback", "refused")
                        else None
                    ),
                }
            )
        svc.ledger.append(
            {
                "query_id": ans.trace["query_id"],
                "ts_utc": datetime.now(UTC).isoformat(),
                "query": ans.query,
                "query_effective": ans.query_effective,
                "state": ans.state,
                "confidence": ans.confidence,
                "strategy": ledger.strategy,
                "decisions": ledger.decisions,
                "stages_ms": stages,
                "bundle_sha256": ans.trace.get("bundle_sha256"),
            }
        )
        svc.audit_event("query", query_payload(ans, now, svc.redactor))
