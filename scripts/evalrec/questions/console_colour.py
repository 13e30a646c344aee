"""Questions on the console scenario's colours and bold text (SGR truth)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..answer_forms import find_in
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


def _summary_count(cmd: dict[str, Any], outcome: str) -> str:
    """'4 passed' / '2 failed' from a pytest run's closing summary line."""
    return find_in([ln["text"] for ln in cmd["lines"]], rf"(\d+ {outcome})")


def add_tokens_and_counts(q: QuestionSet, con: Truth, cf: ConsoleFacts) -> None:
    """The colour of a kind of token in a command's output, and a run's outcome counts."""
    ls, pt, gl, gr, ph = cf.ls, cf.pt, cf.gl, cf.gr, cf.ph
    fname, lineno = gr["lines"][0]["text"].split(":")[:2]  # grep -n: file:line:text
    commit = gl["lines"][0]["text"].split()[1]
    # Not the file names' colour, nor the commit hashes' in the git log on the same screen.
    q.add(
        "console_color",
        con,
        "color-grep-lineno",
        "what colour were the line numbers in the grep output?",
        "canonical",
        [colour_of(gr, lineno)],
        excludes=[colour_of(gr, fname), colour_of(gl, commit)],
        cites=[{"text_contains": fname[: fname.index("/") + 1]}],
    )
    # ls -l: the kind of entry is the mode's first letter (d directory, l symlink).
    dirs = [ln["text"].split()[-1] for ln in ls["lines"] if ln["text"].startswith("d")]
    link = next(ln["text"] for ln in ls["lines"] if ln["text"].startswith("l"))
    link = link.split(" -> ")[0].split()[-1]
    q.add(
        "console_color",
        con,
        "color-ls-dirs",
        "what colour were the directories in the ls listing?",
        "canonical",
        [colour_of(ls, d) for d in dirs],
    )
    q.add(
        "console_color",
        con,
        "count-harbor-passed",
        f"how many tests passed in the {cf.c.split('/')[-1]} terminal?",
        "canonical",
        [_summary_count(ph, "passed")],
        excludes=[_summary_count(pt, "passed")],
    )
    q.add(
        "console_color",
        con,
        "count-ls-dirs",
        "how many directories were in the ls listing?",
        "canonical",
        [f"{len(dirs)} directories"],
    )
    q.add(
        "console_color",
        con,
        "color-ls-symlink",
        "what colour was the symlink in the ls listing?",
        "adversarial",
        [colour_of(ls, link)],
        cites=[{"text_contains": link}],
    )
    # git log --decorate: branch names inside the parentheses, not tags or the HEAD arrow.
    refs = [
        r.split(" -> ")[-1]
        for ln in gl["lines"]
        for deco in re.findall(r"\(([^)]*)\)", ln["text"])
        for r in deco.split(", ")
        if not r.startswith("tag: ")
    ]
    q.add(
        "console_color",
        con,
        "color-branch-names",
        "what colour were the branch names in the git log?",
        "adversarial",
        [colour_of(gl, b) for b in refs],
        excludes=[colour_of(gl, commit), colour_of(gl, "HEAD")],
    )
    q.add(
        "console_color",
        con,
        "count-tidepool-passed",
        f"how many tests passed in the {cf.a.split('/')[-1]} terminal?",
        "adversarial",
        [_summary_count(pt, "passed")],
        excludes=[_summary_count(ph, "passed")],
    )
    q.add(
        "console_color",
        con,
        "count-harbor-failed",
        f"how many {cf.c.split('/')[-1]} tests failed?",
        "adversarial",
        [_summary_count(ph, "failed")],
    )
    # The tidepool-web terminal ran git log and grep: it marks no test FAILED.
    web = con["windows_roles"]["tidepool_web"]
    if any(failed_tests(c) for c in con["commands"] if c["window"] == web and "lines" in c):
        raise KeyError(f"{web!r} marks failed tests; the question would be answerable")
    q.unanswerable(
        "console_color",
        con,
        "which-failed-web",
        f"which {web.split('/')[-1]} tests were marked FAILED in red?",
    )
    q.unanswerable("console_color", con, "count-docker", "how many tests passed in the docker run?")
