"""Suite files (YAML, in the spirit of promptfoo): tests over bundles with expectations.

```yaml
suite: demo
bundle: ../demo/bundle          # default bundle for every test (relative to this file)
timezone: UTC
now: "2026-11-23T18:00:00Z"
tolerance: {confidence: 0.15}   # drift allowed before a baseline comparison fails
tests:
  - id: invoice-total
    question: what was the total on the invoice?
    class: lookup
    tags: [canonical]
    expect:
      state: ok
      answer_contains_any: ["1,284.50"]
      answer_excludes: ["1,248.50"]   # optional: distractor values the answer must not contain
      citations:
        - {text_contains: "1,284.50", frame_ts: "2026-11-23T11:20:41.750Z",
           bbox: [800, 570, 910, 600], min_iou: 0.5}
```
A suite may instead name a ``loader`` (websrc, sroie, freeze_terminal, docbank) and a ``data``
directory; the loader builds the tests from the external data, and the suite is skipped
cleanly when the data is absent.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from autocapture.errors import AutocaptureError

TAGS = {"canonical", "adversarial", "unanswerable"}


class SuiteError(AutocaptureError):
    pass


class SuiteSkipped(AutocaptureError):
    """The suite's external data is not present: skip it, say why."""


class CitationExpect(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text_contains: str | None = None
    frame_ts: str | None = None
    bbox: list[int] | None = Field(default=None, min_length=4, max_length=4)
    bbox_any: list[list[int]] = []  # the value is printed in several places: any of them
    min_iou: float = 0.5

    def boxes(self) -> list[list[int]]:
        return ([self.bbox] if self.bbox else []) + list(self.bbox_any)


class Expect(BaseModel):
    model_config = ConfigDict(extra="forbid")
    state: str = "ok"
    answer_contains_any: list[str] = []
    answer_excludes: list[str] = []  # a wrong value nearby (a distractor): must not be answered
    citations: list[CitationExpect] = []


class TestModel(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    id: str | None = None
    question: str
    question_class: str = Field(default="lookup", alias="class")
    tags: list[str] = ["canonical"]
    bundle: str | None = None
    now: str | None = None
    expect: Expect = Expect()


class SuiteModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    suite: str
    description: str = ""
    bundle: str | None = None
    timezone: str = "UTC"
    now: str | None = None
    tolerance: dict[str, float] = {}
    loader: str | None = None
    data: str | None = None
    limit: int | None = None
    tests: list[TestModel] = []


@dataclass
class EvalTest:
    id: str
    question: str
    question_class: str
    tags: list[str]
    bundle: Path
    now: datetime | None
    expect: Expect

    @property
    def answerable(self) -> bool:
        return self.expect.state != "indeterminate"


@dataclass
class Suite:
    name: str
    path: Path
    timezone: str
    tests: list[EvalTest]
    tolerance: dict[str, float] = field(default_factory=dict)


def _parse_now(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def _describe(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())


def load_suite(path: Path, work_dir: Path) -> Suite:
    """Parse and check a suite file; loader suites build their tests (and bundles) here."""
    try:
        raw: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        model = SuiteModel.model_validate(raw)
    except OSError as exc:
        raise SuiteError(f"{path}: cannot read: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise SuiteError(f"{path}: invalid YAML: {exc}") from None
    except ValidationError as exc:
        raise SuiteError(f"{path}: {_describe(exc)}") from None
    base = path.parent
    tests_in = list(model.tests)
    if model.loader:
        from autocapture.evals.loaders import LOADERS

        if model.loader not in LOADERS:
            raise SuiteError(f"{path}: unknown loader {model.loader!r}; known: {sorted(LOADERS)}")
        data = (base / (model.data or "")).resolve()
        override = os.environ.get("AUTOCAPTURE_EVALDATA")
        if override and not data.is_dir():
            data = Path(override) / Path(model.data or "").name
        if not data.is_dir():
            raise SuiteSkipped(f"{path}: external data {data} is not present")
        tests_in += [
            TestModel.model_validate(t)
            for t in LOADERS[model.loader](data, work_dir / model.suite, model.limit)
        ]
    tests: list[EvalTest] = []
    seen: set[str] = set()
    for i, t in enumerate(tests_in):
        bundle_ref = t.bundle or model.bundle
        if not bundle_ref:
            raise SuiteError(f"{path}: tests[{i}] has no bundle and the suite names none")
        bundle = (base / bundle_ref).resolve()
        if not bundle.exists():
            raise SuiteError(f"{path}: tests[{i}].bundle: {bundle} does not exist")
        bad_tags = set(t.tags) - TAGS
        if bad_tags:
            raise SuiteError(f"{path}: tests[{i}].tags: unknown {sorted(bad_tags)}")
        tid = t.id or f"{model.suite}-{i + 1:03d}"
        if tid in seen:
            raise SuiteError(f"{path}: tests[{i}].id {tid!r} is used twice")
        seen.add(tid)
        tests.append(
            EvalTest(
                tid,
                t.question,
                t.question_class,
                t.tags,
                bundle,
                _parse_now(t.now or model.now),
                t.expect,
            )
        )
    return Suite(model.suite, path, model.timezone, tests, model.tolerance)
