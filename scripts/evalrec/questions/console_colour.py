"""Questions on the console scenario's colours and bold text (SGR truth)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..truth import Truth
from .collector import QuestionSet
from .terminal_output import colour_of, coloured, failed_tests

if TYPE_CHECKING:
    from .console import ConsoleFacts


def add_colour_light(q: QuestionSet, con: Truth, cf: ConsoleFacts) -> None:
    """Colours of test results and ls entries (tidepool terminal, light)."""
    ls, pt = cf.ls, cf.pt
    q.add(
        "console_color",
        con,
        "color-failed-red",
        "which tidepool tests failed in red?",
        "canonical",
        failed_tests(pt),
    )
    blue = coloured(ls, "blue")
    q.add(
        "console_color",
        con,
        "color-ls-blue",
        "which entries did ls show in blue?",
        "canonical",
        blue,
    )
    passed = [
        m.group(1)
        for line in pt["lines"]
        if any(r["text"].startswith("PASSED") and r["fg"] == "green" for r in line["runs"])
        and (m := re.search(r"::(test_\w+)", line["text"]))
    ]
    q.add(
        "console_color",
        con,
        "color-passed-green",
        "which tidepool tests passed in green?",
        "canonical",
        passed,
        excludes=failed_tests(pt),
    )
    q.add(
        "console_color",
        con,
        "color-build-sh",
        "what colour was build.sh in the ls listing?",
        "canonical",
        [colour_of(ls, "build.sh")],
    )


def add_colour_dark_small(q: QuestionSet, con: Truth, cf: ConsoleFacts) -> None:
    """Colours in the dark git log and grep, and the small-font harbor-api terminal."""
    pt, gl, gr, ph = cf.pt, cf.gl, cf.gr, cf.ph
    q.add(
        "console_color",
        con,
        "color-hash-dark",
        "what colour were the commit hashes in the git log graph?",
        "adversarial",
        [colour_of(gl, gl["lines"][0]["text"].split()[1])],
    )
    branch = "feature/retry-budget"
    q.add(
        "console_color",
        con,
        "color-branch-dark",
        f"what colour was the {branch} branch label in the git log?",
        "adversarial",
        [colour_of(gl, branch)],
    )
    q.add(
        "console_color",
        con,
        "color-small-harbor",
        "which harbor-api tests were marked FAILED in red?",
        "adversarial",
        failed_tests(ph),
        excludes=failed_tests(pt),
    )
    q.add(
        "console_color",
        con,
        "color-similar-name",
        "what colour was the result of test_parse_station_csv_header?",
        "adversarial",
        [
            next(
                r["fg"]
                for line in ph["lines"]
                if "test_parse_station_csv_header" in line["text"]
                for r in line["runs"]
                if r["text"].strip() in ("PASSED", "FAILED")
            )
        ],
    )
    q.add(
        "console_color",
        con,
        "color-grep-files",
        "what colour were the file names in the grep output?",
        "adversarial",
        [colour_of(gr, "src/fetch.js")],
    )
    q.unanswerable("console_color", con, "color-docker", "what colour was the docker build error?")


def add_bold(q: QuestionSet, con: Truth, cf: ConsoleFacts) -> None:
    ls, gl, ph = cf.ls, cf.gl, cf.ph
    # Bold (SGR 1) from the same truth: ls draws directories, executables and links bold.
    ls_bold = [r["text"].strip() for ln in ls["lines"] for r in ln["runs"] if r["bold"]]
    ls_regular = [
        ln["text"].split()[-1]
        for ln in ls["lines"][1:]
        if not any(r["bold"] for r in ln["runs"]) and ln["text"].split()
    ]

    def weight_word(cmd: dict[str, Any], text: str) -> list[str]:
        bold = next(r["bold"] for ln in cmd["lines"] for r in ln["runs"] if text in r["text"])
        return ["in bold"] if bold else ["not bold"]

    q.add(
        "console_color",
        con,
        "bold-ls-entries",
        "which entries did ls show in bold?",
        "canonical",
        ls_bold,
        excludes=ls_regular,
    )
    q.add(
        "console_color",
        con,
        "bold-ls-exec",
        f"was {ls_bold[0]} shown in bold in the ls listing?",
        "canonical",
        weight_word(ls, ls_bold[0]),
    )
    q.add(
        "console_color",
        con,
        "bold-ls-regular",
        f"was {min(ls_regular, key=len)} shown in bold in the ls listing?",
        "adversarial",
        weight_word(ls, min(ls_regular, key=len)),
    )
    q.add(
        "console_color",
        con,
        "bold-dark-gitlog",
        "which branch labels were bold in the git log?",
        "adversarial",
        [
            t
            for t in (r["text"].strip() for ln in gl["lines"] for r in ln["runs"] if r["bold"])
            if "/" in t or t.isalpha()
        ],
    )
    summary = next(
        r["text"].strip("= ") for ln in ph["lines"] for r in ln["runs"] if "summary" in r["text"]
    )
    q.add(
        "console_color",
        con,
        "bold-small-summary",
        f"was '{summary}' shown in bold in the harbor-api terminal?",
        "adversarial",
        weight_word(ph, summary),
    )
    q.unanswerable("console_color", con, "bold-docker", "was the docker build error shown in bold?")
