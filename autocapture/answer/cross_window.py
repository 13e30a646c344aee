"""Which window showed something (cross_window): find it on screen, report the window it lay in.

A question names on-screen text ("where did I see Q-5508"), a kind of content ("the window
with the chat"), or a web server's request log; the answer is the window holding it, citing
the window node and the line that shows it.
"""

from __future__ import annotations

import itertools
import re

from autocapture.answer.base import AnswerContext, no_structure
from autocapture.answer.layout import same_row, tight_below
from autocapture.answer.lookup import Draft, Evidence
from autocapture.answer.window_choice import window_choice
from autocapture.answer.windows import (
    CHAT,
    CHAT_LOG,
    KIND_WORDS,
    MAIL_SOURCES,
    SOFT_WORDS,
    content_words,
    label_of,
    window_of,
)
from autocapture.retrieve import Line
from autocapture.text import DOUBLE_QUOTED, SINGLE_QUOTED, VALUE_TYPES, Bag, normalise, tokens
from autocapture.understand.dates import CLOCK_RE

# "The web server's request log", "the access log", "the GET requests": HTTP request lines.
SERVER_LOG_ASK = re.compile(
    r"\b(?:(?:web\s+)?server(?:['’]s)?\s+(?:request\s+|access\s+)?log|request\s+log|access\s+log"
    r"|(?:get|post|http)\s+requests?|requests?\s+lines?)\b|\b(?:get|post|put|delete)\s+/\S+"
)
_PATH = re.compile(r"(?<!\S)/[\w./-]+")
REQUEST_LINE = re.compile(r"\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/\S*\s+HTTP/\d")
# A narrow terminal wraps a request line: its start ('"GET /instrumen', quoted as access logs
# print it) and its end ('ts/bookings.html HTTP/1.1" 200') each mark one.
REQUEST_PART = re.compile(
    r"[\"“”]\s?(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/"
    r"|\bHTTP/\d(?:\.\d)?[\"“”]?\s*[1-5]\d\d\b"
)
_CONTAINERS = {"tab", "tabs"}  # "which tab had X": where X lay, never a word of it
MIN_PARTS = 2  # a window shows a log, not one line quoting a request
# "X, was that on the pickup form or in some other window?": the options offered are no part
# of what was shown; the answer says which of them it was.
OPTIONS = re.compile(
    r"\b(?:on|in|at) (?:the |my |a |an |that |this )?(?P<named>[\w'’ .~/-]{2,60}?),? or "
    r"(?:(?:in|on|at) )?(?:some |any |an |a |the )?(?:other|another|different|else)\b.*$"
)

# "which window showed Pasang Lama, the git log?": a trailing aside is the asker's guess of
# where it was, which may be wrong ("was it on one of the forms"); its words rank a window
# but none is required of it.
GUESS = re.compile(
    r",\s*(?:(?:was it|i think|maybe|probably) )?(?:in |on |from )?"
    r"(?:(?:one|any|some|either) of )?(?:the |that |my )"
    r"(?!one\b|ones\b)(?P<guess>[\w'’ .~/-]{2,40}?)\s*\??\s*$"
)

# "the phone numbers", "the quote amount": the generic noun after a type's cue word names
# the value's kind again, never a word shown beside it
_KIND_NOUNS = {"number", "numbers", "amount", "amounts", "figure", "figures", "value", "values"}

# "the crew phone list", "the email thread": a type's cue word naming a kind of document, not
# the value asked for
_LISTING = r"(?:list|lists|book|books|directory|sheet|sheets|register|thread|threads|roster)"


def _listing_only(cues: set[str], question: str) -> bool:
    """Whether every cue word of the question's type only names a listing ("phone list")."""
    low = question.lower()
    return (
        bool(cues)
        and all(re.search(rf"\b{re.escape(c)}\s+{_LISTING}\b", low) for c in cues)
        and not any(re.search(rf"\b{re.escape(c)}\b(?!\s+{_LISTING}\b)", low) for c in cues)
    )


def _shows(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(CLOCK_RE.sub(" ", text)) is not None


def _row_text(ctx: AnswerContext, line: Line) -> str:
    """The other cells of LINE's row in its window: text beside it at the same height."""
    return " ".join(
        o.text
        for o in ctx.lookup.frame_lines(line.frame_id)
        if o.window_row == line.window_row and o.span_id != line.span_id and same_row(o, line)
    )


def _column_text(ctx: AnswerContext, line: Line) -> str:
    """The first cells under LINE in its column: a header ("phone") shows the values its
    column lists, so "which window had the phone numbers" is the table headed so."""
    lines = [o for o in ctx.lookup.frame_lines(line.frame_id) if o.window_row == line.window_row]
    return " ".join(o.text for o in tight_below(line, lines, limit=2))


class CrossWindowAnswerer:
    """'Which window showed X?': find X on screen, report the window it lay in."""

    name = "cross_window"
    version = "1"

    def answer(self, ctx: AnswerContext) -> Draft:
        if SERVER_LOG_ASK.search(ctx.question.lower()):
            got = self._request_log(ctx)  # "which window had the web server's request log"
            if got is not None:
                return got
        choice = window_choice(ctx)  # "was X spelt so in the mail or in the chat?"
        if choice is not None:
            return choice
        quoted = DOUBLE_QUOTED.search(ctx.question) or SINGLE_QUOTED.search(ctx.question)
        if quoted:  # 'where did "Rosalyn Greer", spelled with a y, show up?': that exact text
            return self._exact(ctx, quoted.group(1) or quoted.group(2))
        words = [w for w in content_words(ctx) if w not in _CONTAINERS]
        offered = OPTIONS.search(ctx.question.lower())
        named: list[str] = []
        if offered:
            named = [w for w in tokens(offered.group("named")) if w in words]
            gone = set(tokens(offered.group(0)))
            words = [w for w in words if w not in gone]
        kinds = {KIND_WORDS[w] for w in words if w in KIND_WORDS}
        # "Ines's details": how it is asked; "the quote number Q-5508": the type of what is
        # shown; "EXTENSION 4417": the kind of the value given; none need be on screen.
        asked = tokens(ctx.question)
        literal_kind = {
            a
            for a, b in itertools.pairwise(asked)
            if any(c.isdigit() for c in b) and len(b) >= 3 and not any(c.isdigit() for c in a)
        }
        kind_nouns = {
            b
            for a, b in itertools.pairwise(asked)
            if a in ctx.analysis.cue_words and b in _KIND_NOUNS
        }
        phrasing = ctx.analysis.phrasing | ctx.analysis.cue_words | literal_kind | kind_nouns
        required = [
            w for w in words if w not in KIND_WORDS and w not in SOFT_WORDS and w not in phrasing
        ]
        guess = GUESS.search(ctx.question.lower())
        if guess and not offered:
            guessed = set(tokens(guess.group(0)))  # "on one of the forms": all of it
            if any(w not in guessed for w in required):
                required = [w for w in required if w not in guessed]
        if not required and kinds:
            return self._by_kind(ctx, kinds)
        if not words:
            return Draft("", None, [], 0.0, "indeterminate", "question_has_no_searchable_words")
        hits = ctx.retriever.search(words, ctx.intent.start, ctx.intent.end, limit=200)
        typed = VALUE_TYPES.get(ctx.analysis.value_type or "")
        if _listing_only(ctx.analysis.cue_words, ctx.question):
            typed = None  # "which window had the crew phone list": a list, not a number
        asked = tokens(ctx.question)
        naming = {
            a for a, b in itertools.pairwise(asked) if b in ctx.analysis.cue_words and a in required
        }
        best: list[tuple[float, int, Line]] = []
        holds: dict[str, set[str]] = {}  # span id: the question's words on the line
        for h in hits:
            bag = Bag.of(h.text)
            # Words on the line count fully; words elsewhere in its window (a mail's sender
            # above its body, a heading above a paragraph) count half.
            on_line = [w for w in words if bag.has(w)]
            nearby = [w for w in words if w not in on_line and ctx.window_bag(h).has(w)]
            absent = sum(1 for w in words if w in phrasing and w not in on_line + nearby)
            cover = (len(on_line) + 0.5 * len(nearby)) / max(1, len(words) - absent)
            missing = sum(1 for w in required if w not in on_line and w not in nearby)
            if not on_line or missing > (1 if len(required) >= 4 else 0):
                continue  # every specific word of the question must be somewhere in the window
            if any(w not in on_line and w not in nearby for w in naming):
                continue  # "the TRACKING number": which number, never the word let go
            # "the tracking number": a line showing one, not one asking for it; a name in a
            # table shows its mobile in another cell of the same row
            if (
                typed is not None
                and not _shows(typed.pattern, h.text)
                and not _shows(typed.pattern, _row_text(ctx, h))
                and not _shows(typed.pattern, _column_text(ctx, h))
            ):
                continue
            if h.window_title and h.window_title.lower() in h.text.lower():
                cover -= 0.3  # the title bar repeating the window's name is not content
            best.append((cover, h.ts_ms, h))
            holds[h.span_id] = set(on_line)
        if not best:
            # A time filter that leaves no frame ("the workshop on Friday at 2pm") may be
            # what was shown: said so, the question is asked again with it as words.
            empty = (
                ctx.intent.active
                and ctx.retriever.count_frames(ctx.intent.start, ctx.intent.end) == 0
            )
            why = "no_frames_in_time_range" if empty else "no_matching_text"
            return Draft("", None, [], 0.1, "indeterminate", why)
        best.sort(key=lambda t: (t[0], t[1]), reverse=True)
        cover, _, line = best[0]
        own = [w for w in named if w not in KIND_WORDS and w not in SOFT_WORDS]
        if own:
            # Shown both on the option named and elsewhere: the option named is the answer.
            on_named = [
                b
                for b in best
                if holds[b[2].span_id] >= holds[line.span_id]
                and all(Bag.of(b[2].window_title or "").has(w) for w in own)
            ]
            if on_named:
                cover, _, line = on_named[0]
        if cover < 0.3 or line.window_row is None:
            return Draft("", None, [], 0.3, "indeterminate", "weak_match_or_no_window")
        win = window_of(ctx, line)
        if win is None:
            return no_structure("window facts")
        text = f'{label_of(win)} showed "{line.text}" at {ctx.local_time(line.ts_utc)}.'
        if named:
            # "on the pickup form or in some other window?": say which
            title = win.attrs.get("title") or win.text
            there = bool(own) and all(Bag.of(title).has(w) for w in own)
            option = " ".join(named)
            text = f"On the {option}: {text}" if there else f"Not on the {option}: {text}"
        others = sorted(
            {
                h.window_title
                for c, _, h in best[1:]
                if c >= cover - 0.05 and h.window_title and h.window_title != win.text
            }
        )
        return Draft(
            text,
            win.text,
            [Evidence(win.as_line(), "value"), Evidence(line, "label")],
            round(0.5 + 0.4 * min(1.0, cover) - (0.15 if others else 0.0), 3),
            "ok",
            None,
            {"coverage": round(cover, 3), "also_in": others[:3]},
        )

    def _exact(self, ctx: AnswerContext, quote: str) -> Draft:
        """The windows that showed the quoted text exactly (a near spelling is another
        name), the latest sighting first."""
        want = normalise(quote)
        hits = ctx.retriever.search(tokens(quote), ctx.intent.start, ctx.intent.end, limit=200)
        # the quoted words whole: "Pneus Bandeira" is not in "Pneus Bandeirante"
        whole = re.compile(rf"(?<!\w){re.escape(want)}(?!\w)")
        exact = [h for h in hits if whole.search(normalise(h.text)) and h.window_row is not None]
        if not exact:
            return Draft("", None, [], 0.2, "indeterminate", "quoted_text_not_seen")
        line = max(exact, key=lambda h: h.ts_ms)
        win = window_of(ctx, line)
        if win is None:
            return no_structure("window facts")
        others = sorted(
            {h.window_title for h in exact if h.window_title and h.window_title != win.text}
        )
        also = f" It also showed in {', '.join(repr(o) for o in others[:3])}." if others else ""
        return Draft(
            f'{label_of(win)} showed "{line.text}" at {ctx.local_time(line.ts_utc)}.{also}',
            win.text,
            [Evidence(win.as_line(), "value"), Evidence(line, "label")],
            0.8,
            "ok",
            None,
            {"quoted": quote, "windows": 1 + len(others)},
        )

    def _request_log(self, ctx: AnswerContext) -> Draft | None:
        """The window whose lines were a web server's request log: HTTP request lines
        ("GET /page.html HTTP/1.1" 200), the latest sighting."""
        hits = ctx.retriever.search(["get", "http"], ctx.intent.start, ctx.intent.end, limit=200)
        logged = [h for h in hits if REQUEST_LINE.search(h.text) and h.window_row is not None]
        if not logged:
            # Wrapped request lines: a window whose frame shows several of their parts
            parts = [h for h in hits if REQUEST_PART.search(h.text) and h.window_row is not None]
            per: dict[tuple[str, int | None], int] = {}
            for h in parts:
                per[(h.frame_id, h.window_row)] = per.get((h.frame_id, h.window_row), 0) + 1
            logged = [h for h in parts if per[(h.frame_id, h.window_row)] >= MIN_PARTS]
        paths = _PATH.findall(ctx.question)
        if paths:  # "the GET /efiling.html request lines": requests for that path
            logged = [h for h in logged if any(p in h.text for p in paths)]
        if not logged:
            return None
        line = max(logged, key=lambda h: (h.ts_ms, bool(REQUEST_LINE.search(h.text))))
        win = window_of(ctx, line)
        if win is None:
            return None
        shown = sum(1 for h in logged if h.frame_id == line.frame_id)
        text = (
            f"{label_of(win)} showed the server's request log at {ctx.local_time(line.ts_utc)} "
            f'({shown} request line{"s" if shown != 1 else ""}, e.g. "{line.text}").'
        )
        return Draft(
            text,
            win.text,
            [Evidence(win.as_line(), "value"), Evidence(line, "label")],
            0.75,
            "ok",
            None,
            {"request_lines": len(logged)},
        )

    def _by_kind(self, ctx: AnswerContext, kinds: set[str]) -> Draft:
        wanted = {CHAT if k == CHAT_LOG else k for k in kinds}
        nodes = ctx.graph.nodes(tuple(sorted(wanted)), ctx.intent.start, ctx.intent.end)
        nodes = [
            n
            for n in nodes
            if n.window_row is not None
            and not (
                CHAT_LOG in kinds and CHAT not in kinds and n.attrs.get("source") in MAIL_SOURCES
            )
        ]
        if not nodes:
            return no_structure(" or ".join(sorted(kinds)))
        last = nodes[-1]
        win = window_of(ctx, last)
        if win is None:
            return no_structure("window facts")
        kind = last.kind.replace("_", " ")
        text = f"{label_of(win)} showed the {kind}s at {ctx.local_time(last.ts_utc)}."
        return Draft(
            text,
            win.text,
            [Evidence(win.as_line(), "value"), Evidence(last.as_line(), "label")],
            0.75,
            "ok",
            None,
            {"kinds": sorted(kinds), "nodes": len(nodes)},
        )
