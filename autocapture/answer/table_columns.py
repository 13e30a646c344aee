"""Which column of a table a question asks for: the one its header names, else the one
holding the kind of value asked (a type, people, quantities), else the one whose cells name
what is asked by their content ("the wind limit for pushback" over Condition | Action: the
Condition cell that says "Wind above 55 kt").

Split from table_lookup.py, which picks the row and builds the answer.
"""

from __future__ import annotations

import re

from autocapture.answer.layout import is_quantity
from autocapture.answer.lexicon import MAGNITUDE, form_span
from autocapture.answer.question import QuestionAnalysis
from autocapture.answer.tables import Table
from autocapture.text import VALUE_TYPES, Bag

CONTENT_ROWS = 2  # a word in this many cells of one column names what its cells say
# A header's short form of a word: its first three or four letters ("ext", "qty" is not one)
SHORT_HEAD = re.compile(r"^[a-z]{3,4}\.?$")


def named_column(q: QuestionAnalysis, table: Table) -> tuple[int, set[str]] | None:
    """The column whose header holds the most question words (entity words never name a
    column), with those words; None when no header or two headers match as well.

    When headers tie on those words (or none holds one), an entity wholly in one of them
    breaks the tie: in a roster headed "Kea Star master | Tern Express master", "master of
    Kea Star" is the first column (the entity names the column, not a row)."""
    # A header cut short ("ext") names a column only when no header holds a question word
    # itself: "formulary" is no "Form" column when "Main store" heads another.
    scores = _header_scores(q, table, short=False) or _header_scores(q, table, short=True)
    entity = [k for k in q.ask.entity if k in q.keywords]
    if not scores:
        # "an adult single to Motu Bay" over Ticket | Rangi Point | Motu Bay: the entity is
        # what names the column
        scores = [(0.0, i, set()) for i in range(len(table.header))]
    scores.sort(key=lambda s: -s[0])
    if len(scores) > 1 and scores[1][0] == scores[0][0]:
        tied = [s for s in scores if s[0] == scores[0][0]]
        heads = [(s, Bag.of(table.header[s[1]].text)) for s in tied]
        holding = [s for s, bag in heads if entity and all(bag.has(k) for k in entity)]
        if len(holding) != 1:
            return None
        return holding[0][1], holding[0][2] | set(entity)
    if not scores[0][2]:
        return None
    return scores[0][1], scores[0][2]


def _header_scores(q: QuestionAnalysis, table: Table, *, short: bool) -> list[tuple]:
    """Per header holding question words (or, with ``short``, their short forms): its
    weight, index and those words."""
    scores = []
    for i, cell in enumerate(table.header):
        bag = Bag.of(cell.text)
        words = {
            k
            for k in q.keywords
            if k not in q.ask.entity and (bag.has(k) if not short else shortened_in(k, cell.text))
        }
        named = {c.name for c in q.concepts if form_span(c, cell.text)}
        words |= named
        if words:
            # An attribute concept names what is asked ("come out": Result) more surely than
            # a word the row's description shares with a header ("check": Checked).
            scores.append((sum(1.5 if w in named else q.weight(w) for w in words), i, words))
    return scores


def shortened_in(word: str, header: str) -> bool:
    """A header cell that is the word cut short, as narrow columns head themselves: "ext"
    for extension, "temp" for temperature (a plain prefix only, never "qty" for quantity)."""
    head = header.strip().lower()
    return (
        bool(SHORT_HEAD.match(head))
        and len(word) >= len(head.rstrip(".")) + 3
        and word.startswith(head.rstrip("."))
    )


def typed_column(q: QuestionAnalysis, table: Table) -> int | None:
    """For a typed question ("Mats's phone"), the one column holding that type of value."""
    if q.value_type in (None, "number"):
        return None
    pattern = VALUE_TYPES[q.value_type].pattern
    cols = [
        i
        for i in range(len(table.header))
        if sum(1 for r in table.rows if i in r and pattern.search(r[i].text)) * 2 >= len(table.rows)
    ]
    return cols[0] if len(cols) == 1 else None


# Headers of a column of people.
_PERSON_NAME = re.compile(r"[A-Z][a-z'’-]+(?: (?:[A-Z][a-z'’-]+|d[aeo]s?|van|von|de la)){1,3}")
PERSON_HEADERS = {"name", "full name", "who", "person", "staff", "employee", "owner",
                  "assignee", "author", "contact", "member", "staff name", "people"}  # fmt: skip


def person_column(table: Table) -> int | None:
    """For "who ...", the one column headed as holding people."""
    cols = [i for i, c in enumerate(table.header) if c.text.strip().lower() in PERSON_HEADERS]
    if not cols:
        # headed by a role ("Driver", "Timekeeper"): the one column of people's names
        cols = [i for i in range(len(table.header)) if names_people(table, i)]
    return cols[0] if len(cols) == 1 else None


def names_people(table: Table, col: int) -> bool:
    """Most of a column's cells are a person's name: two to four capitalised words."""
    cells = [row[col].text.strip() for row in table.rows if col in row]
    named = sum(bool(_PERSON_NAME.fullmatch(c)) for c in cells)
    return len(cells) >= 2 and named >= 0.7 * len(cells)


def asks_quantity(q: QuestionAnalysis) -> bool:
    """A question answered by a number: "how many", a length of time, "how much" (a weak
    money type), or a magnitude qualifier ("the largest attachment")."""
    return (
        q.value_type in ("number", "duration")
        or (q.value_type == "money" and q.weak_type)
        or (q.value_type is None and any(k in MAGNITUDE for k in q.keywords))
    )


def quantity_column(q: QuestionAnalysis, table: Table) -> int | None:
    """For a question asking for a quantity, the one column that mostly holds quantities (a
    Default or Limit column of numbers, beside a prose column describing each row)."""
    if not asks_quantity(q):
        return None
    cols = [
        i
        for i in range(len(table.header))
        if sum(1 for r in table.rows if i in r and is_quantity(r[i].text)) * 2 > len(table.rows)
    ]
    return cols[0] if len(cols) == 1 else None


def content_column(q: QuestionAnalysis, table: Table) -> tuple[int, set[str]] | None:
    """When no header names the asked column: the one column whose cells, on two rows or
    more, hold the question's leading words. Over Condition | Action, "the wind limit for
    pushback" asks for the Condition cell on the pushback row, where "Wind above 40 kt" and
    "Wind above 55 kt" say what a wind limit is. A word repeated down a column does not pick
    a row, so it names what is asked; the words after it must pick the row (the caller
    checks the chosen row's cell holds the words). Only the leading words qualify, since
    in "which unit is serviceable" a later word describes the row rather than naming
    what is asked."""
    # a possessive's owner ("the referee's rain limit") says whose, never what is asked
    said = set(q.ask.entity) | set(q.ask.owner) | q.phrasing
    asked = [k for k in q.keywords if k not in said]
    found: list[tuple[int, set[str]]] = []
    for i in range(len(table.header)):
        cells = [Bag.of(r[i].text) for r in table.rows if i in r]
        words: set[str] = set()
        for k in asked:
            if sum(b.has(k) for b in cells) < CONTENT_ROWS:
                break  # only a leading run of the question's words names the column
            words.add(k)
        if words:
            found.append((i, words))
    return found[0] if len(found) == 1 else None
