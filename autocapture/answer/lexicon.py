"""General English vocabulary for reading questions about pages: attribute concepts, the
words that only qualify what is asked, and the words that ask for a subject's name.

A question rarely uses the page's own label: it asks for the "wideness" where the page says
"Width", the "mileage" where it says "MPG", when a book was "published" where the page shows
only a date. A *concept* ties the words a question may use (``cues``) to the words a page
prints for the same attribute (``forms``), and may say what type of value answers it.

Every entry is ordinary vocabulary (a thesaurus, units and their spelled-out names), never
the wording of a particular site, page or question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autocapture.text import Bag


@dataclass(frozen=True)
class Concept:
    name: str
    cues: tuple[str, ...]  # words or phrases a question may use for the attribute
    forms: tuple[str, ...]  # how a page labels it (words or phrases)
    strong: tuple[str, ...] = ()  # cues that name the concept alone; others need a second cue
    value_type: str | None = None  # the value type that answers it, when it has one
    anchors: tuple[str, ...] = ()  # weak cues only count together when one of these is there


def _split(v: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in v.split("|") if p.strip())


def _concept(
    name: str,
    cues: str,
    forms: str,
    strong: str = "",
    value_type: str | None = None,
    anchors: str = "",
) -> Concept:
    return Concept(name, _split(cues), _split(forms), _split(strong), value_type, _split(anchors))


# name, question cues, page forms, strong cues ("*": every cue is strong), value type, anchors
CONCEPTS: tuple[Concept, ...] = (
    _concept(
        "fuel_economy",
        "fuel economy|fuel efficiency|fuel consumption|gas mileage|mileage|mpg|miles per gallon"
        "|per gallon|gallon|gallons|fuel|gas|distance|travel|travelled|traveled|driving"
        "|volume of fuel|economy|efficiency|consumption",
        "fuel economy|fuel efficiency|fuel consumption|mileage|mpg|miles per gallon|km/l"
        "|l/100km|l/100 km",
        "fuel economy|fuel efficiency|fuel consumption|gas mileage|mileage|mpg|miles per gallon",
        anchors="fuel|gas|gallon|gallons|per gallon|volume of fuel",
    ),
    _concept("width", "width|wide|wideness|breadth|broadness", "width|wide", "*"),
    # "how long is the story": a text's length is printed as its count of words or pages
    _concept(
        "length",
        "length|long|lengthiness|how long is|how long was|how long are|how long were",
        "length|long|words|word count|pages",
        "length|lengthiness|how long is|how long was|how long are|how long were",
    ),
    _concept("height", "height|tall|tallness|high", "height|tall|high", "height|tall|tallness"),
    _concept("depth", "depth|deep", "depth|deep", "*"),
    _concept("weight", "weight|heavy|weighs|weigh|heaviness", "weight|weighs", "*"),
    _concept("kind", "kind|type|sort|category|variety", "type|kind|category", "*"),
    _concept(
        "published",
        "published|publication|publish|publishing|release date|pub date|on sale|came out",
        "published|publication date|pub date|release date|on sale|publication",
        "*",
        value_type="date",
    ),
    _concept(
        "cast",
        "actor|actors|actress|actresses|cast|starring|stars|star",
        "starring|cast|stars|actors|actor",
        "actor|actors|actress|actresses|cast|starring",
    ),
    _concept(
        "writer",
        "writer|writers|screenwriter|screenwriters|screenplay|written|wrote",
        "written by|writer|writers|screenplay|wrote",
        "writer|writers|screenwriter|screenwriters|screenplay",
    ),
    _concept("author", "author|authors|authored", "author|authors|by|written by", "*"),
    _concept(
        "director", "director|directors|directed", "directed by|director|directors|directed", "*"
    ),
    _concept("product", "product|device|item", "product|device|item", "*"),
    # "what's her job title": a staff list's Role or Position column
    _concept(
        "job",
        "job|position|role|occupation|designation",
        "role|position|job title|job|designation",
        "job|occupation|designation",
    ),
    # "how did the conflict check come out": the column or label giving the result
    _concept(
        "outcome",
        "come out|turn out|turned out|outcome|result|verdict",
        "result|results|outcome|status|verdict|decision",
        "*",
    ),
    # "the group's headcount": how many people, printed as a count of pax, people, guests
    _concept(
        "headcount",
        "headcount|head count|group size|party size|number of people|how many people",
        "pax|people|persons|guests|travellers|travelers|participants|attendees|headcount",
        "*",
    ),
    # "when is the serum supposed to arrive": an ETA, Due or Expected column; a crew or
    # a delivery arrives when it is "on site"
    _concept(
        "arrival",
        "arrive|arrives|arriving|arrival|get here|gets here|be delivered|delivered|come in",
        "eta|arrival|arrives|expected|due|delivery date|expected delivery|on site|onsite",
        "*",
    ),
)

# Phrases that only say "when": replaced before the question is analysed.
WHEN_PHRASES = re.compile(r"\b(?:(?:what|which) )?(?:period of time|time ?frame|point in time)\b")

# Words that qualify what is asked without naming it ("its greatest turning radius", "the
# maximum speed"): they help when present and are never required.
QUALIFIERS = frozenset(
    _split(
        "greatest|largest|biggest|highest|maximum|max|most|top|least|smallest|lowest|minimum|min"
        "|overall|exact|approximate|current|actual|official|listed|stated|given|used|using|one"
    )
)

# Qualifiers that ask for a magnitude ("the largest attachment", "the minimum interval"): a
# number answers them.
MAGNITUDE = frozenset(
    _split(
        "greatest|largest|biggest|highest|maximum|max|most|fewest|least|smallest|lowest|minimum|min"
    )
)

# Verbs that carry no attribute ("how many seats does it have"): dropped from the search.
FILLER = frozenset(_split("have|has|had|having|get|gets|come|comes|contain|contains|feature"))

# "How long do tokens last?", "how long does the build take?": a length of time. A bare
# "how long is X" may be a length ("the cable"), so it needs an auxiliary or a verb of lasting.
TIME_UNITS = frozenset(
    _split("second|seconds|minute|minutes|hour|hours|day|days|week|weeks|month|months|year|years")
)
DURATION_VERBS = frozenset(
    _split(
        "last|lasts|lasted|take|takes|took|keep|keeps|kept|stay|stays|stayed|remain|remains"
        "|remained|expire|expires|expired|valid|retain|retains|retained|live|lives|wait|waits"
        "|run|runs|ran|hold|holds|held|persist|persists"
    )
)
_HOW_LONG = re.compile(
    r"\bhow long\b(?:\s+(?:do|does|did|will|would|can|could|should|must"
    r"|has|have|had|until|till|before|ago)\b)?"
)
_HOW_MANY_UNITS = re.compile(rf"\bhow many ({'|'.join(sorted(TIME_UNITS))})\b")


def duration_ask(question: str) -> tuple[str, set[str]] | None:
    """Whether a question asks for a length of time: ("duration", words that only say so:
    "long", the verb of lasting) for "how long ...", ("number", the unit and verb) for "how
    many days ...", else None."""
    low = question.lower()
    words = set(re.findall(r"[a-z]+", low))
    verbs = words & DURATION_VERBS
    m = _HOW_MANY_UNITS.search(low)
    if m:
        return "number", {m.group(1), *verbs}
    m = _HOW_LONG.search(low)
    if m and (m.group(0) != "how long" or verbs):
        return "duration", {"long", *verbs}
    return None


# Words that ask for a name: "what is this player called", "the name of this product".
NAME_WORDS = frozenset({"name", "named", "called", "title", "titled"})

_YES_NO_LEAD = frozenset(
    {"is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could"}
)


def phrase_in(phrase: str, text: str) -> re.Match[str] | None:
    """PHRASE as whole words in lower-cased TEXT (a plural -s allowed on its last word)."""
    return re.search(rf"(?<![\w]){re.escape(phrase)}s?(?![\w])", text)


def form_span(concept: Concept, text: str) -> tuple[int, int] | None:
    """Where TEXT prints one of the concept's forms (the earliest), in TEXT's characters."""
    low = text.lower()
    spans = [m.span() for f in concept.forms if (m := phrase_in(f, low))]
    return min(spans, key=lambda sp: (sp[0], -sp[1])) if spans else None  # earliest, longest


def concept_in_bag(concept: Concept, bag: Bag) -> bool:
    """Whether the words of a bag include one of the concept's forms (all its words)."""
    return any(all(bag.has(w) for w in re.findall(r"[a-z0-9/]+", f)) for f in concept.forms)


def form_words(concept: Concept) -> list[str]:
    """The single words of a concept's forms, to search the index with."""
    out: dict[str, None] = {}
    for f in concept.forms:
        for w in re.findall(r"[a-z0-9/]+", f):
            if len(w) > 1:
                out[w] = None
    return list(out)


_SUBJECT_PRONOUN = r"(?:i|you|we|they|he|she)"


def _verb_use(cue: str, low: str) -> bool:
    """A label word used as the verb of a person ("what name did I TYPE in", "you type"),
    not as the noun a page prints (a "Type" label)."""
    return re.search(rf"\b{_SUBJECT_PRONOUN}\s+{re.escape(cue)}\b", low) is not None


def concepts_in(question: str) -> list[tuple[Concept, list[str]]]:
    """Concepts a question asks about, with the cue phrases that named them. A concept needs
    one strong cue or two weaker ones ("distance ... per gallon" is fuel economy)."""
    low = question.lower()
    found = []
    for c in CONCEPTS:
        hits = [
            cue
            for cue in c.cues
            if phrase_in(cue, low) and not (cue in c.forms and _verb_use(cue, low))
        ]
        # A cue inside a longer cue that also hit is the same mention ("fuel" in "fuel economy").
        hits = [h for h in hits if not any(h != o and phrase_in(h, o) for o in hits)]
        weak_ok = len(hits) >= 2 and (not c.anchors or any(h in c.anchors for h in hits))
        if weak_ok or any(h in c.strong or c.strong == ("*",) for h in hits):
            found.append((c, hits))
    return found


def is_yes_no(question: str) -> bool:
    """A question that starts with an auxiliary verb ("Is X one of the actors?")."""
    words = question.strip().split()
    return bool(words) and words[0].lower().strip("'\"") in _YES_NO_LEAD
