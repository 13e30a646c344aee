"""Outcomes in console output: "how many tests passed in the harbor-api run?" and "which tests
failed (in red)?".

Test runners and build tools report outcomes two ways, and both are read here by shape:
a summary that states a count next to the outcome word ("1 failed, 4 passed in 0.12s",
"Tests: 3 passed", "FAILED (failures=2)"), and one row per item where the outcome word sits
next to the item's identifier ("tests/test_a.py::test_x PASSED", "FAILED tests/test_a.py::
test_x - KeyError", "--- FAIL: TestX", "test a::b ... ok"). A count prefers the summary (it
covers rows that scrolled away) and else counts the item rows; a listing names the
identifiers and abstains when no item carries the outcome. Only the command block the
question names (by window title, the prompt's directory or the command) is read, and within
it the section of a file the question names ("in deadlines.t": prove heads each test file's
rows with "t/deadlines.t ..").

TAP output ("ok 1 - name", "not ok 3 - name", "# SKIP"/"# TODO" directives) is read row by
row: its items are named by their descriptions, and a 'not ok' marked TODO is expected to
fail, so it is no failure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from autocapture.answer.base import AnswerContext, no_structure
from autocapture.answer.console_blocks import (
    Block,
    Named,
    named_blocks,
    report_name,
    section_name,
    section_named,
)
from autocapture.answer.console_items import Item, Summary
from autocapture.answer.console_outcome_rows import _TEST_ROW as _TEST_ROW  # re-exported
from autocapture.answer.console_outcome_rows import OUTCOME_COLOUR, coloured_tests
from autocapture.answer.console_tap import tap_items, tap_row
from autocapture.answer.console_tokens import Kind, Token, find_tokens, part_colour
from autocapture.answer.lookup import Draft, Evidence
from autocapture.retrieve import Line
from autocapture.text import contains_value
from autocapture.understand.colours import name_colour

# Outcome words a question uses, by family; and the words a console prints for each.
ASKED = re.compile(
    r"\b(pass(?:ed|es|ing)?|succeed(?:ed|s)?|fail(?:ed|s|ing|ures?)?|error(?:ed|s)?"
    r"|skip(?:ped|s)?|xfail(?:ed)?|crash(?:ed|es|ing)?)\b"
)
PRINTED = {
    "pass": r"pass(?:ed|es|ing)?|ok|succeeded|success(?:ful)?",
    "fail": r"fail(?:ed|s|ing|ures?)?",
    "error": r"error(?:ed|s)?",
    "skip": r"skip(?:ped|s)?",
    "xfail": r"xfail(?:ed)?",
    "crash": r"crash(?:ed|es|ing)?!?|segfault|segmentation fault|core dumped",
    "xpass": r"xpass(?:ed)?",
    "collect": r"collected|collecting|ran|running|total",
}
# ... and those a count stands next to ("4 passed"; never "200 OK", a status code).
STATED = {**PRINTED, "pass": r"pass(?:ed|es|ing)?|succeeded"}
HOW_MANY = re.compile(r"\bhow many\b")
# "How many tests did pytest pick up / collect / find / run": the run's collected count, which
# a runner states before the count ("collected 7 items", "Ran 7 tests", "running 7 tests") or
# as a total ("7 total"); never a pass or fail count.
COLLECT_ASK = re.compile(
    r"\b(collect(?:ed|s)?|pick(?:ed|s)?\s+up|picked|find|found|discover(?:ed|s)?|run|ran"
    r"|execute[ds]?)\b"
)
_RUN_ITEMS = re.compile(r"\b(tests?|test cases?|cases|items?|specs?|checks?)\b")
COLLECT_WORDS = {"collect", "collected", "collects", "pick", "picked", "picks", "up", "find"}
COLLECT_WORDS |= {"found", "discover", "discovered", "discovers", "run", "ran", "execute"}
COLLECT_WORDS |= {"executed", "executes"}
COLLECTED = re.compile(
    r"\b(?:collected|collecting|ran|running)\s+(\d+)\s+(?:items?|tests?)\b"
    r"|\b(\d+)\s+(?:tests?\s+)?total\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+")
_EDGE = "()[]{}<>'\",;:.`-=*|"
# An identifier: a path, a dotted or qualified name, snake_case or CamelCase.
_IDENT = re.compile(r"(?=.*(?:[_/]|::|\w\.\w|[a-z][A-Z]))[A-Za-z_./][\w./:\[\]<>-]*")
MAX_ITEMS = 12


def asked_collected(question: str) -> tuple[str, str] | None:
    """("collect", the verb) for "how many tests did X pick up / collect / run"; None when
    the question asks about an outcome or no such verb."""
    low = question.lower()
    if ASKED.search(low) or not HOW_MANY.search(low) or not _RUN_ITEMS.search(low):
        return None
    m = COLLECT_ASK.search(low)
    return ("collect", m.group(1)) if m else None


def asked_outcome(question: str) -> tuple[str, str] | None:
    """(family, the word as asked) for "passed", "failing", "errors"...; None otherwise."""
    m = ASKED.search(question.lower())
    if m is None:
        return None
    word = m.group(1)
    family = next(
        (f for f in ("xfail", "pass", "fail", "error", "skip", "crash") if word.startswith(f)),
        "pass",
    )
    return family, word


def _clean(word: str) -> str:
    return word.strip(_EDGE)


def read_block(ctx: AnswerContext, block: Block, family: str) -> tuple[list[Item], list[Summary]]:
    """Items marked with the outcome, and the counts stated for it, in a block's rows."""
    marker = re.compile(rf"(?:{PRINTED[family]})", re.IGNORECASE)
    said = STATED.get(family, "")
    stated = (
        COLLECTED
        if family == "collect"
        else re.compile(
            # "Tests: 5 Failed: 1" pairs labels with counts: 5 is not the failed count
            rf"\b(\d+)\s+(?:[a-z]+\s+)?(?:{said})\b(?!\s*[=:]\s*\d)"
            rf"|\b(?:{said})\s*[=:]\s*(\d+)"
            # node's test runner: a row of its own, "ℹ pass 4" (OCR reads ℹ as "i" or drops it)
            rf"|^\W*(?:[^\W\d]\W*\s+)?(?:{said})\s+(\d+)\s*$",
            re.IGNORECASE,
        )
    )
    items, tap = tap_items(block, family) if family != "collect" else ([], False)
    sums: list[Summary] = []
    for row in block.rows:
        if not marker.search(row.text):
            continue  # no outcome word: skip reading the row's words
        text, spans = row.spans(ctx)
        file = report_name(row.text) or ""
        for m in stated.finditer(text):
            at = next((w for s, e, w in spans if s <= m.start() < e), None)
            if at is not None and block.inside(at):
                count = int(next(g for g in m.groups() if g))
                sums.append(Summary(m.group(0).strip(), count, row, file))
        if family == "collect" or tap:
            continue  # a collected count has no per-item rows; TAP rows were read above
        words = [w for w in row.words(ctx) if _clean(w.text) and block.inside(w)]
        for i, w in enumerate(words):
            if not marker.fullmatch(_clean(w.text)):
                continue
            before = words[i - 1] if i > 0 else None
            if before is not None and _NUMBER.fullmatch(_clean(before.text)):
                continue  # a count ("2 failed"), not an item's marker
            after = words[i + 1] if i + 1 < len(words) else None
            # The identifier sits next to its marker: before it, or after a leading marker.
            for cand in (before, after) if i > 0 else (after,):
                if cand is not None and _IDENT.fullmatch(_clean(cand.text)):
                    items.append(Item(_clean(cand.text), cand, w, row))
                    break
    if not items and not tap and family in OUTCOME_COLOUR:
        items = coloured_items(ctx, block, family)
    return items, sums


def coloured_items(ctx: AnswerContext, block: Block, family: str) -> list[Item]:
    """Test rows (a name and its duration) whose colour (and directive) shows the outcome."""
    return [
        Item(t.name, t.line, t.line, t.row, shown=f"shown in {t.colour}", colour=t.colour)
        for t in coloured_tests(ctx, block)
        if t.family == family
    ]


def _key(ident: str) -> str:
    """Items are the same when their last name part is (a run's row and its summary row)."""
    return re.split(r"::|/|\.(?=[A-Za-z_]\w*$)", ident)[-1].lower()


def _item_key(item: Item) -> str:
    """What makes two rows one item: its own key (a TAP test's file and number), else its
    identifier's last part."""
    return item.key or _key(item.ident)


def _same_item(a: str, b: str) -> bool:
    """Two readings of one identifier: equal, or one character apart in a long name."""
    return a == b or (len(a) >= 8 and len(a) == len(b) and fuzz.ratio(a, b) >= 90)


def _same_read(a: Item, b: Item) -> bool:
    """One item read twice: keyed items (TAP's numbered rows) by their key alone, others by
    their identifiers (allowing an OCR slip)."""
    if a.key or b.key:
        return a.key == b.key
    return _same_item(_key(a.ident), _key(b.ident))


@dataclass
class _Read:
    named: Named
    items: list[Item]
    sums: list[Summary]


def _reads(
    ctx: AnswerContext, terms: list[str], word: str, family: str
) -> tuple[list[_Read], tuple[int, float]]:
    """Blocks that report the outcome, best named first (by command, then by place, then the
    latest, then the most items); and how well the best-named block of all is named, outcome
    or not (a window the question names that reports none has nothing to list)."""
    out = []
    top = (0, 0.0)
    for n in named_blocks(ctx, terms, [word], scrolled=family == "collect"):
        part = section_named(n.block, terms)
        if part is not None:
            # A file's section the question names ("in deadlines.t") places as a title does.
            n = Named(part[0], n.by_command, max(n.by_place, float(part[1])))
        top = max(top, (n.by_command, n.by_place))
        items, sums = read_block(ctx, n.block, family)
        if items or sums:
            out.append(_Read(n, items, sums))
    out.sort(
        key=lambda r: (r.named.by_command, r.named.by_place, r.named.block.ts_ms, len(r.items)),
        reverse=True,
    )
    return out, top


def _named(reads: list[_Read], top: tuple[int, float], terms: list[str]) -> list[_Read]:
    """The reads named as well as any block is; none when the question's placing words name
    no block at all."""
    if terms and top[0] == 0 and top[1] < 0.5:
        return []
    return [r for r in reads if (r.named.by_command, r.named.by_place) == top]


def _where(block: Block) -> str:
    section = section_name(block.rows[0].text) if block.rows else None
    if section is not None:  # a file's section of the output (see _reads)
        return f" in {section}" + (f" ({block.title})" if block.title else "")
    if block.command:
        return f" in the `{block.command}` output"
    return f" in {block.title}" if block.title else ""


def count_outcome(ctx: AnswerContext, terms: list[str], family: str, word: str) -> Draft:
    """ "How many tests passed": the count a summary states, else the marked rows counted."""
    reads, top = _reads(ctx, terms, word, family)
    if not reads:
        return no_structure("console output with outcomes")
    named = _named(reads, top, terms)
    if not named:
        return Draft("", None, [], 0.2, "indeterminate", f"no_named_run_with_{family}_outcomes")
    best = next((r for r in named if r.sums), named[0])
    block = best.named.block
    decisions = {"family": family, "command": block.command, "title": block.title}
    files = _per_file(best)
    if len(files) > 1:
        return _files_total(best, files, word, decisions)
    if best.sums:
        s = best.sums[-1]  # the last summary of the block: the run's final tally
        line = next((ln for ln in s.row.lines if contains_value(ln.text, s.text)), None)
        cited = line or next((ln for ln in s.row.lines if str(s.count) in ln.text), s.row.lines[0])
        ids = {_item_key(i) for i in best.items}
        agree = f"; {len(ids)} rows are marked so" if len(ids) == s.count else ""
        return Draft(
            f'{s.text}{_where(block)} (its summary: "{cited.text}"{agree}).',
            s.text if line is not None else str(s.count),
            [Evidence(cited, "value")]
            + [Evidence(i.row.citable(i.marker), "line") for i in best.items[:MAX_ITEMS]],
            0.85,
            "ok",
            None,
            {**decisions, "count": s.count, "from": "summary"},
        )
    seen: dict[str, Item] = {}
    for it in best.items:
        seen.setdefault(_item_key(it), it)
    marks = list(seen.values())
    tap = tap_row(marks[0].row.text)
    marker = tap.marker.rsplit(" ", 1)[0] if tap else _clean(marks[0].marker.text)
    names = ", ".join(i.ident for i in marks[:MAX_ITEMS])
    return Draft(
        f"{len(marks)} {word}{_where(block)}: {len(marks)} rows marked {marker} ({names}).",
        marker,
        [Evidence(i.row.citable(i.marker), "value") for i in marks[:MAX_ITEMS]],
        0.7,
        "ok",
        None,
        {**decisions, "count": len(marks), "from": "rows"},
    )


def _per_file(read: _Read) -> dict[str, tuple[int, Line]]:
    """Counts per file when the block's only summaries are per-file report rows (prove's
    "t/api.t (... Failed: 1)"): each reported file's last count, and for a file section with
    no report row its item rows counted; each with the line to cite. Empty otherwise."""
    if not read.sums or not all(s.file for s in read.sums):
        return {}
    out: dict[str, tuple[int, Line]] = {}
    for s in read.sums:
        line = next((ln for ln in s.row.lines if contains_value(ln.text, s.text)), s.row.lines[0])
        out[s.file] = (s.count, line)
    rows: dict[str, dict[str, Item]] = {}
    for it in read.items:
        section = it.key.rsplit("#", 1)[0] if "#" in it.key else ""
        if section and section not in out:
            rows.setdefault(section, {}).setdefault(it.key, it)
    for section, found in rows.items():
        first = next(iter(found.values()))
        out[section] = (len(found), first.row.citable(first.marker))
    return out


def _files_total(
    read: _Read, files: dict[str, tuple[int, Line]], word: str, decisions: dict
) -> Draft:
    """A run's count as the sum of its files' counts (no row states the run's total)."""
    total = sum(c for c, _ in files.values())
    parts = ", ".join(f"{f}: {c}" for f, (c, _) in files.items())
    where = f" in {read.named.block.title}" if read.named.block.title else ""
    first = next(iter(files.values()))[1]
    return Draft(
        f"{total} {word}{where}, counted per file ({parts}).",
        None,
        [Evidence(first, "value")] + [Evidence(ln, "line") for _, ln in list(files.values())[1:]],
        0.75,
        "ok",
        None,
        {**decisions, "count": total, "from": "files", "files": len(files)},
    )


def list_outcome(
    ctx: AnswerContext, terms: list[str], family: str, word: str, colour: str | None
) -> Draft:
    """ "Which tests failed (in red)": the identifiers the named blocks mark with the outcome
    (in that colour, on the marker or the identifier); indeterminate when none is."""
    found, top = _reads(ctx, terms, word, family)
    if not found:
        # No console output reports outcomes at all: the free text may (a CI page).
        return no_structure("console output with outcomes")
    reads = _named(found, top, terms)
    if not reads:
        return Draft("", None, [], 0.2, "indeterminate", f"no_{family}_items_found")
    # One block per window title: the one marking the most items, then the fullest view (a
    # later frame may show the identifiers cut short by a window in front), the latest on ties.
    per_title: dict[str, _Read] = {}
    for r in reads:
        t = r.named.block.title
        if t not in per_title or _fullness(r) > _fullness(per_title[t]):
            per_title[t] = r
    pixels: dict[str, object] = {}
    texts: list[str] = []
    values: list[str] = []
    evidence: list[Evidence] = []
    # One reading per item: the same test may be read twice, once with an OCR slip ("totaī");
    # the plain-ASCII reading wins, in the order the items were first seen.
    chosen: list[Item] = []
    for r in per_title.values():
        for it in r.items:
            same = next((i for i, c in enumerate(chosen) if _same_read(it, c)), None)
            if same is None:
                shows = {it.colour} if it.colour else item_colours(ctx, it, pixels)
                if colour is None or colour in shows:
                    chosen.append(it)
            elif not chosen[same].ident.isascii() and it.ident.isascii():
                chosen[same] = it
    for it in chosen[:MAX_ITEMS]:
        marker = _clean(it.marker.text)
        look = f" in {colour}" if colour else ""
        evidence.append(Evidence(it.row.citable(it.ident_word), "value", len(texts)))
        if it.row.line_of(it.marker).span_id != it.row.line_of(it.ident_word).span_id:
            evidence.append(Evidence(it.row.citable(it.marker), "line", len(texts)))
        how = it.shown or f"marked {marker}{look}"
        texts.append(f"{it.ident} {word} ({how})")
        values.append(it.ident)
    if not texts:
        why = f"no_{family}_items" + (f"_in_{colour}" if colour else "")
        return Draft("", None, [], 0.25, "indeterminate", why)
    return Draft(
        "; ".join(texts),
        values[0],
        evidence,
        0.8,
        "ok",
        None,
        {"family": family, "colour": colour, "items": len(texts), "windows": len(per_title)},
        values=values,
        claim_texts=texts,
    )


def _fullness(r: _Read) -> tuple[int, int]:
    """Items marked, then identifier characters read: an occluded view reads fewer."""
    return len(r.items), sum(len(i.ident) for i in r.items)


def item_colours(ctx: AnswerContext, item: Item, cache: dict[str, object]) -> set[str | None]:
    """Colours an item shows its outcome in: its marker's and its identifier's."""
    fid = item.marker.frame_id
    out: set[str | None] = set()
    for w in (item.marker, item.ident_word):
        line = item.row.line_of(w)
        if line.span_id == w.span_id and len(w.text) < len(line.text):
            if fid not in cache:
                cache[fid] = ctx.pixels(fid) if ctx.pixels else None
            start = line.text.find(w.text)  # a stand-in word: its characters' pixels
            c = part_colour(cache[fid], line, start, start + len(w.text)) if start >= 0 else None
            out.add(c or name_colour(w.fg))
        else:
            out.add(name_colour(w.fg))
    return out


def count_tokens(ctx: AnswerContext, terms: list[str], kind: Kind) -> Draft:
    """ "How many files did the ls listing show": distinct tokens of that kind in the block
    the question names, each cited."""
    f = find_tokens(ctx, kind, terms)
    if f is None:
        return no_structure(f"{kind.name} in console output")
    distinct: dict[str, Token] = {}
    for t in f.tokens:
        distinct.setdefault(t.text, t)
    toks = list(distinct.values())
    block = f.named.block
    names = ", ".join(t.text for t in toks[:MAX_ITEMS]) + (", ..." if len(toks) > MAX_ITEMS else "")
    return Draft(
        f"{len(toks)} {kind.name}{_where(block)}: {names}.",
        toks[0].text,
        [Evidence(toks[0].cited(), "value")]
        + [Evidence(t.cited(), "line") for t in toks[1:MAX_ITEMS]],
        0.7,
        "ok",
        None,
        {"kind": kind.name, "count": len(toks), "command": block.command},
    )
