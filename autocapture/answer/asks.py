"""What a question about a page asks: the attribute (as a concept of the lexicon), the entity
it is about (a capitalised name), the page's subject ("this player"), and whether it is a
yes/no question or asks for the subject's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from autocapture.answer.lexicon import (
    FILLER,
    NAME_WORDS,
    QUALIFIERS,
    Concept,
    concepts_in,
    is_yes_no,
)
from autocapture.answer.person import ASKS_PERSON
from autocapture.text import tokens

# "this player", "these shoes", "the product is this", "the player name"
_SUBJECT = (
    re.compile(r"\b(?:this|these|that)\s+([a-z]{3,})\b"),
    re.compile(r"\b(?:the\s+)?([a-z]{3,})\s+(?:is|are)\s+(?:this|these)\b"),
    re.compile(r"\bthe\s+([a-z]{3,})\s+(?:name|title)\b"),
)
_CAPITALISED = re.compile(r"[A-Z0-9#][\w&#'’.\-]*")
_JOINERS = frozenset({"of", "the", "and", "&", "de", "la", "von", "van", "du", "del"})
_ARTICLES = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "it"})


@dataclass
class PageAsk:
    concepts: list[Concept] = field(default_factory=list)
    consumed: set[str] = field(default_factory=set)  # words the concepts stand for
    soft: set[str] = field(default_factory=set)  # the subject noun, qualifiers
    soft_concepts: set[str] = field(default_factory=set)  # concepts that only name the subject
    value_type: str | None = None
    subject: str | None = None
    entity: list[str] = field(default_factory=list)  # words of the capitalised name, lower
    entity_text: str = ""
    yes_no: bool = False
    asks_name: bool = False
    who: bool = False  # "who ...": a person answers
    owner: list[str] = field(default_factory=list)  # "the merge commit's message": merge, commit


def _subject_noun(low: str) -> str | None:
    for pattern in _SUBJECT:
        m = pattern.search(low)
        if m and m.group(1) not in _ARTICLES and m.group(1) not in NAME_WORDS:
            return m.group(1)
    return None


def entity_runs(question: str) -> list[str]:
    """Runs of capitalised words after the first word ("Adam Sandler", "Base Style"); small
    words (of, the, and) inside a run keep it going ("The Tower of Nero")."""
    words = question.split()
    runs: list[list[str]] = []
    cur: list[str] = []
    for i, w in enumerate(words):
        bare = re.sub(r"['’]s$", "", w.strip("?!,.;:\"'()[]")).strip("()[]")
        named = (
            i > 0
            and bool(bare)
            and _CAPITALISED.fullmatch(bare) is not None
            and re.sub(r"['’].*$", "", bare) != "I"  # "was I in ...": the asker, no entity
        )
        if (named and not bare[0].islower()) or (cur and bare.lower() in _JOINERS):
            cur.append(w)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    out = []
    for run in runs:
        while run and run[-1].strip("?!,.;:\"'()[]").lower() in _JOINERS:
            run = run[:-1]
        if run:
            out.append(" ".join(run).strip("?!,.;:\"'"))
    return out


_POSSESSIVE = re.compile(r"((?:[\w.\-]+\s+){0,2})([\w.\-]+)['’]s\b")


def possessive_owner(question: str, keywords: list[str]) -> list[str]:
    """The content words of the first possessive's owner ("Mats Lind's phone" -> mats, lind;
    "the merge commit's message" -> merge, commit): up to two words before it, back to the
    first word that is not a keyword."""
    m = _POSSESSIVE.search(question)
    if not m:
        return []
    words = [*tokens(m.group(1)), *tokens(m.group(2))]
    out: list[str] = []
    for w in reversed(words):
        if w not in keywords:
            break
        out.insert(0, w)
    return out


def read_ask(question: str, keywords: list[str]) -> PageAsk:
    low = question.lower()
    ask = PageAsk(yes_no=is_yes_no(question), who=bool(ASKS_PERSON.search(low)))
    ask.owner = possessive_owner(question, keywords)
    ask.subject = _subject_noun(low)
    if ask.subject:
        ask.soft.add(ask.subject)
    for concept, hits in concepts_in(question):
        ask.concepts.append(concept)
        for h in hits:
            ask.consumed.update(tokens(h))
        if ask.subject and all(tokens(h) == [ask.subject] for h in hits):
            ask.soft_concepts.add(concept.name)  # "this product": the page's subject
        if concept.value_type and ask.value_type is None:
            ask.value_type = concept.value_type
    ask.soft.update(k for k in keywords if k in QUALIFIERS)
    ask.consumed.update(k for k in keywords if k in FILLER)
    runs = entity_runs(question)
    if runs:
        best = max(runs, key=lambda r: len(r.split()))
        ask.entity_text = best
        ask.entity = [t for t in tokens(best) if t in keywords]
    rest = [
        k for k in keywords if k not in ask.consumed and k not in ask.soft and k not in NAME_WORDS
    ]
    names = bool(NAME_WORDS & set(tokens(low))) or re.match(r"\s*who(?:\s+is|'s)\b", low)
    hard = [c for c in ask.concepts if c.name not in ask.soft_concepts]
    ask.asks_name = bool(names) and not rest and not ask.yes_no and not hard
    return ask
