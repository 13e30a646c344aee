"""Chat messages (sender, time, body) and mail messages read as messages.

Layouts, read from text shapes and positions only:

* one message per row: ``[10:42] <name> text``, ``10:42 <name> text``, ``10:42 Name: text``,
  ``Name (10:42): text``, and ``Name: text`` when most such rows of a window read as sentences
  (a form's ``Label: value`` rows do not); rows that continue a wrapped message join it;
* a header row holding only a name and a time (``Name  10:42``), with the body on the rows
  below in the same column until the next header or a gap;
* mail: a header block with its body, and index lists (``mail.py``).
"""

from __future__ import annotations

import itertools
import re

from autocapture.understand import mail
from autocapture.understand.colours import rgb_of
from autocapture.understand.dates import CLOCK, norm_clock, read_date
from autocapture.understand.model import (
    Layout,
    Segment,
    UiNode,
    segments,
    union,
    window_parents,
    window_texts,
)

NAME = r"[A-Za-z@][\w.'’-]*(?: [A-Za-z][\w.'’-]*){0,2}"
_TIME = rf"[\[(]?(?P<time>{CLOCK})[\])]?"
INLINE = [
    re.compile(rf"^\s*{_TIME}\s*<\s*[@+%~&]?(?P<sender>[^<>]{{1,30}}?)\s*>\s*(?P<body>.+)$"),
    re.compile(r"^\s*<\s*[@+%~&]?(?P<sender>[^<>\s][^<>]{0,29}?)\s*>\s*(?P<body>.+)$"),
    re.compile(rf"^\s*{_TIME}\s*[-–|]?\s*(?P<sender>{NAME})\s*:\s+(?P<body>.+)$"),
    re.compile(rf"^\s*(?P<sender>{NAME})\s*[\[(](?P<time>{CLOCK})[\])]\s*:?\s+(?P<body>.+)$"),
]
PLAIN = re.compile(rf"^\s*(?P<sender>{NAME})\s*:\s+(?P<body>.+)$")
HEADER = re.compile(
    rf"^\s*(?P<sender>{NAME}(?: [A-Za-z][\w.'’-]*)?)\s*[·•|,-]?\s*(?P<time>{CLOCK})\s*$"
)
NOT_NAMES = {"from", "to", "cc", "bcc", "date", "sent", "subject", "reply-to", "re", "fw", "fwd"}
MAX_BODY_ROWS = 40
BOX_CONTRAST = 20  # summed RGB difference between two backgrounds that tells them apart


def _node(
    wi: int | None,
    parent: int | None,
    sender: str,
    time: str | None,
    head: Segment,
    sender_spans: list,
    body: list[tuple[str, list]],
    extra: dict | None = None,
    more: list | None = None,
) -> UiNode:
    """A chat_message node: body is [(text, spans)] in reading order; ``more`` are other
    spans of the message (a mail's Date and Subject rows)."""
    text_body = " ".join(t for t, _ in body if t).strip()
    body_ids = list(dict.fromkeys(s.span_id for _, ss in body for s in ss))
    sender_ids = [s.span_id for s in sender_spans]
    more_ids = [s.span_id for s in more or []]
    boxes = [s.bbox for s in sender_spans] + [s.bbox for _, ss in body for s in ss] + [head.bbox]
    when = f" ({time})" if time else ""
    return UiNode(
        "chat_message",
        union(boxes),
        f"{sender}{when}: {text_body}",
        list(dict.fromkeys(sender_ids + body_ids + more_ids)),
        {
            "sender": sender,
            "time": time,
            "body": text_body,
            "sender_span_id": sender_ids[0] if sender_ids else None,
            "body_span_ids": body_ids,
            **(extra or {}),
        },
        window_index=wi,
        parent=parent,
    )


def _sender(name: str) -> str | None:
    name = name.strip(" :<>@+")
    if not name or name.lower() in NOT_NAMES or not re.search(r"[A-Za-z]", name):
        return None
    return name


def _name_like(name: str) -> bool:
    """A person's name or a nick: one token, or capitalised words (not a phrase)."""
    words = name.split()
    if len(words) == 1:
        return len(re.findall(r"[a-z][A-Z]", name)) < 2
    return all(w[0].isupper() for w in words)


def _inline(seg: Segment) -> tuple[str, str | None, int, int, str] | None:
    """(sender, time, body start, sender end, body) for a one-row message."""
    for rx in INLINE:
        m = rx.match(seg.text)
        if m and (who := _sender(m.group("sender"))):
            t = m.groupdict().get("time")
            return (
                who,
                norm_clock(t) if t else None,
                m.start("body"),
                m.end("sender"),
                m.group("body"),
            )
    return None


def parse(layout: Layout, nodes: list[UiNode]) -> list[UiNode]:
    parents = window_parents(nodes)
    out: list[UiNode] = []
    for wi, lines, lh in window_texts(layout, nodes, ("title_bar", "url_bar", "tab")):
        segs = segments(lines, 2.5 * lh)
        used: set[int] = set()
        p = parents.get(wi)
        out += mail.header_blocks(segs, lh, used, wi, p, _node)
        taken = {sid for k in used for sid in segs[k].span_ids}
        out += mail.index_rows(
            [s for s in lines if s.span_id not in taken], lh, used, segs, wi, p, _node
        )
        out += _rows(segs, lh, used, wi, p)
        out += _headers(segs, lh, used, wi, p)
    return out


def _rows(segs: list[Segment], lh: float, used: set[int], wi, p) -> list[UiNode]:  # type: ignore[no-untyped-def]
    found = []
    for i, g in enumerate(segs):
        if i in used:
            continue
        hit = _inline(g)
        plain = False
        if hit is None and (m := PLAIN.match(g.text)) and (who := _sender(m.group("sender"))):
            hit, plain = (who, None, m.start("body"), m.end("sender"), m.group("body")), True
        if hit:
            found.append((i, hit, plain))
    if not found:
        return []
    plain_rows = [f for f in found if f[2]]
    if plain_rows:
        # "Name: text" rows are a transcript when the names read as names, someone speaks
        # twice and most rows are sentences; "Label: value" rows of a form or a log are not.
        names = [f[1][0] for f in plain_rows]
        sentences = sum(1 for f in plain_rows if len(f[1][4].split()) >= 3)
        if (
            len(plain_rows) < 3
            or len(set(n.lower() for n in names)) == len(names)
            or sentences < 0.6 * len(plain_rows)
            or not all(_name_like(n) for n in names)
        ):
            found = [f for f in found if not f[2]]
    right = max((segs[i].bbox[2] for i, _, _ in found), default=0)
    out = []
    starts = {i for i, _, _ in found}
    for i, (who, time, b0, s_end, body), _ in found:
        g = segs[i]
        parts = [(body, g.spans_at(b0, len(g.text)))]
        used.add(i)
        k, last = i + 1, g
        # A row reaching the right edge wrapped: the rows under it continue the message.
        while (
            k < len(segs)
            and k not in starts
            and k not in used
            and last.bbox[2] >= right - 3 * lh
            and 0 <= segs[k].bbox[1] - last.bbox[3] <= 0.8 * lh
        ):
            parts.append((segs[k].text, segs[k].spans))
            used.add(k)
            last = segs[k]
            k += 1
        out.append(_node(wi, p, who, time, g, g.spans_at(0, s_end), parts, {"source": "chat"}))
    return out


def _boxed(g: Segment) -> bool:
    """A name and a time on different backgrounds: a form's label and the entry box holding
    its value ("Time  [19:02]"), not a message header (a sender and time share a row's
    background)."""
    colours = [rgb_of(s.bg or "") for s in g.spans]
    known = [c for c in colours if c is not None]
    return len(known) >= 2 and any(
        sum(abs(x - y) for x, y in zip(a, b, strict=True)) > BOX_CONTRAST
        for a, b in itertools.pairwise(known)
    )


def _headers(segs: list[Segment], lh: float, used: set[int], wi, p) -> list[UiNode]:  # type: ignore[no-untyped-def]
    heads = []
    for i, g in enumerate(segs):
        m = HEADER.match(g.text)
        who = _sender(m.group("sender")) if m and i not in used else None
        if m and who and not re.search(r"\d", who) and not read_date(who) and not _boxed(g):
            heads.append((i, who, norm_clock(m.group("time"))))
    head_rows = {i for i, _, _ in heads}
    out = []
    for i, who, time in heads:
        g = segs[i]
        x1, _, x2, _ = g.bbox
        body: list[tuple[str, list]] = []
        last = g
        for k in range(i + 1, len(segs)):
            o = segs[k]
            if o.bbox[1] - last.bbox[3] > 1.0 * lh:
                break
            if not (abs(o.bbox[0] - x1) <= 1.5 * lh or x1 < o.bbox[0] < x2):
                continue  # another column on these rows (a sidebar)
            if k in head_rows or k in used:
                break
            body.append((o.text, o.spans))
            used.add(k)
            last = o
            if len(body) >= MAX_BODY_ROWS:
                break
        if body:
            used.add(i)
            out.append(_node(wi, p, who, time, g, g.spans, body, {"source": "chat"}))
    return out
