"""Test runners told by their output: what only a test runner prints (a header, per-test
outcomes, a summary), and which runner printed it, by the formats of the runners (never of
any one project). A run whose command scrolled away is still named by its runner: "the node
tests", "the cargo run", "the pytest output".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from autocapture.text import tokens

# What a test runner prints: its header, per-test outcomes, or its summary. A summary row of
# node's runner opens with its mark (ℹ, which OCR reads as "i" or drops).
TEST_OUTPUT = re.compile(
    r"test session starts|\b\d+ (?:passed|failed)\b|\b(?:PASSED|FAILED)\b|^Tests?:\s+\d+"
    r"|^\s*(?:ok|not ok) \d+\b|\bRan \d+ tests?\b|^(?:\S{1,2}\s+)?(?:tests|pass|fail) \d+\s*$"
    r"|^running \d+ tests?\s*$|\btest result: (?:ok|FAILED)\b"
    # C runners' bracketed marks: Criterion "[PASS] suite::name", googletest "[  FAILED  ]"
    r"|^\W{0,2}\[\s*(?:PASS(?:ED)?|FAIL(?:ED)?|SKIP(?:PED)?|RUN|OK|CRASH)\s*\]"
    r"|\bRunning \d+ tests? from\b|\bSynthesis: Tested:"
)
# Output that says which runner printed it.
RUNNER_SIGNS = (
    (re.compile(r"test session starts|\b\d+ passed\b.* in [\d.]+s\b"), "pytest"),
    (
        re.compile(r"\bduration_ms\b|^(?:\S{1,2}\s+)?(?:suites|cancelled|todo) \d+\s*$"),
        "node --test",
    ),
    (re.compile(r"\bRan \d+ tests? in\b"), "python -m unittest"),
    (re.compile(r"^Tests:\s+\d+.*\btotal\b"), "jest"),
    (re.compile(r"^Files=\d+, Tests=\d+|^Result: (?:PASS|FAIL)\b|^\S+\.t \.+"), "prove"),
    (re.compile(r"^\s*(?:ok|not ok) \d+\b"), "a TAP test runner"),
    (re.compile(r"^running \d+ tests?\s*$|\btest result: (?:ok|FAILED)\b"), "cargo test"),
    (re.compile(r"\bSynthesis: Tested:|\bCriterion v\d"), "criterion"),
    (re.compile(r"\bRunning \d+ tests? from \d+ test (?:suites?|cases?)\b"), "googletest"),
)
# A build tool's own message naming the target it was asked to build, printed after the
# recipe's output: "make: *** [Makefile:11: check] Error 1" (older: "[check] Error 1"),
# "make[1]: Nothing to be done for 'all'.", "make: 'app' is up to date."
_TARGET_SAID = re.compile(
    r"^(?P<prog>[A-Za-z][\w.+-]*)(?:\[\d+\])?:\s+(?:\*\*\*\s*\[(?:[^\]]*?:\d+:\s*)?"
    r"(?P<failed>[^\]\s:]+)\]\s+Error\s+\d+|Nothing to be done for\s+[`'‘’](?P<idle>[^'’`]+)['’`]"
    r"|[`'‘’](?P<built>[^'’`]+)['’`] is up to date)"
)
# Words of a runner's label that do not name it ("a TAP test runner", "python -m unittest").
_NOT_NAMES = {"a", "m", "test", "runner"}
ROWS_READ = 60  # rows of a block read for its runner's signs


def runner_in(texts: Iterable[str]) -> str | None:
    """The test runner whose output format the rows show, when one does."""
    rows = list(texts)[:ROWS_READ]
    for sign, name in RUNNER_SIGNS:
        if any(sign.search(t) for t in rows):
            return name
    return None


def command_said(text: str) -> tuple[str, str] | None:
    """(program, target) when a row is a build tool's message naming the target it was run
    for; the command was then ``program target`` even when its prompt scrolled away."""
    m = _TARGET_SAID.match(text.strip())
    if m is None:
        return None
    return m.group("prog").lower(), m.group("failed") or m.group("idle") or m.group("built")


def runner_words(runner: str | None) -> set[str]:
    """The words that name a runner in a question ("node", "cargo", "pytest", "tap")."""
    return {w for w in tokens(runner or "") if w not in _NOT_NAMES}
