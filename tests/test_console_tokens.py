"""Console answers that read a terminal as commands and their output: the colour of a kind of
token in a named command's output ("the line numbers in the grep output"), counts of outcomes
("how many tests passed in the api run?") and listings of items with an outcome ("which tests
failed in red?"), each cited, or indeterminate when the named place shows none.

Frames are synthetic: text drawn in a monospace font with known colours per character run,
stored with line and word spans as OCR would give them (one word per space-separated run of
characters, coloured by most of its characters), so a colour that covers only part of a word
is in the pixels alone."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from autocapture.answer.classify import classify
from autocapture.answer.console_blocks import Block, blocks_of, prompt_of
from autocapture.answer.console_counts import asked_outcome
from autocapture.answer.console_tokens import KINDS, kind_of
from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.promptops.bundle import load_bundle
from autocapture.promptops.rules import parse_rules
from autocapture.promptops.service import DEFAULT_BUNDLE_DIR
from autocapture.records import FrameRecord, SpanRecord, WindowFact, make_frame_id, make_span_id
from autocapture.retrieve import Line
from autocapture.text import VALUE_TYPES
from tests.conftest import MONO

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
RGB = {
    "white": (229, 229, 229),
    "red": (205, 0, 0),
    "green": (0, 205, 0),
    "yellow": (205, 205, 0),
    "blue": (92, 92, 255),
    "magenta": (205, 0, 205),
    "cyan": (0, 205, 205),
}
HEX = {k: "#{:02x}{:02x}{:02x}".format(*v) for k, v in RGB.items()}
FONT = ImageFont.truetype(MONO, 16)
CW = FONT.getlength("M")  # every character of a monospace font is this wide
ROW_H = 20

Run = tuple[str, str]  # (text, colour name)


def row(*runs: Run | str) -> list[Run]:
    """A console row as coloured runs; a bare string is white."""
    return [(r, "white") if isinstance(r, str) else r for r in runs]


def term(title: str, rect: tuple[int, int, int, int], rows: list[list[Run]]) -> tuple:
    return WindowFact(title, rect, title, "xterm", 1, False, 0), rows


def console_frame(n: int, windows: list[tuple], seconds: int = 0) -> FrameRecord:
    """A frame of terminals (black background) drawn from coloured runs, with line spans
    (one per row) and word spans whose fg is their commonest character colour."""
    img = Image.new("RGB", (1280, 800), (0, 0, 0))
    draw = ImageDraw.Draw(img)
    spans: list[SpanRecord] = []
    facts = []
    placed = []
    for wi, (fact, rows) in enumerate(windows):
        facts.append(WindowFact(fact.title, fact.rect, fact.window_id, "xterm", 1, wi == 0, wi))
        x0, y0 = fact.rect[0] + 4, fact.rect[1] + 4
        for i, runs in enumerate(rows):
            y = y0 + ROW_H * i
            colours: list[str] = []
            at = 0
            for text, colour in runs:
                draw.text((x0 + at * CW, y), text, font=FONT, fill=RGB[colour])
                colours += [colour] * len(text)
                at += len(text)
            placed.append((wi, x0, y, "".join(t for t, _ in runs), colours))
    data = io.BytesIO()
    img.save(data, format="PNG")
    raw = data.getvalue()
    sha = hashlib.sha256(raw).hexdigest()
    ts = T0 + timedelta(minutes=n, seconds=seconds)
    fid = make_frame_id(sha, ts, 0)
    for i, (wi, x0, y, text, colours) in enumerate(placed):
        lid = make_span_id(fid, "line", i)
        box = (int(x0), y, int(x0 + CW * len(text)) + 1, y + ROW_H - 2)
        common = max(set(colours), key=colours.count) if colours else "white"
        spans.append(
            SpanRecord(lid, "line", i, text, box, 0.95, HEX[common], "#000000", window_index=wi)
        )
        start = 0
        for j, word in enumerate(text.split(" ")):
            if word:
                cs = colours[start : start + len(word)]
                wfg = max(set(cs), key=cs.count)
                wbox = (
                    int(x0 + CW * start),
                    y,
                    int(x0 + CW * (start + len(word))) + 1,
                    y + ROW_H - 2,
                )
                spans.append(
                    SpanRecord(make_span_id(fid, "word", 1000 * i + j), "word", 1000 * i + j, word,
                               wbox, 0.95, HEX[wfg], "#000000", line_span_id=lid, window_index=wi)
                )  # fmt: skip
            start += len(word) + 1
    return FrameRecord(fid, ts, 1280, 800, sha, raw, "image/png", "synthetic", "synthetic", "0",
                       monitor_id=0, windows=facts, spans=spans)  # fmt: skip


GREP = [
    row(("dev@box:~/src/web$ git log --oneline", "white")),
    row(("3f9a2c1", "yellow"), " Add retry budget"),
    row(("9be41d0", "yellow"), " Initial import"),
    row("dev@box:~/src/web$ grep -n -r retry src"),
    row(
        ("src/app.py", "magenta"),
        (":", "cyan"),
        ("12", "green"),
        (":", "cyan"),
        "x = ",
        ("retry", "red"),
        "()",
    ),
    row(
        ("src/net.py", "magenta"),
        (":", "cyan"),
        ("4", "green"),
        (":", "cyan"),
        "def ",
        ("retry", "red"),
        "(n):",
    ),
    row("dev@box:~/src/web$ ls -l"),
    row("drwxr-xr-x 2 dev dev 4096 Nov 24 09:00 ", ("assets", "blue")),
    row("-rwxr-xr-x 1 dev dev  120 Nov 24 09:00 ", ("build.sh", "green")),
    row("lrwxrwxrwx 1 dev dev    6 Nov 24 09:00 ", ("current", "cyan"), " -> assets"),
    row("drwxr-xr-x 2 dev dev 4096 Nov 24 09:00 ", ("docs", "blue")),
    row("-rw-r--r-- 1 dev dev   42 Nov 24 09:00 README.md"),
    row("dev@box:~/src/web$"),
]
API_RUN = [
    row("dev@box:~/src/api$ pytest -v"),
    row("tests/test_auth.py::test_login ", ("PASSED", "green")),
    row("tests/test_auth.py::test_refresh ", ("FAILED", "red")),
    row("tests/test_auth.py::test_logout ", ("PASSED", "green")),
    row("tests/test_rates.py::test_window ", ("PASSED", "green")),
    row(("FAILED", "red"), " tests/test_auth.py::test_refresh - KeyError"),
    row(("1 failed", "red"), ", ", ("3 passed", "green"), " in 0.12s"),
    row("dev@box:~/src/api$"),
]
WEB_RUN = [
    row("dev@box:~/src/lib$ pytest"),
    row(("2 failed", "red"), ", ", ("5 passed", "green"), " in 0.40s"),
]
GO_RUN = [
    row("dev@box:~/src/svc$ go test -v ./..."),
    row("--- ", ("PASS", "green"), ": TestParse (0.00s)"),
    row("--- ", ("PASS", "green"), ": TestRender (0.00s)"),
    row("--- ", ("FAIL", "red"), ": TestFlush (0.01s)"),
    row("--- ", ("PASS", "green"), ": TestClose (0.00s)"),
]


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    cfg = load_config(tmp_path_factory.mktemp("console") / "data")
    cfg.timezone = "UTC"
    a = Autocapture(config=cfg)
    frames = [
        console_frame(0, [term("dev@box: ~/src/web", (0, 0, 640, 300), GREP),
                          term("dev@box: ~/src/lib", (640, 0, 1280, 300), WEB_RUN)]),
        console_frame(5, [term("dev@box: ~/src/api", (0, 320, 640, 520), API_RUN),
                          term("dev@box: ~/src/svc", (640, 320, 1280, 520), GO_RUN)]),
    ]  # fmt: skip
    for rec in frames:
        assert a.store.write_frame(rec)
    yield a
    a.close()


def ask(a: Autocapture, q: str):  # type: ignore[no-untyped-def]
    ans = a.ask(q, now=NOW)
    for claim in ans.claims:
        assert claim.citations and all(c.verified for c in claim.citations), claim
    return ans


# -- pure parts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "command", "cwd"),
    [
        (
            "jonas@buildbox:~/src/tidepool$ ls -l --color=auto",
            "ls -l --color=auto",
            "~/src/tidepool",
        ),
        ("tjonas@box:~/w$ grep -rn x src", "grep -rn x src", "~/w"),  # OCR noise before it
        ("me@box ~/src % git status", "git status", "~/src"),
        ("[me@box src]$ make -j4", "make -j4", "src"),
        ("(venv) me@box:~/x$ pytest -q", "pytest -q", "~/x"),
        ("~/src $ ls", "ls", "~/src"),
        ("PS C:\\Users\\me> dir", "dir", "C:\\Users\\me"),
        ("$ ls", "ls", ""),
        ("dev@box:~/src/api$", "", "~/src/api"),
    ],
)
def test_prompt_rows(text: str, command: str, cwd: str) -> None:
    assert prompt_of(text) == (command, cwd)


@pytest.mark.parametrize(
    "text",
    [
        "jonas@buildbox: ~/src/tidepool",  # a title bar, not a prompt
        "/tmp/x/tests/test_a.py:6: KeyError: 'lat'",
        "2 failed, 5 passed in 0.04s",
        "* 63a6b91 (HEAD -> main) Use retry_budget",
        "% Total    % Received",
        "/usr/bin/x > out.txt",
    ],
)
def test_not_prompt_rows(text: str) -> None:
    assert prompt_of(text) is None


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("in the grep output, what colour were the line numbers?", "line numbers"),
        ("what colour were the commit hashes in the git log?", "commit hashes"),
        ("what colour was the latest symlink in the ls listing?", "symlinks"),
        ("what colour were the directories?", "directories"),
        ("what colour was the v1.2 tag label?", "tags"),
        ("what colour was the main branch label?", "branch names"),
        ("what colour were the PASSED markers in the api run?", "status markers"),
        ("what colour were the file names in the grep output?", "file names"),
        ("what colour were the retry matches in the grep output?", "matches"),
        ("what colour was 'main' in the terminal?", None),
        ("what colour were the dates in the git log?", "dates"),
    ],
)
def test_kind_of_question(question: str, kind: str | None) -> None:
    found = kind_of(question)
    assert (found[0].name if found else None) == kind


def _kind(name: str):  # type: ignore[no-untyped-def]
    return next(k for k in KINDS if k.name == name)


def _block(command: str) -> Block:
    return Block(None, command, "", [], "")


@pytest.mark.parametrize(
    ("kind", "text", "command", "found"),
    [
        ("line numbers", "src/client.js:12:import { x } from './a.js';", "", ["12"]),
        ("line numbers", "/tmp/t/tests/test_a.py:6: KeyError: 'lat'", "", ["6"]),
        ("line numbers", "Nov 24 14:13 build.sh", "", []),  # a clock time is no line number
        ("commit hashes", "* 63a6b91 (HEAD -> main) Bump to 0.9.2", "", ["63a6b91"]),
        ("commit hashes", "at 0x7f41fbb0e840 feedback", "", []),  # an address, a word
        (
            "branch names",
            "* 63a6b91 (HEAD -> main, origin/main, tag: v1) x",
            "",
            ["main", "origin/main"],
        ),
        ("tags", "* 7e09276 (tag: v0.9.1) Fix label", "", ["v0.9.1"]),
        ("symlinks", "lrwxrwxrwx 1 root root 4 Nov 24 14:13 latest -> dist", "", ["latest"]),
        ("directories", "drwxr-xr-x 2 root root 4096 Nov 24 14:13 docs", "", ["docs"]),
        ("executables", "-rwxr-xr-x 1 root root 26 Nov 24 14:13 build.sh", "", ["build.sh"]),
        ("file names", "-rw-r--r-- 1 root root 26 Nov 24 14:13 Makefile", "", ["Makefile"]),
        ("matches", "src/a.py:1:x = retry_budget", "grep -n retry_budget src", ["retry_budget"]),
        ("status markers", "tests/a.py::test_x PASSED [ 50%]", "", ["PASSED"]),
        ("dates", "* d7464fe 2026-11-22 Callum Reid fix", "", ["2026-11-22"]),
        ("dates", "ff9aad0 25 Nov 06:20 Keep crew seats", "", ["25 Nov"]),
        ("dates", "build 1.2.3 took 14:02", "", []),  # a version and a clock are no dates
    ],
)
def test_kind_shapes(kind: str, text: str, command: str, found: list[str]) -> None:
    block = _block(command)
    block.rows = [_row(text)]
    assert [text[s:e] for s, e in _kind(kind).find(text, block)] == found


def _row(text: str):  # type: ignore[no-untyped-def]
    from autocapture.answer.console_blocks import Row

    return Row([_line(text, 0)])


def _line(text: str, y: int) -> Line:
    return Line(1, f"s_{y}", "f_1", text, "", (0, y, 9 * len(text), y + 18), 0.9, None, None,
                1, "2026-11-24T09:00:00Z", 0, None, "dev@box: ~/w", "xterm", True)  # fmt: skip


def test_blocks_split_at_prompts_and_skip_the_title_bar() -> None:
    texts = ["dev@box: ~/w", "=== test session starts ===", "a.py::t PASSED",
             "dev@box:~/w$ ls", "a.py", "dev@box:~/w$"]  # fmt: skip
    blocks = blocks_of([_line(t, 20 * i) for i, t in enumerate(texts)])
    assert [(b.command, [r.text for r in b.rows]) for b in blocks] == [
        ("", ["=== test session starts ===", "a.py::t PASSED"]),  # its prompt scrolled off
        ("ls", ["a.py"]),
    ]


@pytest.mark.parametrize(
    ("question", "outcome"),
    [
        ("how many tests passed in the harbor-api run?", ("pass", "passed")),
        ("which tests failed in red?", ("fail", "failed")),
        ("how many errors were there?", ("error", "errors")),
        ("which entries did ls show in blue?", None),
        ("what is the password?", None),
    ],
)
def test_asked_outcome(question: str, outcome: tuple[str, str] | None) -> None:
    assert asked_outcome(question) == outcome


def test_count_questions_route_to_console_answers() -> None:
    rules = parse_rules(load_bundle(DEFAULT_BUNDLE_DIR).text("query.rules"), set(VALUE_TYPES))
    for q in (
        "how many tests passed in the harbor-api run?",
        "how many tests did the api run fail?",
        "how many directories did the ls listing show?",
    ):
        assert classify(q, rules)[0] == "console_color", q
    assert classify("how many windows were open?", rules)[0] == "window_inventory"
    assert classify("how many days does the trash keep notes?", rules)[0] == "lookup"


# -- answers over stored frames -----------------------------------------------------------


def test_colour_of_line_numbers_is_read_from_their_own_pixels(desk: Autocapture) -> None:
    # "src/app.py:12:x" is one OCR word, mostly magenta; the hashes above are yellow.
    ans = ask(desk, "in the grep output, what colour were the line numbers?")
    assert ans.state == "ok" and "green" in ans.answer, ans.answer
    assert "magenta" not in ans.answer and "yellow" not in ans.answer
    assert ans.claims[0].citations[0].text == "src/app.py:12:x"
    assert any("grep -n" in c.text for c in ans.claims[0].context)  # the command, as context


def test_colour_of_tokens_in_the_named_block(desk: Autocapture) -> None:
    hashes = ask(desk, "what colour were the commit hashes in the git log?")
    assert hashes.state == "ok" and "yellow" in hashes.answer
    files = ask(desk, "what colour were the file names in the grep output?")
    assert files.state == "ok" and "magenta" in files.answer
    match = ask(desk, "what colour were the matches in the grep output?")
    assert match.state == "ok" and "red" in match.answer
    dirs = ask(desk, "what colour were the directories in the ls listing?")
    assert dirs.state == "ok" and "blue" in dirs.answer
    link = ask(desk, "what colour was the symlink in the ls listing?")
    assert link.state == "ok" and "cyan" in link.answer and "current" in link.answer
    named = ask(desk, "what colour was the current symlink in the ls listing?")
    assert named.claims[0].citations[0].text == "current"


def test_summary_count_of_the_named_run(desk: Autocapture) -> None:
    ans = ask(desk, "how many tests passed in the api run?")
    assert ans.question_class == "console_color" and ans.state == "ok"
    assert "3 passed" in ans.answer and "5 passed" not in ans.answer
    assert ans.claims[0].citations[0].text == "1 failed, 3 passed in 0.12s"
    failed = ask(desk, "how many tests failed in the lib terminal?")
    assert failed.state == "ok" and "2 failed" in failed.answer


def test_count_of_marked_rows_without_a_summary(desk: Autocapture) -> None:
    ans = ask(desk, "how many tests passed in the svc terminal?")
    assert ans.state == "ok" and ans.answer.startswith("3 passed"), ans.answer
    assert {c.text for c in ans.claims[0].citations} == {"PASS:"}
    assert len(ans.claims[0].citations) == 3


def test_count_of_tokens_in_a_listing(desk: Autocapture) -> None:
    ans = ask(desk, "how many directories did the ls listing show?")
    assert ans.state == "ok" and ans.answer.startswith("2 directories"), ans.answer


def test_which_tests_failed_lists_identifiers(desk: Autocapture) -> None:
    ans = ask(desk, "which tests failed in red in the api terminal?")
    assert ans.state == "ok" and len(ans.claims) == 1
    assert "tests/test_auth.py::test_refresh" in ans.answer
    assert "test_login" not in ans.answer and "KeyError" not in ans.answer
    passed = ask(desk, "which api tests passed in green?")
    assert passed.state == "ok" and len(passed.claims) == 3
    go = ask(desk, "which tests failed in red in the svc terminal?")
    assert go.state == "ok" and "TestFlush" in go.answer


def test_no_failed_test_in_the_named_terminal_is_indeterminate(desk: Autocapture) -> None:
    # The web terminal shows red words (grep matches), but no test failed there; the lib
    # terminal's "2 failed" is a count, not a test.
    for q in (
        "which tests failed in red in the web terminal?",
        "which tests failed in red in the lib terminal?",
        "which tests passed in red in the api terminal?",
    ):
        assert ask(desk, q).state == "indeterminate", q


def test_unnamed_place_is_not_guessed(desk: Autocapture) -> None:
    assert ask(desk, "how many tests passed in the docker run?").state == "indeterminate"


def test_cue_words_do_not_change_bold_or_text_answers(tmp_path: Path) -> None:
    # Without console blocks a kind of token finds nothing, and the text path answers.
    cfg = load_config(tmp_path / "data")
    a = Autocapture(config=cfg)
    assert a.store.write_frame(
        console_frame(0, [term("t", (0, 0, 640, 200), [row(("abc1234 fix", "yellow"))])])
    )
    ans = a.ask("what colour was 'abc1234' in the terminal?", now=NOW)
    assert ans.state == "ok" and "yellow" in ans.answer
    a.close()
