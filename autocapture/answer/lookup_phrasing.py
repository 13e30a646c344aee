"""Which of the question's words a best line misses are only the asker's phrasing: a word
never seen anywhere in the store cannot be evidence for any answer, so lookup does not hold it
against the line ("how much change did I get *back*").

Kept apart because the rule has several guards (never the attribute, a name, a code name or a
modifier that pins the thing down) that read best together.
"""

from __future__ import annotations

from autocapture.answer.question import QuestionAnalysis
from autocapture.answer.value_shapes import KIND_NOUNS
from autocapture.retrieve import Retriever

PINNING_WORDS = 3  # held words that name a thing without the modifier the screen lacks
MIN_HELD_WORDS = 2  # required words a line must hold before a missing one can be phrasing


class PhrasingWords:
    """Phrasing words for ``LookupAnswerer``, which mixes it in: the host's retriever says
    whether a word occurs in the store."""

    r: Retriever

    def _phrasing(self, q: QuestionAnalysis, required: list[str], missing: list[str]) -> list[str]:
        """Missing words that are the asker's phrasing, not content: a word found nowhere in
        the store ("how much change did I get *back*") cannot be evidence for any answer.
        Only one per question, never the attribute asked for or a named entity, and only when
        the line holds at least two other required words, one of them more than a name;
        otherwise the question asks about something never seen and stays unanswered."""
        names_kind = {
            a
            for a, b in zip(q.keywords, q.keywords[1:], strict=False)
            if b in q.cue_words and b in KIND_NOUNS
        }
        candidates = [
            k
            for k in missing
            if k not in q.attribute
            and k not in q.ask.entity
            and k not in names_kind  # "the CATALOGUE number": which number, never phrasing
            and not q.is_code(k)  # a name from code (log_level) is never phrasing
            and not any(ch.isdigit() for ch in k)
        ]
        if len(missing) != 1 or not candidates:
            return []
        held = [k for k in required if k not in missing]
        if len(held) < MIN_HELD_WORDS or all(k in q.ask.entity for k in held):
            return []  # only whose it is was found ("Harbor Books"), not what was asked
        if len(held) < PINNING_WORDS:
            # "the REFUND test": a word before another says which one is meant, unless the
            # rest pin it down anyway ("the local Quillmate docs site").
            candidates = [k for k in candidates if k not in q.modifiers]
        return [k for k in candidates if not self.r.occurs(k)]
