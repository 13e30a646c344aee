"""Form fields (label -> value), read from text shapes and alignment:

* ``Label: value`` in one span (``=`` too), when the label is short and the value is not a
  sentence;
* label left, value right on the same row, as separate spans (or words far apart in one
  span), when at least two such rows align (labels by their left or right edge, values by
  their left or right edge), or when the label ends with a colon;
* label above value: a short label directly over a value aligned with it, when the label ends
  with a colon or is drawn differently (smaller or another colour) and the pattern repeats;
* checkboxes and radio buttons drawn as text (``[x] Label``, ``☑ Label``, ``(•) Label``);
* checkboxes and selected radio buttons drawn as pictures beside a label: the box found in
  the pixels at ingest (``autocapture.checkbox``, ``span.mark``) left or right of a word.

Spans that chat messages rest on are left alone (``Name: text`` there is a message). In a
window whose text is a character grid (a terminal: ``text_grid``), cells side by side are a
printed table (``column -t``, a status bar of key hints, a mail index), not a label and its
value, unless the label says so with a colon (``Name:   value``).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import defaultdict

from autocapture.records import BBox, SpanRecord
from autocapture.understand.colours import rgb_of
from autocapture.understand.dates import RANGE_RE
from autocapture.understand.model import (
    Layout,
    UiNode,
    rows,
    same_row,
    union,
    window_parents,
    window_texts,
)

INLINE = re.compile(
    r"^\s*(?P<key>[A-Za-z][A-Za-z0-9 #&()%'’*-]{0,38}?[A-Za-z)*%#])\s*[:：](?![:/])"
    r"\s*(?P<value>\S.*)$"
)
BOX = re.compile(
    r"^\s*(?P<box>\[\s*[xX✓✔✗*■•]?\s*\]|[☐☑☒✅■□◉○●◯◻◼]|\(\s*[•*oO●◉xX]?\s*\))\s*(?P<label>\S.*)$"
)
# A ticked box drawn as a picture that OCR read as a tick ("✓Overnight trip"); a terminal's
# test report ("✓ parses dates") prints ticks too, so not in a text grid.
TICK = re.compile(r"^\s*(?P<box>[✓✔])\s*(?P<label>[A-Za-z].*)$")
CHECKED = re.compile(r"[xX✓✔✗*■•●◉☑☒✅◼]")
ARROWS = "▾▼⌄⏷⌵"
MAX_VALUE_WORDS = 10
MAX_AREA_WORDS = 40  # ... and in a text area (a boxed value under its label)
GRID_FIT = 0.85  # share of a window's words as wide as their characters times one cell
GRID_PITCH = 1.0  # ... and its rows at most this many line heights apart (no leading)
GRID_MIN_WORDS = 8
GRID_MIN_ROWS = 4
GRID_SAMPLE = 60  # words enough to measure the cell; more only cost time
NOT_KEYS = {"re", "fw", "fwd", "http", "https"}  # a reply's subject prefix, a URL scheme


def _label_like(text: str) -> bool:
    t = text.strip().rstrip(":*").strip()
    if len(t) < 2 or not t[0].isalpha() or len(t) > 32 or len(t.split()) > 4:
        return False
    if t.lower() in NOT_KEYS:
        return False
    if re.search(r"[@/_\\=<>{}\[\]]|\w\.\w", t) or len(re.findall(r"[a-z][A-Z]", t)) >= 2:
        return False  # paths, code, addresses, CamelCase identifiers are not labels
    digits = sum(c.isdigit() for c in t)
    return digits <= 0.3 * len(t) and not t.endswith((".", "!", "?"))


def _key(text: str) -> str:
    return text.strip().rstrip(":*").strip()


def _value(text: str) -> tuple[str, str]:
    """(value, kind): a trailing drop-down arrow makes it a selection; a time range is a
    schedule's, not a field's, and one character that is no letter or digit is a glyph
    (empty value)."""
    v = text.strip()
    if RANGE_RE.search(v) or (len(v) == 1 and not re.match(r"[A-Za-z0-9]", v)):
        return "", "text"  # a schedule's time range; a stray glyph (an icon OCR'd) is no value
    if v and v[-1] in ARROWS:
        return v.rstrip(ARROWS + " "), "select"
    return v, "text"


def _field(key: str, value: str, kind: str, ks, vs: list, wi, parent) -> UiNode:  # type: ignore[no-untyped-def]
    spans = list(dict.fromkeys([ks.span_id] + [s.span_id for s in vs]))
    return UiNode(
        "form_field",
        union([ks.bbox] + [s.bbox for s in vs]),
        f"{key}: {value}",
        spans,
        {
            "key": key,
            "value": value,
            "key_span_id": ks.span_id,
            "value_span_id": vs[0].span_id if vs else ks.span_id,
            "kind": kind,
        },
        window_index=wi,
        parent=parent,
    )


def _split_far_words(layout: Layout, line: SpanRecord, lh: float) -> tuple | None:
    """A line whose words have a wide gap inside (a label and its box, OCR'd as one line):
    (label text, label box, value text, value box)."""
    words = layout.words.get(line.span_id, [])
    for a, b in itertools.pairwise(words):
        if b.bbox[0] - a.bbox[2] >= 2.0 * lh:
            left = [w for w in words if w.bbox[0] <= a.bbox[0]]
            right = [w for w in words if w.bbox[0] >= b.bbox[0]]
            return (
                " ".join(w.text for w in left),
                union([w.bbox for w in left]),
                " ".join(w.text for w in right),
                union([w.bbox for w in right]),
            )
    return None


def text_grid(layout: Layout, lines: list[SpanRecord]) -> bool:
    """Whether one window's lines are a character grid, as a terminal draws text: each word as
    wide as its characters times one cell width, and rows one under the other with no leading.
    Proportional type (a form, a web page, a chat) fails the first; fixed-width digits or a code
    block inside a page set with leading fail the second. The window manager's title (another
    font) is no line of the window's own here (``window_texts`` leaves title bars out)."""
    words = [w for s in lines for w in layout.words.get(s.span_id) or [s] if len(w.text) >= 2]
    if len(words) < GRID_MIN_WORDS:
        return False
    words = words[:: -(-len(words) // GRID_SAMPLE)]  # every k-th word, at most GRID_SAMPLE
    sizes = [(w.bbox[2] - w.bbox[0], len(w.text)) for w in words]
    # The cell width: the median slope between words of different lengths (OCR pads each box
    # by a few pixels, which a slope ignores).
    slopes = [(a[0] - b[0]) / (a[1] - b[1]) for a, b in itertools.combinations(sizes, 2)
              if abs(a[1] - b[1]) >= 3]  # fmt: skip
    if not slopes or (cell := statistics.median(slopes)) <= 1:
        return False
    residues = [w - cell * n for w, n in sizes]
    pad = statistics.median(residues)
    fit = sum(abs(r - pad) <= 0.5 * cell for r in residues) / len(residues)
    if fit < GRID_FIT:
        return False
    lh = statistics.median(s.bbox[3] - s.bbox[1] for s in lines)
    centres = [statistics.median((s.bbox[1] + s.bbox[3]) / 2 for s in r) for r in rows(lines)]
    steps = [b - a for a, b in itertools.pairwise(centres) if b - a < 2.5 * lh]
    if len(centres) < GRID_MIN_ROWS or len(steps) < GRID_MIN_ROWS - 1:
        return False
    return statistics.median(steps) <= GRID_PITCH * lh


def parse(layout: Layout, nodes: list[UiNode]) -> list[UiNode]:
    parents = window_parents(nodes)
    out: list[UiNode] = []
    for wi, lines, lh in window_texts(
        layout, nodes, ("chat_message", "title_bar", "url_bar", "tab")
    ):
        p = parents.get(wi)
        used: set[str] = set()
        found = _drawn(layout, lines, lh, used, wi, p)
        # Only a desktop window's grid is known to be a terminal: an imported image without
        # window facts may be a printed page (a receipt in fixed-width type lists labels and
        # values in columns).
        grid = wi is not None and text_grid(layout, lines)
        found += _boxes(lines, used, wi, p, grid)
        found += _columns(layout, lines, lh, used, wi, p, grid)
        found += _inline(lines, used, wi, p)
        found += _above(lines, lh, used, wi, p, form=bool(found))
        out += found
    return out


def _boxes(lines: list[SpanRecord], used: set[str], wi, p, grid: bool = False) -> list[UiNode]:  # type: ignore[no-untyped-def]
    out = []
    for s in lines:
        m = BOX.match(s.text) or (None if grid else TICK.match(s.text))
        if not m or not _label_like(m.group("label")):
            continue
        box = m.group("box")
        checked = bool(CHECKED.search(box))
        radio = box.startswith("(") or box in "◉○●◯"
        label = _key(m.group("label"))
        used.add(s.span_id)
        if radio:
            if checked:
                group = _group_label(lines, s)
                out.append(_field(group or label, label, "select", s, [s], wi, p))
        else:
            out.append(
                _field(label, "checked" if checked else "unchecked", "checkbox", s, [s], wi, p)
            )
    return out


LABEL_GAP = 1.2  # words of one drawn control's label are closer than this (line heights)


def _drawn(layout: Layout, lines: list[SpanRecord], lh: float, used: set[str], wi, p):  # type: ignore[no-untyped-def]
    """Fields for boxes drawn beside labels: a checkbox's value is checked/unchecked; a
    selected radio button's is its label, under its group's label."""
    out = []
    for s in lines:
        words = layout.words.get(s.span_id) or [s]
        if s.span_id in used or not any(w.mark for w in words):
            continue
        labels = _marked_labels(words, lh)
        for label, mark_of in labels:
            text = _key(" ".join(w.text for w in label))
            if not _label_like(text) or mark_of.mark_bbox is None:
                continue
            whole = len(labels) == 1 and len(label) == len(words)
            ids = [s.span_id] if whole else [w.span_id for w in label]
            box = mark_of.mark_bbox
            if mark_of.mark == "selected":
                group = _drawn_group(layout, lines, s, box, lh)
                key, value, kind = group or text, text, "select"
            else:
                key, value, kind = text, mark_of.mark or "", "checkbox"
            out.append(
                UiNode(
                    "form_field",
                    union([w.bbox for w in label] + [box]),
                    f"{key}: {value}",
                    ids,
                    {
                        "key": key,
                        "value": value,
                        "key_span_id": ids[0],
                        "value_span_id": ids[0],
                        "kind": kind,
                        "drawn": True,
                        "box": list(box),
                    },
                    window_index=wi,
                    parent=p,
                )
            )
            if whole:
                used.add(s.span_id)
    return out


def _marked_labels(words: list[SpanRecord], lh: float) -> list[tuple[list[SpanRecord], SpanRecord]]:
    """(label words, the word holding the mark) for each marked word of a line: a box left of
    a word labels it and the words after it, a box right of one the words before it, up to a
    wide gap or the next marked word."""
    out = []
    for k, w in enumerate(words):
        if not w.mark or w.mark_bbox is None:
            continue
        step = 1 if w.mark_bbox[2] <= w.bbox[0] else -1
        label, j = [w], k + step
        while 0 <= j < len(words) and not words[j].mark:
            a, b = (label[-1], words[j]) if step > 0 else (words[j], label[-1])
            if b.bbox[0] - a.bbox[2] > LABEL_GAP * lh:
                break
            label.append(words[j])
            j += step
        out.append((label if step > 0 else label[::-1], w))
    return out


def _drawn_group(
    layout: Layout, lines: list[SpanRecord], line: SpanRecord, box: BBox, lh: float
) -> str | None:
    """A drawn radio group's label: text before the option on its row ("Size: (o) S"), else
    the nearest line above whose first word starts at or left of the button (the options'
    own labels start right of their buttons; OCR's line box may swallow the button)."""
    words = layout.words.get(line.span_id) or [line]
    before = [w for w in words if w.bbox[2] <= box[0]]
    row = sorted(
        (s for s in lines if s is not line and same_row(s.bbox, box) and s.bbox[2] <= box[0]),
        key=lambda s: s.bbox[2],
    )
    for cand in (before, row[-1:]):
        if cand and _label_like(" ".join(w.text for w in cand)):
            return _key(" ".join(w.text for w in cand))
    for s in sorted(lines, key=lambda s: -s.bbox[1]):
        if s is line or s.bbox[3] > box[1] + 0.3 * lh or box[1] - s.bbox[3] > 6 * lh:
            continue
        first = (layout.words.get(s.span_id) or [s])[0]
        if first.bbox[0] <= box[0] + 0.3 * lh and _label_like(s.text):
            return _key(s.text)
    return None


def _group_label(lines: list[SpanRecord], opt: SpanRecord) -> str | None:
    """The label a radio group hangs under: the nearest non-option line above or to the left."""
    h = opt.bbox[3] - opt.bbox[1]
    for s in sorted(lines, key=lambda s: -s.bbox[1]):
        if s is opt or BOX.match(s.text) or not _label_like(s.text):
            continue
        left = abs(s.bbox[1] - opt.bbox[1]) < 0.5 * h and s.bbox[2] <= opt.bbox[0]
        if left or 0 <= opt.bbox[1] - s.bbox[3] <= 6 * h:
            return _key(s.text)
    return None


def _columns(layout: Layout, lines, lh, used, wi, p, grid: bool = False) -> list[UiNode]:  # type: ignore[no-untyped-def]
    """Label left, value right. On a character grid (``grid``) only a label ending with a colon
    counts: cells side by side there are a table's columns, whatever their alignment."""
    pairs = []  # (label span, label text, label box, value spans, value text, value box)
    for row in rows([s for s in lines if s.span_id not in used]):
        for k, s in enumerate(row):
            if k + 1 < len(row):
                nxt = row[k + 1]
                gap = nxt.bbox[0] - s.bbox[2]
                if _label_like(s.text) and -0.5 * lh <= gap <= 20 * lh and _right_of(s, nxt):
                    pairs.append((s, s.text, s.bbox, [nxt], nxt.text, nxt.bbox))
                    continue
            split = _split_far_words(layout, s, lh) if len(row) == 1 else None
            if split and _label_like(split[0]) and not INLINE.match(s.text):
                pairs.append((s, split[0], split[1], [s], split[2], split[3]))
    # Rows align when their labels share a left or right edge and so do their values.
    tol = max(4.0, 0.8 * lh)
    root = list(range(len(pairs)))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for i, a in enumerate(pairs):
        for j in range(i + 1, len(pairs)):
            b = pairs[j]
            if any(
                abs(a[2][le] - b[2][le]) <= tol and abs(a[5][ve] - b[5][ve]) <= tol
                for le in (0, 2)
                for ve in (0, 2)
            ):
                root[find(i)] = find(j)
    groups: dict[int, list] = defaultdict(list)
    for i, pr in enumerate(pairs):
        groups[find(i)].append(pr)
    accepted = [pr for members in groups.values() if len(members) >= 2 for pr in members]
    if grid:
        accepted = [pr for pr in accepted if pr[1].strip().endswith(":")]
    seen = {id(pr) for pr in accepted}
    for pr in pairs:  # a lone row still counts when its label ends with a colon
        if id(pr) not in seen and pr[1].strip().endswith(":"):
            accepted.append(pr)
            seen.add(id(pr))
    if not grid:
        taken = {pr[0].span_id for pr in accepted}
        accepted += _run_together(layout, lines, lh, used | taken, accepted, tol)
    out = []
    for ls, ltext, _, vss, vtext, _ in sorted(accepted, key=lambda pr: (pr[2][1], pr[2][0])):
        value, kind = _value(vtext)
        if not value or len(value.split()) > MAX_VALUE_WORDS:
            continue
        used.add(ls.span_id)
        used.update(v.span_id for v in vss)
        out.append(_field(_key(ltext), value, kind, ls, vss, wi, p))
    return out


def _run_together(layout: Layout, lines, lh, used, accepted, tol) -> list:  # type: ignore[no-untyped-def]
    """Rows whose label and value OCR read as one line ("Aircraft registration ZS-KVB", a
    long label close to its box): split where the form's other values start, when the line
    starts where its other labels do."""
    if len(accepted) < 2:
        return []
    label_lefts = {round(pr[2][0]) for pr in accepted}
    value_lefts = {round(pr[5][0]) for pr in accepted}
    paired = {pr[0].span_id for pr in accepted}
    out = []
    for s in lines:
        if s.span_id in used or not any(abs(s.bbox[0] - x) <= tol for x in label_lefts):
            continue
        if any(
            o.span_id not in paired
            and abs(o.bbox[0] - s.bbox[0]) <= tol
            and 0 <= s.bbox[1] - o.bbox[3] <= 1.5 * lh
            for o in lines
        ):
            continue  # under a lone label: that label's text area, not a row of its own
        words = layout.words.get(s.span_id, [])
        for k in range(1, len(words)):
            w = words[k]
            if not any(abs(w.bbox[0] - x) <= tol for x in value_lefts):
                continue
            left, right = words[:k], words[k:]
            label = " ".join(x.text for x in left)
            if _label_like(label) and not INLINE.match(s.text):
                value = " ".join(x.text for x in right)
                box_l, box_r = union([x.bbox for x in left]), union([x.bbox for x in right])
                out.append((s, label, box_l, [s], value, box_r))
            break
    return out


def _right_of(label: SpanRecord, value: SpanRecord) -> bool:
    """A value starts past the middle of its label and is not itself a 'Label:'."""
    middle = (label.bbox[0] + label.bbox[2]) / 2
    return value.bbox[0] > middle and not _label_end(value)


def _label_end(s: SpanRecord) -> bool:
    return s.text.strip().endswith(":") and _label_like(s.text)


def _inline(lines: list[SpanRecord], used: set[str], wi, p) -> list[UiNode]:  # type: ignore[no-untyped-def]
    out = []
    for s in lines:
        if s.span_id in used:
            continue
        m = INLINE.match(s.text)
        if not m or not _label_like(m.group("key")):
            continue
        raw = m.group("value")
        if raw.startswith("/") or (m.group("key")[-1].isdigit() and raw[:1].isdigit()):
            continue  # a URL's scheme, a clock time
        value, kind = _value(raw)
        if not value or len(value.split()) > MAX_VALUE_WORDS:
            continue
        used.add(s.span_id)
        out.append(_field(_key(m.group("key")), value, kind, s, [s], wi, p))
    return out


def _boxed(a: SpanRecord, b: SpanRecord) -> bool:
    """B sits on another background than A (a value inside an entry or text box)."""
    ca, cb = rgb_of(a.bg or ""), rgb_of(b.bg or "")
    return (
        ca is not None
        and cb is not None
        and sum(abs(x - y) for x, y in zip(ca, cb, strict=True)) > 20
    )


def _styled_apart(a: SpanRecord, b: SpanRecord) -> bool:
    """A label set in smaller type than its value, or a value inside a box (another
    background): a text grid (a terminal) has neither."""
    ha, hb = a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1]
    return ha < 0.85 * hb or _boxed(a, b)


def _above(
    lines: list[SpanRecord], lh: float, used: set[str], wi, p, form: bool = False
) -> list[UiNode]:  # type: ignore[no-untyped-def]
    """Labels over their values. One boxed or smaller-set pair is enough in a window that
    already holds fields (a form's notes area under its label); elsewhere the pattern must
    repeat. OCR boxes of a label and the box under it may overlap by a few pixels."""
    free = sorted((s for s in lines if s.span_id not in used), key=lambda s: (s.bbox[1], s.bbox[0]))

    def under(s: SpanRecord) -> SpanRecord | None:
        for o in free:
            gap = o.bbox[1] - s.bbox[3]
            if (
                o is not s
                and o.bbox[1] > s.bbox[1] + 0.5 * (s.bbox[3] - s.bbox[1])
                and -0.3 * lh <= gap <= 0.8 * lh
                and abs(o.bbox[0] - s.bbox[0]) <= 0.6 * lh
            ):
                return o
        return None

    alone = {id(r[0]) for r in rows(lines) if len(r) == 1}  # nothing else on its row
    pairs = [
        (s, v)
        for s in free
        if id(s) in alone and _label_like(s.text) and (v := under(s)) is not None and id(v) in alone
    ]
    if form:  # a form's own rows (a checkbox drawn as a picture) are no chain of lines
        pairs = [(k, v) for k, v in pairs if _styled_apart(k, v) or k.text.strip().endswith(":")]
    keys = {id(k) for k, _ in pairs}
    values = {id(v) for _, v in pairs}
    # No chains of lines (a list, a paragraph): a label is no value, a value no label, and
    # what follows a value closely is the next label.
    pairs = [
        (k, v)
        for k, v in pairs
        if id(k) not in values and id(v) not in keys and ((n := under(v)) is None or id(n) in keys)
    ]
    styled = [(k, v) for k, v in pairs if _styled_apart(k, v)]
    keep = [(k, v) for k, v in pairs if k.text.strip().endswith(":")]
    if len(styled) >= 2 or (form and styled):
        keep += [pr for pr in styled if pr not in keep]
    out = []
    for k, v in keep:
        value, kind = _value(v.text)
        # A value in its own box under its label is a text area: it may hold a sentence.
        limit = MAX_AREA_WORDS if _boxed(k, v) else MAX_VALUE_WORDS
        if not value or len(value.split()) > limit or k.span_id in used:
            continue
        used.update((k.span_id, v.span_id))
        out.append(_field(_key(k.text), value, kind, k, [v], wi, p))
    return out
