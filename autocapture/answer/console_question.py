"""What a colour or weight question asks: which colour ("red", "greyed out"), whether the
text's own colour or the one behind it ("the highlight"), which words name the text and which
only place it ("in the grep output", "the tidepool-web terminal"), and whether it asks for a
list ("which lines were red?") or an outcome ("which tests failed?").

Read once here so that every console answerer takes a question's words the same way.
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.console_counts import ASKED
from autocapture.answer.console_place import asked_look
from autocapture.answer.console_tokens import kind_of
from autocapture.answer.window_words import FRAME_WORDS
from autocapture.understand.colours import canonical

COLOUR_WORDS = {
    "colour",
    "color",
    "colours",
    "colors",
    "coloured",
    "colored",
    "shown",
    "printed",
    "displayed",
    "highlighted",
    "written",
    "text",
    "line",
    "lines",
    "word",
    "words",
    "terminal",
    "console",
    "output",
    "which",
    "what",
    "font",
}
STYLED = re.compile(r"\b(label|labels|tag|tags|badge|badges|decoration|highlighted)\b")
STATUS = re.compile(r"\b(result|results|status|outcome|marked|verdict)\b")
ID_LIKE = re.compile(r"[./_:\-\d]")
# Words that place the text (which listing, which output) rather than name it.
CONTEXT_ONLY = {
    "ls",
    "list",
    "lists",
    "listing",
    "log",
    "graph",
    "output",
    "result",
    "results",
    "name",
    "names",
    "entry",
    "entries",
    "label",
    "labels",
    "commit",
    "commits",
    "grep",
    "run",
    # what a table's text is ("the ARRIVING statuses", "the X cell"), not a word it holds
    "cell",
    "cells",
    "status",
    "statuses",
}
# ... and the row a text stands on ("the OUT OF ORDER row"), when its colour is asked: a
# question about rows in a colour ("whose row was highlighted") is answered by rows whole.
# "Its whole row", "the entire line": how much of it, not a word it holds.
DESCRIBING = CONTEXT_ONLY | {"row", "rows", "whole", "entire"}
# What kind of display a text is on ("on the board", "in the table"): met by a table's cell.
DISPLAY_KINDS = frozenset({"board", "boards", "table", "tables", "grid", "dashboard"})
# Words that neither name a command block nor its place ("the grep output", "the test run").
GENERIC = CONTEXT_ONLY - {"ls", "log", "graph", "commit", "commits", "grep"}
# What a run reports on ("tests", "cases") and how a question says it was reported ("marked"):
# the counted thing, not where it ran.
NOT_PLACE = {"test", "tests", "case", "cases", "check", "checks", "spec", "specs", "job", "jobs"}
NOT_PLACE |= {"step", "steps", "item", "items", "marked", "showed", "got", "total", "ran"}
# How a question says something turned out ("came up red", "went green", "turned yellow").
NOT_PLACE |= {"came", "come", "comes", "coming", "went", "turned", "appeared", "ended"}
# Questions about lines or words ("which lines were red after the tests failed?") are listings
# of text, not of items with an outcome.
ROWS = re.compile(r"\b(lines?|words?|text|rows?)\b")
BOLD = re.compile(r"\b(bold|bolded|boldface|emboldened)\b")
# Words that ask for a list ("which entries were bold?") rather than about one text.
# Items a test run marks with an outcome; and the outcomes, most often asked about first.
TEST_ITEMS = re.compile(r"\b(tests?|test cases?|specs?|cases)\b")
OUTCOMES = [("fail", "failed"), ("error", "error"), ("skip", "skipped"), ("xfail", "xfailed"),
            ("xpass", "xpassed"), ("pass", "passed")]  # fmt: skip
# Capitals as a screen prints a name: "SKIP", "TODO", a code with its number "INC-2", "FZ-04",
# and words in capitals run together ("OUT OF ORDER"), one name.
CODE = re.compile(r"\b(?:[A-Z]{2,}[A-Z0-9_]*(?:-[A-Z0-9]+)+|[A-Z][A-Z_]{2,}(?: [A-Z][A-Z_]+)*)\b")
# "berthcalc make check - which tests came up red": a lead naming the run, then the ask.
LISTING = re.compile(
    r"(?:^|\s[-–—]\s|,\s)\s*(which|what|list|show|name)\b(?!\s+(colou?r|weight)\b)"
)
WEIGHT_WORDS = {"bold", "bolded", "boldface", "emboldened", "weight", "heavy", "font"}
# "The red one", "the grey ones": a word standing for the thing asked about, naming no text.
PRO_FORMS = {"one", "ones"}
# "The crate thing": a vague noun for a display, naming no text on it.
PRO_FORMS |= {"thing", "things", "stuff"}


# "the black terminal", "my dark window": a colour describing where, not the one asked for.
_PLACE_COLOUR = re.compile(
    r"^\s*(?:-|background|bg|themed?|terminals?|windows?|consoles?|shells?|xterms?|tabs?|pages?"
    r"|screens?|panes?)\b",
    re.IGNORECASE,
)


# "Greyed out", "grayed-out": shown in grey.
_GREYED = re.compile(r"^(?:grey|gray)ed$", re.IGNORECASE)


def colour_word(word: str) -> str | None:
    """The colour a question's word names ("gray" and "greyed" are grey), else None."""
    return "grey" if _GREYED.match(word) else canonical(word)


# "Had a red background": the colour behind the text asked about, not a place's look.
_BACKGROUND_AFTER = re.compile(r"^\s*(?:-\s*)?(?:background|bg)s?\b", re.IGNORECASE)


def asked_colour(question: str) -> str | None:
    """The colour a question asks about: the first colour word not describing a place ("the
    black terminal"); a background's colour when the background is what it asks about."""
    behind = look_asked(question) == "background"
    for m in re.finditer(r"[A-Za-z]+", question):
        c = colour_word(m.group())
        if c is None:
            continue
        rest = question[m.end() :]
        if not _PLACE_COLOUR.match(rest) or (behind and _BACKGROUND_AFTER.match(rest)):
            return c
    return None


# "White on blue", "black text on a yellow background": text in one colour drawn on another.
_PAIR = re.compile(r"\b([a-z]+)(?: text)? on (?:an? |the )?([a-z]+)\b")


def asked_pair(question: str) -> tuple[str, str] | None:
    """(text colour, background colour) when the question names both ("white on blue")."""
    for m in _PAIR.finditer(question.lower()):
        fg, bg = colour_word(m.group(1)), colour_word(m.group(2))
        if fg is not None and bg is not None and fg != bg:
            return fg, bg
    return None


# "What colour was the highlight", "highlighted in", "the background of": the colour behind
# the text. "Background" always asks for it; "highlight" does when the text's background
# differs from its window's (a selection or marked row), and otherwise means the text's own
# colour (grep highlights its matches by drawing them in red).
_BACKGROUND_ASK = re.compile(r"\b(background|backgrounds|bg)\b")
_HIGHLIGHT_ASK = re.compile(r"\b(highlight|highlights|highlighted|highlighting|shaded|shading)\b")
LOOK_WORDS = {"background", "backgrounds", "bg", "highlight", "highlights", "highlighting"}
LOOK_WORDS |= {"shaded", "shading"}
# "The faint one", "dimmed": how grey text looks, not a word it holds.
LOOK_WORDS |= {"faint", "fainter", "dim", "dimmed", "faded"}
# "In yellow letters": the text's own colour, naming no word of it.
LOOK_WORDS |= {"letters", "lettering", "ink"}
# "Plain red text" (not a red bar): the text's own colour, on the window's usual background.
LOOK_WORDS |= {"plain"}
LETTERED = re.compile(r"\b(?:letters|lettering|ink|plain)\b")
# "Dark blue", "bright red": a shade of the colour named after it, not a word to find.
SHADES = frozenset({"dark", "darker", "light", "lighter", "bright", "pale", "deep", "pastel"})
# "the terminal with the dark background": a background describing where, not the one asked
# ("a row on a red background" asks about it).
_PLACE_BACKGROUND = re.compile(r"\b(?:with|in) (?:the |a |an )?\w+ background\b")


def look_asked(question: str) -> str:
    """ "background", "highlight" or "" (the text's own colour)."""
    low = question.lower()
    if _BACKGROUND_ASK.search(low) and not _PLACE_BACKGROUND.search(low):
        return "background"
    return "highlight" if _HIGHLIGHT_ASK.search(low) else ""


NAMED_WINDOW = re.compile(
    r"\bin the ([\w./~@:-]+(?: [\w./~@:-]+)?) (?:terminal|window|console|shell)\b"
)
# "... on the standboard": the place the question ends with, a window when a title names it
ON_THE = re.compile(r"\b(?:in|on) the ([\w./~@:-]+(?: [\w./~@:-]+)?)\s*\??\s*$")


def cue_words(question: str) -> set[str]:
    """Words naming a kind of token ("hashes", "line numbers"): a shape, not a text."""
    named = kind_of(question)
    return named[1] if named else set()


def placing_terms(ctx: AnswerContext, cue: set[str] | frozenset = frozenset()) -> list[str]:
    """Words placing an outcome or count question's run (a window title, a directory, a
    command): not the outcome, the counted noun or filler."""
    return [
        t
        for t in question_terms(ctx)
        if t not in GENERIC and t not in NOT_PLACE and t not in cue and not ASKED.search(t)
    ]


# "..., same pinkish as the commit hashes or no": an afterthought comparing the text with
# another one; it names a reference, not the text asked about nor its place.
_ASIDE = re.compile(
    r"[,;]\s*(?:(?:is|was|were)\s+(?:it|that|they)\s+)?(?:the\s+)?same\b[^,;?]*"
    r"|\s[-\u2013\u2014]\s+(?:(?:is|was|were)\s+(?:it|that|they)\s+)?(?:the\s+)?same\b[^,;?]*"
)


def aside_words(question: str) -> set[str]:
    """Words only an afterthought comparison uses ("same pinkish as the commit hashes or
    no"): kept out of the words that find the text, since a line holding the asked text
    never also holds the text it is compared with."""
    low = question.lower()
    asides = [m.group() for m in _ASIDE.finditer(low)]
    if not asides:
        return set()
    rest = _ASIDE.sub(" ", low)
    kept = set(re.findall(r"[a-z0-9]+", rest))
    return {w for a in asides for w in re.findall(r"[a-z0-9]+", a) if w not in kept}


def shade_words(question: str) -> set[str]:
    """The shade words standing before a colour word ("dark blue", "bright-red")."""
    pairs = re.finditer(r"\b([a-z]+)[ -]+(?=([a-z]+)\b)", question.lower())
    return {
        m.group(1) for m in pairs if m.group(1) in SHADES and colour_word(m.group(2)) is not None
    }


def question_terms(ctx: AnswerContext) -> list[str]:
    """The question's words that name or place the text: not its colour, weight or look
    words, nor those framing any window question, nor an afterthought comparison's."""
    look = asked_look(ctx.question)  # "the dark terminal": where, not what to find
    aside = aside_words(ctx.question) | shade_words(ctx.question)
    return [
        k
        for k in ctx.analysis.keywords
        if k not in aside
        and k not in COLOUR_WORDS
        and (look is None or k != look[1])
        and k not in FRAME_WORDS
        and k not in WEIGHT_WORDS
        and k not in LOOK_WORDS
        and k not in PRO_FORMS
        and colour_word(k) is None
    ]
