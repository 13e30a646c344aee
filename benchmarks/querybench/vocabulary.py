"""The words, names and templates the synthetic windows are made of."""

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
