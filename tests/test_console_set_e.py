"""Terminals read for who made a commit, the colour of a kind of token (commit authors,
compiler warnings) and which terminal a question means by its look ("the dark terminal").

A commit's author is the person named on its log row, whatever the format's field order
(``<%an>`` in angle brackets, a blame's name before its date, an ``Author:`` row in git's
default format); a row naming no one (``--oneline``) answers no who-question. A compiler's
diagnostics are rows shaped ``file:line[:col]: warning: ...`` (gcc, clang), ``file(l,c): error
X: ...`` (tsc, MSVC) or led by ``warning[...]:`` (rustc), their severity word the token. "The
dark terminal" keeps to windows whose lines sit on a dark background.

Frames are synthetic (``tests.test_console_tokens.console_frame``): text drawn in a monospace
font with known colours per character run, stored with line and word spans as OCR gives them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from autocapture.answer.console_blocks import Block
from autocapture.answer.console_place import asked_look
from autocapture.answer.console_tokens import KINDS, kind_of
from autocapture.answer.git_log import author_of, author_spans, commit_author
from autocapture.api import Autocapture
from autocapture.config import load_config
from tests.test_console_tokens import NOW, console_frame, row, term

# -- pure parts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # git log --graph --format='%h %ad %s <%an>%d'
        ("168ea4d 19 Nov 07:24 Count split watches once <Lena Fischer> (fix/rest-hours)",
         "Lena Fischer"),
        ("| * 610e840 10 Nov 07:59 Warn at 95 percent <Ropata Wiki> (feature/manifest)",
         "Ropata Wiki"),
        ("a1b2c3d <ana> Fix the flush timer", "ana"),  # a login as %an
        # git blame
        ("^1a2b3c4 (Ana Lind 2026-11-19 07:24:00 +1300 12) x = 1", "Ana Lind"),
        # git's default format
        ("Author: Ana Lind <ana@example.org>", "Ana Lind"),
        # no author: --oneline, an email only, not a log row
        ("3f9a2c1 (HEAD -> main) Add retry budget", None),
        ("3f9a2c1 Mail <ana@example.org> about it", None),
        ("x = Vec<String>::new()", None),
    ],
)  # fmt: skip
def test_author_on_a_row(text: str, author: str | None) -> None:
    spans = author_spans(text)
    assert (text[spans[0][0] : spans[0][1]] if spans else None) == author


@pytest.mark.parametrize(
    ("text", "subject", "author"),
    [
        # formats that do not mark the author: what is left besides the subject, hash, dates
        ("9be41d0 Ana Lind 3 days ago Fix the flush timer", "Fix the flush timer", "Ana Lind"),
        ("9be41d0 - Ana Lind, 2026-11-20 : Fix the Flush Timer", "Fix the Flush Timer",
         "Ana Lind"),
        ("9be41d0 (HEAD -> main) Fix the flush timer", "Fix the flush timer", None),
    ],
)  # fmt: skip
def test_author_left_beside_the_subject(text: str, subject: str, author: str | None) -> None:
    assert author_of(text, subject) == author


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what colour were the author names in the git log graph?", "authors"),
        ("what colour were the commit authors?", "authors"),
        ("what colour was the compiler warning in the make output?", "compiler warnings"),
        ("what colour were the gcc warnings?", "compiler warnings"),
        ("what colour was the build error?", "compiler errors"),
        ("what colour were the compiler diagnostics?", "compiler diagnostics"),
        # a warning not said to be a compiler's is text to find, not a kind
        ("what colour were the deprecation warnings pytest printed?", None),
    ],
)
def test_kind_of_question(question: str, kind: str | None) -> None:
    found = kind_of(question)
    assert (found[0].name if found else None) == kind


def _finds(kind: str, text: str) -> list[str]:
    k = next(k for k in KINDS if k.name == kind)
    return [text[s:e] for s, e in k.find(text, Block(None, "", "", [], ""))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("berth.c:12:12: warning: unused variable 'squat' [-Wunused-variable]", ["warning"]),
        ("src/x.c:3: warning: implicit declaration", ["warning"]),
        ("warning[E0308]: mismatched types", ["warning"]),  # rustc
        ("Foo.java:12: warning: [deprecation] bar() in Foo", ["warning"]),
        ("src/a.cpp(14): warning C4101: 'x': unreferenced local variable", ["warning"]),
        ("berth.c:12:12: error: expected ';'", []),
        ("make: *** [Makefile:5: check] Error 1", []),
        ("=============== warnings summary ===============", []),
        ("x.py:3: DeprecationWarning: use y", []),
    ],
)
def test_compiler_warnings_by_shape(text: str, found: list[str]) -> None:
    assert _finds("compiler warnings", text) == found


def test_compiler_errors_by_shape() -> None:
    assert _finds("compiler errors", "src/a.ts(3,5): error TS2322: Type 'x'") == ["error"]
    assert _finds("compiler errors", "main.c:9:1: fatal error: x.h: No such file") == ["error"]


@pytest.mark.parametrize(
    ("question", "look"),
    [
        ("in the dark terminal's ls listing, what colour was tides-current.csv?", (True, "dark")),
        ("what colour was x in the light-themed window?", (False, "light")),
        ("in my black console, which lines were red?", (True, "black")),
        ("what colour was the dark red text?", None),
        ("which page had the dark background?", None),
    ],
)
def test_terminal_named_by_its_look(question: str, look: tuple | None) -> None:
    assert asked_look(question) == look


# -- answers on a desk of terminals ------------------------------------------------------------

GIT_GRAPH = [
    row("ana@box:~/src/crew$ git log --graph --format='%h %ad %s <%an>%d'"),
    row("* ", ("ff9aad0", "yellow"), " ", ("25 Nov", "green"), " Keep crew seats apart ",
        ("<Tamsin Kerehoma>", "blue"), " (HEAD -> main)"),
    row("| * ", ("168ea4d", "yellow"), " ", ("19 Nov", "green"), " Count split watches once ",
        ("<Lena Fischer>", "blue")),
    row("|/"),
    row("* ", ("699cbf6", "yellow"), " ", ("04 Nov", "green"), " Start the crew roster ",
        ("<Tamsin Kerehoma>", "blue")),
    row("ana@box:~/src/crew$ git log --oneline"),
    row(("3f9a2c1", "yellow"), " Add retry budget"),
    row("ana@box:~/src/crew$"),
]  # fmt: skip
DEFAULT_LOG = [
    row("ana@box:~/src/tide$ git log -1"),
    row(("commit 9be41d0c2a7f3e1b", "yellow")),
    row("Author: Ropata Wiki <ropata@example.org>"),
    row("Date:   Mon Nov 23 08:10:00 2026 +1300"),
    row(""),
    row("    Cache tide heights for a week"),
    row("ana@box:~/src/tide$ make"),
    row("cc -Wall -o berth berth.c"),
    row("berth.c:12:12: ", ("warning:", "magenta"), " unused variable 'squat'"),
    row("ana@box:~/src/tide$"),
]
LISTING = [
    row("ana@box:~/src/berth$ ls -l"),
    row("drwxr-xr-x 2 ana ana 4096 Nov 24 09:00 ", ("tides", "blue")),
    row("lrwxrwxrwx 1 ana ana   26 Nov 24 09:00 ", ("tides-current.csv", "cyan"), " -> tides/a"),
]
LIGHT_LISTING = [
    row("ana@box:~/src/backup$ ls -l"),
    row("-rw-r--r-- 1 ana ana   26 Nov 24 09:00 ", ("tides-current.csv", "green")),
]


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    cfg = load_config(tmp_path_factory.mktemp("console_e") / "data")
    cfg.timezone = "UTC"
    a = Autocapture(config=cfg)
    frames = [
        console_frame(0, [term("ana@box: ~/src/crew", (0, 0, 1280, 300), GIT_GRAPH),
                          term("ana@box: ~/src/tide", (0, 320, 1280, 560), DEFAULT_LOG)]),
        console_frame(5, [term("ana@box: ~/src/berth", (0, 0, 640, 300), LISTING),
                          term("ana@box: ~/src/backup", (640, 0, 1280, 300), LIGHT_LISTING)]),
    ]  # fmt: skip
    # The second terminal of the last frame is light: its lines sit on a white background.
    light = frames[1]
    light.spans[:] = [
        dataclasses.replace(s, bg="#fafafa") if s.window_index == 1 else s for s in light.spans
    ]
    for rec in frames:
        assert a.store.write_frame(rec)
    yield a
    a.close()


def ask(a: Autocapture, q: str):  # type: ignore[no-untyped-def]
    ans = a.ask(q, now=NOW)
    for claim in ans.claims:
        assert claim.citations and all(c.verified for c in claim.citations), claim
        assert any(claim.value.lower() in c.text.lower() for c in claim.citations), claim
    return ans


@pytest.mark.parametrize(
    ("question", "author"),
    [
        ('who made the "Count split watches once" commit?', "Lena Fischer"),
        ("who committed 'Start the crew roster'?", "Tamsin Kerehoma"),
        ("whose commit was Count split watches once?", "Lena Fischer"),
        # git's default format: the Author: row above the subject
        ("who wrote the 'Cache tide heights for a week' commit?", "Ropata Wiki"),
    ],
)
def test_who_made_a_commit(desk: Autocapture, question: str, author: str) -> None:
    ans = ask(desk, question)
    assert ans.state == "ok", ans.answer
    assert author in ans.answer


def test_a_log_without_authors_names_no_one(desk: Autocapture) -> None:
    """``--oneline`` prints no author: the commit's own row does not say who."""
    ans = desk.ask('who made the "Add retry budget" commit?', now=NOW)
    assert ans.state == "indeterminate", ans.answer


def test_commit_author_is_only_for_who_asks_about_commits() -> None:
    assert commit_author(None, "what did the Count split watches once commit change?", None,
                         None) is None  # fmt: skip
    assert commit_author(None, "who is on the roster?", None, None) is None


def test_colour_of_the_authors(desk: Autocapture) -> None:
    ans = ask(desk, "what colour were the author names in the git log graph?")
    assert ans.state == "ok" and "blue" in ans.answer, ans.answer
    assert "Lena Fischer" in ans.answer and "Tamsin Kerehoma" in ans.answer


def test_colour_of_one_commits_author(desk: Autocapture) -> None:
    """The question's other words pick the row: that commit's author alone."""
    ans = ask(desk, "what colour was the author of the Count split watches once commit?")
    assert ans.state == "ok" and "blue" in ans.answer, ans.answer
    assert "Lena Fischer" in ans.answer and "Tamsin" not in ans.answer


def test_colour_of_the_compiler_warning(desk: Autocapture) -> None:
    ans = ask(desk, "what colour was the compiler warning in the make output?")
    assert ans.state == "ok" and "magenta" in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("question", "colour"),
    [
        ("in the dark terminal's ls listing, what colour was tides-current.csv?", "cyan"),
        ("in the light terminal, what colour was tides-current.csv?", "green"),
        ("what colour were the symlinks in the dark terminal?", "cyan"),
    ],
)
def test_terminal_named_by_its_look_answers(desk: Autocapture, question: str, colour: str) -> None:
    ans = ask(desk, question)
    assert ans.state == "ok" and colour in ans.answer, ans.answer
