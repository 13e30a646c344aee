"""Query rules: the parsed form of the bundle's ``query.rules`` template."""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError


class _RulesModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    stopwords: list[str]
    soft_words: list[str]
    phrasing_words: list[str] = []
    type_phrases: dict[str, list[str]] = {}
    type_phrase_drops: dict[str, list[str]] = {}
    type_cues: dict[str, list[str]]
    type_qualifiers: dict[str, list[str]] = {}
    line_cues: list[str]
    classes: dict[str, list[str]] = {}


QUESTION_CLASSES = (
    "window_inventory",
    "focus_state",
    "timeline",
    "form_kv",
    "calendar",
    "chat",
    "browser_chrome",
    "console_color",
    "cross_window",
    "lookup",
)


@dataclass(frozen=True)
class QueryRules:
    stopwords: frozenset[str]
    soft_words: frozenset[str]
    type_phrases: dict[str, tuple[str, ...]]
    type_phrase_drops: dict[str, tuple[str, ...]]
    type_cues: dict[str, tuple[str, ...]]
    type_qualifiers: dict[str, tuple[str, ...]]
    line_cues: frozenset[str]
    classes: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...] = ()
    # How a question is put, not what is on screen (light verbs, generic container nouns):
    # counted where present, never held against a line that lacks them.
    phrasing_words: frozenset[str] = frozenset()


class RulesError(ValueError):
    pass


def parse_rules(text: str, value_types: set[str]) -> QueryRules:
    try:
        raw = yaml.safe_load(text)
        m = _RulesModel.model_validate(raw)
    except yaml.YAMLError as exc:
        raise RulesError(f"query.rules is not valid YAML: {exc}") from None
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise RulesError(f"query.rules: {problems}") from None
    for section in (m.type_phrases, m.type_cues, m.type_qualifiers, m.type_phrase_drops):
        unknown = set(section) - value_types
        if unknown:
            raise RulesError(f"query.rules: unknown value types {sorted(unknown)}")

    classes = []
    for name, patterns in m.classes.items():
        if name not in QUESTION_CLASSES:
            raise RulesError(f"query.rules: classes: unknown question class {name!r}")
        compiled = []
        for p in patterns:
            try:
                compiled.append(re.compile(p))
            except re.error as exc:
                raise RulesError(f"query.rules: classes.{name}: bad pattern {p!r}: {exc}") from None
        classes.append((name, tuple(compiled)))

    def low(words: list[str]) -> tuple[str, ...]:
        return tuple(w.lower() for w in words)

    return QueryRules(
        stopwords=frozenset(low(m.stopwords)),
        soft_words=frozenset(low(m.soft_words)),
        type_phrases={k: low(v) for k, v in m.type_phrases.items()},
        type_phrase_drops={k: low(v) for k, v in m.type_phrase_drops.items()},
        type_cues={k: low(v) for k, v in m.type_cues.items()},
        type_qualifiers={k: low(v) for k, v in m.type_qualifiers.items()},
        line_cues=frozenset(low(m.line_cues)),
        classes=tuple(classes),
        phrasing_words=frozenset(low(m.phrasing_words)),
    )
