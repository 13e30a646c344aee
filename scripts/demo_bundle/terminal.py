"""Terminal content: a failing pytest run, a missing module, then a green run."""

from __future__ import annotations

from .constants import Seg
from .layout import Body

TERM_COLS = 92
TERM_ROWS = 24
PROMPT_USER, PROMPT_PATH = "alex@devbox", "~/src/billing"


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
