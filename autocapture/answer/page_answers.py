"""Drafts for the page questions that are not label lookups: yes/no questions (yesno.py)
and the page subject's name (subject.py). Both cite the line they rest on."""

from __future__ import annotations

from typing import Protocol

from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.question import QuestionAnalysis
from autocapture.answer.subject import subject_line
from autocapture.answer.yesno import decide
from autocapture.retrieve import Line, Retriever
from autocapture.timeparse import TimeIntent

MAX_FRAMES = 5


class _Answerer(Protocol):
    r: Retriever
    texts: dict[str, str]
    min_confidence: float

    def frame_lines(self, frame_id: str) -> list[Line]: ...

    def local_when(self, ts_utc: str) -> str: ...


def candidate_frames(a: _Answerer, intent: TimeIntent, hits: list[Line]) -> list[str]:
    """Frames of the best hits, else the latest frame in range."""
    frames = list(dict.fromkeys(h.frame_id for h in hits))[:MAX_FRAMES]
    return frames or a.r.recent_frames(intent.start, intent.end, limit=1)


def _fields(a: _Answerer, line: Line) -> dict[str, str]:
    title = line.window_title or ""
    return {
        "ts_utc": line.ts_utc,
        "when": a.local_when(line.ts_utc),
        "window_title": title,
        "where": a.texts["where"].format(window_title=title) if title else "",
        "reason": "",
    }


def yes_no_draft(a: _Answerer, q: QuestionAnalysis, intent: TimeIntent, hits: list[Line]) -> Draft:
    frames = candidate_frames(a, intent, hits)
    roles = [c for c in q.concepts if not q.concept_soft(c)]
    entity = q.ask.entity or [k for k in q.keywords if k not in q.soft_words]
    verdict = decide([a.frame_lines(f) for f in frames], entity, roles, ordered=bool(q.ask.entity))
    decisions: dict = {
        "yes_no": verdict.answer,
        "roles": [c.name for c in roles],
        "candidates": len(hits),
    }
    if verdict.answer is None or verdict.evidence is None:
        return Draft("", None, [], 0.2, "indeterminate", verdict.reason, decisions)
    name = q.ask.entity_text or " ".join(entity)
    ev = verdict.evidence
    if verdict.answer == "yes":
        label = f"Yes, {name} is " + ("listed" if verdict.label else "on screen")
    else:
        label = f"No, {name} is not listed"
    # The features calibration reads: how fully the question was matched, and that the
    # evidence agrees with itself (one line decides).
    decisions.update(best_coverage=1.0 if verdict.label or not roles else 0.8, agreement=1.0)
    text = a.texts["value_with_label"].format(label=label, value=ev.text, **_fields(a, ev))
    evidence = [Evidence(ev, "value")] + [Evidence(c, "label") for c in verdict.context]
    state = "ok" if verdict.confidence >= a.min_confidence else "indeterminate"
    return Draft(
        text,
        verdict.value,
        evidence,
        verdict.confidence,
        state,
        None if state == "ok" else f"low_confidence: {verdict.confidence}",
        decisions,
    )


def subject_draft(
    a: _Answerer, q: QuestionAnalysis, intent: TimeIntent, hits: list[Line]
) -> Draft | None:
    """The heading naming the page's subject, for "who is this player?"."""
    for frame in candidate_frames(a, intent, hits):
        found = subject_line(a.frame_lines(frame))
        if found is None:
            continue
        line, conf = found
        text = a.texts["value"].format(value=line.text, label="", **_fields(a, line))
        state = "ok" if conf >= a.min_confidence else "indeterminate"
        return Draft(
            text,
            line.text,
            [Evidence(line, "value")],
            round(conf, 3),
            state,
            None if state == "ok" else f"low_confidence: {conf}",
            {
                "subject": "page_heading",
                "best_coverage": round(conf, 3),
                "agreement": 1.0,
                "candidates": len(hits),
            },
        )
    return None
