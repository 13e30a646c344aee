"""Query benchmark: a synthetic N-frame store (no OCR) and a realistic question mix.

The corpus is written frame by frame through ``Store.write_frame``, exactly as ingest writes
it: 2-4 windows per frame, 30-60 OCR-like line spans per frame (terminal output, test runs,
tracebacks, invoices, chat, e-mail, calendar, browser pages, code) plus one word span per word
of each line, timestamps spread over 30 days before ``--now``. Numbers, names and ids vary per
frame so frames differ. With ``--seed-data-dir`` about half of the windows reuse real OCR'd
line text (digits jittered) from an existing store, e.g. one kept by ``benchmarks/ingest.py
--keep``. The image blob is a tiny unique 64x40 PNG; the frame claims a 1920x1080 screen.

The question mix (with and without time expressions, answerable and not) then runs through
one warm pipeline (``Autocapture.ask`` with a fixed ``now``): warm-up queries first, then at
least ``--queries`` timed ones. Prints corpus size, build time, DB size, ask latency
p50/p95/max, per-stage p50/p95 from ``answer.trace["stages_ms"]``, answer states, and a
one-line JSON summary.

    python benchmarks/query.py                       # 10,000 frames in a temp dir
    python benchmarks/query.py --frames 2000 --keep --data-dir /tmp/q2k
    python benchmarks/query.py --data-dir /tmp/q2k --reuse --profile 25
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import math
import multiprocessing
import os
import pstats
import random
import re
import resource
import shutil
import sqlite3
import struct
import sys
import tempfile
import time
import zlib
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.records import FrameRecord, SpanRecord, WindowFact, make_frame_id, make_span_id
from autocapture.store import Store

SCREEN_W, SCREEN_H = 1920, 1080
DEFAULT_NOW = "2026-11-30T18:00:00Z"
SPAN_DAYS = 30

# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

PEOPLE = [
    "Bob Chen", "Alice Wong", "Dana Ortiz", "Priya Natarajan", "Marcus Lee", "Sofia Rossi",
    "Kenji Tanaka", "Fatima Zahra", "Liam O'Brien", "Grace Kim", "Tom Becker", "Nina Petrova",
]  # fmt: skip
COMPANIES = [
    "Northwind Traders", "Contoso Ltd", "Fabrikam Inc", "Globex Corporation", "Initech",
    "Umbrella Supplies", "Wayne Logistics", "Acme Corp", "Tailspin Toys", "Litware GmbH",
]  # fmt: skip
PRODUCTS = [
    "Cloud hosting (monthly)", "Support plan - Gold", "USB-C docking station", "Laptop stand",
    "Consulting hours", "SSL certificate renewal", "Domain registration", "Backup storage 2TB",
    "Design services", "Office chairs", "Printer toner", "Software licence seat",
]  # fmt: skip
MODULES = ["billing", "checkout", "currency", "export", "auth", "refunds", "ledger", "tax"]
TEST_NAMES = [
    "test_refund_rounding", "test_tax_exempt", "test_multi_currency", "test_late_fee",
    "test_format_usd", "test_parse_amount", "test_round_half_up", "test_export_csv",
    "test_login_lockout", "test_token_refresh", "test_invoice_total", "test_discount_stack",
    "test_partial_refund", "test_vat_reverse_charge", "test_webhook_retry",
]  # fmt: skip
EXCEPTIONS = [
    ("KeyError", "'customer_id'"), ("ZeroDivisionError", "float division by zero"),
    ("ValueError", "invalid literal for int() with base 10: 'N/A'"),
    ("TypeError", "unsupported operand type(s) for +: 'int' and 'str'"),
    ("ModuleNotFoundError", "No module named 'yaml'"),
    ("AttributeError", "'NoneType' object has no attribute 'amount'"),
    ("AssertionError", "assert 12.5 == 12.50"), ("TimeoutError", "adyen request timed out"),
    ("ConnectionRefusedError", "[Errno 111] Connection refused"),
]  # fmt: skip
BUILD_ERRORS = [
    "error[E0308]: mismatched types", "npm ERR! code ELIFECYCLE",
    "make: *** [Makefile:{n}: all] Error 2", "ERROR: build failed: exit status {n}",
    "fatal error: openssl/ssl.h: No such file or directory",
    "error: linker `cc` not found", "ld: undefined reference to `ledger_close'",
    "ERROR: Could not find a version that satisfies the requirement numpy=={v}",
    "src/{m}/api.ts({n},14): error TS2339: Property 'total' does not exist",
]  # fmt: skip
CHAT_BODIES = [
    "The release is blocked on the {m} migration, ETA {h}:{mm}",
    "I pushed the fix for {t}, can someone review PR #{n}?",
    "Release {v} is tagged, rolling out to staging now",
    "Heads up: the {m} dashboard shows p95 latency at {n} ms",
    "Can we move the design review to {h}:{mm}?",
    "Customer {c} asked about invoice INV-2026-{inv:04d}",
    "Standup notes are in the doc, I'm out after lunch",
    "The release notes still mention the old {m} endpoint",
    "Rolled back {v}, error rate went up to {p}%",
    "Thanks! Merging once CI is green",
    "Who owns the {m} on-call this week?",
    "LGTM, ship it",
]  # fmt: skip
CHANNELS = ["#payments-release", "#eng-billing", "#incidents", "#random", "#design", "#oncall"]
SUBJECTS = [
    "Q4 budget approval", "Invoice INV-2026-{inv:04d} from {c}", "Kubernetes migration kickoff",
    "Renew SSL certificate for staging", "Offsite agenda", "Your order has shipped",
    "Security review for {m} service", "Re: refund policy change",
]  # fmt: skip
EVENTS = [
    "Design review", "Standup", "1:1 with {p}", "Sprint planning", "Release retro",
    "Cluster planning", "Customer call: {c}", "Lunch", "Interview: backend engineer",
]  # fmt: skip
SITES = [
    ("github.com", "https://github.com/acme/{m}/pull/{n}", "Fix {t} by {p} · Pull Request #{n}"),
    ("docs.python.org", "https://docs.python.org/3/library/{lib}.html", "{lib} — Python docs"),
    ("grafana", "https://grafana.acme.io/d/{m}-latency?from=now-6h", "{m} latency - Grafana"),
    ("jira", "https://acme.atlassian.net/browse/PAY-{n}", "PAY-{n} {t} - Jira"),
    ("stackoverflow", "https://stackoverflow.com/questions/{big}", "python - {e} - Stack Overflow"),
]  # fmt: skip
LIBS = ["datetime", "decimal", "sqlite3", "asyncio", "pathlib", "re", "json", "logging"]
_WORD_TEXT = (
    "the a to of and in for is on that with as this it be are from by at or an will was have "
    "not can we you all your more new one our has about if but they which their would been "
    "update customer payment order account report service request server database config "
    "value total amount status result error warning latency deploy release rollback staging "
    "production cache queue worker timeout retry merge branch review ticket deadline budget"
)
WORDS = _WORD_TEXT.split()


# ---------------------------------------------------------------------------------------------
# Window content generators: each returns (title, app, url, lines)
# ---------------------------------------------------------------------------------------------

Content = tuple[str, str, str | None, list[tuple[str, str | None]]]  # lines: (text, fg)


@dataclass
class Ctx:
    """Per-frame random choices shared by a frame's windows (so frames differ)."""

    rng: random.Random
    ts: datetime

    def fill(self, template: str) -> str:
        r = self.rng
        return template.format(
            n=r.randint(2, 9999),
            v=f"{r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
            m=r.choice(MODULES),
            t=r.choice(TEST_NAMES),
            p=r.choice(PEOPLE),
            c=r.choice(COMPANIES),
            h=r.randint(9, 17),
            mm=r.choice(["00", "15", "30", "45"]),
            inv=self.invoice_no(),
            e=r.choice(EXCEPTIONS)[0],
            lib=r.choice(LIBS),
            big=r.randint(10_000_000, 79_999_999),
        )

    def invoice_no(self) -> int:
        return 42 if self.rng.random() < 0.01 else self.rng.randint(1, 9999)

    def money(self, lo: float = 5, hi: float = 2500) -> float:
        return round(self.rng.uniform(lo, hi), 2)

    def clock(self, offset_min: int = 0) -> str:
        t = self.ts + timedelta(minutes=offset_min)
        return t.strftime("%H:%M")

    def prose(self, n: int) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(n)).capitalize()


RED, GREEN, YELLOW, GREY = "#cd3131", "#0dbc79", "#e5e510", "#d0d0d0"


def terminal(ctx: Ctx, n: int) -> Content:
    r = ctx.rng
    mod = r.choice(MODULES)
    lines: list[tuple[str, str | None]] = []
    kind = r.choice(["pytest", "build", "traceback", "shell", "git"])
    while len(lines) < n:
        if kind == "pytest":
            lines.append((f"$ pytest -q tests/test_{mod}.py", GREY))
            for _ in range(r.randint(4, 10)):
                t = r.choice(TEST_NAMES)
                ok = r.random() > 0.15
                pct = r.randint(1, 100)
                lines.append(
                    (
                        f"tests/test_{mod}.py::{t} {'PASSED' if ok else 'FAILED'} [{pct:3d}%]",
                        GREEN if ok else RED,
                    )
                )
            failed = r.choice(TEST_NAMES)
            exc, msg = r.choice(EXCEPTIONS)
            lines += [
                (f"_____ {failed} _____", RED),
                (f"    def {failed}():", GREY),
                (f"E       {exc}: {msg}", RED),
                (f"FAILED tests/test_{mod}.py::{failed} - {exc}", RED),
                (
                    f"== {r.randint(1, 4)} failed, {r.randint(40, 300)} passed in "
                    f"{r.uniform(1, 60):.2f}s ==",
                    RED,
                ),
            ]
        elif kind == "build":
            lines.append((f"$ make -C src/{mod} all", GREY))
            for _ in range(r.randint(3, 8)):
                lines.append((f"cc -O2 -c src/{mod}/{r.choice(WORDS)}.c -o build/{mod}.o", GREY))
            err = ctx.fill(r.choice(BUILD_ERRORS))
            lines.append((f"src/{mod}/main.c:{r.randint(10, 900)}:5: {err}", RED))
            lines.append((f"make: *** [Makefile:{r.randint(10, 99)}: all] Error 1", RED))
            lines.append((f"Build FAILED after {r.uniform(2, 300):.1f}s ({mod})", RED))
        elif kind == "traceback":
            exc, msg = r.choice(EXCEPTIONS)
            lines.append(("Traceback (most recent call last):", GREY))
            for _ in range(r.randint(2, 5)):
                fn = r.choice(["handle", "refund", "compute_total", "post", "run", "apply_tax"])
                lines.append(
                    (f'  File "/srv/{mod}/{fn}.py", line {r.randint(5, 600)}, in {fn}', GREY)
                )
                lines.append((f"    total = ledger[{fn}_id] / count", GREY))
            lines.append((f"{exc}: {msg}", RED))
            lines.append((f"[{ctx.clock()}] worker-{r.randint(1, 8)} exited with code 1", YELLOW))
        elif kind == "shell":
            lines.append(("$ df -h", GREY))
            lines.append(("Filesystem      Size  Used Avail Use% Mounted on", GREY))
            used = r.randint(50, 450)
            lines.append(
                (f"/dev/nvme0n1p2  468G  {used}G  {468 - used}G  {used * 100 // 468}% /", GREY)
            )
            lines.append((f"tmpfs           16G  {r.randint(1, 900)}M   16G   1% /dev/shm", GREY))
            lines.append(("$ ps aux --sort=-%cpu | head -4", GREY))
            for proc in r.sample(["python3", "postgres", "node", "java", "firefox", "dockerd"], 3):
                lines.append(
                    (
                        f"alex  {r.randint(300, 40000)}  {r.uniform(0, 99):.1f}  "
                        f"{r.uniform(0, 30):.1f}  {proc}",
                        GREY,
                    )
                )
            lines.append(
                (f"drwxr-xr-x  2 alex alex 4096 Nov {r.randint(1, 30)} {ctx.clock()} {mod}", GREY)
            )
        else:
            for _ in range(r.randint(1, 3)):
                sha = hashlib.sha1(str(r.random()).encode()).hexdigest()
                p = r.choice(PEOPLE)
                lines.append((f"commit {sha}", YELLOW))
                lines.append((f"Author: {p} <{p.split()[0].lower()}@acme.io>", GREY))
                lines.append((f"Date:   {ctx.ts.strftime('%a %b %d %H:%M:%S %Y')} +0000", GREY))
                lines.append(
                    (f"    Fix {r.choice(TEST_NAMES)} in {mod} ({ctx.fill('#{n}')})", GREY)
                )
        kind = r.choice(["pytest", "build", "traceback", "shell", "git"])
    title = f"alex@devbox: ~/src/{mod}"
    return title, r.choice(["xterm", "gnome-terminal", "kitty"]), None, lines[:n]


def invoice(ctx: Ctx, n: int) -> Content:
    r = ctx.rng
    inv = ctx.invoice_no()
    company = r.choice(COMPANIES)
    day = ctx.ts - timedelta(days=r.randint(0, 20))
    lines: list[tuple[str, str | None]] = [
        (f"INVOICE INV-2026-{inv:04d}", None),
        (f"Bill to: {company}", None),
        (f"Invoice date: {day.strftime('%Y-%m-%d')}", None),
        (f"Due date: {(day + timedelta(days=30)).strftime('%b %d, %Y')}", None),
        (f"PO number PO-{r.randint(10000, 99999)}", None),
        ("Description  Qty  Unit price  Amount", None),
    ]
    subtotal = 0.0
    for prod in r.sample(PRODUCTS, min(len(PRODUCTS), max(2, n - 12))):
        qty, unit = r.randint(1, 12), ctx.money(5, 400)
        subtotal += qty * unit
        lines.append((f"{prod}  {qty}  ${unit:,.2f}  ${qty * unit:,.2f}", None))
    tax = round(subtotal * 0.088, 2)
    lines += [
        (f"Subtotal ${subtotal:,.2f}", None),
        (f"Tax (8.8%) ${tax:,.2f}", None),
        (f"Total ${subtotal + tax:,.2f}", None),
        (f"Amount due ${subtotal + tax:,.2f}", None),
        ("Payment terms: Net 30. Thank you for your business!", None),
    ]
    title = f"INV-2026-{inv:04d}.pdf - Document Viewer"
    return title, "evince", None, lines[:n]


def chat(ctx: Ctx, n: int) -> Content:
    r = ctx.rng
    channel = r.choice(CHANNELS)
    lines: list[tuple[str, str | None]] = [(channel, None), (ctx.prose(6), None)]
    offset = -r.randint(30, 240)
    while len(lines) < n:
        offset += r.randint(0, 12)
        lines.append((f"{r.choice(PEOPLE)} {ctx.clock(offset)}", None))
        for _ in range(r.randint(1, 2)):
            lines.append((ctx.fill(r.choice(CHAT_BODIES)), None))
    return f"{channel} - Acme Corp - Slack", "slack", None, lines[:n]


def email(ctx: Ctx, n: int) -> Content:
    r = ctx.rng
    sender = r.choice(PEOPLE)
    subject = ctx.fill(r.choice(SUBJECTS))
    domain = r.choice(COMPANIES).split()[0].lower()
    lines: list[tuple[str, str | None]] = []
    for _ in range(r.randint(3, 8)):
        lines.append((f"{r.choice(PEOPLE)}  {ctx.fill(r.choice(SUBJECTS))}", None))
    lines += [
        (f"From: {sender} <{sender.split()[0].lower()}@{domain}.com>", None),
        (f"Subject: {subject}", None),
        (f"Date: {ctx.ts.strftime('%a, %d %b %Y %H:%M')}", None),
        ("To: alex@acme.io", None),
    ]  # fmt: skip
    while len(lines) < n:
        lines.append((ctx.prose(r.randint(5, 11)) + ".", None))
    return f"{subject} - Inbox - Mail", "thunderbird", None, lines[:n]


def calendar(ctx: Ctx, n: int) -> Content:
    r = ctx.rng
    lines: list[tuple[str, str | None]] = [(ctx.ts.strftime("%A, %B %d"), None)]
    hour = 8
    while len(lines) < n and hour < 19:
        start = f"{(hour - 1) % 12 + 1}:{r.choice(['00', '30'])} {'AM' if hour < 12 else 'PM'}"
        end = f"{hour % 12 + 1}:00 {'AM' if hour + 1 < 12 else 'PM'}"
        lines.append((f"{ctx.fill(r.choice(EVENTS))} {start} - {end}", None))
        lines.append(
            (f"Room {r.choice(['Atlas', 'Borealis', 'Cygnus', 'Draco'])}-{r.randint(1, 4)}", None)
        )
        hour += r.randint(1, 2)
    while len(lines) < n:
        lines.append((f"{r.randint(1, 31)}", None))
    return "Calendar", "gnome-calendar", None, lines[:n]


def browser(ctx: Ctx, n: int) -> Content:
    r = ctx.rng
    _, url_t, title_t = r.choice(SITES)
    seed = {"m": r.choice(MODULES), "n": r.randint(100, 9999), "t": r.choice(TEST_NAMES)}
    url = ctx.fill(url_t.replace("{m}", seed["m"]).replace("{n}", str(seed["n"])))
    title = ctx.fill(title_t.replace("{m}", seed["m"]).replace("{n}", str(seed["n"])))
    lines: list[tuple[str, str | None]] = [(url, None), (title, None)]
    while len(lines) < n:
        roll = r.random()
        if roll < 0.15:
            lines.append((ctx.fill("https://github.com/acme/{m}/pull/{n}"), None))
        elif roll < 0.3:
            lines.append((ctx.fill("{p} commented {n} minutes ago"), None))
        else:
            lines.append((ctx.prose(r.randint(4, 12)), None))
    return f"{title} - Mozilla Firefox", "firefox", url, lines[:n]


def editor(ctx: Ctx, n: int) -> Content:
    r = ctx.rng
    mod = r.choice(MODULES)
    lines: list[tuple[str, str | None]] = []
    while len(lines) < n:
        fn = r.choice(["compute_total", "apply_discount", "refund", "parse_amount", "export_csv"])
        lines += [
            (f"def {fn}(items, rate={r.uniform(0, 0.3):.2f}):", None),
            (f'    """{ctx.prose(r.randint(3, 7))}."""', None),
            ("    subtotal = sum(i.price * i.qty for i in items)", None),
            (f"    if subtotal > {r.randint(100, 5000)}:", None),
            (f"        log.warning('large {mod} order %s', subtotal)", None),
            ("    return round(subtotal * (1 - rate), 2)", None),
        ]
    return f"{mod}/{r.choice(['api', 'models', 'service'])}.py - VS Code", "code", None, lines[:n]


GENERATORS: list[tuple[Callable[[Ctx, int], Content], float]] = [
    (terminal, 3.0), (invoice, 1.2), (chat, 2.0), (email, 1.0), (calendar, 0.6),
    (browser, 1.5), (editor, 1.0),
]  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Seed lines from a real store
# ---------------------------------------------------------------------------------------------

SeedWindow = tuple[str, str, list[str]]  # title, app, line texts


def load_seed(data_dir: Path) -> list[SeedWindow]:
    """Real OCR'd line texts from an existing store, grouped by (frame, window)."""
    db = sqlite3.connect(f"file:{data_dir / 'autocapture.db'}?mode=ro", uri=True)
    groups: dict[tuple[str, int | None], list[str]] = defaultdict(list)
    titles: dict[int, tuple[str, str]] = {
        row[0]: (row[1] or "", row[2] or "")
        for row in db.execute("SELECT window_row, title, app FROM window")
    }
    for frame_id, wrow, text in db.execute(
        "SELECT frame_id, window_row, text FROM span WHERE kind = 'line' ORDER BY frame_id, seq"
    ):
        groups[(frame_id, wrow)].append(text)
    db.close()
    out = []
    for (_, wrow), texts in groups.items():
        title, app = titles.get(wrow, ("Desktop", "")) if wrow is not None else ("Desktop", "")
        if len(texts) >= 3:
            out.append((title, app, texts))
    return out


_DIGITS = re.compile(r"\d+")


def jitter(text: str, rng: random.Random) -> str:
    """Change the numbers in a line (same digit count) so copies of it differ."""
    return _DIGITS.sub(lambda m: str(rng.randint(0, 10 ** len(m.group(0)) - 1)).zfill(
        len(m.group(0))), text)  # fmt: skip


def seeded(seed: list[SeedWindow]) -> Callable[[Ctx, int], Content]:
    def gen(ctx: Ctx, n: int) -> Content:
        title, app, texts = ctx.rng.choice(seed)
        start = ctx.rng.randint(0, max(0, len(texts) - 1))
        picked = (texts[start:] + texts[:start]) * (n // len(texts) + 1)
        lines = [(jitter(t, ctx.rng) if ctx.rng.random() < 0.4 else t, None) for t in picked[:n]]
        return title, app or "unknown", None, lines

    return gen


# ---------------------------------------------------------------------------------------------
# Frame records
# ---------------------------------------------------------------------------------------------


def png_bytes(width: int, height: int, pixels: bytes) -> bytes:
    """A minimal RGB PNG (pure zlib, faster than Pillow for thousands of tiny images)."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    raw = b"".join(b"\x00" + pixels[y * width * 3 : (y + 1) * width * 3] for y in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + (
        chunk(b"IEND", b""))  # fmt: skip


def tiny_image(index: int, rng: random.Random) -> bytes:
    w, h = 64, 40
    base = bytes([rng.randrange(20, 60)] * 3) * (w * h)
    px = bytearray(base)
    px[0:3] = index.to_bytes(3, "big")  # unique per frame
    for _ in range(20):
        o = rng.randrange(w * h) * 3
        px[o : o + 3] = bytes((rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    return png_bytes(w, h, bytes(px))


def timestamps(n: int, now: datetime, rng: random.Random) -> list[datetime]:
    """n times over the SPAN_DAYS before now, mostly in working hours, sorted."""
    out = []
    for _ in range(n):
        day = rng.randrange(SPAN_DAYS)
        work = rng.random() < 0.8
        secs = rng.uniform(8 * 3600, 19 * 3600) if work else rng.uniform(0, 24 * 3600)
        start = (now - timedelta(days=day)).replace(hour=0, minute=0, second=0, microsecond=0)
        ts = start + timedelta(seconds=secs)
        if ts >= now:
            ts = now - timedelta(seconds=rng.uniform(60, 8 * 3600))
        out.append(ts.replace(microsecond=(ts.microsecond // 1000) * 1000))
    return sorted(out)


def make_frame(
    index: int,
    ts: datetime,
    rng: random.Random,
    gens: list[Callable[[Ctx, int], Content]],
    weights: list[float],
) -> FrameRecord:
    ctx = Ctx(rng, ts)
    k = rng.randint(2, 4)
    total = rng.randint(30, 60)
    per = [total // k + (1 if i < total % k else 0) for i in range(k)]
    col_w = SCREEN_W // k
    char_w = rng.choice([7, 8, 9])
    line_h = 16
    image = tiny_image(index, rng)
    sha = hashlib.sha256(image).hexdigest()
    frame_id = make_frame_id(sha, ts, 0)
    windows: list[WindowFact] = []
    spans: list[SpanRecord] = []
    seq = 0
    url = None
    for wi in range(k):
        gen = rng.choices(gens, weights)[0]
        title, app, wurl, lines = gen(ctx, per[wi])
        x0, y0 = wi * col_w, 28
        rect = (x0, y0, x0 + col_w, SCREEN_H)
        focused = wi == 0
        windows.append(
            WindowFact(
                title=title,
                rect=rect,
                window_id=f"0x{rng.randrange(0x1000000, 0x5FFFFFF):07x}",
                app=app,
                pid=rng.randint(300, 60000),
                focused=focused,
                z=wi,
            )
        )
        if focused and wurl:
            url = wurl
        bg = "#1e1e1e" if app in ("xterm", "gnome-terminal", "kitty") else "#ffffff"
        default_fg = GREY if bg == "#1e1e1e" else "#202020"
        for li, (text, fg) in enumerate(lines):
            lx1 = x0 + 8
            ly1 = y0 + 30 + li * line_h
            max_chars = max(1, (col_w - 16) // char_w)
            shown = text[:max_chars]
            lx2 = min(x0 + col_w - 1, lx1 + len(shown) * char_w)
            bbox = (lx1, ly1, max(lx1 + 1, lx2), ly1 + 13)
            line_id = make_span_id(frame_id, "line", seq)
            conf = round(rng.uniform(0.85, 0.999), 4)
            spans.append(
                SpanRecord(line_id, "line", seq, shown, bbox, conf, fg or default_fg, bg, None, wi)
            )
            seq += 1
            for m in re.finditer(r"\S+", shown):
                wx1 = lx1 + m.start() * char_w
                wbox = (wx1, ly1, wx1 + (m.end() - m.start()) * char_w, ly1 + 13)
                spans.append(
                    SpanRecord(
                        make_span_id(frame_id, "word", seq),
                        "word",
                        seq,
                        m.group(0),
                        wbox,
                        round(min(1.0, conf + rng.uniform(-0.05, 0.05)), 4),
                        fg or default_fg,
                        bg,
                        line_id,
                        wi,
                    )
                )
                seq += 1
    return FrameRecord(
        frame_id=frame_id,
        ts_utc=ts,
        width=SCREEN_W,
        height=SCREEN_H,
        image_sha256=sha,
        image_bytes=image,
        mime="image/png",
        source=f"synthetic:{index}",
        ocr_provider="synthetic",
        ocr_version="1",
        monitor_id=0,
        monitor_rect=(0, 0, SCREEN_W, SCREEN_H),
        url=url,
        windows=windows,
        spans=spans,
    )


@dataclass
class BuildStats:
    frames: int = 0
    gen_s: float = 0.0  # generator CPU time (in the worker processes when --workers > 0)
    wait_s: float = 0.0  # time the writer waited for the next generated frame
    write_s: float = 0.0
    write_ms: list[float] | None = None


_WORKER: dict[str, Any] = {}


def _init_generator(seed_windows: list[SeedWindow], seed: int) -> None:
    """Set up the frame generator (in a worker process, or inline)."""
    gens = [g for g, _ in GENERATORS]
    weights = [w for _, w in GENERATORS]
    if seed_windows:
        gens.append(seeded(seed_windows))
        weights.append(sum(weights))  # about half of the windows come from real OCR text
    _WORKER.update(gens=gens, weights=weights, seed=seed)


def _generate(job: tuple[int, datetime]) -> tuple[FrameRecord, float]:
    """One frame record, from its own RNG (so the corpus is the same for any worker count)."""
    index, ts = job
    t0 = time.perf_counter()
    rng = random.Random(_WORKER["seed"] * 1_000_003 + index)
    rec = make_frame(index, ts, rng, _WORKER["gens"], _WORKER["weights"])
    return rec, time.perf_counter() - t0


def _bounded_imap(
    pool: Any, jobs: list[tuple[int, datetime]], ahead: int
) -> Iterator[tuple[FrameRecord, float]]:
    """Results in order with at most ``ahead`` frames in flight (Pool.imap would generate
    the whole corpus ahead of the slower writer and hold it all in this process's memory)."""
    pending: deque[Any] = deque()
    it = iter(jobs)
    for job in it:
        pending.append(pool.apply_async(_generate, (job,)))
        if len(pending) >= ahead:
            break
    while pending:
        result = pending.popleft().get()
        job = next(it, None)
        if job is not None:
            pending.append(pool.apply_async(_generate, (job,)))
        yield result


def build_corpus(
    store: Store,
    n: int,
    now: datetime,
    seed: int,
    seed_windows: list[SeedWindow],
    workers: int,
) -> BuildStats:
    """Generate frames (in ``workers`` processes, or inline if 0) and write each with
    ``Store.write_frame``, one transaction per frame, in time order."""
    jobs = list(enumerate(timestamps(n, now, random.Random(seed))))
    stats = BuildStats(write_ms=[])
    assert stats.write_ms is not None
    pool = None
    if workers > 0:
        ctx = multiprocessing.get_context("fork")
        pool = ctx.Pool(workers, _init_generator, (seed_windows, seed))
        records: Iterator[tuple[FrameRecord, float]] = _bounded_imap(pool, jobs, 16 * workers)
    else:
        _init_generator(seed_windows, seed)
        records = map(_generate, jobs)
    t_report = time.perf_counter()
    try:
        while True:
            t0 = time.perf_counter()
            item = next(records, None)
            t1 = time.perf_counter()
            if item is None:
                break
            rec, gen_s = item
            store.write_frame(rec)
            t2 = time.perf_counter()
            stats.gen_s += gen_s
            stats.wait_s += t1 - t0
            stats.write_s += t2 - t1
            stats.write_ms.append((t2 - t1) * 1000)
            stats.frames += 1
            if t2 - t_report > 20:
                t_report = t2
                print(
                    f"  ... {stats.frames}/{n} frames (write {stats.write_s:.1f}s,"
                    f" waiting for generator {stats.wait_s:.1f}s)",
                    file=sys.stderr,
                    flush=True,
                )
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    return stats


# ---------------------------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------------------------

QUESTIONS = [
    "what was the total on the invoice?",
    "INV-2026-0042",
    "what was the amount due on invoice INV-2026-0042?",
    "what error did the build print yesterday afternoon?",
    "what did Bob say about the release?",
    "between 9 and 10 what test failed",
    "which test failed this morning?",
    "how much was the tax on the Northwind Traders invoice?",
    "what KeyError did the traceback show?",
    "what is the URL of the pull request for test_refund_rounding?",
    "when is the design review?",
    "what was the subject of the email from Dana Ortiz?",
    "how much disk space was used on /dev/nvme0n1p2 last tuesday?",
    "what did Alice Wong write at 14:05?",
    "which commit did Priya Natarajan author in the last 2 hours?",
    "ModuleNotFoundError",
    "what was the invoice date on Nov 20 for Contoso?",
    "what was the p95 latency on the checkout dashboard this week?",
    "what is the wifi password?",
    "what did I see on 2025-01-03?",
    "who won the chess tournament in the last 3 days?",
    "what was my blood pressure reading yesterday?",
]


def percentile(values: list[float], q: float) -> float:
    """Linearly interpolated percentile (q in 0..100); NaN for an empty list."""
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * q / 100.0
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def fmt_ms(values: list[float]) -> str:
    return (
        f"p50 {percentile(values, 50):8.2f} ms  p95 {percentile(values, 95):8.2f} ms"
        f"  max {max(values) if values else float('nan'):8.2f} ms  n={len(values)}"
    )


def db_sizes(data_dir: Path) -> tuple[int, int, int]:
    """(autocapture.db bytes, -wal bytes, blob dir bytes)."""
    db = data_dir / "autocapture.db"
    wal = data_dir / "autocapture.db-wal"
    blobs = data_dir / "blobs"
    blob_bytes = (
        sum(p.stat().st_size for p in blobs.rglob("*") if p.is_file()) if blobs.exists() else 0
    )
    return (
        db.stat().st_size if db.exists() else 0,
        wal.stat().st_size if wal.exists() else 0,
        blob_bytes,
    )


def table_sizes(db: sqlite3.Connection) -> list[tuple[str, int]]:
    """Bytes per table/index via the dbstat virtual table, if this SQLite has it."""
    try:
        rows = db.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ).fetchall()
    except sqlite3.Error:
        return []
    return [(r[0], int(r[1])) for r in rows]


def library_fingerprint() -> str:
    """Short hash of the autocapture sources in use (other people edit them concurrently)."""
    import autocapture

    root = Path(autocapture.__file__).parent
    h = hashlib.sha256()
    for p in sorted(root.rglob("*.py")):
        h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:12]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--frames", type=int, default=10_000, help="frames to build (default 10000)")
    ap.add_argument(
        "--queries", type=int, default=300, help="timed queries, at least (default 300)"
    )
    ap.add_argument("--warmup", type=int, default=10, help="untimed warm-up queries (default 10)")
    ap.add_argument(
        "--now", default=DEFAULT_NOW, help=f"fixed 'now' for asks (default {DEFAULT_NOW})"
    )
    ap.add_argument("--tz", default="UTC", help="config timezone for time words (default UTC)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument(
        "--seed-data-dir", type=Path, help="existing store whose OCR'd lines seed the corpus"
    )
    ap.add_argument(
        "--workers", type=int, default=1,
        help="processes generating frames while the main process writes (0 = inline; default 1)",
    )  # fmt: skip
    ap.add_argument("--data-dir", type=Path, help="build here instead of a temp dir")
    ap.add_argument(
        "--reuse", action="store_true", help="skip the build if --data-dir already has frames"
    )
    ap.add_argument("--keep", action="store_true", help="keep the temporary data dir")
    ap.add_argument(
        "--profile", type=int, default=0, metavar="N",
        help="cProfile the timed queries and print the top N functions by cumulative time",
    )  # fmt: skip
    ap.add_argument("--show-answers", action="store_true", help="print each question's answer")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    own_tmp = args.data_dir is None
    data_dir = Path(tempfile.mkdtemp(prefix="ac-bench-query-")) if own_tmp else args.data_dir
    try:
        return run(args, data_dir)
    finally:
        if own_tmp and not args.keep:
            shutil.rmtree(data_dir, ignore_errors=True)
        elif own_tmp:
            print(f"(kept data dir {data_dir})")


def run(args: argparse.Namespace, data_dir: Path) -> int:
    now = datetime.fromisoformat(args.now.replace("Z", "+00:00")).astimezone(UTC)
    cfg = load_config(data_dir)
    cfg.timezone = args.tz
    print("== query benchmark ==")
    lib_hash = library_fingerprint()  # once: the process keeps the modules it imported
    print(f"library      : autocapture sources sha256 {lib_hash}")
    print(f"data dir     : {data_dir}   now: {now.isoformat()}   tz: {cfg.timezone}")

    app = Autocapture(config=cfg)
    store = app.store
    build: BuildStats | None = None
    build_s = 0.0
    existing = store.frame_count()
    if existing and args.reuse:
        print(f"corpus       : reusing {existing} existing frames (no build)")
    elif existing:
        print(f"error: {data_dir} already holds {existing} frames (use --reuse)", file=sys.stderr)
        return 2
    else:
        seed_windows = load_seed(args.seed_data_dir) if args.seed_data_dir else []
        if args.seed_data_dir:
            n_lines = sum(len(w[2]) for w in seed_windows)
            print(f"seed         : {len(seed_windows)} windows, {n_lines} real lines "
                  f"from {args.seed_data_dir}")  # fmt: skip
        load0 = os.getloadavg()[0]
        t0 = time.perf_counter()
        build = build_corpus(store, args.frames, now, args.seed, seed_windows, args.workers)
        build_s = time.perf_counter() - t0
        assert build.write_ms is not None
        print(
            f"build        : {build_s:.1f} s for {build.frames} frames "
            f"({build.frames / build_s:.0f} frames/s); load avg {load0:.2f} -> "
            f"{os.getloadavg()[0]:.2f}\n"
            f"  write_frame: {build.write_s:.1f} s total, per frame {fmt_ms(build.write_ms)}\n"
            f"  generate   : {build.gen_s:.1f} s CPU in {args.workers or 'no'} worker process(es);"
            f" writer waited {build.wait_s:.1f} s for frames"
        )

    db = store.db
    frames = db.execute("SELECT count(*) FROM frame").fetchone()[0]
    kinds = dict(db.execute("SELECT kind, count(*) FROM span GROUP BY kind").fetchall())
    n_windows = db.execute("SELECT count(*) FROM window").fetchone()[0]
    line_n, word_n = kinds.get("line", 0), kinds.get("word", 0)
    db_b, wal_b, blob_b = db_sizes(data_dir)
    print(
        f"corpus       : {frames} frames, {n_windows} windows, {line_n} line spans "
        f"({line_n / max(frames, 1):.1f}/frame), {word_n} word spans, "
        f"{line_n + word_n} spans total ({(line_n + word_n) / max(frames, 1):.1f}/frame)"
    )
    print(
        f"db on disk   : autocapture.db {db_b / 1e6:.1f} MB + wal {wal_b / 1e6:.1f} MB = "
        f"{(db_b + wal_b) / 1e6:.1f} MB, {(db_b + wal_b) / max(frames, 1):,.0f} bytes/frame; "
        f"blobs {blob_b / 1e6:.1f} MB"
    )
    sizes = table_sizes(db)
    if sizes:
        top = ", ".join(f"{name} {b / 1e6:.0f}MB" for name, b in sizes[:8])
        print(f"  largest    : {top}")

    # Queries: one warm pipeline; the first ask builds it.
    t0 = time.perf_counter()
    first = app.ask(QUESTIONS[0], now=now)
    cold_ms = (time.perf_counter() - t0) * 1000
    print(f"first ask    : {cold_ms:.1f} ms (builds the pipeline; state {first.state})")
    for i in range(args.warmup):
        app.ask(QUESTIONS[i % len(QUESTIONS)], now=now)

    rounds = math.ceil(args.queries / len(QUESTIONS))
    e2e: list[float] = []
    stages: dict[str, list[float]] = defaultdict(list)
    states: Counter[str] = Counter()
    per_q: dict[str, list[float]] = defaultdict(list)
    last: dict[str, Any] = {}
    errors: dict[str, int] = {}
    first_errors: dict[str, str] = {}
    prof = cProfile.Profile() if args.profile else None
    load0 = os.getloadavg()[0]
    t_all = time.perf_counter()
    for _ in range(rounds):
        for q in QUESTIONS:
            if prof:
                prof.enable()
            t = time.perf_counter()
            ans = app.ask(q, now=now)
            dt = (time.perf_counter() - t) * 1000
            if prof:
                prof.disable()
            e2e.append(dt)
            per_q[q].append(dt)
            states[ans.state] += 1
            reason = ans.indeterminate_reason or ""
            if reason.startswith("internal_error"):
                errors[q] = errors.get(q, 0) + 1
                first_errors.setdefault(q, reason)
            for stage, ms in ans.trace.get("stages_ms", {}).items():
                stages[stage].append(float(ms))
            last[q] = ans
    loop_s = time.perf_counter() - t_all

    print(
        f"queries      : {len(e2e)} timed ({len(QUESTIONS)} distinct x {rounds}) after "
        f"{args.warmup} warm-up; {loop_s:.1f} s, {len(e2e) / loop_s:.1f} q/s; "
        f"load avg {load0:.2f} -> {os.getloadavg()[0]:.2f}"
    )
    print(f"ask e2e      : {fmt_ms(e2e)}")
    order = ["normalize", "time_intent", "classify", "rewrite", "retrieve", "route", "answer",
             "cite", "verify", "total"]  # fmt: skip
    for stage in [*order, *sorted(set(stages) - set(order))]:
        if stage in stages:
            print(f"  {stage:<11}: {fmt_ms(stages[stage])}")
    print(f"states       : {dict(states)}")
    if errors:
        first_err = next(iter(first_errors.items()))
        print(
            f"WARNING      : {sum(errors.values())} of {len(e2e)} asks failed with an internal"
            f" error, latencies are not meaningful; e.g. {first_err[0]!r}: {first_err[1]}"
        )
    print("per question (median ms, state, candidates, answer):")
    for q in QUESTIONS:
        ans = last[q]
        cands = ans.trace.get("answer", {}).get("candidates", "-")
        text = ans.answer if ans.state != "indeterminate" else ans.indeterminate_reason or ""
        if not args.show_answers:
            text = text[:70]
        print(
            f"  {percentile(per_q[q], 50):8.2f}  {ans.state:<13} {cands!s:>4}  {q!r}\n"
            f"{'':26}-> {text}"
        )
    print(f"peak RSS     : {peak_rss_mb():.0f} MiB")
    if prof:
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(args.profile)
        print("== cProfile over timed queries (cumulative) ==")
        print(buf.getvalue())
    app.close()

    summary: dict[str, Any] = {
        "bench": "query",
        "library": lib_hash,
        "frames": frames,
        "line_spans": line_n,
        "spans": line_n + word_n,
        "build_s": None,
        "db_bytes": db_b + wal_b,
        "db_bytes_per_frame": round((db_b + wal_b) / max(frames, 1)),
        "queries": len(e2e),
        "distinct_questions": len(QUESTIONS),
        "first_ask_ms": round(cold_ms, 2),
        "ask_ms": {
            "p50": round(percentile(e2e, 50), 2),
            "p95": round(percentile(e2e, 95), 2),
            "max": round(max(e2e), 2),
        },
        "stage_ms": {
            s: {"p50": round(percentile(v, 50), 3), "p95": round(percentile(v, 95), 3)}
            for s, v in stages.items()
        },
        "states": dict(states),
        "internal_errors": sum(errors.values()),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    if build is not None:
        summary["build_s"] = round(build_s, 1)
        summary["build_write_s"] = round(build.write_s, 1)
        summary["write_frame_ms"] = {
            "p50": round(percentile(build.write_ms or [], 50), 2),
            "p95": round(percentile(build.write_ms or [], 95), 2),
        }
    print(json.dumps(summary))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
