"""Chat content: the Slack channel, showing the messages posted before the frame's time."""

from __future__ import annotations

from datetime import datetime

from .layout import Body

CHAT: list[tuple[str, str, str]] = [
    ("08:12", "Dana Whitfield", "Morning! Standup is at 9:15 today, not 9:00."),
    ("08:40", "Alice Park", "Looking at the refund rounding failure from the nightly run."),
    ("08:51", "Bob Chen", "Thanks Alice. Ping me if it blocks the release branch."),
    (
        "10:20",
        "Dana Whitfield",
        "Reminder: Total on October's invoice INV-2026-0031 was $1,248.50.",
    ),
    (
        "10:42",
        "Bob Chen",
        "The release is moving to Thursday, QA found a blocker in the payments flow.",
    ),
    ("10:43", "Alice Park", "Is it the refund rounding bug? I can pair on it after lunch."),
    ("13:28", "Alice Park", "Fix for the rounding is up in PR #318, CI is green on my branch."),
    ("14:55", "Dana Whitfield", "Northwind invoice INV-2026-0042 is approved, paying it today."),
    ("15:06", "Bob Chen", "QA signed off on PR #318. Release stays on Thursday, go/no-go at 4 PM."),
]
CHAT_VISIBLE = 6
AVATAR = {"Dana Whitfield": "av1", "Alice Park": "av2", "Bob Chen": "av3"}


def chat_body(now: datetime) -> Body:
    """Slack-like channel view with the messages posted before ``now``."""
    b = Body()
    b.raw('<div class="side">')
    b.line("Acme Corp", cls="ws")
    for name, cls in (
        ("# general", ""),
        ("# payments-release", "sel"),
        ("# random", ""),
        ("Direct messages", "sect"),
        ("Alice Park", ""),
        ("Bob Chen", ""),
        ("Dana Whitfield", ""),
    ):
        b.line(name, cls=f"ch {cls}")
    b.raw('</div><div class="main"><div class="chhdr">')
    b.line("# payments-release", "9 members", cell_cls=("chname", "muted"))
    b.raw('</div><div class="msgs clip">')
    hhmm = now.strftime("%H:%M")
    msgs = [m for m in CHAT if m[0] <= hhmm][-CHAT_VISIBLE:]
    for time, sender, text in msgs:
        b.raw(f'<div class="msg"><i class="avatar {AVATAR[sender]}"></i><div>')
        b.line(sender, time, cls="who", cell_cls=("name", "time"))
        b.line(text, cls="text")
        b.raw("</div></div>")
    b.raw('</div><div class="composer">')
    b.line("Message #payments-release", cls="placeholder")
    b.raw("</div></div>")
    return b
