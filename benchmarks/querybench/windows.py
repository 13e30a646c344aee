"""Window content generators: each returns (title, app, url, lines) for one kind of window."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import timedelta

from .context import GREEN, GREY, RED, YELLOW, Content, Ctx
from .vocabulary import (
    BUILD_ERRORS,
    CHANNELS,
    CHAT_BODIES,
    COMPANIES,
    EVENTS,
    EXCEPTIONS,
    MODULES,
    PEOPLE,
    PRODUCTS,
    SITES,
    SUBJECTS,
    TEST_NAMES,
    WORDS,
)


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
