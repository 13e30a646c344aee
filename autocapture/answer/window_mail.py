"""'Which email was I reading at T?': the mail open in the window that had focus, named by
its sender and subject and told apart from its thread by when it was sent and how it opens.
"""

from __future__ import annotations

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.answer.window_facts import label_of
from autocapture.understand.reader import NodeRow


def mail_open_in(ctx: AnswerContext, win: NodeRow, ts: str) -> Draft | None:
    """'Which email was I reading at T?': the mail opened (headers and body shown) in the
    window that had focus, named by its sender and subject; None when none was open."""
    mails = [
        n
        for n in ctx.graph.nodes(("chat_message",), frame_ids=[win.frame_id])
        if n.window_row == win.window_row and n.attrs.get("source") == "mail"
    ]
    if not mails:
        return None
    m = mails[0]
    subject, sender = m.attrs.get("subject"), m.attrs.get("sender") or "?"
    lines = ctx.retriever.frame_lines(win.frame_id)
    line = next((ln for ln in lines if subject and subject in ln.text), None)
    if line is None:
        return None
    # A thread's mails share a subject: when it was sent and how it opens tell them apart.
    sent = f", sent {m.attrs['time']}" if m.attrs.get("time") else ""
    body = " ".join(str(m.attrs.get("body") or "").split()[:12])
    head = " ".join(body.split()[:4])
    opening = next(
        (
            ln
            for ln in lines
            if head
            and (t := " ".join(ln.text.split()))
            and (t.startswith(head) or (len(t) >= 6 and body.startswith(t)))
        ),
        None,
    )
    said = f': "{body}…"' if opening is not None else ""
    text = (
        f"At {ctx.local_time(ts)} the mail open in {label_of(win)} was '{subject}' from "
        f"{sender}{sent}{said}."
    )
    cited = [Evidence(line, "value"), Evidence(win.as_line(), "label")]
    if opening is not None:
        cited.append(Evidence(opening, "label"))
    return Draft(
        text,
        subject,
        cited,
        0.8,
        "ok",
        None,
        {"frame_id": win.frame_id, "mails": len(mails)},
    )
