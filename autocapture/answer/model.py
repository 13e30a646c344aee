"""The answer JSON (screen.answer.v1): a contract other tools read, so fields only get added."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

State = Literal["ok", "partial", "indeterminate"]


class Citation(BaseModel):
    frame_id: str
    ts_utc: str
    span_id: str
    text: str
    bbox: list[int]
    sha256: str = Field(description="sha256 of the cited span's text, as stored")
    window_title: str | None = None
    window_app: str | None = None
    verified: bool = False
    evidence_kind: Literal["span", "ui_node"] = Field(
        default="span",
        description="'span': OCR text at bbox; 'ui_node': a UI graph node such as a window fact"
        " (span_id then holds the node id)",
    )


class Claim(BaseModel):
    text: str
    value: str | None = Field(
        default=None, description="the part of the claim a citation must contain"
    )
    citations: list[Citation] = Field(default=[], description="spans that support the value")
    context: list[Citation] = Field(
        default=[], description="spans that locate the value (its label); verified, not support"
    )


class Answer(BaseModel):
    schema_id: Literal["screen.answer.v1"] = Field(default="screen.answer.v1", alias="schema")
    query: str
    query_effective: str
    question_class: str
    state: State
    answer: str
    claims: list[Claim] = []
    confidence: float = 0.0
    indeterminate_reason: str | None = None
    trace: dict[str, Any] = {}

    model_config = {"populate_by_name": True}

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(by_alias=True)
