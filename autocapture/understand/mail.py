"""Mail read as messages: a header block (``From:``, ``Date:``, ``Subject:`` ...) with the body
below it, where quoted lines (``> ...``, ``On ... wrote:``) are not the sender's words (they are
kept apart as ``quoted``: what the mail answers); and
index lists, rows of a date or time, a sender and a subject in aligned columns (the subject
stands as the body)."""

from __future__ import annotations

import re
from collections.abc import Callable

from autocapture.records import SpanRecord
from autocapture.understand.colours import CHROMATIC, NEUTRAL, name_colour, rgb_of
from autocapture.understand.dates import CLOCK_RE, norm_clock, read_date
from autocapture.understand.model import Segment, UiNode, rows

MAIL_KEY = re.compile(r"^\s*(from|to|cc|bcc|date|sent|subject|reply-to)\s*:\s*(.*)$", re.I)
QUOTED = re.compile(r"^\s*(?:[>|]|on .{4,80} wrote:?\s*$)", re.I)
QUOTE_MARK = re.compile(r"^\s*(?:[>|]\s*)+|^\s*on .{4,80} wrote:?\s*$", re.I)
MAX_BODY_ROWS = 40
PERSON = re.compile(r"^(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|[\w.+-]+@[\w-]+\.[\w.-]+)$")


def bg_changed(a: Segment, b: Segment) -> bool:
    ca, cb = rgb_of(a.spans[0].bg or ""), rgb_of(b.spans[0].bg or "")
    if ca is None or cb is None:
        return False
    return sum(abs(x - y) for x, y in zip(ca, cb, strict=True)) > 150


def _quoted(seq: list[Segment]) -> list[bool]:
    """Which body rows are quoted: marked (``> ...``, ``On ... wrote:``), or set in a colour
    unlike the body's own neutral text and running on from a marked row or to the body's end
    (a mail reader colours quoted lines, and OCR may lose their ``>``; a coloured link
    inside the sender's text is neither)."""
    marked = [bool(QUOTED.match(g.text)) for g in seq]
    names = [name_colour(g.spans[0].fg) if g.spans else None for g in seq]
    if not seq or names[0] not in NEUTRAL or marked[0]:
        return marked
    tinted = [n in CHROMATIC for n in names]
    out = list(marked)
    for k in range(len(seq) - 1, 0, -1):  # a coloured run that ends the body
        if not tinted[k] and not marked[k]:
            break
        out[k] = True
    for k in range(1, len(seq)):  # a coloured run that follows a marked row
        if tinted[k] and out[k - 1]:
            out[k] = True
    return out


def header_blocks(segs: list[Segment], lh: float, used: set[int], wi, p, make) -> list[UiNode]:  # type: ignore[no-untyped-def]
    """A ``From:`` row with the header rows under it, then the body until another ``From:``,
    a background change (a status bar) or a wide gap; quoted lines are left out."""
    out = []
    i = 0
    while i < len(segs):
        m = MAIL_KEY.match(segs[i].text)
        if not m or m.group(1).lower() != "from" or i in used:
            i += 1
            continue
        block = {m.group(1).lower(): (i, m.group(2).strip())}
        j = i + 1
        while j < len(segs) and (k := MAIL_KEY.match(segs[j].text)):
            if segs[j].bbox[1] - segs[j - 1].bbox[3] > 1.5 * lh:
                break
            block.setdefault(k.group(1).lower(), (j, k.group(2).strip()))
            j += 1
        raw_from = block["from"][1]
        name = re.sub(r"\s*<[^>]*>?\s*$", "", raw_from).strip(' "') or raw_from
        if "@" in name and " " not in name:
            name = name.split("@")[0]
        date_text = block.get("date", (None, ""))[1] or block.get("sent", (None, ""))[1]
        tm = CLOCK_RE.search(date_text)
        found = read_date(date_text) if date_text else None
        rows: list[Segment] = []
        x0, last = segs[i].bbox[0], segs[j - 1]
        k = j
        while k < len(segs) and len(rows) < MAX_BODY_ROWS:
            g = segs[k]
            if MAIL_KEY.match(g.text) and MAIL_KEY.match(g.text).group(1).lower() == "from":  # type: ignore[union-attr]
                break
            if g.bbox[1] - last.bbox[3] > 3 * lh or g.bbox[0] < x0 - lh or bg_changed(segs[i], g):
                break
            rows.append(g)
            used.add(k)
            last = g
            k += 1
        used.update(range(i, j))
        marks = _quoted(rows)
        quoted = [g for g, q in zip(rows, marks, strict=True) if q]
        body = [(g.text, g.spans) for g, q in zip(rows, marks, strict=True) if not q]
        if body:
            extra = {
                "source": "mail",
                "subject": block.get("subject", (None, None))[1],
                "date": found["date"] if found else None,
                # What the mail answers: its topic, never the sender's words.
                "quoted": " ".join(QUOTE_MARK.sub("", g.text) for g in quoted).strip() or None,
                "quoted_span_ids": [s.span_id for g in quoted for s in g.spans],
            }
            sender_spans = segs[i].spans
            time = norm_clock(tm.group(0)) if tm else None
            headers = [s for g in segs[i + 1 : j] for s in g.spans]
            out.append(make(wi, p, name, time, segs[i], sender_spans, body, extra, headers))
        i = k
    return out


def index_rows(
    lines: list[SpanRecord],
    lh: float,
    used: set[int],
    segs: list[Segment],
    wi: int | None,
    p: int | None,
    make: Callable[..., UiNode],
) -> list[UiNode]:
    """Rows holding a date or time cell, a sender cell (a name or an address, no digits) and a
    subject cell, when at least two such rows put their senders in one column."""
    found = []
    for row in rows(lines):
        when = next((s for s in row if CLOCK_RE.search(s.text) or read_date(s.text)), None)
        if when is None:
            continue
        rest = [s for s in row if s is not when and re.search(r"[A-Za-z]{2}", s.text)]
        clocks = list(CLOCK_RE.finditer(when.text))
        tail = when.text[clocks[-1].end() :].strip() if clocks else ""
        if tail and PERSON.match(tail):  # the sender OCR'd into the date cell
            who, name = when, tail
        else:
            who = next((s for s in rest if PERSON.match(s.text.strip())), None)
            name = who.text.strip() if who else ""
        subject = [s for s in rest if s is not who and s.bbox[0] > (who.bbox[0] if who else 0)]
        if who is None or not subject or read_date(name):
            continue
        found.append((when, who, name, subject[0]))
    column = [
        f
        for f in found
        if sum(
            abs(o[1].bbox[2] - f[1].bbox[2]) <= 2 * lh or abs(o[1].bbox[0] - f[1].bbox[0]) <= 2 * lh
            for o in found
        )
        >= 2
    ]
    out = []
    for when, who, name, subject in column:
        tm = CLOCK_RE.search(when.text)
        day = read_date(when.text)
        extra = {
            "source": "mail_index",
            "subject": subject.text,
            "date": day["date"] if day else None,
        }
        time = norm_clock(tm.group(0)) if tm else None
        head = Segment([who])
        out.append(
            make(
                wi,
                p,
                name,
                time,
                head,
                [who],
                [(subject.text, [subject])],
                extra,
                [when],
            )
        )
        used.update(
            k
            for k, g in enumerate(segs)
            if set(g.span_ids) & {when.span_id, who.span_id, subject.span_id}
        )
    return out
