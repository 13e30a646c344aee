"""Reading the value a matched line gives: after its label on the line (across a separator),
in the line stacked with it, in the same row to the right, or, for a typed value (an amount,
a time, a number), on the line, in its wrapped sentence or just below it.

Kept apart from scoring: a line is first ranked by how much of the question it covers, then
only the best ones are read for a value.
"""

from __future__ import annotations

from collections.abc import Callable

from autocapture.answer.layout import block_below, is_quantity, stack_partner, tight_below
from autocapture.answer.lookup_score import _Scored
from autocapture.answer.paragraphs import clauses, closes, named_in
from autocapture.answer.question import QuestionAnalysis
from autocapture.answer.request_reply import MESSAGE
from autocapture.answer.value_shapes import (
    MEASURE,
    SEPARATED,
    VERSION,
    WITH_NAME,
    counted,
    named_code,
    typed_matches,
    with_day,
)
from autocapture.retrieve import Line, Retriever
from autocapture.text import VALUE_TYPES, token_match


def _body(text: str) -> str:
    """A chat message line without its time stamp and sender; other lines as they are."""
    m = MESSAGE.match(text)
    return m.group("body") if m else text


def _holds_all(s: _Scored, q: QuestionAnalysis, occurs: Callable[[str], bool]) -> bool:
    """The line, read with its sentence, misses none of the question's required words (a
    word seen nowhere, "grab" for "pick up", is the asker's phrasing)."""
    required = [k for k in s.missing if k in q.keywords and k not in q.soft_words | q.cue_words]
    return not any(occurs(k) for k in required)


# A duration's short unit and the words a question asks for it by ("how many hours": "24 h").
_DURATION_WORDS = {
    "h": "hour", "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute",
    "sec": "second", "secs": "second",
}  # fmt: skip


def _unit_asked(unit: str, q: QuestionAnalysis) -> bool:
    """The question names the unit a number is in ("how many vials": "5 vials")."""
    full = _DURATION_WORDS.get(unit, unit)
    return any(token_match(k, unit) or token_match(k, full) for k in q.keywords)


class ValueReading:
    """Value reading for ``LookupAnswerer``, which mixes it in: it finds a line's neighbours
    through the host (declared below)."""

    r: Retriever
    frame_lines: Callable[[str], list[Line]]
    sentence: Callable[[Line], list[Line]]
    same_row_right: Callable[[Line], list[Line]]
    below: Callable[[Line], list[Line]]

    def read_value(self, s: _Scored, q: QuestionAnalysis) -> None:
        """Read the value at the matched label: after it on the line (across a separator),
        in the line stacked with it (a card's "20 MPG" over its label), in the same row to
        the right (a table), else, for typed values, on the line or just below it."""
        line = s.line
        if q.wants_line or named_code(line.text, q):
            # "Ward 9 ICU" for "which ward": the asked noun with its number is the value
            s.value, s.value_line = line.text, line
            return
        joined = self.sentence(line)
        if joined and not q.value_type and (named := named_in([line, *joined], q.attribute)):
            # "which zone": the sentence's "zone 3", on whichever of its lines it is printed
            s.value, s.value_line = named
            s.said = _holds_all(s, q, self.r.occurs)
            s.label_end = s.label_end if named[1] is line else 0
            return
        after = line.text[s.label_end :]
        rest = after.strip(" :=-–|\t'\".,;")
        lines = self.frame_lines(line.frame_id)
        places: list[tuple[str, Line]] = []
        # A value follows its label across a separator ("Total: $9", "Phone = ..."); without
        # one, the words after a match are the rest of a sentence, not a value, unless the
        # line starts with an attribute's label ("by Rick Riordan").
        with_name = WITH_NAME.match(after) if q.ask.who and s.label_end > 0 else None
        if with_name:  # "who's the walk-round with": "... walk-round with Felix Ortega"
            places.append((with_name.group("name"), line))
        elif (
            rest and s.label_end > 0 and (q.value_type or SEPARATED.match(after) or s.concept_label)
        ):
            places.append((rest, line))
        partner = stack_partner(line, lines) if not places else None
        if partner is not None:
            places.append((partner.text, partner))
        places += [(o.text, o) for o in self.same_row_right(line) if o is not partner]
        if q.value_type:
            # A wrapped sentence's other lines say the value too; a line that ends its
            # sentence says nothing about the next one's value below it.
            typed = [*places, (line.text, line), *((o.text, o) for o in joined)]
            under = self.below(line)[:1]
            under += [o for o in tight_below(line, lines) if o not in under]
            if not s.names_attribute and q.value_type != "number":
                # The line only names the entity: its attribute is further down its entry.
                under += [o for o in block_below(line, lines) if o not in under]
            if closes(line):
                under = [o for o in under if o in joined]
            if MESSAGE.match(line.text):  # a chat line: the next message is another's say
                under = [o for o in under if not MESSAGE.match(o.text)]
            typed += [(o.text, o) for o in under if o not in joined]
            # A chat message's own time stamp says when it was sent, not the asked value.
            typed = [(_body(t), src) for t, src in typed]
            if self._read_typed(s, q, typed, line):
                s.said = (bool(joined) or closes(line)) and _holds_all(s, q, self.r.occurs)
                s.said = s.said and (s.value_line is line or s.value_line in joined)
                if s.value_line in joined:
                    s.label_end = 0  # the label is this line's words, not the value's
                return
            if not q.weak_type:
                return
            # "How much" also asks for a width or a mileage: a number, not necessarily money.
            places = [(t, src) for t, src in places if any(ch.isdigit() for ch in t)]
            if not places and not is_quantity(line.text):
                return
        if s.concept_on_line and is_quantity(line.text):
            s.value, s.value_line = line.text, line  # "20 MPG": the line is the value
        elif places:
            s.value, s.value_line = places[0][0], places[0][1]
        else:
            s.value, s.value_line = line.text, line

    def _read_typed(
        self, s: _Scored, q: QuestionAnalysis, places: list[tuple[str, Line]], line: Line
    ) -> bool:
        assert q.value_type is not None
        pattern = VALUE_TYPES[q.value_type].pattern
        if "version" in q.cue_words and any(VERSION.search(t) for t, _ in places):
            pattern = VERSION  # "which version": 2.6.0 in a file name, not the size before it
        # "... to 10pm. Isolation code": a count's word is in the same sentence as the count
        found = (counted(pattern, part, q) for part in clauses(line.text))
        if q.value_type == "number" and (m := next((m for m in found if m), None)):
            s.value, s.value_line = m.group(0).strip(), line
            return True
        for text, src in places:
            m = next(
                (m for m in typed_matches(pattern, text, q.value_type) if m.group(0).strip()), None
            )
            if m is None:
                continue
            unit = MEASURE.match(text, m.end()) if q.value_type == "number" else None
            if unit and not _unit_asked(unit.group(0).strip().lower(), q):
                # "the catalogue number", "how many vials": not the 200 of "200 uL" or the
                # 1 of "1 g", a measure in a unit the question does not ask for
                continue
            whole = text.strip(" :=-–|\t")
            # An id or number field: the whole short value, not the first digit run in it.
            if q.value_type == "number" and len(whole) <= 40 and src is not line:
                s.value, s.value_line = whole, src
            else:
                s.value, s.value_line = with_day(text, m, q.value_type), src
            return True
        if q.day_ok and pattern is VALUE_TYPES["time"].pattern:
            # "when does the group check out": "on Saturday 28/11" says when, without a clock
            day = VALUE_TYPES["date"].pattern
            for text, src in places:
                if (m := day.search(text)) and m.group(0).strip():
                    s.value, s.value_line = with_day(text, m, "date"), src
                    return True
        return False
