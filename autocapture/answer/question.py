"""What a question asks for: its content words and the kind of value that answers it.

The word lists come from the prompt bundle's ``query.rules`` template, so they are versioned,
hash-pinned and changed only through the PromptOps lifecycle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from autocapture.answer.asks import PageAsk, read_ask
from autocapture.answer.clauses import SOURCE, split_lead
from autocapture.answer.lexicon import WHEN_PHRASES, Concept, duration_ask
from autocapture.promptops.rules import QueryRules
from autocapture.text import tokens


@dataclass
class QuestionAnalysis:
    keywords: list[str]
    value_type: str | None = None
    wants_line: bool = False
    cue_words: set[str] = field(default_factory=set)
    soft_words: frozenset[str] = frozenset()
    topic: set[str] = field(default_factory=set)  # words after "about": what the answer is on
    ask: PageAsk = field(default_factory=PageAsk)  # attribute concepts, entity, yes/no
    weak_type: bool = False  # the type came from an ambiguous phrase ("how much" width)
    attribute: set[str] = field(default_factory=set)  # "which COUNTRY was it in": must be read
    # How the question is put ("did I PUT down", "her DETAILS"): soft, and not held against
    # a line that lacks them.
    phrasing: frozenset[str] = frozenset()
    # Words right before another content word ("REFUND test"): they say which one is meant.
    modifiers: frozenset[str] = frozenset()
    # Names from code as the question wrote them (lowStockThreshold, retry_budget), lower-cased.
    code_names: frozenset[str] = frozenset()
    # "When does X ...": a day answers as well as a clock ("on Saturday 28/11"), where
    # "what time" asks for the clock.
    day_ok: bool = False

    def is_code(self, word: str) -> bool:
        """A name from code (retry_budget, lowStockThreshold): what a line must show."""
        return "_" in word or word in self.code_names

    @property
    def concepts(self) -> list[Concept]:
        return self.ask.concepts

    def concept_soft(self, c: Concept) -> bool:
        return c.name in self.ask.soft_concepts

    def weight(self, word: str) -> float:
        if word in self.cue_words or word in self.topic or word in self.attribute:
            return 1.5
        if word in self.soft_words:
            return 0.5
        return 1.0

    def as_dict(self) -> dict:
        return {
            "keywords": self.keywords,
            "value_type": self.value_type,
            "wants_line": self.wants_line,
            "topic": sorted(self.topic),
            **({"concepts": [c.name for c in self.concepts]} if self.concepts else {}),
            **({"entity": self.ask.entity_text} if self.ask.entity_text else {}),
            **({"yes_no": True} if self.ask.yes_no else {}),
            **({"asks_name": True} if self.ask.asks_name else {}),
            **({"attribute": sorted(self.attribute)} if self.attribute else {}),
            **({"phrasing": sorted(self.phrasing)} if self.phrasing else {}),
        }


# "which country was the address in?", "what phone number did she give?": the noun after
# which/what names the attribute asked for; the rest says whose.
ASKED_NOUN = _ASKED_NOUN = re.compile(
    r"^\s*(?:which|what)\s+([a-z]+(?:\s+[a-z]+)?)\s+(?:was|is|were|are|did|does|do|had|has|got|gets)\b"
)


_WHEN_DONE = re.compile(
    r"^\s*(?:when|what date|which day) (?:was|were|is|are|did) .+ (\w+(?:ed|en))\??\s*$"
)
# "start refusing X", "began failing": the aspect verb says when the change happened; the page
# states the change itself ("X are refused").
_ASPECT = re.compile(
    r"\b(start|starts|started|begin|begins|began|keep|keeps|kept|continue|continues|continued)"
    r"\s+\w{3,}ing\b"
)


# A name from code or an id (retry_budget, lowStockThreshold, 4B, INV-2211): what a line
# must show, wherever the question mentions it.
_CODE_NAME = re.compile(r"_|[a-z][A-Z]|\d")
_CODE = re.compile(r"_|[a-z][A-Z]")  # retry_budget, maxRetries: a name in code
_VERB_LIKE = re.compile(r"(?:ed|ing)$")
_PARTICLES = {"up", "in", "out", "off", "down", "over", "back", "on", "away"}


def _has(phrase: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(phrase)}\b", text) is not None


# "cost centre", "tax code", "due date": the cue names what kind of id or date it is
_ID_HEADS = r"(?:centre|center|code|codes|id|ref|reference|category|type|date)"


def _modifier(cue: str, low: str) -> bool:
    """Whether a cue word only modifies the noun after it ("the cost centre")."""
    return " " not in cue and re.search(rf"\b{re.escape(cue)}\s+{_ID_HEADS}\b", low) is not None


def _in_name(cue: str, question: str) -> bool:
    """Whether a cue word is capitalised after another capitalised word (part of a name)."""
    if " " in cue:
        return False
    return re.search(rf"\b[A-Z][\w'’-]*\s+{re.escape(cue.capitalize())}\b", question) is not None


_NAMED_LETTER = re.compile(r"\b[A-Z][a-z]{1,12}\.?\s+([A-HJ-Z])\b(?![.'’\w])")
# Things that have a price: "how much" about them asks for money.
PRICED = {"invoice", "invoices", "bill", "bills", "fare", "fares", "rent", "quote", "salary",
          "wage", "wages", "refund", "deposit", "ticket", "tickets", "subscription", "owe",
          "owed", "pay", "paying", "costs", "prices", "fees", "charges", "budget"}  # fmt: skip


# "what did tomasz change SQ 18 to?": the verb asks for the new value, it names nothing shown
_CHANGED_TO = re.compile(
    r"\b(?:change|changed|changing)\b.+\bto\s*\??\s*$|\b(?:changed|moved|updated) (?:it|that)\b"
)
# "the number for the security desk", "a number to call the depot": a phone number (never "the
# PO number for", "the number of tests")
_NUMBER_TO_CALL = re.compile(
    r"\b(?:the|a|your|my|his|her|their|our)\s+number\s+(?:for|to reach|to call|to ring)\b"
)


# "who's the contributor on the claim, Sam Whaanga?": "who" asks for a person, so a name put
# after the question is the asker's guess, to be checked against what the screen shows, not
# a word every answer must hold (the screen may spell it otherwise).
WHO_GUESS = re.compile(
    r"^\s*who(?:'s|’s|\s+is|\s+was|\s+were|\s+are)\s.+,\s*"
    r"((?:[A-Z][\w'’-]*\s*){1,3})\??\s*$"
)
# "..., was it the duty manager Ana?": the asker's guess after the ask; its words may match
# but are not required (the guess can be wrong, or describe the person in other words).
GUESS_TAIL = re.compile(
    r"[,;-]\s*(?:or\s+)?(?:was|is|were|are)\s+(?:it|that|he|she|they)\s+(.+?)\??\s*$"
)
# "who posted the discrepancy": the verb names the one who did it ("Posted by", "Witness")
WHO_DID = re.compile(r"^\s*(?:and )?who\s+(?:had |has |have )?(\w+(?:ed|en|t))\b")
# "when does/is/are X", never "what time" or "when ... at what time"
_WHEN_DAY = re.compile(r"^(?!.*\btime\b)\s*when\s+(?:does|do|is|are|will)\b")


# "Njeri's number", "his number": someone's number, said with nothing between, is the one to
# call them on; "the order number" and "Njeri's ticket number" name another kind.
_PERSONS_NUMBER = re.compile(r"(?:\b\w+['’]s?|\b(?:his|her|their|your))\s+(?:number|no\.?)(?!\w)")


# "the small white window at the bottom, which ...": a lead describing the window, then the
# question asked of it
WINDOW_LEAD = re.compile(
    r"^\s*(?:in |on )?(?:the|that|this) (?:[\w-]+ ){0,4}?(?:window|terminal|dialog|box|pop-?up)"
    r"(?: [\w-]+){0,5}?,\s*(?=(?:which|what|who|when|where|how|is|was|does|did)\b)"
)
# "does it name", "did that mention": what the described window said, not a word of it
_SAID_BY_IT = re.compile(
    r"\b(?:does|did|do)\s+(?:it|that|this|they)\s+(name|mention|list|give|quote|show|say)\b"
)


def analyse(question: str, rules: QueryRules) -> QuestionAnalysis:
    question = WHEN_PHRASES.sub("when", question)  # "what period of time": a date or time
    low = question.lower()
    words = tokens(question)
    # "Dept. R", "Gate B", "Plan A": a capital letter after a name is part of it.
    letters = {m.group(1).lower() for m in _NAMED_LETTER.finditer(question)}
    keywords = [
        w
        for w in dict.fromkeys(words)
        if w not in rules.stopwords and (len(w) > 1 or w.isdigit() or w in letters)
    ]
    value_type = None
    weak_type = False
    cues: set[str] = set()
    for name, phrases in rules.type_phrases.items():
        if any(_has(p, low) for p in phrases):
            value_type = name
            # "how much" also asks for widths and mileages, unless what it asks about has a
            # price ("how much was the invoice")
            weak_type = name == "money" and not any(
                k in PRICED or k in rules.type_cues.get("money", ()) for k in keywords
            )
            drops = set(rules.type_phrase_drops.get(name, ()))
            keywords = [k for k in keywords if k not in drops]
            break
    asked = _ASKED_NOUN.match(low)
    # "which cost centre is the photo charged to?": the noun asked about is a kind of id or
    # date, so only a cue in it sets the kind of value; the verb's ("charged") names no sum.
    id_asked = asked.group(1) if asked and re.search(rf"\b{_ID_HEADS}$", asked.group(1)) else ""
    if value_type is None:
        for name, cue_list in rules.type_cues.items():
            # "Cesar Chavez Day": a cue inside a capitalised name names it, not a type
            hits = [
                c
                for c in cue_list
                if _has(c, low)
                and not _in_name(c, question)
                and not _modifier(c, low)
                and (not id_asked or _has(c, id_asked))
            ]
            if hits:
                value_type = value_type or name
                cues.update(h for h in hits if " " not in h)
    if value_type == "number" and _PERSONS_NUMBER.search(low):
        value_type = "phone"  # "njeri's number", "her number": the number to call her on
    if value_type:
        cues.update(k for k in rules.type_qualifiers.get(value_type, ()) if k in keywords)
    doer = WHO_DID.match(low)
    if doer and doer.group(1) in keywords:
        # "who posted the discrepancy": a "Posted by" label names the one who did
        cues.add(doer.group(1))
    event = _WHEN_DONE.match(low)
    if event and event.group(1) in keywords:
        # "when was 3.2.0 released?": the date is what answers the verb; a changelog prints
        # "3.2.0 - 2026-09-14", not the word "released".
        cues.add(event.group(1))
        value_type = value_type or "date"
    duration = duration_ask(question)
    if duration is not None and value_type in (None, "number"):
        # "How long do tokens last?": a length of time; "long" and the verb of lasting only
        # say so ("expire after 30 days"); "how many days": the unit is a cue, not a label.
        value_type, weak_type = duration[0], False
        keywords = [k for k in keywords if k != "long"]
        cues.update(k for k in duration[1] if k in keywords)
    named = {w.lower() for w in re.findall(r"[\w.-]+", question) if _CODE_NAME.search(w)}
    clauses = split_lead(question)
    asking = tokens(clauses.main) if clauses is not None else words
    wants_line = value_type is None and any(w in rules.line_cues for w in asking)
    m = re.search(r"\babout\s+(.+)$", low)
    topic = {w for w in tokens(m.group(1)) if w in keywords} if m else set()
    ask = read_ask(question, keywords)
    keywords = [k for k in keywords if k not in ask.consumed]
    if ask.value_type and (value_type is None or weak_type):
        value_type, weak_type = ask.value_type, False
    if (
        value_type == "number"
        and cues == {"number"}
        and ask.entity
        and not set(keywords) - cues - set(ask.entity)
    ):
        value_type = "phone"  # "the number for Mats Lind": nothing but a name has it
    if value_type == "number" and _NUMBER_TO_CALL.search(low):
        value_type = "phone"  # "I need the number for the security desk"
    if ask.yes_no or ask.concepts:
        wants_line = False
    aspect = {m.group(1) for m in _ASPECT.finditer(low)}
    if _CHANGED_TO.search(low):
        aspect |= {"change", "changed", "changing"}  # "what did tomasz change SQ 18 to?"
    phrasing = frozenset(
        k
        for k in keywords
        if (k in rules.phrasing_words or k in aspect) and k not in cues and k not in ask.entity
    )
    guess = WHO_GUESS.match(question)
    if guess is not None:
        phrasing = phrasing | {k for k in tokens(guess.group(1)) if k in keywords}
    tail = GUESS_TAIL.search(low)
    if tail is not None:
        phrasing = phrasing | {k for k in tokens(tail.group(1)) if k in keywords}
    where = SOURCE.search(low)
    if where is not None:  # "... according to johan in the chat": where, not what, it says
        phrasing = phrasing | {k for k in tokens(where.group("src")) if k in keywords}
    if clauses is not None:
        # "next to the failing tests, the other terminal grepped for X - what is it set
        # to?": the lead says where it was seen, counted where present, never against a
        # line; only a name from code or an id in it must be read.
        main = set(tokens(clauses.main))
        phrasing = phrasing | {k for k in keywords if k not in main and k not in named}
    described = WINDOW_LEAD.match(low)
    if described is not None:
        # "the small white window at the bottom, which X does it name": how the window looked
        # and where it sat say where to look, never words of the line that answers
        phrasing = phrasing | {k for k in tokens(described.group(0)) if k in keywords}
    said = _SAID_BY_IT.search(low)
    if said is not None:  # "which yaw motor does it name": the verb of saying, not a word shown
        phrasing = phrasing | ({said.group(1)} & set(keywords))
    soft = rules.soft_words | ask.soft | phrasing
    m = _ASKED_NOUN.match(low)
    attribute = (
        {w for w in tokens(m.group(1)) if w in keywords and w not in cues and w not in soft}
        if m
        else set()
    )
    kept = set(keywords)
    modifiers = frozenset(
        a
        for a, b, c in zip(words, words[1:], [*words[2:], ""], strict=False)
        if a in kept
        and b in kept
        and b not in phrasing
        and b not in cues
        and not _VERB_LIKE.search(b)  # "the customer signed": who did it, not which one
        and c not in _PARTICLES  # "the customer sign up": a verb follows, not a noun
    )
    return QuestionAnalysis(
        keywords,
        value_type,
        wants_line,
        cues,
        soft,
        topic,
        ask=ask,
        weak_type=weak_type,
        attribute=attribute,
        phrasing=phrasing,
        modifiers=modifiers,
        code_names=frozenset(w.lower() for w in re.findall(r"\w+", question) if _CODE.search(w)),
        day_ok=value_type == "time" and bool(_WHEN_DAY.search(low)),
    )
