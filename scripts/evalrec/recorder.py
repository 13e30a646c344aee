"""Recording session: one scenario on one desktop (terminals, frames, window facts, truth)."""

from __future__ import annotations

import contextlib
import io
import itertools
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from autocapture.capture.bundle_writer import BundleWriter
from autocapture.capture.x11 import XSession
from autocapture.records import format_ts
from tests.xdesktop import XDesktop

from .constants import HOLD, TRUTH_FORMAT
from .content_sets import Content
from .progress import log
from .sgr import parse_sgr


def optimised_png(rgb: bytes, size: tuple[int, int]) -> bytes:
    from PIL import Image

    img = Image.frombytes("RGB", size, rgb)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


class Recorder:
    """One scenario on one desktop: its bundle, its terminals and its truth."""

    def __init__(
        self,
        desk: XDesktop,
        out: Path,
        name: str,
        tz: str,
        pace: float,
        work: Path,
        content: Content,
    ) -> None:
        import mss

        self.desk = desk
        self.content = content
        self.user: str = content.profile.USER
        self.host: str = content.profile.HOST
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
        self.home = work / "home" / self.user
        self.home.mkdir(parents=True, exist_ok=True)
        self.frames: list[dict[str, Any]] = []
        self.terminals: dict[str, dict[str, Any]] = {}
        self.commands: list[dict[str, Any]] = []
        self.truth: dict[str, Any] = {}
        self.procs: list[subprocess.Popen[Any]] = []

    def close(self) -> None:
        if self.frames:  # bundle.json: ended_utc, capture ran until the recording ended
            self.writer.close()
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
            USER=self.user,
            LOGNAME=self.user,
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
            # the environment running the recorder (pytest for the console scenario): a
            # worktree has no .venv of its own
            PATH=f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin",
            PYTHONDONTWRITEBYTECODE="1",
            NO_AT_BRIDGE="1",
        )
        for k in ("LS_COLORS", "GREP_COLORS", "GREP_COLOR", "VIRTUAL_ENV", "PYTHONPATH"):
            env.pop(k, None)
        env.update(extra)
        (self.work / "run").mkdir(mode=0o700, exist_ok=True)
        return env

    # -- terminals ----------------------------------------------------------------------
    def prompt_title(self, where: str) -> str:
        """A terminal's title: ``user@host: where`` (``where`` as the prompt shows it)."""
        return f"{self.user}@{self.host}: {where}"

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
            f"PS1='{self.user}@{self.host}:\\w$ ' "
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
            "screen": list(self.content.profile.SCREEN),
            "content": self.content.name,
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
