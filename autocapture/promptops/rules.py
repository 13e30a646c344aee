"""Query rules: the parsed form of the bundle's ``query.rules`` template."""

from __future__ import annotations

from dataclasses import dataclass

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError


class _RulesModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    stopwords: list[str]
    soft_words: list[str]
    type_phrases: dict[str, list[str]] = {}
    type_phrase_drops: dict[str, list[str]] = {}
    type_cues: dict[str, list[str]]
    type_qualifiers: dict[str, list[str]] = {}
    line_cues: list[str]


@dataclass(frozen=True)
class QueryRules:
    stopwords: frozenset[str]
    soft_words: frozenset[str]
    type_phrases: dict[str, tuple[str, ...]]
    type_phrase_drops: dict[str, tuple[str, ...]]
    type_cues: dict[str, tuple[str, ...]]
    type_qualifiers: dict[str, tuple[str, ...]]
    line_cues: frozenset[str]


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
    )
