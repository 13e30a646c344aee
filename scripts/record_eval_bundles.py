#!/usr/bin/env python3
"""Record evaluation bundles from real programs on a real X desktop, with ground truth.

    .venv/bin/python scripts/record_eval_bundles.py --out evals/x11 [--scenario NAME ...]

Starts Xvfb (1280x800x24) and openbox on a free display (``tests/xdesktop.py``), runs each
scenario's programs (xterm, chromium, calcurse, mutt, less, yad) with content written here,
moves the focus between windows with xdotool, and after each step grabs the screen with mss
and the window facts with ``autocapture.capture.x11`` (stacking order, title, WM_CLASS, pid,
frame rect, focus). Each scenario becomes ``OUT/<scenario>/bundle`` (bundle v1, written with
``autocapture.capture.bundle_writer``) and ``OUT/<scenario>/truth.json``.

Ground truth never comes from OCR:

* windows and focus per frame: the X server (EWMH), the same facts as in frames.jsonl;
* terminal lines and their colours: every command typed into an xterm is run a second time
  with colour forced, into a pipe, and its SGR codes are parsed (xterm's palette gives RGB);
* calendar: the calcurse ``apts``/``todo`` files written here, parsed back;
* mail and chat: the mbox (Python's ``mailbox``) and the chat log file written here;
* form values: what xdotool typed, checked against what yad printed when the form was sent;
* browser: the pages served by ``http.server`` (titles, URLs, text) and the active tab from
  the browser window's title on the X server.

Then (unless ``--no-suites``) the question suites ``evals/x11_<class>.yaml`` are written from
the truth files (``--suites-only`` rewrites them without recording). Times in questions are
the recorded times in ``--tz`` (the programs run in that zone too).

``--pace`` scales the pauses between steps (1.0: focus changes that last over a minute, so
"which window had focus at 14:05?" has one answer; 0 for quick test runs).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import json
import mailbox
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime, parseaddr, parsedate_to_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from autocapture.capture.bundle_writer import BundleWriter  # noqa: E402
from autocapture.capture.x11 import XSession  # noqa: E402
from autocapture.promptops.rules import QUESTION_CLASSES  # noqa: E402
from autocapture.records import format_ts  # noqa: E402
from tests.xdesktop import XDesktop, missing_x_tools  # noqa: E402

TRUTH_FORMAT = "autocapture.x11_truth.v1"
HOLD = -1.0  # a dwell that keeps the screen through one whole clock minute
DEFAULT_TZ = "Asia/Singapore"
SCREEN = (1280, 800)
USER, HOST = "jonas", "buildbox"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-default-browser-check",
    "--test-type",  # no "unsupported command-line flag" infobar
    "--password-store=basic",
    "--disable-features=Translate,MediaRouter",
    "--hide-crash-restore-bubble",
]

# xterm's default palette (XTerm-col.ad); bold with colours 0-7 is drawn as 8-15 (boldColors).
XTERM_PALETTE = [
    "#000000",
    "#cd0000",
    "#00cd00",
    "#cdcd00",
    "#0000ee",
    "#cd00cd",
    "#00cdcd",
    "#e5e5e5",
    "#7f7f7f",
    "#ff0000",
    "#00ff00",
    "#ffff00",
    "#5c5cff",
    "#ff00ff",
    "#00ffff",
    "#ffffff",
]
COLOUR_NAMES = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]


def log(msg: str) -> None:
    print(f"[record {datetime.now().strftime('%H:%M:%S')}] {msg}", flush=True)


# ---------------------------------------------------------------------------------------------
# ANSI SGR parsing (terminal truth)
# ---------------------------------------------------------------------------------------------

_ESC = re.compile(r"\x1b\[([0-9;?]*)([A-Za-z])|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]|\r")


def _xterm_256(n: int) -> str:
    if n < 16:
        return XTERM_PALETTE[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return f"#{steps[n // 36]:02x}{steps[n // 6 % 6]:02x}{steps[n % 6]:02x}"
    g = 8 + 10 * (n - 232)
    return f"#{g:02x}{g:02x}{g:02x}"


def parse_sgr(text: str) -> list[dict[str, Any]]:
    """Lines of ``text`` with their runs: text, fg/bg (colour name or None for the terminal's
    default), bold, and the RGB xterm draws (``fg_rgb``; None for the default colour)."""
    lines: list[dict[str, Any]] = []
    for raw in text.split("\n"):
        state: dict[str, Any] = {"fg": None, "bg": None, "bold": False}
        runs: list[dict[str, Any]] = []
        pos = 0

        def emit(chunk: str, st: dict[str, Any] = state, out: list = runs) -> None:
            if not chunk:
                return
            fg = st["fg"]
            rgb = None
            if isinstance(fg, int):
                idx = fg + 8 if st["bold"] and fg < 8 else fg
                rgb = _xterm_256(idx)
                name = COLOUR_NAMES[fg % 8] if fg < 16 else f"colour{fg}"
                if 8 <= fg < 16:
                    name = "bright " + name
            elif isinstance(fg, str):
                rgb, name = fg, fg
            else:
                name = None
            bg = st["bg"]
            bg_name = (
                (COLOUR_NAMES[bg % 8] if bg < 16 else f"colour{bg}") if isinstance(bg, int) else bg
            )
            run = {"text": chunk, "fg": name, "fg_rgb": rgb, "bg": bg_name, "bold": st["bold"]}
            if out and {k: v for k, v in out[-1].items() if k != "text"} == {
                k: v for k, v in run.items() if k != "text"
            }:
                out[-1]["text"] += chunk
            else:
                out.append(run)

        for m in _ESC.finditer(raw):
            emit(raw[pos : m.start()])
            pos = m.end()
            if m.group(2) != "m":
                continue
            codes = [int(c) if c.isdigit() else 0 for c in (m.group(1) or "0").split(";")]
            i = 0
            while i < len(codes):
                c = codes[i]
                if c == 0:
                    state.update(fg=None, bg=None, bold=False)
                elif c == 1:
                    state["bold"] = True
                elif c == 22:
                    state["bold"] = False
                elif 30 <= c <= 37:
                    state["fg"] = c - 30
                elif 90 <= c <= 97:
                    state["fg"] = c - 90 + 8
                elif c == 39:
                    state["fg"] = None
                elif 40 <= c <= 47:
                    state["bg"] = c - 40
                elif 100 <= c <= 107:
                    state["bg"] = c - 100 + 8
                elif c == 49:
                    state["bg"] = None
                elif c in (38, 48) and i + 1 < len(codes):
                    key = "fg" if c == 38 else "bg"
                    if codes[i + 1] == 5 and i + 2 < len(codes):
                        state[key] = codes[i + 2]
                        i += 2
                    elif codes[i + 1] == 2 and i + 4 < len(codes):
                        r, g, b = codes[i + 2 : i + 5]
                        state[key] = f"#{r:02x}{g:02x}{b:02x}"
                        i += 4
                i += 1
        emit(raw[pos:])
        plain = "".join(r["text"] for r in runs)
        lines.append({"text": plain, "runs": [r for r in runs if r["text"]]})
    while lines and not lines[-1]["text"].strip():
        lines.pop()
    return lines


# ---------------------------------------------------------------------------------------------
# Recording session: desktop, terminals, frames
# ---------------------------------------------------------------------------------------------


def free_port(preferred: int) -> int:
    for port in (preferred, 0):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return int(s.getsockname()[1])
    raise RuntimeError("no free TCP port")


def optimised_png(rgb: bytes, size: tuple[int, int]) -> bytes:
    from PIL import Image

    img = Image.frombytes("RGB", size, rgb)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


class Recorder:
    """One scenario on one desktop: its bundle, its terminals and its truth."""

    def __init__(
        self, desk: XDesktop, out: Path, name: str, tz: str, pace: float, work: Path
    ) -> None:
        import mss

        self.desk = desk
        self.name = name
        self.tz = tz
        self.pace = pace
        self.dir = out / name
        if self.dir.exists():
            shutil.rmtree(self.dir)
        self.bundle = self.dir / "bundle"
        self.writer = BundleWriter(self.bundle, source=f"x11:{desk.display}")
        self.xs = XSession(desk.display)
        self.sct = mss.MSS(display=desk.display)
        self.work = work
        self.home = work / "home" / USER
        self.home.mkdir(parents=True, exist_ok=True)
        self.frames: list[dict[str, Any]] = []
        self.terminals: dict[str, dict[str, Any]] = {}
        self.commands: list[dict[str, Any]] = []
        self.truth: dict[str, Any] = {}
        self.procs: list[subprocess.Popen[Any]] = []

    def close(self) -> None:
        for p in self.procs:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(p.pid, 9)
            with contextlib.suppress(Exception):
                p.wait(timeout=5)
        self.xs.close()
        self.sct.close()

    # -- environment --------------------------------------------------------------------
    def env(self, **extra: str) -> dict[str, str]:
        env = dict(self.desk.env)
        env.update(
            HOME=str(self.home),
            USER=USER,
            LOGNAME=USER,
            TZ=self.tz,
            LANG="C.UTF-8",
            LC_ALL="C.UTF-8",
            TERM="xterm",
            PAGER="less",
            GIT_PAGER="cat",
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_DATA_HOME=str(self.home / ".local" / "share"),
            XDG_CACHE_HOME=str(self.work / "cache"),
            XDG_RUNTIME_DIR=str(self.work / "run"),
            PATH=f"{REPO / '.venv' / 'bin'}:/usr/local/bin:/usr/bin:/bin",
            PYTHONDONTWRITEBYTECODE="1",
            NO_AT_BRIDGE="1",
        )
        for k in ("LS_COLORS", "GREP_COLORS", "GREP_COLOR", "VIRTUAL_ENV", "PYTHONPATH"):
            env.pop(k, None)
        env.update(extra)
        (self.work / "run").mkdir(mode=0o700, exist_ok=True)
        return env

    # -- terminals ----------------------------------------------------------------------
    def terminal(
        self,
        title: str,
        cwd: Path,
        geometry: str,
        theme: str = "light",
        font_size: int = 10,
    ) -> None:
        """An xterm running an interactive bash in ``cwd`` with a user@host:dir prompt."""
        cols, rows = (int(v) for v in geometry.split("+")[0].split("x"))
        ready = self.work / f"ready-{len(self.terminals)}"
        ready.write_text("")
        shell = (
            f"cd {shlex.quote(str(cwd))} && "
            f"READY={shlex.quote(str(ready))} "
            "PROMPT_COMMAND='date +%s%N >\"$READY\"' "
            f"PS1='{USER}@{HOST}:\\w$ ' "
            "exec bash --norc --noprofile -i"
        )
        saved = self.desk.env
        self.desk.env = self.env()
        try:
            fg, bg = ("white", "black") if theme == "dark" else (None, None)
            self.desk.xterm(title, shell, geometry=geometry, fg=fg, bg=bg, font_size=font_size)
        finally:
            self.desk.env = saved
        self.terminals[title] = {
            "title": title,
            "cwd": str(cwd),
            "columns": cols,
            "rows": rows,
            "theme": theme,
            "font_size": font_size,
            "colours": {"fg": "#ffffff", "bg": "#000000"}
            if theme == "dark"
            else {"fg": "#000000", "bg": "#ffffff"},
            "ready": ready,
        }
        self._wait_ready(title, "")

    def _wait_ready(self, title: str, before: str, timeout: float = 90.0) -> None:
        ready: Path = self.terminals[title]["ready"]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            now = ready.read_text().strip()
            if now and now != before:
                self.desk.wait_stable(quiet=0.5, timeout=30)
                return
            time.sleep(0.1)
        raise RuntimeError(f"{title}: the command did not finish in {timeout:.0f}s")

    def type_command(
        self, title: str, command: str, forced: str | None = None, cwd: Path | None = None
    ) -> None:
        """Type ``command`` into the terminal and wait for the prompt to come back; record
        ``forced`` (the same command with colour forced) run into a pipe as its truth."""
        term = self.terminals[title]
        before = term["ready"].read_text().strip()
        started = datetime.now(UTC)
        self.desk.type_text(title, command, delay_ms=12)
        self._wait_ready(title, before)
        entry: dict[str, Any] = {
            "window": title,
            "command": command,
            "typed_utc": format_ts(started),
        }
        if forced is not None:
            env = self.env(COLUMNS=str(term["columns"]), LINES=str(term["rows"]))
            out = subprocess.run(
                ["bash", "--norc", "--noprofile", "-c", forced],
                cwd=cwd or term["cwd"],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            entry["forced_command"] = forced
            entry["exit_status"] = out.returncode
            entry["lines"] = parse_sgr(out.stdout + out.stderr)
        self.commands.append(entry)

    def wait_title(self, title: str, timeout: float = 60.0) -> None:
        """Wait until a mapped window has exactly this title (polling the X server)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(w.title == title for w in self.xs.windows()):
                return
            time.sleep(0.2)
        self.desk.screenshot().save(self.work.parent / f"evrec-timeout-{self.name}.png")
        seen = [w.title for w in self.xs.windows()]
        raise RuntimeError(f"no window titled {title!r} after {timeout:.0f}s; windows: {seen}")

    def keys(self, title: str, *keys: str, settle: float = 0.3) -> None:
        self.desk.focus(title)
        self.desk.xdotool("key", "--clearmodifiers", *keys)
        time.sleep(settle)

    def spawn(self, cmd: list[str], **kw: Any) -> subprocess.Popen[Any]:
        kw.setdefault("stdin", subprocess.DEVNULL)
        kw.setdefault("stdout", subprocess.DEVNULL)
        kw.setdefault("stderr", subprocess.DEVNULL)
        kw.setdefault("env", self.env())
        p = subprocess.Popen(cmd, start_new_session=True, **kw)
        self.procs.append(p)
        return p

    # -- frames -------------------------------------------------------------------------
    def snap(self, label: str, dwell: float = 5.0, shows: list[str] | None = None) -> None:
        """Grab the screen and the window facts now; then wait ``dwell * pace`` seconds
        (``HOLD``: until 2 s into the minute after the next one, so that one whole clock
        minute passes with this screen). ``shows`` names what this frame shows (keys the
        truth refers to)."""
        self.desk.wait_stable(quiet=0.6, timeout=30)
        ts = datetime.now(UTC)
        shot = self.sct.grab(self.sct.monitors[1])
        windows = self.xs.windows()
        png = optimised_png(shot.rgb, (shot.width, shot.height))
        image = self.writer.write(png, ts, windows, (0, 0, shot.width, shot.height))
        focused = next((w.title for w in windows if w.focused), None)
        self.frames.append(
            {
                "image": image,
                "ts_utc": format_ts(ts),
                "ts_local": ts.astimezone(ZoneInfo(self.tz)).strftime("%Y-%m-%d %H:%M:%S"),
                "label": label,
                "shows": shows or [],
                "focused": focused,
                "windows": [asdict(w) for w in windows],
            }
        )
        log(f"{self.name}: frame {len(self.frames)} {label!r} focus={focused!r}")
        if dwell == HOLD:
            now = datetime.now(UTC)
            dwell = 122 - now.second - now.microsecond / 1e6
        time.sleep(max(0.0, dwell * self.pace))

    def focus_timeline(self) -> list[dict[str, Any]]:
        spans: list[dict[str, Any]] = []
        for f in self.frames:
            if spans and spans[-1]["title"] == f["focused"]:
                spans[-1]["last_seen_utc"] = f["ts_utc"]
                continue
            spans.append(
                {"title": f["focused"], "from_utc": f["ts_utc"], "last_seen_utc": f["ts_utc"]}
            )
        for a, b in itertools.pairwise(spans):
            a["until_utc"] = b["from_utc"]
        if spans:
            spans[-1]["until_utc"] = None
        return spans

    def write_truth(self, notes: str) -> None:
        terms = [{k: v for k, v in t.items() if k != "ready"} for t in self.terminals.values()]
        truth = {
            "format": TRUTH_FORMAT,
            "scenario": self.name,
            "bundle": "bundle",
            "timezone": self.tz,
            "screen": list(SCREEN),
            "notes": notes,
            "recorded": {
                "first_utc": self.frames[0]["ts_utc"],
                "last_utc": self.frames[-1]["ts_utc"],
                "pace": self.pace,
            },
            "frames": self.frames,
            "focus_timeline": self.focus_timeline(),
            "terminals": terms,
            "commands": self.commands,
            **self.truth,
        }
        (self.dir / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n")


def run(cmd: list[str], cwd: Path, env: dict[str, str]) -> None:
    subprocess.run(cmd, cwd=cwd, env=env, check=True, capture_output=True, timeout=60)


# ---------------------------------------------------------------------------------------------
# Scenario: console (ls, pytest, git log --graph, grep; light, dark and small-font xterms)
# ---------------------------------------------------------------------------------------------

TIDEPOOL_TESTS = {
    "tests/test_tides.py": """from tidepool.tides import (
    high_tide_offset, low_tide_offset, tide_window,
)


def test_low_tide_offset():
    assert low_tide_offset("KEL") == 1.4


def test_high_tide_offset():
    assert high_tide_offset("KEL") == 3.1


def test_tide_window_sorted():
    assert tide_window([5, 2, 9]) == [2, 5, 9]


def test_spring_tide_range():
    assert max(tide_window([1, 4])) - min(tide_window([1, 4])) == 3
""",
    "tests/test_stations.py": """from tidepool.stations import lookup, parse_station_csv


def test_parse_station_csv():
    rows = parse_station_csv("code,name,latitude\\nKEL,Keelung,25.15\\n")
    assert rows[0]["lat"] == 25.15


def test_station_lookup():
    assert lookup("KEL") == "Keelung"


def test_unknown_station_raises():
    try:
        lookup("XXX")
    except KeyError:
        return
    raise AssertionError("no KeyError")
""",
}
TIDEPOOL_SRC = {
    "src/tidepool/__init__.py": '__version__ = "2.7.1"\n',
    "src/tidepool/tides.py": """OFFSETS = {"KEL": (1.4, 2.9)}


def low_tide_offset(code):
    return OFFSETS[code][0]


def high_tide_offset(code):
    return OFFSETS[code][1]


def tide_window(levels):
    return sorted(levels)
""",
    "src/tidepool/stations.py": """import csv
import io

STATIONS = {"KEL": "Keelung", "HUA": "Hualien"}


def parse_station_csv(text):
    return [dict(r, latitude=float(r["latitude"])) for r in csv.DictReader(io.StringIO(text))]


def lookup(code):
    return STATIONS[code]
""",
}
HARBOR_TESTS = {
    "tests/test_auth.py": """def test_login_ok():
    assert "token" in {"token": "abc"}


def test_token_refresh_expired():
    expires_in = 0
    assert expires_in > 0, "refresh returned an already expired token"


def test_logout():
    assert True
""",
    "tests/test_rates.py": """def test_parse_station_csv_header():
    assert "code,name".split(",") == ["code", "name"]


def test_rate_limit_headers():
    headers = {"X-RateLimit-Limit": "100"}
    assert headers.get("X-RateLimit-Remaining") == "99"


def test_rate_window_seconds():
    assert 60 * 1 == 60
""",
}
WEB_COMMITS = [
    # (branch, message, file, author, days_ago)
    ("main", "Initial dashboard skeleton", "app.py", "Jonas Berg", 9),
    ("main", "Add tide chart component", "chart.js", "Jonas Berg", 8),
    (
        "feature/retry-budget",
        "Add retry_budget to the fetch client",
        "src/fetch.js",
        "Aiko Tanaka",
        6,
    ),
    ("feature/retry-budget", "Cap retry_budget at 5 attempts", "src/fetch.js", "Aiko Tanaka", 5),
    ("main", "Fix timezone label on station page", "station.js", "Jonas Berg", 4),
    ("merge", "Merge branch 'feature/retry-budget'", None, "Jonas Berg", 3),
    ("main", "Bump version to 0.9.2", "package.json", "Jonas Berg", 1),
]


def _write_files(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)


def _make_web_repo(rec: Recorder, root: Path) -> None:
    root.mkdir(parents=True)
    env = rec.env()
    tzinfo = ZoneInfo(rec.tz)
    base = datetime.now(tzinfo).replace(hour=10, minute=12, second=0, microsecond=0)
    run(["git", "init", "-q", "-b", "main"], root, env)
    run(["git", "config", "user.email", "jonas.berg@tidepool.example"], root, env)
    run(["git", "config", "user.name", "Jonas Berg"], root, env)
    (root / "src").mkdir()
    (root / "src" / "fetch.js").write_text(
        "export const retry_budget = 3;\n// retry_budget: attempts per request\n"
    )
    for i, (branch, msg, file, author, days) in enumerate(WEB_COMMITS):
        when = (base - timedelta(days=days, minutes=7 * i)).isoformat()
        email = author.split()[0].lower() + "@tidepool.example"
        cenv = dict(
            env,
            GIT_AUTHOR_DATE=when,
            GIT_COMMITTER_DATE=when,
            GIT_AUTHOR_NAME=author,
            GIT_AUTHOR_EMAIL=email,
            GIT_COMMITTER_NAME=author,
            GIT_COMMITTER_EMAIL=email,
        )
        if branch == "merge":
            run(["git", "checkout", "-q", "main"], root, cenv)
            run(["git", "merge", "-q", "--no-ff", "-m", msg, "feature/retry-budget"], root, cenv)
            continue
        current = subprocess.run(
            ["git", "branch", "--show-current"], cwd=root, env=env, capture_output=True, text=True
        ).stdout.strip()
        if branch != current:
            exists = (
                subprocess.run(
                    ["git", "rev-parse", "--verify", "-q", branch],
                    cwd=root,
                    env=env,
                    capture_output=True,
                ).returncode
                == 0
            )
            run(["git", "checkout", "-q", *([] if exists else ["-b"]), branch], root, cenv)
        path = root / file
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a") as fh:
            fh.write(f"// {msg}\n")
        run(["git", "add", "-A"], root, cenv)
        run(["git", "commit", "-q", "-m", msg], root, cenv)
        if msg.startswith("Fix timezone"):
            run(["git", "tag", "v0.9.1"], root, cenv)
    (root / "src" / "client.js").write_text(
        "import { retry_budget } from './fetch.js';\nconst budget = retry_budget; // per call\n"
    )
    run(["git", "add", "-A"], root, env)
    when = (base - timedelta(hours=2)).isoformat()
    run(
        ["git", "commit", "-q", "-m", "Use retry_budget in the client"],
        root,
        dict(env, GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when),
    )


def scenario_console(rec: Recorder) -> None:
    src = rec.home / "src"
    tide = src / "tidepool"
    _write_files(tide, {**TIDEPOOL_SRC, **TIDEPOOL_TESTS})
    _write_files(
        tide,
        {
            "README.md": "# tidepool\n\nTide tables for harbour stations.\n",
            "pyproject.toml": '[project]\nname = "tidepool"\nversion = "2.7.1"\n\n'
            '[tool.pytest.ini_options]\npythonpath = ["src"]\n'
            'addopts = "-p no:cacheprovider -p no:hypothesispytest -p no:timeout"\n',
            "build.sh": "#!/bin/sh\npython -m build\n",
            "deploy.sh": "#!/bin/sh\nrsync -a dist/ tides:/srv/tidepool/\n",
            "docs/index.md": "# Docs\n",
            "dist/tidepool-2.7.1.tar.gz": "",
            "tidepool-2.6.0.tar.gz": "archive",
            "CHANGELOG.md": "## 2.7.1\n- station CSV columns\n",
        },
    )
    for exe in ("build.sh", "deploy.sh"):
        (tide / exe).chmod(0o755)
    (tide / "latest").symlink_to("dist")
    harbor = src / "harbor-api"
    _write_files(harbor, HARBOR_TESTS)
    (harbor / "pyproject.toml").write_text(
        '[project]\nname = "harbor-api"\nversion = "1.4.0"\n\n[tool.pytest.ini_options]\n'
        'addopts = "-p no:cacheprovider -p no:hypothesispytest -p no:timeout"\n'
    )
    web = src / "tidepool-web"
    _make_web_repo(rec, web)

    a = f"{USER}@{HOST}: ~/src/tidepool"
    b = f"{USER}@{HOST}: ~/src/tidepool-web"
    c = f"{USER}@{HOST}: ~/src/harbor-api"
    rec.terminal(a, tide, "92x27+0+0", theme="light", font_size=10)
    rec.terminal(b, web, "96x24+452+150", theme="dark", font_size=10)
    rec.terminal(c, harbor, "118x28+150+340", theme="light", font_size=8)
    rec.truth["windows_roles"] = {
        "tidepool": a,
        "tidepool_web": b,
        "harbor_api": c,
    }

    rec.desk.focus(a)
    rec.type_command(a, "ls -l --color=auto", "ls -l --color=always")
    rec.snap("ls in tidepool", dwell=8, shows=["ls"])
    rec.type_command(a, "clear; pytest -v --tb=line", "pytest -v --tb=line --color=yes")
    rec.snap("pytest in tidepool", dwell=HOLD, shows=["ls", "pytest_tidepool"])
    rec.type_command(
        b,
        "git log --graph --oneline --decorate --all",
        "git -c color.ui=always log --graph --oneline --decorate --all",
    )
    rec.snap("git log in tidepool-web", dwell=HOLD, shows=["git_log"])
    rec.type_command(
        b,
        "grep -rn --color=auto retry_budget src",
        "grep -rn --color=always retry_budget src",
    )
    rec.snap("grep in tidepool-web", dwell=10, shows=["git_log", "grep"])
    rec.type_command(c, "pytest -v --tb=line", "pytest -v --tb=line --color=yes")
    rec.snap("pytest in harbor-api", dwell=HOLD, shows=["pytest_harbor"])
    rec.desk.focus(a)
    rec.snap("back to tidepool tests", dwell=HOLD, shows=["pytest_tidepool"])
    rec.desk.focus(b)
    rec.snap("back to tidepool-web", dwell=0, shows=["git_log", "grep"])
    labels = ["ls", "pytest_tidepool", "git_log", "grep", "pytest_harbor"]
    for key, cmd in zip(labels, rec.commands, strict=True):
        cmd["key"] = key
    rec.write_truth(
        "commands: every typed command with the lines of its forced-colour rerun (runs with "
        "fg colour names, RGB as xterm draws it, bold); the screen also shows prompts. "
        "pytest's timing line differs between the two runs."
    )


# ---------------------------------------------------------------------------------------------
# Scenario: browser (chromium with several tabs on locally served documentation)
# ---------------------------------------------------------------------------------------------

DOC_STYLE = (
    "body{font-family:'DejaVu Sans',sans-serif;margin:24px 40px;max-width:860px;color:#222}"
    "code,pre{font-family:'DejaVu Sans Mono',monospace;background:#f2f2f2;padding:2px 4px}"
    "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 10px;text-align:left}"
    "nav{font-size:14px;color:#555;margin-bottom:10px}"
)
DOC_PAGES: list[dict[str, Any]] = [
    {
        "path": "/install.html",
        "title": "Install Quillmate 3.2",
        "style": "",
        "body": [
            ("h1", "Install Quillmate 3.2"),
            ("p", "Quillmate needs Python 3.11 or newer and about 200 MB of free disk."),
            ("pre", "pip install quillmate==3.2.4"),
            ("p", "Start the server with quillmate serve. It listens on port 7070 by default."),
            ("p", "The first start creates an administrator account named owner."),
        ],
    },
    {
        "path": "/configuration.html",
        "title": "Configuration reference · Quillmate",
        "style": "",
        "body": [
            ("h1", "Configuration reference"),
            ("p", "Settings live in quillmate.toml next to the data directory."),
            (
                "table",
                [
                    ["Key", "Default", "Meaning"],
                    ["sync_interval", "300", "Seconds between two syncs"],
                    ["max_upload_mb", "64", "Largest attachment accepted, in MB"],
                    ["retention_days", "90", "Days a deleted note stays in the trash"],
                    ["storage_path", "~/.local/share/quillmate", "Where notes are kept"],
                ],
            ),
        ],
    },
    {
        "path": "/changelog.html",
        "title": "Changelog · Quillmate",
        "style": "body{font-size:11px} h1{font-size:16px}",
        "body": [
            ("h1", "Changelog"),
            ("p", "3.2.4 (2026-11-02): Fixed sync stalling when a note title contains an emoji."),
            ("p", "3.2.3 (2026-10-19): Attachments over 64 MB are refused with a clear message."),
            ("p", "3.2.0 (2026-09-30): New shared notebooks; the trash keeps notes 90 days."),
            ("p", "3.1.9 (2026-08-14): The desktop app remembers the last opened notebook."),
        ],
    },
    {
        "path": "/api/tokens.html",
        "title": "API tokens · Quillmate",
        "style": "body{background:#1e1f22;color:#d8d8d8} code,pre{background:#2b2d31;color:#e6e6e6}"
        " nav{color:#9a9a9a}",
        "body": [
            ("h1", "API tokens"),
            ("p", "Tokens expire after 30 days unless created with --no-expiry."),
            ("pre", "quillmate token create --scope read"),
            ("p", "Revoke a token with quillmate token revoke TOKEN_ID."),
            ("p", "A new token is shown only once, right after it is created."),
        ],
    },
    {
        "path": "/troubleshooting.html",
        "title": "Troubleshooting · Quillmate",
        "style": "",
        "body": [
            ("h1", "Troubleshooting"),
            ("p", "Error Q-104 means the storage path is not writable by the server."),
            ("p", "If sync stalls, make sure sync_interval is at least 60."),
            ("p", "Example of a short trash: retention_days = 30 keeps deleted notes a month."),
        ],
    },
]


def _page_html(page: dict[str, Any]) -> str:
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>{page['title']}</title><style>{DOC_STYLE}{page['style']}</style></head><body>",
        "<nav>Quillmate documentation</nav>",
    ]
    for tag, content in page["body"]:
        if tag == "table":
            rows = "".join(
                "<tr>"
                + "".join(
                    f"<{'th' if i == 0 else 'td'}>{c}</{'th' if i == 0 else 'td'}>" for c in row
                )
                + "</tr>"
                for i, row in enumerate(content)
            )
            parts.append(f"<table>{rows}</table>")
        else:
            parts.append(f"<{tag}>{content}</{tag}>")
    parts.append("</body></html>")
    return "".join(parts)


def _page_text(page: dict[str, Any]) -> list[str]:
    lines = ["Quillmate documentation"]
    for tag, content in page["body"]:
        if tag == "table":
            lines += ["  ".join(r) for r in content]
        else:
            lines.append(content)
    return lines


def scenario_browser(rec: Recorder) -> None:
    site = rec.home / "sites" / "quillmate-docs"
    for page in DOC_PAGES:
        p = site / page["path"].lstrip("/")
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(_page_html(page))
    port = free_port(8421)
    term = f"{USER}@{HOST}: ~/sites/quillmate-docs"
    rec.terminal(term, site, "88x20+0+470", theme="light", font_size=9)
    # The server runs in the terminal: its request log is on screen (URLs as a distractor).
    rec.desk.type_text(term, f"python3 -m http.server {port} --bind 127.0.0.1", delay_ms=12)
    rec.commands.append(
        {
            "window": term,
            "command": f"python3 -m http.server {port} --bind 127.0.0.1",
            "typed_utc": format_ts(datetime.now(UTC)),
        }
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            break
        time.sleep(0.2)
    base = f"http://127.0.0.1:{port}"
    first = DOC_PAGES[:4]
    profile = rec.work / "chromium-profile"
    rec.spawn(
        [
            "chromium",
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            "--window-position=230,0",
            "--window-size=1050,720",
            *[base + p["path"] for p in first],
        ]
    )
    rec.wait_title(f"{first[0]['title']} - Chromium", timeout=120)
    time.sleep(2)
    rec.desk.wait_stable(quiet=1.5, timeout=60)
    tabs = [{"title": p["title"], "url": base + p["path"], "path": p["path"]} for p in first]
    opened: list[dict[str, Any]] = []

    def browser_window() -> str:
        return next(w.title for w in rec.xs.windows() if (w.app or "").startswith("chrom"))

    def active_snap(label: str, dwell: float) -> None:
        title = browser_window()
        active = next(t for t in tabs if f"{t['title']} - Chromium" == title)
        rec.snap(label, dwell=dwell, shows=[f"tab:{active['path']}"])
        rec.frames[-1]["browser"] = {
            "window_title": title,
            "active_tab": active["title"],
            "active_url": active["url"],
            "tabs": [t["title"] for t in tabs],
        }
        opened.append({"ts_utc": rec.frames[-1]["ts_utc"], "active": active["title"]})

    active_snap("browser opened on the install page", 30)
    for i in range(1, 4):
        rec.keys(browser_window(), "ctrl+Tab", settle=1.0)
        rec.desk.wait_stable(quiet=1.0, timeout=30)
        active_snap(f"tab {i + 1}", 20 if i < 3 else HOLD)
    rec.desk.focus(term)
    rec.snap("server log in the terminal", dwell=15, shows=["server_log"])
    rec.frames[-1]["browser"] = {
        "window_title": browser_window(),
        "tabs": [t["title"] for t in tabs],
    }
    # A new tab, URL typed into the address bar.
    rec.keys(browser_window(), "ctrl+t", settle=1.0)
    rec.wait_title("New Tab - Chromium", timeout=30)
    time.sleep(1.5)
    rec.desk.xdotool("key", "--clearmodifiers", "ctrl+l")
    time.sleep(0.5)
    trouble = DOC_PAGES[4]
    rec.desk.xdotool("type", "--delay", "40", f"127.0.0.1:{port}{trouble['path']}")
    time.sleep(0.5)
    rec.desk.xdotool("key", "Return")
    tabs.append({"title": trouble["title"], "url": base + trouble["path"], "path": trouble["path"]})
    rec.wait_title(f"{trouble['title']} - Chromium", timeout=60)
    time.sleep(1.0)
    rec.desk.wait_stable(quiet=1.0, timeout=30)
    active_snap("typed URL in a new tab", 0)
    rec.truth["browser"] = {
        "served_from": "python3 -m http.server (in the terminal window)",
        "port": port,
        "tabs": tabs,
        "pages": [
            {
                "path": p["path"],
                "url": base + p["path"],
                "title": p["title"],
                "theme": "dark" if "background" in p["style"] else "light",
                "small_text": "font-size:11px" in p["style"],
                "lines": _page_text(p),
            }
            for p in DOC_PAGES
        ],
        "active_by_frame": opened,
    }
    rec.write_truth(
        "browser.tabs in tab-strip order; the active tab per frame is read from the browser "
        "window's title on the X server ('<tab title> - Chromium'). The address bar shows the "
        "URL without 'http://'."
    )


# ---------------------------------------------------------------------------------------------
# Scenario: calendar (calcurse with appointments; agenda in a small-font terminal; notes)
# ---------------------------------------------------------------------------------------------

# (day offset, start, end, title); day 0 is the recording day.
APPOINTMENTS = [
    (0, "08:45", "09:00", "Standup (payments team)"),
    (0, "11:15", "12:00", "Dentist - Dr. Okafor"),
    (0, "14:00", "15:30", "Budget review FY27"),
    (0, "16:30", "17:00", "1:1 with Lena"),
    (1, "10:00", "11:00", "Vendor call: Brightline Logistics"),
    (1, "12:30", "13:30", "Lunch with Ibrahim"),
    (1, "15:00", "15:45", "Interview: backend candidate"),
    (2, "09:30", "10:30", "Budget review follow-up"),
    (2, "13:00", "14:00", "Quarterly planning"),
]
EVENTS = [(1, "Payroll cut-off")]
TODOS = [(2, "Renew passport"), (5, "Book flights to Lisbon")]
NOTES_FILE = """# Notes from last week

- Budget review FY26 was moved to 10:00 on Friday (done)
- Mia's dentist appointment: Thursday 16:20, Dr. Baptiste
- Vendor call with Northwind Freight: 09:00, cancelled
- Standup (platform team) now at 09:15
- Ask Lena about the quarterly planning agenda
"""


def _apts_line(day: date, start: str, end: str, title: str) -> str:
    d = day.strftime("%m/%d/%Y")
    return f"{d} @ {start} -> {d} @ {end} |{title}"


def parse_apts(text: str) -> list[dict[str, str]]:
    out = []
    pat = re.compile(
        r"(\d\d)/(\d\d)/(\d{4}) @ (\d\d:\d\d) -> (\d\d)/(\d\d)/(\d{4}) @ (\d\d:\d\d) \|(.*)"
    )
    for line in text.splitlines():
        m = pat.fullmatch(line.strip())
        if m:
            out.append(
                {
                    "date": f"{m.group(3)}-{m.group(1)}-{m.group(2)}",
                    "start": m.group(4),
                    "end_date": f"{m.group(7)}-{m.group(5)}-{m.group(6)}",
                    "end": m.group(8),
                    "title": m.group(9),
                }
            )
    return out


def scenario_calendar(rec: Recorder) -> None:
    today = datetime.now(ZoneInfo(rec.tz)).date()
    data = rec.home / ".local" / "share" / "calcurse"
    conf = rec.home / ".config" / "calcurse"
    data.mkdir(parents=True, exist_ok=True)
    conf.mkdir(parents=True, exist_ok=True)
    apts = "\n".join(_apts_line(today + timedelta(days=d), s, e, t) for d, s, e, t in APPOINTMENTS)
    (data / "apts").write_text(apts + "\n")
    events = "\n".join(
        f"{(today + timedelta(days=d)).strftime('%m/%d/%Y')} [1] {t}" for d, t in EVENTS
    )
    (data / "apts").write_text(apts + "\n" + events + "\n")
    (data / "todo").write_text("".join(f"[{p}] {t}\n" for p, t in TODOS))
    notes_dir = rec.home / "notes"
    notes_dir.mkdir()
    (notes_dir / "last-week.md").write_text(NOTES_FILE)

    cal = "calcurse"
    agenda = f"{USER}@{HOST}: ~"
    notes = f"{USER}@{HOST}: ~/notes"
    rec.terminal(notes, notes_dir, "70x14+560+470", theme="light", font_size=10)
    rec.terminal(agenda, rec.home, "64x30+700+20", theme="light", font_size=8)
    rec.terminal(cal, rec.home, "100x30+0+0", theme="dark", font_size=10)
    rec.desk.focus(cal)
    rec.desk.type_text(cal, "calcurse", delay_ms=12)
    rec.commands.append(
        {"window": cal, "command": "calcurse", "typed_utc": format_ts(datetime.now(UTC))}
    )
    time.sleep(2.0)
    rec.desk.wait_stable(quiet=0.8, timeout=30)
    rec.snap("calcurse today", dwell=30, shows=["calendar_day0"])
    rec.keys(cal, "ctrl+l", settle=0.8)
    rec.snap("calcurse next day", dwell=20, shows=["calendar_day1"])
    rec.type_command(agenda, "calcurse -Q --days 3", "calcurse -Q --days 3")
    rec.commands[-1]["key"] = "agenda"
    rec.snap("agenda for three days", dwell=40, shows=["agenda"])
    rec.type_command(notes, "cat last-week.md", "cat last-week.md")
    rec.commands[-1]["key"] = "notes"
    rec.snap("last week's notes", dwell=20, shows=["notes"])
    rec.keys(cal, "ctrl+h", settle=0.8)
    rec.snap("calcurse back to today", dwell=0, shows=["calendar_day0"])
    rec.truth["calendar"] = {
        "program": "calcurse",
        "window": cal,
        "today": today.isoformat(),
        "apts_file": "~/.local/share/calcurse/apts",
        "appointments": parse_apts((data / "apts").read_text()),
        "events": [
            {"date": (today + timedelta(days=d)).isoformat(), "title": t} for d, t in EVENTS
        ],
        "todos": [{"priority": p, "title": t} for p, t in TODOS],
        "distractor_notes": {
            "window": notes,
            "file": "~/notes/last-week.md",
            "lines": NOTES_FILE.splitlines(),
        },
    }
    rec.write_truth(
        "calendar.appointments parsed back from the calcurse apts file; times are local "
        "(the recording time zone). The notes window holds similar but different items."
    )


# ---------------------------------------------------------------------------------------------
# Scenario: mail and chat (mutt on an mbox thread; a chat log in less, dark theme)
# ---------------------------------------------------------------------------------------------

MAILS = [
    # (minute of day, sender name, sender email, subject, reply-to index, body)
    (
        8 * 60 + 12,
        "Dana Whitfield",
        "dana.whitfield@ledgerly.example",
        "Release 4.3 timing",
        None,
        "Hi all,\n\nThe 4.3 release is moving to Thursday because the ledger migration needs a\n"
        "second review. Support has been told.\n\nDana\n",
    ),
    (
        8 * 60 + 40,
        "Kenji Mori",
        "kenji.mori@ledgerly.example",
        "Re: Release 4.3 timing",
        0,
        "I can finish the migration review by Wednesday noon.\n\nKenji\n",
    ),
    (
        9 * 60 + 5,
        "Priya Raman",
        "priya.raman@ledgerly.example",
        "Invoice INV-2211 from Harbor Co",
        None,
        "Hi Jonas,\n\nHarbor Co sent invoice INV-2211 for 4,380.00 EUR, due 15 December.\n"
        "Can you approve it before Friday?\n\nPriya\n",
    ),
    (
        9 * 60 + 31,
        "Omar Haddad",
        "omar.haddad@ledgerly.example",
        "Re: Release 4.3 timing",
        0,
        "The release notes draft is in the wiki. Please add your items by 16:00.\n\nOmar\n",
    ),
    (
        10 * 60 + 2,
        "IT Service Desk",
        "servicedesk@ledgerly.example",
        "Scheduled VPN maintenance",
        None,
        "The VPN will be unavailable on Saturday from 02:00 to 04:00 for a firmware update.\n",
    ),
    (
        10 * 60 + 20,
        "Priya Raman",
        "priya.raman@ledgerly.example",
        "Re: Invoice INV-2211 from Harbor Co",
        2,
        "Correction: the amount on INV-2211 is 4,830.00 EUR, not 4,380.00. Sorry!\n\nPriya\n",
    ),
    (
        9 * 60 + 48,
        "Ibrahim Sayed",
        "ibrahim.sayed@ledgerly.example",
        "Support rota for Saturday",
        None,
        "Hi all,\n\nThe VPN maintenance means one of us has to be on call on Saturday.\n"
        "Can someone cover the support rota that morning?\n\nIbrahim\n",
    ),
    (
        10 * 60 + 26,
        "Lena Okafor",
        "lena.okafor@ledgerly.example",
        "Re: Support rota for Saturday",
        6,
        # A reply whose own words never name its topic: the quote and the thread carry it.
        "Yes, put me down for it. I'm at the dentist until 11:30 on Friday though,\n"
        "so ask Omar for anything before then.\n\nLena\n\n"
        "> Can someone cover the support rota that morning?\n",
    ),
]
CHAT_CHANNEL = "#payments-dev"
CHAT = [
    ("10:31", "lena", "morning all"),
    ("10:32", "dana", "heads-up: code freeze for 4.3 starts tomorrow at 12:00"),
    ("10:34", "omar", "is the staging database still read-only?"),
    ("10:35", "priya", "staging db stays read-only until 15:00 today, backfill after that"),
    ("10:37", "omar", "ok, I'll hold the backfill until then"),
    ("10:41", "kenji", "migration review is half done, the rollback script still needs tests"),
    ("10:44", "dana", "thanks kenji. lena, can you take the release notes for 4.3?"),
    ("10:45", "lena", "sure, draft by 16:00 in the wiki"),
    ("10:52", "ibrahim", "the Harbor Co invoice question goes to priya, not me"),
    ("10:58", "priya", "correct, I'm handling INV-2211"),
    # Replies that carry their topic only through what they answer ("nick:" addressing, or
    # the question put to them by name), each after a similar topic from someone else.
    ("11:02", "omar", "can someone review the VPN firewall rules before Saturday?"),
    ("11:04", "ibrahim", "the office firewall rules went live yesterday, no review needed"),
    ("11:05", "kenji", "omar: I'll take it after lunch"),
    ("11:08", "dana", "the build queue is frozen until 11:30, hold your merges"),
    ("11:10", "dana", "priya, is the Harbor Co refund approved?"),
    ("11:11", "omar", "the Brightline refund is still waiting on finance"),
    ("11:12", "priya", "approved this morning, it goes out tomorrow"),
]
CHAT_ROWS = 21  # the log (a heading and one line a message) fits in less on one screen


def _mbox(rec: Recorder, path: Path) -> None:
    tz = ZoneInfo(rec.tz)
    today = datetime.now(tz).date()
    box = mailbox.mbox(str(path))
    ids = []
    from email.message import EmailMessage

    for i, (minute, name, addr, subject, reply, body) in enumerate(MAILS):
        when = datetime(today.year, today.month, today.day, minute // 60, minute % 60, tzinfo=tz)
        msg = EmailMessage()
        msg["From"] = f"{name} <{addr}>"
        msg["To"] = "Jonas Berg <jonas.berg@ledgerly.example>"
        msg["Subject"] = subject
        msg["Date"] = format_datetime(when)
        msg["Message-ID"] = f"<m{i}.{today:%Y%m%d}@ledgerly.example>"
        ids.append(msg["Message-ID"])
        if reply is not None:
            msg["In-Reply-To"] = ids[reply]
            msg["References"] = ids[reply]
        msg.set_content(body)
        m = mailbox.mboxMessage(msg)
        m.set_from(addr, when.astimezone(UTC).timetuple())
        box.add(m)
    box.flush()
    box.close()


def _read_mbox(path: Path, tz: str) -> list[dict[str, Any]]:
    out = []
    for m in mailbox.mbox(str(path)):
        name, addr = parseaddr(m["From"])
        when = parsedate_to_datetime(m["Date"]).astimezone(ZoneInfo(tz))
        body = m.get_payload(decode=True).decode("utf-8")
        out.append(
            {
                "from": name,
                "email": addr,
                "subject": m["Subject"],
                "date_local": when.strftime("%Y-%m-%d %H:%M"),
                "message_id": m["Message-ID"],
                "in_reply_to": m["In-Reply-To"],
                "body": body.strip(),
            }
        )
    return out


def scenario_mail(rec: Recorder) -> None:
    maildir = rec.home / "Mail"
    maildir.mkdir(parents=True)
    _mbox(rec, maildir / "inbox")
    (rec.home / ".muttrc").write_text(
        "set mbox_type=mbox\nset folder=~/Mail\nset spoolfile=~/Mail/inbox\n"
        'set sort=threads\nset sort_aux=date-sent\nset date_format="%a %d %b %H:%M"\n'
        'set index_format="%4C %Z %D  %-20.20F  %s"\nset pager_index_lines=7\n'
        "set markers=no\nset pager_stop=yes\nset read_only=yes\nset mark_old=no\n"
        "ignore *\nunignore From: To: Date: Subject:\nhdr_order From: To: Date: Subject:\n"
    )
    logs = rec.home / "irclogs"
    logs.mkdir()
    today = datetime.now(ZoneInfo(rec.tz)).date()
    chat_text = f"--- Log opened {today:%a %b %d} 10:30:00 {today:%Y}\n" + "".join(
        f"{t} <{who}> {body}\n" for t, who, body in CHAT
    )
    chat_file = logs / "payments-dev.log"
    chat_file.write_text(chat_text)
    if len(chat_text.splitlines()) > CHAT_ROWS - 1:  # less keeps its last row for its prompt
        raise RuntimeError(f"the chat log does not fit in {CHAT_ROWS} rows of less")

    mutt = f"mutt: {USER}@{HOST} ~/Mail/inbox"
    chat = f"{USER}@{HOST}: ~/irclogs"
    rec.terminal(chat, logs, f"84x{CHAT_ROWS}+470+420", theme="dark", font_size=10)
    rec.terminal(mutt, rec.home, "104x34+0+0", theme="light", font_size=9)
    rec.desk.focus(mutt)
    rec.desk.type_text(mutt, "mutt", delay_ms=12)
    rec.commands.append(
        {"window": mutt, "command": "mutt", "typed_utc": format_ts(datetime.now(UTC))}
    )
    time.sleep(1.5)
    rec.desk.wait_stable(quiet=0.8, timeout=30)
    rec.snap("mutt index", dwell=25, shows=["mail_index"])
    rec.keys(mutt, "Return", settle=0.8)  # the first thread's first message
    rec.snap("reading Dana's mail", dwell=HOLD, shows=["mail_index", "mail:0"])
    rec.keys(mutt, "j", settle=0.8)  # the next message in the thread: Kenji's reply
    rec.snap("reading Kenji's reply", dwell=20, shows=["mail_index", "mail:1"])
    rec.desk.focus(chat)
    rec.desk.type_text(chat, "less payments-dev.log", delay_ms=12)
    rec.commands.append(
        {
            "window": chat,
            "command": "less payments-dev.log",
            "typed_utc": format_ts(datetime.now(UTC)),
        }
    )
    time.sleep(1.0)
    rec.desk.wait_stable(quiet=0.8, timeout=30)
    rec.snap("chat log", dwell=HOLD, shows=["chat"])
    rec.desk.focus(mutt)
    rec.keys(mutt, "i", settle=0.5)
    rec.keys(mutt, "5", "Return", settle=0.5)  # jump to the 5th line of the threaded index
    rec.keys(mutt, "Return", settle=0.8)
    rec.snap("reading Priya's correction", dwell=20, shows=["mail_index", "mail:5"])
    rec.keys(mutt, "i", settle=0.5)
    rec.keys(mutt, "slash", settle=0.5)  # search the index for Ibrahim's thread
    rec.desk.type_text(mutt, "~f ibrahim.sayed", delay_ms=12)  # and Return
    time.sleep(0.5)
    rec.keys(mutt, "Return", settle=0.8)
    rec.snap("reading Ibrahim's question", dwell=15, shows=["mail_index", "mail:6"])
    rec.keys(mutt, "j", settle=0.8)  # and the reply under it
    rec.snap("reading Lena's reply", dwell=20, shows=["mail_index", "mail:7"])
    rec.keys(mutt, "i", settle=0.5)
    rec.desk.focus(chat)
    rec.snap("chat again", dwell=0, shows=["chat"])
    messages = []
    pat = re.compile(r"(\d\d:\d\d) <([^>]+)> (.*)")
    for line in chat_file.read_text().splitlines():
        m = pat.fullmatch(line)
        if m:
            messages.append({"time": m.group(1), "sender": m.group(2), "body": m.group(3)})
    rec.truth["mail"] = {
        "program": "mutt",
        "window": mutt,
        "mbox": "~/Mail/inbox",
        "messages": _read_mbox(maildir / "inbox", rec.tz),
    }
    rec.truth["chat"] = {
        "program": "less",
        "window": chat,
        "channel": CHAT_CHANNEL,
        "log_file": "~/irclogs/payments-dev.log",
        "window_rows": CHAT_ROWS,
        "date": today.isoformat(),
        "messages": messages,
    }
    rec.write_truth(
        "mail.messages parsed back from the mbox (times local); chat.messages parsed back from "
        "the log file shown in less. mutt's index is sorted by thread."
    )


# ---------------------------------------------------------------------------------------------
# Scenario: form (yad forms filled in by xdotool; a dark, small-font second form)
# ---------------------------------------------------------------------------------------------

FORM1_TITLE = "New customer - Nordlys CRM"
FORM1 = [
    ("Full name", "", "Maya Lindqvist"),
    ("Email", "", "maya.lindqvist@fjordmail.example"),
    ("Phone", "", "+46 70 555 0182"),
    ("Company", "", "Nordlys Textiles AB"),
    ("Order number", "", "ORD-2026-11873"),
    ("Newsletter", "CHK", "TRUE"),
    ("Notes", "TXT", "Wants delivery after 14:00 on weekdays"),
]
FORM2_TITLE = "Shipping address - Nordlys CRM"
FORM2 = [
    ("Recipient", "", "Maya Lindqvist"),
    ("Street", "", "Kungsgatan 12"),
    ("Postal code", "", "211 49"),
    ("City", "", "Malmö"),
    ("Country", "", "Sweden"),
    ("Delivery instructions", "", "Leave at reception, 3rd floor"),
]
CONTACTS = """name,email,phone,company
Maja Lindgren,maja.lindgren@fjordmail.example,+46 70 555 0128,Lindgren Design
Mats Lind,mats.lind@kustpost.example,+46 31 555 0190,Kustpost AB
Maya Larsen,maya.larsen@northmail.example,+47 45 55 01 82,Larsen Textil AS
Ola Nordin,ola.nordin@fjordmail.example,+46 70 555 0311,Nordin Freight
"""


def _yad(
    rec: Recorder,
    title: str,
    fields: list[tuple[str, str, str]],
    env: dict[str, str],
    geometry: str,
) -> subprocess.Popen[str]:
    args = ["yad", "--form", f"--title={title}", f"--geometry={geometry}", "--separator=|"]
    for label, kind, _ in fields:
        args.append(f"--field={label}" + (f":{kind}" if kind else ""))
    return rec.spawn(args, env=env, stdout=subprocess.PIPE, text=True)


def _fill(rec: Recorder, title: str, fields: list[tuple[str, str, str]], upto: int) -> None:
    rec.desk.focus(title)
    for i, (_, kind, value) in enumerate(fields[:upto]):
        if kind == "CHK":
            if value == "TRUE":
                rec.desk.xdotool("key", "space")
        else:
            rec.desk.xdotool("type", "--delay", "15", value)
        if i + 1 < len(fields):
            rec.desk.xdotool("key", "Tab")
    time.sleep(0.3)


def scenario_form(rec: Recorder) -> None:
    crm = rec.home / "crm"
    crm.mkdir()
    (crm / "contacts.csv").write_text(CONTACTS)
    term = f"{USER}@{HOST}: ~/crm"
    rec.terminal(term, crm, "86x14+560+520", theme="light", font_size=10)
    rec.type_command(term, "cat contacts.csv", "cat contacts.csv")
    rec.commands[-1]["key"] = "contacts"
    gtk_small = rec.work / "gtk-small"
    (gtk_small / "gtk-3.0").mkdir(parents=True)
    (gtk_small / "gtk-3.0" / "settings.ini").write_text(
        "[Settings]\ngtk-font-name=DejaVu Sans 7\ngtk-application-prefer-dark-theme=1\n"
    )
    y1 = _yad(rec, FORM1_TITLE, FORM1, rec.env(), "520x420+20+20")
    rec.desk.window_ids(FORM1_TITLE, timeout=30)
    time.sleep(1.0)
    rec.desk.focus(FORM1_TITLE)
    rec.snap("empty customer form", dwell=8, shows=["form1:0"])
    _fill(rec, FORM1_TITLE, FORM1, 3)
    rec.snap("customer form half filled", dwell=15, shows=["form1:3"])
    # finish from where the cursor is
    rest = FORM1[3:]
    for i, (_, kind, value) in enumerate(rest):
        if kind == "CHK":
            rec.desk.xdotool("key", "space")
        else:
            rec.desk.xdotool("type", "--delay", "15", value)
        if i + 1 < len(rest):
            rec.desk.xdotool("key", "Tab")
    rec.snap("customer form filled", dwell=HOLD, shows=["form1:7"])
    rec.desk.focus(term)
    rec.snap("contacts list", dwell=25, shows=["form1:7", "contacts"])
    env2 = rec.env(GTK_THEME="Adwaita:dark", XDG_CONFIG_HOME=str(gtk_small))
    y2 = _yad(rec, FORM2_TITLE, FORM2, env2, "400x300+560+60")
    rec.desk.window_ids(FORM2_TITLE, timeout=30)
    time.sleep(1.0)
    _fill(rec, FORM2_TITLE, FORM2, len(FORM2))
    rec.snap("shipping form filled (dark, small text)", dwell=HOLD, shows=["form1:7", "form2:6"])
    rec.desk.focus(FORM1_TITLE)
    rec.snap("back to the customer form", dwell=0, shows=["form1:7", "form2:6"])
    # Send both forms: yad prints the values it holds, which must be what xdotool typed.
    printed = {}
    for title, proc, fields in ((FORM1_TITLE, y1, FORM1), (FORM2_TITLE, y2, FORM2)):
        rec.desk.focus(title)
        rec.desk.xdotool("key", "ctrl+Return")
        out, _ = proc.communicate(timeout=15)
        values = out.rstrip("\n").split("|")[: len(fields)]
        printed[title] = values
        typed = [v for _, _, v in fields]
        if values != typed:
            raise RuntimeError(f"{title}: yad printed {values}, typed {typed}")
    rec.truth["forms"] = [
        {
            "title": title,
            "program": "yad --form",
            "theme": theme,
            "font": font,
            "fields": [
                {"label": lab, "kind": kind or "TEXT", "value": val}
                for (lab, kind, _), val in zip(fields, printed[title], strict=True)
            ],
        }
        for title, fields, theme, font in (
            (FORM1_TITLE, FORM1, "light", "default"),
            (FORM2_TITLE, FORM2, "dark (Adwaita:dark)", "DejaVu Sans 7"),
        )
    ]
    rec.truth["forms_filled_progressively"] = {"form1:0": 0, "form1:3": 3, "form1:7": 7}
    rec.truth["distractor_contacts"] = {"window": term, "lines": CONTACTS.splitlines()}
    rec.write_truth(
        "forms[].fields: the values xdotool typed, confirmed by what yad printed when the "
        "form was sent after the last frame. A 'shows' key form1:N means the first N fields "
        "were filled in that frame. The contacts window holds similar names and numbers."
    )


SCENARIOS: dict[str, Callable[[Recorder], None]] = {
    "console": scenario_console,
    "browser": scenario_browser,
    "calendar": scenario_calendar,
    "mail": scenario_mail,
    "form": scenario_form,
}
NEEDS = {
    "console": ["git", "bash"],
    "browser": ["chromium"],
    "calendar": ["calcurse"],
    "mail": ["mutt", "less"],
    "form": ["yad"],
}


# ---------------------------------------------------------------------------------------------
# Suites: questions per class, with expectations read from truth.json (never from OCR)
# ---------------------------------------------------------------------------------------------

CLASSES = list(QUESTION_CLASSES)


class Truth:
    """One scenario's truth.json with the look-ups the questions need."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.t = json.loads(path.read_text())
        self.name = self.t["scenario"]
        self.tz = ZoneInfo(self.t["timezone"])
        self.frames = self.t["frames"]
        for f in self.frames:
            f["dt"] = datetime.fromisoformat(f["ts_utc"].replace("Z", "+00:00"))

    def __getitem__(self, key: str) -> Any:
        return self.t[key]

    @property
    def bundle(self) -> str:
        return f"x11/{self.name}/bundle"

    @property
    def now(self) -> str:
        return format_ts(self.frames[-1]["dt"] + timedelta(minutes=5))

    def local(self, dt: datetime) -> datetime:
        return dt.astimezone(self.tz)

    def frame(self, shows: str, which: int = 0) -> dict[str, Any]:
        hits = [f for f in self.frames if shows in f["shows"]]
        if not hits:
            raise KeyError(f"{self.name}: no frame shows {shows!r}")
        return hits[which]

    def frame_label(self, label: str) -> dict[str, Any]:
        return next(f for f in self.frames if f["label"] == label)

    def state_at(self, dt: datetime) -> dict[str, Any]:
        """The frame in effect at ``dt`` (the latest one at or before it)."""
        before = [f for f in self.frames if f["dt"] <= dt]
        if not before:
            raise KeyError(f"{self.name}: nothing on screen at {dt}")
        return before[-1]

    def stable_minute(self, title_end: str) -> str:
        """An HH:MM during which the focused window (its title containing, or with a '~'
        path ending in, ``title_end``) never changed, so every reading of "at HH:MM" has one
        answer. Recordings made with a short ``--pace`` have none: then HH:MM:SS, 1 s after
        the frame."""

        def match(title: str | None) -> bool:
            title = title or ""
            return title.endswith(title_end) if title_end.startswith("~") else title_end in title

        for i, f in enumerate(self.frames):
            if not match(f["focused"]):
                continue
            end = self.frames[i + 1]["dt"] if i + 1 < len(self.frames) else f["dt"]
            start = self.local(f["dt"]).replace(second=0, microsecond=0) + timedelta(minutes=1)
            if start + timedelta(minutes=1) <= self.local(end):
                return start.strftime("%H:%M")
        for f in self.frames:
            if match(f["focused"]):
                return self.hms(f, 1)
        raise KeyError(f"{self.name}: {title_end!r} never had the focus")

    def minute_frame(self, when: str) -> dict[str, Any]:
        """The frame in effect at the end of HH:MM (or at HH:MM:SS)."""
        day = self.local(self.frames[0]["dt"]).date()
        parts = [int(v) for v in when.split(":")]
        h, m, sec = parts[0], parts[1], parts[2] if len(parts) > 2 else 59
        at = datetime(day.year, day.month, day.day, h, m, sec, 999999, tzinfo=self.tz)
        return self.state_at(at)

    def hms(self, f: dict[str, Any], plus: float = 0.0) -> str:
        return self.local(f["dt"] + timedelta(seconds=plus)).strftime("%H:%M:%S")

    def when(self, f: dict[str, Any]) -> list[str]:
        """A frame's time as an answer may give it: local clock time, or the UTC instant."""
        return [*clock_variants(self.hms(f)), f["ts_utc"][:16]]

    def before_start(self, hours: int = 3) -> str:
        return self.local(self.frames[0]["dt"] - timedelta(hours=hours)).strftime("%H:%M")

    def titles_at(self, f: dict[str, Any]) -> list[str]:
        return [w["title"] for w in f["windows"]]

    def command(self, key: str) -> dict[str, Any]:
        return next(c for c in self.t["commands"] if c.get("key") == key)


def clock_variants(hhmm: str) -> list[str]:
    """How an answer may write a clock time: 14:05, 2:05 PM, 2:05pm (8:45 for 08:45)."""
    h, m = (int(v) for v in hhmm.split(":")[:2])
    h12, ampm = h % 12 or 12, "AM" if h < 12 else "PM"
    out = [f"{h:02d}:{m:02d}", f"{h12}:{m:02d} {ampm}", f"{h12}:{m:02d}{ampm.lower()}"]
    if h < 10:
        out.append(f"{h}:{m:02d}")
    return out


def number_words(n: int) -> list[str]:
    return [str(n), ["zero", "one", "two", "three", "four", "five", "six"][n]]


def coloured(cmd: dict[str, Any], colour: str, word: str | None = None) -> list[str]:
    """Texts of runs drawn in ``colour`` (a name from the SGR truth)."""
    out = []
    for line in cmd["lines"]:
        for run in line["runs"]:
            if (
                run["fg"] == colour
                and run["text"].strip()
                and (word is None or word in run["text"])
            ):
                out.append(run["text"].strip())
    return out


def colour_of(cmd: dict[str, Any], text: str) -> str:
    """The colour of the run that is exactly ``text`` (else the first run containing it)."""
    runs = [r for line in cmd["lines"] for r in line["runs"]]
    for run in [r for r in runs if r["text"].strip() == text] + [
        r for r in runs if text in r["text"]
    ]:
        return run["fg"] or "default"
    raise KeyError(f"{text!r} not in the output of {cmd['command']!r}")


def failed_tests(cmd: dict[str, Any]) -> list[str]:
    """Test names on the lines whose FAILED marker is drawn in red."""
    names = []
    for line in cmd["lines"]:
        if any(r["text"].startswith("FAILED") and r["fg"] == "red" for r in line["runs"]):
            m = re.search(r"::(test_\w+)", line["text"])
            if m and m.group(1) not in names:
                names.append(m.group(1))
    return names


def _page(tr: Truth, path: str) -> dict[str, Any]:
    return next(p for p in tr["browser"]["pages"] if p["path"] == path)


def _find(lines: list[str], pattern: str) -> str:
    """The first match of ``pattern`` in truth lines (so every expectation is in the truth)."""
    for line in lines:
        m = re.search(pattern, line)
        if m:
            return m.group(1) if m.groups() else m.group(0)
    raise KeyError(f"{pattern!r} not found in the truth lines")


def build_tests(truths: dict[str, Truth]) -> dict[str, list[dict[str, Any]]]:
    tests: dict[str, list[dict[str, Any]]] = {c: [] for c in CLASSES}

    def add(
        klass: str,
        tr: Truth,
        tid: str,
        question: str,
        tag: str,
        contains: list[str] | None = None,
        excludes: list[str] | None = None,
        state: str = "ok",
        cites: list[dict[str, Any]] | None = None,
    ) -> None:
        expect: dict[str, Any] = {"state": state}
        if contains:
            expect["answer_contains_any"] = list(dict.fromkeys(contains))
        if excludes:
            expect["answer_excludes"] = excludes
        if cites:
            expect["citations"] = cites
        tests[klass].append(
            {
                "id": f"x11-{tid}",
                "question": question,
                "class": klass,
                "tags": [tag],
                "bundle": tr.bundle,
                "now": tr.now,
                "expect": expect,
            }
        )

    def unanswerable(klass: str, tr: Truth, tid: str, question: str) -> None:
        add(klass, tr, tid, question, "unanswerable", state="indeterminate")

    con, br = truths.get("console"), truths.get("browser")
    cal, mail, form = truths.get("calendar"), truths.get("mail"), truths.get("form")

    # -- console ---------------------------------------------------------------------------
    if con:
        roles = con["windows_roles"]
        a, c = roles["tidepool"], roles["harbor_api"]
        ls, pt, gl = con.command("ls"), con.command("pytest_tidepool"), con.command("git_log")
        gr, ph = con.command("grep"), con.command("pytest_harbor")
        m_c = con.stable_minute("harbor-api")
        m_b = con.stable_minute("tidepool-web")
        m_a = con.stable_minute("~/src/tidepool")
        add(
            "window_inventory",
            con,
            "inv-console-terminals",
            f"which terminal windows were open at {m_a}?",
            "canonical",
            [t.split("/")[-1] for t in con.titles_at(con.minute_frame(m_a)) if t == c],
        )
        add(
            "window_inventory",
            con,
            "inv-console-count",
            f"how many windows were open on screen at {m_b}?",
            "canonical",
            number_words(len(con.minute_frame(m_b)["windows"])),
        )
        add(
            "focus_state",
            con,
            "focus-console-harbor",
            f"which window had focus at {m_c}?",
            "canonical",
            [con.minute_frame(m_c)["focused"].split(": ")[-1]],
        )
        add(
            "focus_state",
            con,
            "focus-console-web",
            f"which window was focused at {m_b}?",
            "adversarial",
            ["tidepool-web"],
            excludes=["harbor-api"],
        )
        back = con.frame_label("back to tidepool tests")
        add(
            "focus_state",
            con,
            "focus-console-seconds",
            f"which window had focus at {con.hms(back, 4)}?",
            "adversarial",
            [back["focused"].split(": ")[-1]],
            excludes=["tidepool-web", "harbor-api"],
        )
        unanswerable(
            "focus_state",
            con,
            "focus-console-before",
            f"which window had focus at {con.before_start()}?",
        )
        first_log = con.frame("git_log")
        add(
            "timeline",
            con,
            "time-console-gitlog-first",
            "when did the git log first appear on screen?",
            "canonical",
            con.when(first_log),
            cites=[{"frame_ts": first_log["ts_utc"]}],
        )
        add(
            "timeline",
            con,
            "time-console-failed-then",
            f"which tests failed in the run I was looking at at {m_c}?",
            "adversarial",
            failed_tests(ph),
        )
        last = con.frames[-1]
        prev_focus = [f["focused"] for f in con.frames if f["focused"] != last["focused"]][-1]
        add(
            "timeline",
            con,
            "time-console-before-last",
            "which window was I in just before I switched to the last one?",
            "adversarial",
            [prev_focus.split(": ")[-1]],
            excludes=["tidepool-web", "harbor-api"],
        )
        unanswerable(
            "timeline", con, "time-console-before", f"what was on screen at {con.before_start()}?"
        )
        add(
            "console_color",
            con,
            "color-failed-red",
            "which tidepool tests failed in red?",
            "canonical",
            failed_tests(pt),
        )
        blue = coloured(ls, "blue")
        add(
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
        add(
            "console_color",
            con,
            "color-passed-green",
            "which tidepool tests passed in green?",
            "canonical",
            passed,
            excludes=failed_tests(pt),
        )
        add(
            "console_color",
            con,
            "color-build-sh",
            "what colour was build.sh in the ls listing?",
            "canonical",
            [colour_of(ls, "build.sh")],
        )
        add(
            "console_color",
            con,
            "color-hash-dark",
            "what colour were the commit hashes in the git log graph?",
            "adversarial",
            [colour_of(gl, gl["lines"][0]["text"].split()[1])],
        )
        branch = "feature/retry-budget"
        add(
            "console_color",
            con,
            "color-branch-dark",
            f"what colour was the {branch} branch label in the git log?",
            "adversarial",
            [colour_of(gl, branch)],
        )
        add(
            "console_color",
            con,
            "color-small-harbor",
            "which harbor-api tests were marked FAILED in red?",
            "adversarial",
            failed_tests(ph),
            excludes=failed_tests(pt),
        )
        add(
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
        add(
            "console_color",
            con,
            "color-grep-files",
            "what colour were the file names in the grep output?",
            "adversarial",
            [colour_of(gr, "src/fetch.js")],
        )
        unanswerable(
            "console_color", con, "color-docker", "what colour was the docker build error?"
        )
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

        add(
            "console_color",
            con,
            "bold-ls-entries",
            "which entries did ls show in bold?",
            "canonical",
            ls_bold,
            excludes=ls_regular,
        )
        add(
            "console_color",
            con,
            "bold-ls-exec",
            f"was {ls_bold[0]} shown in bold in the ls listing?",
            "canonical",
            weight_word(ls, ls_bold[0]),
        )
        add(
            "console_color",
            con,
            "bold-ls-regular",
            f"was {min(ls_regular, key=len)} shown in bold in the ls listing?",
            "adversarial",
            weight_word(ls, min(ls_regular, key=len)),
        )
        add(
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
            r["text"].strip("= ")
            for ln in ph["lines"]
            for r in ln["runs"]
            if "summary" in r["text"]
        )
        add(
            "console_color",
            con,
            "bold-small-summary",
            f"was '{summary}' shown in bold in the harbor-api terminal?",
            "adversarial",
            weight_word(ph, summary),
        )
        unanswerable(
            "console_color", con, "bold-docker", "was the docker build error shown in bold?"
        )
        add(
            "cross_window",
            con,
            "cross-gitlog",
            "which window showed the git log?",
            "canonical",
            ["tidepool-web"],
        )
        add(
            "cross_window",
            con,
            "cross-token-refresh",
            "which window showed test_token_refresh_expired failing?",
            "canonical",
            ["harbor-api"],
        )
        add(
            "cross_window",
            con,
            "cross-station-csv",
            "in which terminal did test_parse_station_csv fail?",
            "adversarial",
            [a.split(": ")[-1]],
            excludes=["harbor-api", "tidepool-web"],
        )
        add(
            "lookup",
            con,
            "lookup-merge",
            "what was the merge commit's message in the git log?",
            "canonical",
            [_find([ln["text"] for ln in gl["lines"]], r"(Merge branch '[^']+')")],
        )
        unanswerable(
            "cross_window", con, "cross-grafana", "which window showed the Grafana dashboard?"
        )

    # -- browser ---------------------------------------------------------------------------
    if br:
        tabs = br["browser"]["tabs"]
        host = tabs[0]["url"].split("//", 1)[1].split("/", 1)[0]
        by_path = {t["path"]: t for t in tabs}
        tok_frame = br.frame("tab:/api/tokens.html")
        m_tok = br.stable_minute("API tokens")
        add(
            "browser_chrome",
            br,
            "tab-active-minute",
            f"which tab was active in the browser at {m_tok}?",
            "canonical",
            [by_path["/api/tokens.html"]["title"].split(" · ")[0]],
        )
        add(
            "browser_chrome",
            br,
            "url-config",
            "what was the URL of the configuration reference page?",
            "canonical",
            [host + "/configuration.html"],
        )
        add(
            "browser_chrome",
            br,
            "tabs-open",
            "what tabs were open in the browser?",
            "canonical",
            [tabs[2]["title"].split(" · ")[0]],
        )
        add(
            "browser_chrome",
            br,
            "url-typed",
            "what URL did I type into the new tab?",
            "canonical",
            [host + "/troubleshooting.html"],
        )
        log_frame = br.frame("server_log")
        add(
            "browser_chrome",
            br,
            "tab-active-behind",
            f"which page was the browser showing at {br.hms(log_frame, 3)}?",
            "adversarial",
            [log_frame["browser"]["window_title"].split(" · ")[0]],
        )
        add(
            "browser_chrome",
            br,
            "url-dark",
            "what was the address of the API tokens page?",
            "adversarial",
            [host + "/api/tokens.html"],
        )
        ch = br.frame("tab:/changelog.html")
        add(
            "browser_chrome",
            br,
            "tab-seconds",
            f"which tab was active at {br.hms(ch, 1)}?",
            "adversarial",
            ["Changelog"],
            excludes=["API tokens"],
        )
        unanswerable("browser_chrome", br, "url-pricing", "what was the URL of the pricing page?")
        add(
            "window_inventory",
            br,
            "inv-browser",
            f"which windows were open at {m_tok}?",
            "adversarial",
            ["Chromium", "chromium"],
        )
        add(
            "focus_state",
            br,
            "focus-browser",
            f"which window was active at {br.hms(tok_frame, 2)}?",
            "canonical",
            [tok_frame["focused"].split(" · ")[0]],
        )
        add(
            "timeline",
            br,
            "time-browser-reading",
            f"what was I reading in the browser at {m_tok}?",
            "canonical",
            [_page(br, "/api/tokens.html")["lines"][1]],
        )
        inst, conf = _page(br, "/install.html"), _page(br, "/configuration.html")
        add(
            "lookup",
            br,
            "lookup-python",
            "which Python version does Quillmate need?",
            "canonical",
            [_find(inst["lines"], r"Python (\d+\.\d+)")],
        )
        add(
            "lookup",
            br,
            "lookup-sync-interval",
            "what is the default sync_interval?",
            "canonical",
            [_find(conf["lines"], r"sync_interval\s+(\d+)")],
        )
        add(
            "lookup",
            br,
            "lookup-q104",
            "what does error Q-104 mean?",
            "canonical",
            [
                _find(
                    _page(br, "/troubleshooting.html")["lines"],
                    r"means (the storage path is not writable)",
                )
            ],
        )
        add(
            "lookup",
            br,
            "lookup-port",
            "which port does Quillmate listen on by default?",
            "adversarial",
            [_find(inst["lines"], r"port (\d+)")],
            excludes=[host.split(":")[1]],
        )
        add(
            "lookup",
            br,
            "lookup-retention",
            "how many days does the trash keep deleted notes by default?",
            "adversarial",
            [_find(conf["lines"], r"retention_days\s+(\d+)")],
            excludes=["30 days"],
        )
        add(
            "lookup",
            br,
            "lookup-token-expiry",
            "how long do API tokens last?",
            "adversarial",
            [_find(_page(br, "/api/tokens.html")["lines"], r"after (\d+ days)")],
        )
        add(
            "lookup",
            br,
            "lookup-changelog-small",
            "what was fixed in Quillmate 3.2.4?",
            "adversarial",
            [_find(_page(br, "/changelog.html")["lines"], r"Fixed (sync stalling)")],
        )
        unanswerable("lookup", br, "lookup-q205", "what does error Q-205 mean?")
        unanswerable(
            "window_inventory",
            br,
            "inv-browser-before",
            f"which windows were open at {br.before_start()}?",
        )

    # -- calendar --------------------------------------------------------------------------
    if cal:
        apts = cal["calendar"]["appointments"]

        def apt(word: str) -> dict[str, str]:
            return next(x for x in apts if word in x["title"])

        add(
            "calendar",
            cal,
            "cal-dentist",
            "when does the dentist appointment start?",
            "canonical",
            clock_variants(apt("Dentist")["start"]),
        )
        add(
            "calendar",
            cal,
            "cal-lena",
            "what time is my 1:1 with Lena?",
            "canonical",
            clock_variants(apt("1:1 with Lena")["start"]),
        )
        add(
            "calendar",
            cal,
            "cal-vendor",
            "when is the vendor call with Brightline Logistics?",
            "canonical",
            clock_variants(apt("Brightline")["start"]),
        )
        add(
            "calendar",
            cal,
            "cal-lunch-end",
            "when does lunch with Ibrahim end?",
            "canonical",
            clock_variants(apt("Lunch with Ibrahim")["end"]),
        )
        add(
            "calendar",
            cal,
            "cal-budget",
            "what time is the budget review?",
            "adversarial",
            clock_variants(apt("Budget review FY27")["start"]),
            excludes=[apt("follow-up")["start"], "10:00"],
        )
        add(
            "calendar",
            cal,
            "cal-standup",
            "when does the payments standup start?",
            "adversarial",
            clock_variants(apt("Standup")["start"]),
            excludes=["09:15"],
        )
        add(
            "calendar",
            cal,
            "cal-interview",
            "when is the interview with the backend candidate?",
            "adversarial",
            clock_variants(apt("Interview")["start"]),
        )
        unanswerable("calendar", cal, "cal-board", "when is the board meeting?")
        unanswerable("calendar", cal, "cal-flight", "what time is my flight to Lisbon?")
        notes_f = cal.frame("notes")
        add(
            "timeline",
            cal,
            "time-cal-notes",
            "when did I look at last week's notes?",
            "canonical",
            cal.when(notes_f),
        )
        ag = cal.frame("agenda")
        add(
            "window_inventory",
            cal,
            "inv-cal-hidden",
            f"which windows were open at {cal.hms(ag, 5)}?",
            "adversarial",
            [cal["calendar"]["distractor_notes"]["window"].split(": ")[-1]],
        )
        add(
            "window_inventory",
            cal,
            "inv-cal-app",
            "which program was the calendar running in?",
            "canonical",
            ["calcurse", "xterm"],
        )
        add(
            "cross_window",
            cal,
            "cross-calendar",
            "which window showed today's appointments?",
            "canonical",
            ["calcurse"],
        )
        add(
            "cross_window",
            cal,
            "cross-northwind",
            "which window mentioned the Northwind Freight vendor call?",
            "adversarial",
            [cal["calendar"]["distractor_notes"]["window"].split(": ")[-1]],
            excludes=["calcurse"],
        )

    # -- mail and chat ---------------------------------------------------------------------
    if mail:
        chat = mail["chat"]["messages"]
        mails = mail["mail"]["messages"]

        def chat_shown(m: dict[str, str]) -> dict[str, str]:
            """A chat message a frame shows: the log is on screen and its line fits in less."""
            rows = mail["chat"].get("window_rows", 16) - 1
            if not any("chat" in f["shows"] for f in mail.frames) or chat.index(m) + 1 >= rows:
                raise KeyError(f"no recorded frame shows the chat line {m['body']!r}")
            return m

        def mail_shown(m: dict[str, Any]) -> dict[str, Any]:
            """A mail whose body some recorded frame shows opened (not only its index row)."""
            key = f"mail:{mails.index(m)}"
            if not any(key in f["shows"] for f in mail.frames):
                raise KeyError(f"no recorded frame opens the mail {m['subject']!r} ({key})")
            return m

        def said(who: str, word: str) -> dict[str, str]:
            return chat_shown(next(m for m in chat if m["sender"] == who and word in m["body"]))

        def mailed(who: str, word: str) -> dict[str, Any]:
            return mail_shown(
                next(m for m in mails if m["from"].startswith(who) and word in m["body"])
            )

        def answers(m: dict[str, str]) -> dict[str, str]:
            """The chat message ``m`` replies to, by the log's own conventions: the last line
            of the nick it addresses ("omar: ..."), else the last line put to its sender by
            name ("priya, is ...?") since that sender last spoke."""
            k = chat.index(m)
            nick = re.match(r"(\w+): ", m["body"])
            for p in chat[:k][::-1]:
                if nick and p["sender"] == nick.group(1):
                    return chat_shown(p)
                if not nick and p["sender"] == m["sender"]:
                    break
                if not nick and re.match(rf"{m['sender']}[,:] ", p["body"]):
                    return chat_shown(p)
            raise KeyError(f"the log shows no message that {m['body']!r} answers")

        def quoted_reply(m: dict[str, Any]) -> tuple[str, dict[str, Any]]:
            """A mail's own words (quoted lines left out) and the shown mail it replies to."""
            own = "\n".join(ln for ln in m["body"].splitlines() if not ln.startswith(">"))
            parent = next(p for p in mails if p["message_id"] == m["in_reply_to"])
            return own, mail_shown(parent)

        def context_only(topic: str, own: str, carrier: str) -> str:
            """``topic`` is what the question asks about: in the message replied to, not in
            the reply's own words (else the question would not test conversation context)."""
            if topic.lower() in own.lower() or topic.lower() not in carrier.lower():
                raise KeyError(f"{topic!r} is not carried only by context")
            return topic

        add(
            "chat",
            mail,
            "chat-freeze",
            "what did Dana say about the code freeze?",
            "canonical",
            [_find([said("dana", "freeze")["body"]], r"(tomorrow at \d\d:\d\d)")],
        )
        add(
            "chat",
            mail,
            "chat-staging",
            "until when is the staging database read-only?",
            "canonical",
            clock_variants(_find([said("priya", "read-only")["body"]], r"until (\d\d:\d\d)")),
        )
        add(
            "chat",
            mail,
            "mail-kenji",
            "when did Kenji say he would finish the migration review?",
            "canonical",
            [_find([mailed("Kenji", "review")["body"]], r"by (\w+ noon)")],
        )
        add(
            "chat",
            mail,
            "mail-release",
            "what did Dana's email say about the 4.3 release?",
            "canonical",
            [_find([mailed("Dana", "release")["body"]], r"(moving to \w+)")],
        )
        add(
            "chat",
            mail,
            "mail-invoice-amount",
            "what is the amount of invoice INV-2211?",
            "adversarial",
            [_find([mailed("Priya", "Correction")["body"]], r"is ([\d,.]+\d)")],
        )
        add(
            "chat",
            mail,
            "chat-invoice-owner",
            "who is handling the Harbor Co invoice?",
            "adversarial",
            [said("priya", "INV-2211")["sender"]],
        )
        add(
            "chat",
            mail,
            "chat-lena-draft",
            "what did Lena say she would have ready by 16:00?",
            "adversarial",
            ["draft"],
        )
        # Replies whose topic is only in what they answer: the answer cites both.
        take = said("kenji", "after lunch")
        asked = answers(take)
        topic = context_only("VPN firewall rules", take["body"], asked["body"])
        add(
            "chat",
            mail,
            "chat-reply-nick",
            f"what did Kenji say about the {topic}?",
            "canonical",
            [_find([take["body"]], r"(take it after lunch)")],
            excludes=[_find([said("ibrahim", "firewall")["body"]], r"(went live \w+)")],
            cites=[
                {"text_contains": _find([take["body"]], r"(after lunch)")},
                {"text_contains": _find([asked["body"]], r"(VPN firewall)")},
            ],
        )
        ok = said("priya", "approved")
        put = answers(ok)
        topic = context_only("Harbor Co refund", ok["body"], put["body"])
        add(
            "chat",
            mail,
            "chat-reply-refund",
            f"what did Priya say about the {topic}?",
            "adversarial",
            [_find([ok["body"]], r"(approved this morning)")],
            excludes=[_find([said("omar", "refund")["body"]], r"(waiting on \w+)")],
            cites=[
                {"text_contains": _find([ok["body"]], r"(approved this morning)")},
                {"text_contains": _find([put["body"]], r"(Harbor Co refund)")},
            ],
        )
        rota = mailed("Lena", "put me down")
        own, parent = quoted_reply(rota)
        topic = context_only("support rota", own, parent["body"])
        add(
            "chat",
            mail,
            "mail-reply-quote",
            f"what did Lena write about the {topic}?",
            "canonical",
            [_find([own], r"(put me down)")],
            cites=[
                {"text_contains": _find([own], r"(put me down)")},
                {"text_contains": "support rota"},
            ],
        )
        # A clock time in what was said is content, not a time filter on the screens.
        dentist = _find([own], r"(at the dentist until \d\d:\d\d)")
        add(
            "chat",
            mail,
            "mail-said-until",
            f"who wrote that they would be {dentist}?",
            "adversarial",
            [rota["from"].split()[0]],
            excludes=[said("dana", "frozen")["sender"]],
        )
        unanswerable("chat", mail, "chat-marco", "what did Marco say about the backfill?")
        m_chat = mail.stable_minute("irclogs")
        add(
            "focus_state",
            mail,
            "focus-chat",
            f"which window had focus at {m_chat}?",
            "canonical",
            ["irclogs"],
            excludes=["mutt"],
        )
        read = mail.frame("mail:5")
        add(
            "timeline",
            mail,
            "time-mail-correction",
            "when did I read Priya's correction?",
            "canonical",
            mail.when(read),
        )
        first_chat = mail.frame("chat")
        before_chat = mail.state_at(first_chat["dt"] - timedelta(seconds=1))
        add(
            "timeline",
            mail,
            "time-before-chat",
            "what was I looking at just before the chat log?",
            "adversarial",
            ["mutt", mailed("Dana", "release")["subject"]],
        )
        del before_chat
        add(
            "cross_window",
            mail,
            "cross-freeze-chat",
            "which window showed the chat about the code freeze?",
            "canonical",
            ["irclogs"],
        )
        add(
            "cross_window",
            mail,
            "cross-invoice-mail",
            "in which window did I read Priya's email about invoice INV-2211?",
            "adversarial",
            ["mutt"],
            excludes=["irclogs"],
        )
        add(
            "window_inventory",
            mail,
            "inv-mail-count",
            f"how many windows were open at {m_chat}?",
            "canonical",
            number_words(len(mail.minute_frame(m_chat)["windows"])),
        )
        unanswerable("window_inventory", mail, "inv-mail-slack", "which Slack channels were open?")
        unanswerable(
            "timeline",
            mail,
            "time-mail-yesterday",
            f"what was on screen yesterday at {mail.hms(read)[:5]}?",
        )

    # -- form ------------------------------------------------------------------------------
    if form:
        f1, f2 = form["forms"]
        v1 = {f["label"]: f["value"] for f in f1["fields"]}
        v2 = {f["label"]: f["value"] for f in f2["fields"]}
        contacts = form["distractor_contacts"]["lines"]
        add(
            "form_kv",
            form,
            "form-email",
            "what was in the Email field of the customer form?",
            "canonical",
            [v1["Email"]],
        )
        add(
            "form_kv",
            form,
            "form-phone",
            "what phone number was entered in the form?",
            "canonical",
            [v1["Phone"], v1["Phone"].replace("+46 ", "")],
        )
        add(
            "form_kv",
            form,
            "form-order",
            "what order number was entered?",
            "canonical",
            [v1["Order number"]],
        )
        add(
            "form_kv",
            form,
            "form-company",
            "what company was entered for the new customer?",
            "canonical",
            [v1["Company"]],
        )
        add(
            "form_kv",
            form,
            "form-maya-email",
            "what is Maya's email address?",
            "adversarial",
            [v1["Email"]],
            excludes=[_find(contacts, r"(maya\.larsen@[\w.]+)")],
        )
        add(
            "form_kv",
            form,
            "form-postal",
            "what postal code was entered in the shipping form?",
            "adversarial",
            [v2["Postal code"]],
        )
        add(
            "form_kv",
            form,
            "form-city",
            "which city was in the shipping address?",
            "adversarial",
            [v2["City"], v2["City"].replace("ö", "o")],
        )
        add(
            "form_kv",
            form,
            "form-delivery",
            "what were the delivery instructions?",
            "adversarial",
            [v2["Delivery instructions"].split(",")[0]],
            excludes=[v1["Notes"]],
        )
        unanswerable("form_kv", form, "form-vat", "what was entered in the VAT number field?")
        unanswerable("form_kv", form, "form-birth", "what was the customer's date of birth?")
        m_form = form.stable_minute("New customer")
        m_ship = form.stable_minute("Shipping address")
        add(
            "focus_state",
            form,
            "focus-form",
            f"which window was focused at {m_form}?",
            "canonical",
            [f1["title"].split(" - ")[0]],
        )
        add(
            "focus_state",
            form,
            "focus-form-dark",
            f"which window had focus at {m_ship}?",
            "adversarial",
            [f2["title"].split(" - ")[0]],
            excludes=[f1["title"]],
        )
        add(
            "timeline",
            form,
            "time-form-which",
            f"which form was I filling in at {m_ship}?",
            "adversarial",
            [f2["title"].split(" - ")[0]],
        )
        empty = form.frame("form1:0")
        add(
            "window_inventory",
            form,
            "inv-form-before-ship",
            f"which windows were open at {m_form}?",
            "adversarial",
            [f1["title"].split(" - ")[0]],
            excludes=[f2["title"].split(" - ")[0]],
        )
        add(
            "window_inventory",
            form,
            "inv-form-first",
            f"what windows were on screen at {form.hms(empty, 2)}?",
            "canonical",
            [form["distractor_contacts"]["window"].split(": ")[-1]],
        )
        add(
            "cross_window",
            form,
            "cross-maja",
            "where did I see Maja Lindgren's email address?",
            "adversarial",
            [form["distractor_contacts"]["window"].split(": ")[-1]],
            excludes=[f1["title"].split(" - ")[0]],
        )
        add(
            "cross_window",
            form,
            "cross-order",
            "which window showed the order number ORD-2026-11873?",
            "canonical",
            [f1["title"].split(" - ")[0]],
        )
        add(
            "lookup",
            form,
            "lookup-contact-phone",
            "what was Mats Lind's phone number?",
            "canonical",
            [_find(contacts, r"Mats Lind,[^,]+,([^,]+),")],
        )
    # The value is printed on screen as it is expected: a citation must contain it.
    for klass_tests in tests.values():
        for t in klass_tests:
            if t["id"].removeprefix("x11-") in CITED_AS_IS and "citations" not in t["expect"]:
                t["expect"]["citations"] = [
                    {"text_contains": t["expect"]["answer_contains_any"][0]}
                ]
    return tests


CITED_AS_IS = {
    "form-email", "form-order", "form-postal", "cal-dentist", "cal-vendor", "chat-freeze",
    "mail-release", "lookup-python", "lookup-sync-interval", "url-config", "lookup-merge",
    "color-failed-red",
}  # fmt: skip


def write_suites(out: Path, suites_dir: Path) -> list[Path]:
    truths = {p.parent.name: Truth(p) for p in sorted(out.glob("*/truth.json"))}
    if not truths:
        raise SystemExit(f"no truth.json under {out}")
    tz = {t["timezone"] for t in truths.values()}
    if len(tz) != 1:
        raise SystemExit(f"scenarios recorded in different time zones: {sorted(tz)}")
    import yaml

    suites_dir.mkdir(parents=True, exist_ok=True)
    zone = tz.pop()
    rel = os.path.relpath(out, suites_dir)
    written = []
    for klass, tests in build_tests(truths).items():
        if not tests:
            continue
        for t in tests:
            t["bundle"] = t["bundle"].replace("x11/", rel.rstrip("/") + "/", 1)
        tags = [t["tags"][0] for t in tests]
        counts = {k: tags.count(k) for k in ("canonical", "adversarial", "unanswerable")}
        doc = {
            "suite": f"x11_{klass}",
            "description": (
                f"{klass} questions over bundles recorded from real programs on Xvfb by "
                "scripts/record_eval_bundles.py; expectations come from each scenario's "
                "truth.json (programs and X server, never OCR). "
                + ", ".join(f"{n} {k}" for k, n in counts.items())
            ),
            "timezone": zone,
            "tests": tests,
        }
        path = suites_dir / f"x11_{klass}.yaml"
        header = (
            "# Generated by scripts/record_eval_bundles.py from evals/x11/*/truth.json;"
            " re-run it (--suites-only) instead of editing.\n"
        )
        path.write_text(
            header
            + yaml.safe_dump(
                doc, sort_keys=False, width=100, allow_unicode=True, default_flow_style=None
            )
        )
        written.append(path)
    return written


@contextlib.contextmanager
def desktop() -> Iterator[XDesktop]:
    with XDesktop(width=SCREEN[0], height=SCREEN[1]) as desk:
        yield desk


def record(out: Path, names: list[str], tz: str, pace: float) -> None:
    missing = missing_x_tools() + [t for n in names for t in NEEDS[n] if shutil.which(t) is None]
    if missing:
        raise SystemExit(f"cannot record: missing {', '.join(sorted(set(missing)))}")
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        log(f"scenario {name}")
        work = Path(tempfile.mkdtemp(prefix=f"evrec-{name}-"))
        try:
            with desktop() as desk:
                rec = Recorder(desk, out, name, tz, pace, work)
                try:
                    SCENARIOS[name](rec)
                finally:
                    rec.close()
        finally:
            shutil.rmtree(work, ignore_errors=True)
        size = sum(p.stat().st_size for p in (out / name).rglob("*") if p.is_file())
        log(f"scenario {name}: {len(rec.frames)} frames, {size / 1e6:.2f} MB")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=REPO / "evals" / "x11")
    ap.add_argument("--scenario", action="append", choices=sorted(SCENARIOS))
    ap.add_argument("--tz", default=DEFAULT_TZ, help="time zone of the programs and suites")
    ap.add_argument("--pace", type=float, default=1.0, help="scale of the pauses between steps")
    ap.add_argument(
        "--suites-dir",
        type=Path,
        default=None,
        help="where to write x11_<class>.yaml (default: the parent of --out)",
    )
    ap.add_argument("--no-suites", action="store_true", help="record only")
    ap.add_argument("--suites-only", action="store_true", help="write suites from truth only")
    args = ap.parse_args(argv)
    out = args.out.resolve()
    if not args.suites_only:
        record(out, args.scenario or list(SCENARIOS), args.tz, args.pace)
    if not args.no_suites:
        for path in write_suites(out, (args.suites_dir or out.parent).resolve()):
            log(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
