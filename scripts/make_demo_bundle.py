#!/usr/bin/env python3
"""Render a small, realistic desktop demo and write it as a frame bundle v1.

Each frame is an HTML page (1280x800) describing a desktop with a top panel
and several application windows (terminal, browser, chat, calendar). The page
is screenshotted by headless Chromium. Window rectangles, titles and the exact
text lines of every window come from the layout defined here, so they are
ground truth (written to ``truth.json`` next to the bundle).

Output (default ``demo/bundle``)::

    bundle/bundle.json   {"format": "autocapture.bundle.v1", ...}
    bundle/frames.jsonl  one JSON object per frame, in time order
    bundle/images/*.png  one screenshot per frame

Only the standard library and Pillow are used. The output is deterministic for
a given Chromium build and font set.
"""

from __future__ import annotations

import argparse
import html
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PIL import Image

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "demo" / "bundle"
DEFAULT_CHROMIUM = "/usr/bin/chromium"

WIDTH, HEIGHT = 1280, 800
PANEL_H = 28
DAY = (2026, 11, 23)
BUNDLE_CREATED_UTC = "2026-11-23T17:00:00.000Z"
CELL_SEP = "  "  # cells of one visual row are joined by two spaces in truth

TERM_COLS = 92
TERM_ROWS = 24
PROMPT_USER, PROMPT_PATH = "alex@devbox", "~/src/billing"

Rect = tuple[int, int, int, int]
Seg = tuple[str, str]  # (text, css classes)


# --------------------------------------------------------------------------
# Layout model
# --------------------------------------------------------------------------


@dataclass
class Body:
    """HTML for a window body plus the text rows rendered in it, in order."""

    parts: list[str] = field(default_factory=list)
    rows: list[str] = field(default_factory=list)

    def raw(self, markup: str) -> None:
        """Append markup that contains no text."""
        self.parts.append(markup)

    def line(self, *cells: str, cls: str = "", cell_cls: Sequence[str] = ()) -> None:
        """Append one visual row made of one or more text cells."""
        if not cells or any(not c for c in cells):
            raise ValueError(f"empty cell in row {cells!r}")
        i = len(self.rows)
        self.rows.append(CELL_SEP.join(cells))
        if len(cells) == 1 and not cell_cls:
            inner = html.escape(cells[0])
        else:
            classes = list(cell_cls) + [""] * (len(cells) - len(cell_cls))
            inner = "".join(
                f'<span class="c {k}">{html.escape(c)}</span>'
                for c, k in zip(cells, classes, strict=True)
            )
            cls = f"multi {cls}"
        self.parts.append(f'<div class="ln {cls}" data-i="{i}">{inner}</div>')

    def segs(self, segs: Sequence[Seg], cls: str = "", cursor: bool = False) -> None:
        """Append one row made of coloured segments (terminal style)."""
        text = "".join(t for t, _ in segs)
        if not text:
            raise ValueError("empty segmented row")
        i = len(self.rows)
        self.rows.append(text)
        inner = "".join(
            f'<span class="{k}">{html.escape(t)}</span>' if k else html.escape(t) for t, k in segs
        )
        if cursor:
            inner += '<span class="cursor"></span>'
        self.parts.append(f'<div class="ln {cls}" data-i="{i}">{inner}</div>')

    def html(self) -> str:
        """Return the body markup."""
        return "".join(self.parts)


@dataclass
class Window:
    """One top-level window placed on the screen."""

    window_id: str
    title: str
    app: str
    pid: int
    rect: Rect
    kind: str
    body: Body
    url: str | None = None


@dataclass
class Frame:
    """One screenshot: a timestamp and windows ordered topmost first."""

    ts: datetime
    windows: list[Window]

    @property
    def clock(self) -> str:
        """Panel clock text (local time zone is UTC)."""
        return self.ts.strftime("%a %b %d  %H:%M")


# --------------------------------------------------------------------------
# Terminal content
# --------------------------------------------------------------------------


def prompt(cmd: str = "") -> list[Seg]:
    """Bash prompt segments, optionally followed by a command."""
    segs: list[Seg] = [(PROMPT_USER, "tg b"), (":", ""), (PROMPT_PATH, "tblu b"), ("$", "")]
    if cmd:
        segs.append((" " + cmd, ""))
    return segs


def pytest_sep(ch: str, title: str = "", width: int = TERM_COLS - 1) -> str:
    """Separator line like pytest's ``===== title =====``."""
    if not title:
        return ch * width
    n = (width - len(title) - 2) // 2
    line = f"{ch * n} {title} {ch * n}"
    if len(line) < width:
        line += ch
    return line


TESTS: list[str] = (
    [
        f"tests/test_api.py::{n}"
        for n in (
            "test_health",
            "test_list_invoices",
            "test_list_invoices_paged",
            "test_get_invoice",
            "test_get_invoice_404",
            "test_create_invoice",
            "test_create_invoice_invalid",
            "test_pay_invoice",
            "test_pay_invoice_twice",
            "test_list_refunds",
            "test_create_refund",
            "test_auth_required",
        )
    ]
    + [
        f"tests/test_auth.py::{n}"
        for n in (
            "test_login",
            "test_login_bad_password",
            "test_logout",
            "test_token_refresh",
            "test_token_expired",
            "test_scopes_read",
            "test_scopes_write",
            "test_api_key",
        )
    ]
    + [
        f"tests/test_billing.py::{n}"
        for n in (
            "test_line_item_amount",
            "test_invoice_subtotal",
            "test_invoice_tax",
            "test_invoice_total",
            "test_invoice_discount",
            "test_invoice_due_date",
            "test_invoice_number_format",
            "test_invoice_status_paid",
            "test_credit_note",
            "test_refund_full",
            "test_refund_partial",
            "test_refund_rounding",
            "test_refund_exceeds_total",
            "test_tax_exempt",
            "test_multi_currency",
            "test_late_fee",
        )
    ]
    + [
        f"tests/test_currency.py::{n}"
        for n in ("test_format_usd", "test_format_eur", "test_parse_amount", "test_round_half_up")
    ]
    + [f"tests/test_export.py::{n}" for n in ("test_export_csv", "test_export_yaml")]
)
FAILING_TEST = "tests/test_billing.py::test_refund_rounding"


def pytest_failing_run() -> list[list[Seg] | None]:
    """Terminal lines of a verbose pytest run with one failure (``None`` = blank)."""
    lines: list[list[Seg] | None] = [prompt("pytest tests/ -v")]
    failed = False
    for k, test in enumerate(TESTS, start=1):
        ok = test != FAILING_TEST
        failed = failed or not ok
        status = "PASSED" if ok else "FAILED"
        pct = f"[{k * 100 // len(TESTS):3d}%]"
        pad = " " * (TERM_COLS - 1 - len(test) - 1 - len(status) - len(pct))
        lines.append(
            [
                (test + " ", ""),
                (status, "tg" if ok else "tr"),
                (pad, ""),
                (pct, "tr" if failed else "tg"),
            ]
        )
    lines += [
        None,
        [(pytest_sep("=", "FAILURES"), "tr")],
        [(pytest_sep("_", "test_refund_rounding"), "tr b")],
        None,
        [("    def test_refund_rounding():", "")],
        [("        refund = compute_refund(amount=20.09, ratio=0.5)", "")],
        [(">       assert refund == 10.05", "b")],
        [("E       assert 10.04 == 10.05", "tr b")],
        None,
        [("tests/test_billing.py", "tr b"), (":88: AssertionError", "")],
        [(pytest_sep("=", "short test summary info"), "tc")],
        [("FAILED", "tr"), (f" {FAILING_TEST} - AssertionError: assert 10.04 == 10.05", "")],
        [(pytest_sep("=", "1 failed, 41 passed in 3.21s"), "tr b")],
        prompt(),
    ]
    return lines


def module_error_run() -> list[list[Seg] | None]:
    """Terminal lines: a git pull followed by a ModuleNotFoundError."""
    return [
        [(pytest_sep("=", "1 failed, 41 passed in 3.21s"), "tr b")],
        prompt("git pull --rebase origin main"),
        [("From github.com:acme/billing", "")],
        [(" * branch            main       -> FETCH_HEAD", "")],
        [("   4f2c9a1..b7e03d6  main       -> origin/main", "")],
        [("Updating 4f2c9a1..b7e03d6", "")],
        [("Fast-forward", "")],
        [(" billing/export.py     | 38 ", ""), ("+" * 38, "tg")],
        [(" billing/refunds.py    |  4 ", ""), ("++", "tg"), ("--", "tr")],
        [(" requirements.txt      |  1 ", ""), ("+", "tg")],
        [(" tests/test_billing.py | 12 ", ""), ("+" * 12, "tg")],
        [(" 4 files changed, 53 insertions(+), 2 deletions(-)", "")],
        prompt("python -m billing.cli export --month 2026-10 --format yaml"),
        [("Traceback (most recent call last):", "")],
        [('  File "<frozen runpy>", line 198, in _run_module_as_main', "")],
        [('  File "<frozen runpy>", line 88, in _run_code', "")],
        [('  File "/home/alex/src/billing/billing/cli.py", line 12, in <module>', "")],
        [("    from billing.export import write_report", "")],
        [('  File "/home/alex/src/billing/billing/export.py", line 5, in <module>', "")],
        [("    import yaml", "")],
        [("ModuleNotFoundError: No module named 'yaml'", "tr b")],
        prompt(),
    ]


def passing_run() -> list[list[Seg] | None]:
    """Terminal lines: installing PyYAML, exporting, and a green test run."""
    return [
        [("ModuleNotFoundError: No module named 'yaml'", "tr b")],
        prompt("pip install -r requirements.txt"),
        [
            (
                "Requirement already satisfied: requests>=2.31 in "
                "./.venv/lib/python3.12/site-packages",
                "",
            )
        ],
        [("Collecting pyyaml>=6.0 (from -r requirements.txt (line 4))", "")],
        [("  Using cached PyYAML-6.0.2-cp312-cp312-manylinux_2_17_x86_64.whl (767 kB)", "")],
        [("Installing collected packages: pyyaml", "")],
        [("Successfully installed pyyaml-6.0.2", "")],
        prompt("python -m billing.cli export --month 2026-10 --format yaml"),
        [("Wrote reports/2026-10.yaml (18 invoices, total $23,906.75)", "")],
        prompt("pytest tests/ -q"),
        [("." * len(TESTS), "tg"), (" " * (TERM_COLS - 1 - len(TESTS) - 6), ""), ("[100%]", "tg")],
        [("42 passed in 3.18s", "tg b")],
        prompt("git log --oneline -3"),
        [("b7e03d6", "ty"), (" (HEAD -> main, origin/main) Fix refund rounding (#318)", "")],
        [("4f2c9a1", "ty"), (" Add YAML export for monthly reports", "")],
        [("9d1e2b7", "ty"), (" Bump version to 2.14.0", "")],
        prompt(),
    ]


def terminal_body(lines: list[list[Seg] | None]) -> Body:
    """Terminal screen showing the last TERM_ROWS lines."""
    body = Body()
    shown = lines[-TERM_ROWS:]
    for n, segs in enumerate(shown):
        if segs is None:
            body.raw('<div class="gap"></div>')
            continue
        text = "".join(t for t, _ in segs)
        if len(text) > TERM_COLS:
            raise ValueError(f"terminal line too long ({len(text)}): {text!r}")
        body.segs(segs, cursor=(n == len(shown) - 1 and text.endswith("$")))
    return body


# --------------------------------------------------------------------------
# Browser content
# --------------------------------------------------------------------------

TABS = [
    ("Invoice INV-2026-0042", "https://billing.example.com/invoices/INV-2026-0042"),
    ("Request a return", "https://support.example.com/returns/new?order=ORD-58213-KX"),
    ("PR #318: Fix refund rounding", "https://github.com/acme/billing/pull/318"),
]


def browser_body(active: int, page: Body) -> Body:
    """Browser chrome (tab strip, URL bar) around a page body."""
    body = Body()
    body.raw('<div class="tabs">')
    cls = ["tab active" if i == active else "tab" for i in range(len(TABS))]
    body.line(*(t for t, _ in TABS), cls="tabrow", cell_cls=cls)
    body.raw(
        '</div><div class="toolbar"><i class="navb"></i><i class="navb"></i>'
        '<i class="navb"></i><div class="omni clip">'
    )
    body.line(TABS[active][1], cls="url")
    body.raw('</div><i class="navb"></i></div><div class="page clip">')
    body.parts.extend(page.parts)
    body.rows.extend(page.rows)
    body.raw("</div>")
    # renumber rows in document order so data-i is unique within the window
    counter = iter(range(len(body.rows)))
    markup = re.sub(r'data-i="\d+"', lambda _m: f'data-i="{next(counter)}"', body.html())
    return Body(parts=[markup], rows=body.rows)


def invoice_page(paid: bool) -> Body:
    """Northwind invoice INV-2026-0042."""
    p = Body()
    p.raw('<div class="site">')
    p.line(
        "Northwind Billing",
        "Signed in as alex@acme.example",
        cls="split",
        cell_cls=("brand", "muted"),
    )
    p.raw('</div><div class="card">')
    p.line("Northwind Cloud Services", cls="h1")
    p.line("Invoice INV-2026-0042", cls="h2")
    p.line("Issued Nov 20, 2026", "Due Dec 20, 2026", cls="muted gap20 wide")
    p.line("Bill to: Acme Corp, 500 Market St, San Francisco, CA 94105", cls="muted")
    p.raw('<div class="tbl">')
    p.line("Description", "Amount", cls="split th")
    p.line("Compute instances, October 2026", "$812.00", cls="split td")
    p.line("Object storage, 2.4 TB", "$216.44", cls="split td")
    p.line("Business support plan", "$150.00", cls="split td")
    p.line("Subtotal", "$1,178.44", cls="split td sum")
    p.line("Tax (9%)", "$106.06", cls="split td")
    p.line("Total", "$1,284.50", cls="split total")
    p.raw("</div>")
    if paid:
        p.line("Status: Paid on Nov 23, 2026", cls="status paid")
    else:
        p.line("Status: Due in 27 days", cls="status due")
    p.raw("</div>")
    return p


def return_form_page() -> Body:
    """Web form: request a return for an order."""
    p = Body()
    p.raw('<div class="site">')
    p.line("Example Store", "Help Center", cls="split", cell_cls=("brand", "muted"))
    p.raw('</div><div class="formwrap"><div class="form">')
    p.line("Request a return", cls="h1")
    p.line("We will email you a prepaid shipping label.", cls="muted gap20")
    fields = [
        ("Name", "Maria Gonzalez"),
        ("Email", "maria.gonzalez@example.org"),
        ("Phone", "+1 (415) 555-0137"),
        ("Order ID", "ORD-58213-KX"),
        ("Shipping method", "UPS Ground (3-5 business days)"),
        ("Reason", "Item arrived damaged"),
    ]
    for label, value in fields:
        kind = "input select" if label == "Shipping method" else "input"
        p.line(label, value, cls="field", cell_cls=("label", kind))
    p.line("Submit request", cls="btnrow", cell_cls=("btn",))
    p.raw('</div><div class="aside">')
    p.line("Order summary", cls="h3")
    p.line("Order", "ORD-58213-KX", cls="split td")
    p.line("Wireless headphones", "$79.99", cls="split td")
    p.line("Shipping", "$10.00", cls="split td")
    p.line("Order total", "$89.99", cls="split total small")
    p.line("Placed Nov 14, 2026", cls="muted")
    p.raw("</div></div>")
    return p


def pull_request_page() -> Body:
    """Code review page for PR #318."""
    p = Body()
    p.raw('<div class="site dark">')
    p.line("acme / billing", "Pull requests", cls="split", cell_cls=("brand", ""))
    p.raw('</div><div class="card wide">')
    p.line("Fix refund rounding #318", cls="h1")
    p.line(
        "Open",
        "alice-park wants to merge 2 commits into main from fix/refund-rounding",
        cell_cls=("pill", "muted"),
    )
    p.line("All checks have passed", cls="ok")
    p.line("billing/refunds.py", cls="mono fname")
    p.line("-    return round(amount * ratio, 2)", cls="mono del")
    p.line("+    return (amount * ratio).quantize(CENT, rounding=ROUND_HALF_UP)", cls="mono add")
    p.line("Review required: 1 approving review is needed", cls="muted")
    p.raw("</div>")
    return p


# --------------------------------------------------------------------------
# Chat and calendar content
# --------------------------------------------------------------------------

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


def calendar_body(with_go_no_go: bool) -> Body:
    """Agenda view for today and tomorrow."""
    b = Body()
    b.raw('<div class="agenda">')
    b.line("Monday, November 23, 2026", cls="day")
    events = [
        ("Standup", "9:15 AM - 9:30 AM", "e1"),
        ("1:1 with Dana", "11:30 AM - 12:00 PM", "e2"),
        ("Lunch with Sam", "12:30 PM - 1:30 PM", "e3"),
        ("Design review", "2:00 PM - 3:00 PM", "e1"),
    ]
    if with_go_no_go:
        events.append(("Release go/no-go", "4:00 PM - 4:30 PM", "e4"))
    for title, when, color in events:
        b.line(title, when, cls=f"ev split {color}", cell_cls=("evt", "evw"))
    b.line("Tuesday, November 24, 2026", cls="day")
    for title, when, color in (
        ("Dentist", "8:00 AM - 9:00 AM", "e3"),
        ("Sprint planning", "10:00 AM - 11:30 AM", "e1"),
    ):
        b.line(title, when, cls=f"ev split {color}", cell_cls=("evt", "evw"))
    b.raw("</div>")
    return b


# --------------------------------------------------------------------------
# Frames
# --------------------------------------------------------------------------

TERM_RECT: Rect = (24, 44, 824, 544)
CAL_RECT: Rect = (836, 44, 1262, 414)
CHAT_RECT: Rect = (380, 300, 1262, 782)
BROWSER_RECT: Rect = (300, 36, 1200, 780)


def ts(hh: int, mm: int, ss: int, ms: int) -> datetime:
    """A UTC timestamp on the demo day."""
    return datetime(*DAY, hh, mm, ss, ms * 1000, tzinfo=UTC)


def terminal(lines: list[list[Seg] | None]) -> Window:
    """The xterm window."""
    return Window(
        "0x2400007",
        f"{PROMPT_USER}: {PROMPT_PATH}",
        "xterm",
        3187,
        TERM_RECT,
        "term",
        terminal_body(lines),
    )


def browser(active: int, page: Body) -> Window:
    """The Chromium window with the given active tab."""
    title, url = TABS[active]
    return Window(
        "0x3a00004",
        f"{title} - Chromium",
        "chromium",
        2950,
        BROWSER_RECT,
        "browser",
        browser_body(active, page),
        url,
    )


def chat(now: datetime) -> Window:
    """The Slack window."""
    return Window(
        "0x4200011",
        "#payments-release - Acme Corp - Slack",
        "slack",
        3342,
        CHAT_RECT,
        "chat",
        chat_body(now),
    )


def calendar(with_go_no_go: bool) -> Window:
    """The GNOME Calendar window."""
    return Window(
        "0x3000006",
        "Calendar",
        "gnome-calendar",
        2871,
        CAL_RECT,
        "calendar",
        calendar_body(with_go_no_go),
    )


def build_frames() -> list[Frame]:
    """All demo frames in time order; each frame lists windows topmost first."""
    t = [
        ts(8, 47, 12, 250),
        ts(9, 14, 3, 500),
        ts(10, 43, 27, 0),
        ts(11, 20, 41, 750),
        ts(12, 5, 9, 0),
        ts(13, 32, 55, 500),
        ts(15, 10, 20, 0),
        ts(16, 45, 0, 125),
    ]
    return [
        Frame(t[0], [terminal(pytest_failing_run()), chat(t[0]), calendar(False)]),
        Frame(t[1], [calendar(False), terminal(pytest_failing_run()), chat(t[1])]),
        Frame(t[2], [chat(t[2]), calendar(False), terminal(pytest_failing_run())]),
        Frame(
            t[3], [browser(0, invoice_page(paid=False)), chat(t[3]), terminal(pytest_failing_run())]
        ),
        Frame(t[4], [browser(1, return_form_page()), chat(t[4]), terminal(pytest_failing_run())]),
        Frame(t[5], [terminal(module_error_run()), browser(2, pull_request_page()), chat(t[5])]),
        Frame(
            t[6],
            [
                chat(t[6]),
                calendar(True),
                browser(2, pull_request_page()),
                terminal(module_error_run()),
            ],
        ),
        Frame(t[7], [terminal(passing_run()), browser(0, invoice_page(paid=True)), calendar(True)]),
    ]


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------

CSS = """
*{box-sizing:border-box}
html,body{margin:0;padding:0}
body{width:1280px;height:800px;overflow:hidden;position:relative;
 background:#2b3b4c;
 font-family:'DejaVu Sans',sans-serif;font-size:15px;color:#1f2328}
.ln{white-space:pre}
.multi{display:flex;align-items:baseline;gap:10px}
.split{justify-content:space-between}
.panel{position:absolute;left:0;top:0;width:1280px;height:28px;background:#14181d;
 color:#eef0f2;font-size:14px}
.panel .ln{position:absolute;top:5px}
.panel .act{left:14px}
.panel .clk{left:0;width:1280px;text-align:center;font-weight:bold}
.win{position:absolute;display:flex;flex-direction:column;overflow:hidden;background:#fff;
 border:1px solid rgba(0,0,0,.55);border-radius:8px 8px 0 0;
 box-shadow:0 8px 28px rgba(0,0,0,.5)}
.tb{flex:none;height:30px;position:relative;background:#e8e8e7;color:#5e5e5e;
 border-bottom:1px solid #c4c4c4;font-size:14px;font-weight:bold}
.tb .ln{position:absolute;left:80px;right:80px;top:6px;text-align:center;overflow:hidden}
.focused .tb{background:#d2d2d0;color:#1b1b1b}
.btns{position:absolute;right:10px;top:8px;display:flex;gap:8px}
.btns i{width:14px;height:14px;border-radius:50%;background:#b9b9b9}
.focused .btns i:last-child{background:#e2572e}
.body{flex:1;position:relative;overflow:hidden}

/* terminal (dark theme) */
.term .body{background:#1c1e22;color:#d8d8d8;padding:6px 8px;
 font-family:'DejaVu Sans Mono',monospace;font-size:14px;line-height:19px}
.term .ln,.term .gap{height:19px}
.tg{color:#5fd75f}.tr{color:#ff6b6b}.tblu{color:#7aa7ff}.tc{color:#56c8d8}.ty{color:#e5c07b}
.b{font-weight:bold}
.cursor{display:inline-block;width:9px;height:16px;margin-left:9px;vertical-align:-3px;
 background:#d8d8d8}

/* browser */
.browser .body{display:flex;flex-direction:column;background:#fff}
.tabs{flex:none;height:40px;background:#dde1e6;padding:6px 8px 0 8px}
.tabrow{height:34px;gap:4px!important;align-items:stretch!important}
.tab{width:260px;padding:8px 14px 0 14px;border-radius:8px 8px 0 0;font-size:14px;
 color:#3c4043;overflow:hidden}
.tab.active{background:#fff;color:#1f1f1f}
.toolbar{flex:none;height:44px;display:flex;align-items:center;gap:10px;padding:0 12px;
 border-bottom:1px solid #d6d9dd}
.navb{width:16px;height:16px;border-radius:50%;border:2px solid #7b8085;flex:none}
.omni{flex:1;height:32px;border-radius:16px;background:#eef1f4;padding:7px 16px;
 font-size:15px;color:#202124;overflow:hidden}
.page{flex:1;position:relative;overflow:hidden;background:#f6f7f9;font-size:15px}
.site{height:48px;padding:14px 28px;background:#fff;border-bottom:1px solid #e1e4e8}
.site.dark{background:#24292f;color:#fff}
.site.dark .muted{color:#d0d7de}
.brand{font-weight:bold;font-size:16px}
.muted{color:#57606a}
.card{margin:22px 28px;width:600px;background:#fff;border:1px solid #d8dee4;border-radius:6px;
 padding:22px 26px}
.card.wide{width:840px}
.h1{font-size:22px;font-weight:bold;margin-bottom:6px}
.h2{font-size:17px;font-weight:bold;margin-bottom:8px;color:#2a3440}
.h3{font-size:16px;font-weight:bold;margin-bottom:10px}
.gap20{margin-bottom:14px}
.multi.wide{gap:28px}
.tbl{margin-top:16px}
.th{font-weight:bold;color:#57606a;border-bottom:2px solid #d0d7de;padding:4px 0}
.td{padding:7px 0;border-bottom:1px solid #eaeef2}
.sum{margin-top:6px}
.total{font-weight:bold;font-size:18px;padding:10px 0}
.total.small{font-size:16px}
.status{margin-top:12px;font-weight:bold}
.due{color:#9a6700}.paid{color:#1a7f37}
.ok{color:#1a7f37;font-weight:bold;margin:10px 0}
.mono{font-family:'DejaVu Sans Mono',monospace;font-size:14px;padding:3px 8px}
.fname{background:#f6f8fa;border:1px solid #d0d7de;font-weight:bold}
.del{background:#ffebe9}.add{background:#dafbe1}
.pill{background:#1f883d;color:#fff;border-radius:12px;padding:2px 10px}
.formwrap{display:flex;gap:24px;padding:20px 28px}
.form{width:540px;background:#fff;border:1px solid #d8dee4;border-radius:6px;padding:20px 24px}
.field{margin:10px 0;align-items:center!important;gap:0!important}
.label{width:160px;font-weight:bold;color:#32383f}
.input{width:330px;border:1px solid #8c959f;border-radius:4px;padding:6px 10px;background:#fff;
 position:relative}
.select::after{content:'';position:absolute;right:10px;top:13px;border:6px solid transparent;
 border-top-color:#57606a}
.btnrow{margin-top:16px;padding-left:160px}
.btn{background:#0b6bcb;color:#fff;font-weight:bold;border-radius:5px;padding:8px 18px}
.aside{width:270px;background:#fff;border:1px solid #d8dee4;border-radius:6px;padding:18px 20px;
 align-self:flex-start}

/* chat */
.chat .body{display:flex;font-family:'Liberation Sans',sans-serif;font-size:15px}
.side{width:180px;flex:none;background:#3b1640;color:#d9cddb;padding:12px 0}
.side .ln{padding:4px 16px}
.ws{font-weight:bold;font-size:16px;color:#fff;margin-bottom:10px}
.ch.sel{background:#1164a3;color:#fff;font-weight:bold}
.ch.sect{margin-top:12px;color:#fff;font-weight:bold}
.main{flex:1;display:flex;flex-direction:column;min-width:0;background:#fff}
.chhdr{height:44px;flex:none;padding:12px 18px;border-bottom:1px solid #e2e2e2}
.chname{font-weight:bold;font-size:16px}
.msgs{flex:1;display:flex;flex-direction:column;justify-content:flex-end;padding:8px 18px;
 overflow:hidden;position:relative}
.msg{display:flex;gap:10px;padding:6px 0}
.avatar{width:36px;height:36px;border-radius:6px;flex:none}
.av1{background:#c7568a}.av2{background:#2e8b57}.av3{background:#3f6fb5}
.name{font-weight:bold;color:#1d1c1d}
.time{color:#616061;font-size:13px}
.text{color:#1d1c1d;line-height:21px}
.composer{flex:none;height:60px;padding:10px 18px}
.placeholder{border:1px solid #b7b7b7;border-radius:8px;padding:10px 12px;color:#6b6b6b}

/* calendar */
.calendar .body{background:#fafafa}
.agenda{padding:10px 16px}
.day{font-weight:bold;font-size:15px;color:#3a3a3a;margin:8px 0 6px 0}
.ev{background:#fff;border:1px solid #e0e0e0;border-left:5px solid #3584e4;border-radius:4px;
 padding:6px 10px;margin-bottom:5px}
.ev.e2{border-left-color:#2ec27e}.ev.e3{border-left-color:#f5c211}
.ev.e4{border-left-color:#e01b24}
.evt{font-weight:bold;color:#241f31}
.evw{color:#4a4a4a}
"""

MEASURE_JS = """
(function () {
  var out = [];
  var box = function (r) { return [r.left, r.top, r.right, r.bottom]; };
  document.querySelectorAll('.ln').forEach(function (el) {
    var cells = el.querySelectorAll('.c');
    var text = cells.length ? Array.prototype.map.call(cells, function (c) {
      return c.textContent; }).join('  ') : el.textContent;
    var x1 = 1e9, y1 = 1e9, x2 = -1e9, y2 = -1e9;
    var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      if (!node.textContent.trim()) { continue; }
      var rg = document.createRange();
      rg.selectNodeContents(node);
      Array.prototype.forEach.call(rg.getClientRects(), function (r) {
        x1 = Math.min(x1, r.left); y1 = Math.min(y1, r.top);
        x2 = Math.max(x2, r.right); y2 = Math.max(y2, r.bottom);
      });
    }
    var over = el.scrollWidth > el.clientWidth + 1;
    Array.prototype.forEach.call(cells, function (c) {
      if (c.scrollWidth > c.clientWidth + 1 && c.clientWidth > 0) { over = true; }
    });
    var clip = el.parentElement.closest('.clip');
    out.push({w: el.closest('[data-wid]').getAttribute('data-wid'),
              i: el.getAttribute('data-i'), text: text, box: [x1, y1, x2, y2],
              clip: clip ? box(clip.getBoundingClientRect()) : null, over: over});
  });
  document.body.setAttribute('data-measure', encodeURIComponent(JSON.stringify(out)));
})();
"""


def window_html(win: Window, z: int, n_windows: int) -> str:
    """Markup for one window at stacking position ``z`` (0 = topmost)."""
    x1, y1, x2, y2 = win.rect
    focused = " focused" if z == 0 else ""
    style = (
        f"left:{x1}px;top:{y1}px;width:{x2 - x1}px;height:{y2 - y1}px;z-index:{10 + n_windows - z}"
    )
    return (
        f'<div class="win {win.kind}{focused}" data-wid="{win.window_id}" style="{style}">'
        f'<div class="tb"><div class="ln" data-i="title">{html.escape(win.title)}</div>'
        '<div class="btns"><i></i><i></i><i></i></div></div>'
        f'<div class="body clip">{win.body.html()}</div></div>'
    )


def frame_html(frame: Frame) -> str:
    """Complete HTML page for one frame."""
    wins = "".join(window_html(w, z, len(frame.windows)) for z, w in enumerate(frame.windows))
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>demo</title><style>{CSS}</style></head><body>"
        '<div class="panel" data-wid="panel">'
        '<div class="ln act" data-i="0">Activities</div>'
        f'<div class="ln clk" data-i="1">{html.escape(frame.clock)}</div></div>'
        f"{wins}<script>{MEASURE_JS}</script></body></html>"
    )


# --------------------------------------------------------------------------
# Chromium
# --------------------------------------------------------------------------


def chromium_cmd(chromium: str, profile: Path) -> list[str]:
    """Common headless Chromium arguments."""
    return [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--mute-audio",
        "--lang=en-US",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        f"--window-size={WIDTH},{HEIGHT}",
        f"--user-data-dir={profile}",
    ]


def run_chromium(args: list[str], tmp: Path) -> str:
    """Run Chromium with a fresh profile; return stdout or exit with an error."""
    profile = Path(tempfile.mkdtemp(prefix="profile-", dir=tmp))
    try:
        proc = subprocess.run(
            chromium_cmd(args[0], profile) + args[1:],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    except subprocess.TimeoutExpired:
        sys.exit("error: Chromium timed out")
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if proc.returncode != 0:
        sys.exit(f"error: Chromium failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return proc.stdout


def measure(chromium: str, page: Path, tmp: Path) -> list[dict[str, Any]]:
    """Lay out the page in Chromium and return per-row text and boxes."""
    dom = run_chromium([chromium, "--dump-dom", page.as_uri()], tmp)
    m = re.search(r'data-measure="([^"]*)"', dom)
    if not m:
        sys.exit(f"error: no layout measurements in DOM dump of {page}")
    return json.loads(urllib.parse.unquote(html.unescape(m.group(1))))


def screenshot(chromium: str, page: Path, png: Path, tmp: Path) -> None:
    """Screenshot the page into ``png`` and check its size."""
    run_chromium([chromium, f"--screenshot={png}", page.as_uri()], tmp)
    if not png.exists():
        sys.exit(f"error: Chromium wrote no screenshot for {page}")
    with Image.open(png) as im:
        if im.size != (WIDTH, HEIGHT):
            sys.exit(f"error: screenshot {png} is {im.size}, expected {(WIDTH, HEIGHT)}")


def save_png(src: Path, dst: Path) -> None:
    """Re-encode a screenshot as a compact, lossless 8-bit RGB PNG.

    Palette (mode "P") PNGs would be ~4x smaller, but some readers (RapidOCR
    given a path, plain ``np.array(Image.open(...))``) treat palette indices as
    grey levels, so the demo keeps true colour.
    """
    with Image.open(src) as im:
        rgb = im.convert("RGB")
    rgb.save(dst, format="PNG", optimize=True)


# --------------------------------------------------------------------------
# Ground truth
# --------------------------------------------------------------------------


def int_box(box: Sequence[float]) -> Rect:
    """Round a float box outwards to integer pixels."""
    return (math.floor(box[0]), math.floor(box[1]), math.ceil(box[2]), math.ceil(box[3]))


def inside(inner: Sequence[float], outer: Sequence[float], tol: float = 0.5) -> bool:
    """True when ``inner`` lies within ``outer`` (with a small tolerance)."""
    return (
        inner[0] >= outer[0] - tol
        and inner[1] >= outer[1] - tol
        and inner[2] <= outer[2] + tol
        and inner[3] <= outer[3] + tol
    )


def overlaps(a: Sequence[float], b: Sequence[float]) -> bool:
    """True when two [x1, y1, x2, y2) boxes intersect."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def check_and_collect(frame: Frame, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Validate the measured layout against the model; return truth for the frame."""
    by_win: dict[str, dict[str, dict[str, Any]]] = {}
    for r in rows:
        by_win.setdefault(r["w"], {})[r["i"]] = r
    problems: list[str] = []
    expected = {"panel": ["Activities", frame.clock]}
    expected.update({w.window_id: w.body.rows for w in frame.windows})
    for w in frame.windows:
        title = by_win.get(w.window_id, {}).get("title")
        if not title or title["text"] != w.title or title["over"]:
            problems.append(f"{w.window_id}: title {w.title!r} missing or overflowing")
    for wid, texts in expected.items():
        got = by_win.get(wid, {})
        for i, text in enumerate(texts):
            r = got.get(str(i))
            if r is None:
                problems.append(f"{wid}[{i}] {text!r}: not rendered")
                continue
            if r["text"] != text:
                problems.append(f"{wid}[{i}]: rendered {r['text']!r}, expected {text!r}")
            if r["over"]:
                problems.append(f"{wid}[{i}] {text!r}: overflows its box")
            if r["clip"] is not None and not inside(r["box"], r["clip"]):
                problems.append(f"{wid}[{i}] {text!r}: clipped {r['box']} vs {r['clip']}")
    if problems:
        sys.exit("error: layout check failed:\n  " + "\n  ".join(problems))

    windows = []
    for z, w in enumerate(frame.windows):
        above = [o.rect for o in frame.windows[:z]]
        boxes = [int_box(by_win[w.window_id][str(i)]["box"]) for i in range(len(w.body.rows))]
        windows.append(
            {
                "window_id": w.window_id,
                "title": w.title,
                "app": w.app,
                "pid": w.pid,
                "rect": list(w.rect),
                "focused": z == 0,
                "z": z,
                "url": w.url,
                "lines": w.body.rows,
                "line_boxes": [list(b) for b in boxes],
                "line_visible": [
                    inside(b, (0, 0, WIDTH, HEIGHT), 0) and not any(overlaps(b, a) for a in above)
                    for b in boxes
                ],
            }
        )
    return {
        "ts_utc": iso(frame.ts),
        "url": frame.windows[0].url,
        "panel": {"rect": [0, 0, WIDTH, PANEL_H], "lines": expected["panel"]},
        "windows": windows,
    }


def iso(t: datetime) -> str:
    """ISO-8601 UTC with milliseconds and a trailing Z."""
    t = t.astimezone(UTC)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def frame_record(frame: Frame, image: str) -> dict[str, Any]:
    """The frames.jsonl object for one frame."""
    return {
        "image": image,
        "ts_utc": iso(frame.ts),
        "monitor": {"id": 0, "rect": [0, 0, WIDTH, HEIGHT]},
        "windows": [
            {
                "window_id": w.window_id,
                "title": w.title,
                "app": w.app,
                "pid": w.pid,
                "rect": list(w.rect),
                "focused": z == 0,
                "z": z,
            }
            for z, w in enumerate(frame.windows)
        ],
        "url": frame.windows[0].url,
    }


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------


def prepare_out(out: Path) -> None:
    """Create ``out`` or clear a previous bundle there; refuse other directories."""
    if out.exists():
        if not out.is_dir():
            sys.exit(f"error: {out} exists and is not a directory")
        entries = {p.name for p in out.iterdir()}
        if entries and not (entries <= {"bundle.json", "frames.jsonl", "images"}):
            sys.exit(f"error: {out} is not empty and does not look like a bundle; refusing")
        shutil.rmtree(out / "images", ignore_errors=True)
    (out / "images").mkdir(parents=True, exist_ok=True)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    ap = argparse.ArgumentParser(
        description="Render the autocapture demo desktop with headless Chromium and write a "
        "frame bundle v1 plus ground truth."
    )
    ap.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="bundle directory to write (default: demo/bundle)",
    )
    ap.add_argument(
        "--truth",
        type=Path,
        default=None,
        help="ground-truth JSON path (default: truth.json next to the bundle dir)",
    )
    ap.add_argument(
        "--chromium",
        default=DEFAULT_CHROMIUM,
        help=f"Chromium binary (default: {DEFAULT_CHROMIUM})",
    )
    ap.add_argument(
        "--html-dir",
        type=Path,
        default=None,
        help="also keep the generated HTML pages in this directory",
    )
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Render all frames and write the bundle, truth.json and images."""
    args = parse_args(argv)
    chromium = args.chromium
    if not (os.path.isfile(chromium) and os.access(chromium, os.X_OK)):
        sys.exit(
            f"error: Chromium not found at {chromium} (install the Debian 'chromium' "
            "package or pass --chromium PATH)"
        )
    out: Path = args.out.resolve()
    truth_path: Path = (args.truth or out.parent / "truth.json").resolve()
    prepare_out(out)
    if args.html_dir:
        args.html_dir.mkdir(parents=True, exist_ok=True)

    frames = build_frames()
    records: list[dict[str, Any]] = []
    truth_frames: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="demo-bundle-") as tmpdir:
        tmp = Path(tmpdir)
        for n, frame in enumerate(frames, start=1):
            image = f"images/{n:06d}.png"
            page = tmp / f"{n:06d}.html"
            page.write_text(frame_html(frame), encoding="utf-8")
            if args.html_dir:
                shutil.copy(page, args.html_dir / page.name)
            truth = check_and_collect(frame, measure(chromium, page, tmp))
            raw = tmp / f"{n:06d}.png"
            screenshot(chromium, page, raw, tmp)
            save_png(raw, out / image)
            records.append(frame_record(frame, image))
            truth_frames[image] = truth
            print(f"{image}  {iso(frame.ts)}  focused: {frame.windows[0].title}")

    bundle = {
        "format": "autocapture.bundle.v1",
        "created_utc": BUNDLE_CREATED_UTC,
        "source": "demo",
    }
    (out / "bundle.json").write_text(json.dumps(bundle, indent=2) + "\n", encoding="utf-8")
    with (out / "frames.jsonl").open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    truth_doc = {
        "format": "autocapture.demo_truth.v1",
        "bundle": os.path.relpath(out, truth_path.parent),
        "timezone": "UTC",
        "notes": "lines: text rows rendered in each window body, top to bottom (title bar "
        "excluded); cells of one visual row are joined by two spaces. line_boxes: "
        "text extents [x1,y1,x2,y2) in screen pixels. line_visible: not covered by "
        "a window above.",
        "frames": truth_frames,
    }
    truth_path.parent.mkdir(parents=True, exist_ok=True)
    truth_path.write_text(
        json.dumps(truth_doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(records)} frames to {out} and ground truth to {truth_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
