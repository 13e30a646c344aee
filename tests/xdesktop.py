"""A real, throw-away X desktop for tests and benchmarks: Xvfb, openbox, xterms, xdotool.

    with XDesktop() as desk:
        desk.xterm("alpha", "echo hello; sleep 600", geometry="80x24+20+20")
        desk.focus("alpha")
        assert desk.active_window() == desk.window_id("alpha")

Every child (Xvfb, openbox, xterms) runs in its own process group and is killed on exit.
Nothing on disk is removed except this helper's own temporary log directory. Needs the
``Xvfb``, ``openbox``, ``xdotool`` and ``xterm`` programs and python-xlib.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

X_TOOLS = ("Xvfb", "openbox", "xdotool", "xterm")
FIRST_DISPLAY = 90
LAST_DISPLAY = 299
OPENBOX_RC = Path("/etc/xdg/openbox/rc.xml")
XTERM_FACE = "DejaVu Sans Mono"  # scalable font: OCR reads it far better than the bitmap 'fixed'
_ERE_SPECIALS = set(".[]{}()\\*+?^$|")


class XDesktopError(RuntimeError):
    """The desktop (or a window on it) did not come up in time."""


def missing_x_tools() -> list[str]:
    """Programs or modules this helper needs that are not installed (empty when all present)."""
    missing = [tool for tool in X_TOOLS if shutil.which(tool) is None]
    try:
        import Xlib.display  # noqa: F401
    except ImportError:
        missing.append("python-xlib")
    return missing


def require_x_tools() -> None:
    """``pytest.skip`` the caller when Xvfb, openbox, xdotool, xterm or python-xlib is missing."""
    missing = missing_x_tools()
    if missing:
        import pytest

        pytest.skip(f"X desktop tests need {', '.join(missing)} (not installed)")


def title_regex(title: str) -> str:
    """An anchored POSIX extended regex matching exactly ``title`` (xdotool's --name syntax).

    xdotool matches case-insensitively, so 'alpha' also matches a window titled 'ALPHA'.
    """
    return "^" + "".join("\\" + c if c in _ERE_SPECIALS else c for c in title) + "$"


def _display_in_use(n: int) -> bool:
    """True when display ``:n`` has a lock held by a live process or a socket without a lock."""
    lock = Path(f"/tmp/.X{n}-lock")
    sock = Path(f"/tmp/.X11-unix/X{n}")
    if lock.exists():
        try:
            pid = int(lock.read_text().strip())
        except (OSError, ValueError):
            return True  # unreadable or half-written: someone is starting a server there
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False  # stale lock (server was SIGKILLed): Xvfb removes it itself
        except PermissionError:
            return True
        return True
    return sock.exists()


def _lock_pid(n: int) -> int | None:
    """The pid in display ``:n``'s lock file: the server that owns the display."""
    try:
        return int(Path(f"/tmp/.X{n}-lock").read_text().strip())
    except (OSError, ValueError):
        return None


def _kill_group(proc: subprocess.Popen[Any], grace: float = 3.0) -> None:
    """SIGTERM the process group of ``proc``, then SIGKILL it if it lingers; reap ``proc``."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=grace)
    # The leader may be gone while others in its group (e.g. the xterm's shell) live on.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=grace)


class XDesktop:
    """Context manager running ``Xvfb :N`` with openbox on it.

    Attributes after ``__enter__``: ``display`` (":N"), ``number`` (N), ``env`` (a copy of
    ``os.environ`` with ``DISPLAY`` set), ``width`` and ``height``.
    """

    def __init__(
        self,
        width: int = 1280,
        height: int = 800,
        depth: int = 24,
        window_manager: bool = True,
        first_display: int = FIRST_DISPLAY,
        start_timeout: float = 20.0,
    ) -> None:
        self.width = width
        self.height = height
        self.depth = depth
        self.window_manager = window_manager
        self.first_display = first_display
        self.start_timeout = start_timeout
        self.number = -1
        self.display = ""
        self.env: dict[str, str] = {}
        self.xvfb: subprocess.Popen[bytes] | None = None
        self.wm: subprocess.Popen[bytes] | None = None
        self.children: list[subprocess.Popen[bytes]] = []
        self.titles: dict[str, subprocess.Popen[bytes]] = {}
        self._logdir: Path | None = None
        self._xlib: Any = None  # Xlib.display.Display, opened lazily

    # ---- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> XDesktop:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def start(self) -> None:
        """Start Xvfb on the first free display from ``first_display`` up, then openbox."""
        missing = missing_x_tools()
        if missing:
            raise XDesktopError(f"cannot start an X desktop: missing {', '.join(missing)}")
        self._logdir = Path(tempfile.mkdtemp(prefix="xdesktop-"))
        tried: list[str] = []
        for n in range(self.first_display, LAST_DISPLAY + 1):
            if _display_in_use(n):
                continue
            if self._start_xvfb(n):
                break
            tried.append(f":{n}: {self._log_tail('xvfb')}")
        else:
            raise XDesktopError("no free X display could be started; " + " | ".join(tried[-3:]))
        if self.window_manager:
            self._start_openbox()

    def _start_xvfb(self, n: int) -> bool:
        """Try to run Xvfb on ``:n``; True once it accepts connections, False if it exited."""
        assert self._logdir is not None
        cmd = [
            "Xvfb",
            f":{n}",
            "-screen",
            "0",
            f"{self.width}x{self.height}x{self.depth}",
            "-nolisten",
            "tcp",
            "-noreset",  # no server reset (and loss of root properties) when clients come and go
        ]
        with open(self._logdir / "xvfb.log", "wb") as log:
            proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + self.start_timeout
        import Xlib.display
        import Xlib.error

        while time.monotonic() < deadline:
            if proc.poll() is not None:
                return False  # e.g. "Server is already active for display n": try the next one
            try:
                probe = Xlib.display.Display(f":{n}")
            except (Xlib.error.DisplayError, Xlib.error.ConnectionClosedError, OSError):
                time.sleep(0.05)
                continue
            probe.close()
            if _lock_pid(n) != proc.pid or proc.poll() is not None:
                # Another Xvfb started on :n at the same moment (recordings run in parallel)
                # answered the probe; ours lost the lock and is exiting: try the next display.
                _kill_group(proc)
                return False
            self.xvfb = proc
            self.number = n
            self.display = f":{n}"
            self.env = dict(os.environ)
            self.env["DISPLAY"] = self.display
            self.env.pop("WAYLAND_DISPLAY", None)
            return True
        _kill_group(proc)
        raise XDesktopError(f"Xvfb :{n} did not accept connections: {self._log_tail('xvfb')}")

    def _start_openbox(self) -> None:
        """Run openbox with the system rc.xml (not the user's); wait until it manages the root."""
        assert self._logdir is not None
        cmd = ["openbox", "--sm-disable"]
        if OPENBOX_RC.exists():
            cmd += ["--config-file", str(OPENBOX_RC)]
        env = dict(self.env)
        env["XDG_CACHE_HOME"] = str(self._logdir / "cache")  # keep openbox's files out of $HOME
        with open(self._logdir / "openbox.log", "wb") as log:
            self.wm = subprocess.Popen(
                cmd,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.wm.poll() is not None:
                raise XDesktopError(f"openbox exited: {self._log_tail('openbox')}")
            if self.wm_name():
                return
            time.sleep(0.05)
        raise XDesktopError(f"openbox did not take the screen: {self._log_tail('openbox')}")

    def close(self) -> None:
        """Kill every child's process group (xterms, openbox, then Xvfb) and reap them."""
        if self._xlib is not None:
            with contextlib.suppress(Exception):
                self._xlib.close()
            self._xlib = None
        for proc in reversed(self.children):
            _kill_group(proc)
        self.children.clear()
        self.titles.clear()
        if self.wm is not None:
            _kill_group(self.wm)
            self.wm = None
        if self.xvfb is not None:
            _kill_group(self.xvfb)
            self.xvfb = None
        if self._logdir is not None:
            shutil.rmtree(self._logdir, ignore_errors=True)
            self._logdir = None

    def kill_x(self) -> None:
        """SIGKILL the X server at once (the 'X server goes away' case). Clients lose the
        connection; a stale /tmp/.X{n}-lock stays behind, which the next Xvfb replaces."""
        if self._xlib is not None:
            with contextlib.suppress(Exception):
                self._xlib.close()
            self._xlib = None
        if self.xvfb is not None and self.xvfb.poll() is None:
            os.killpg(self.xvfb.pid, signal.SIGKILL)
            self.xvfb.wait(timeout=10)

    def _log_tail(self, name: str, limit: int = 600) -> str:
        if self._logdir is None:
            return ""
        try:
            text = (self._logdir / f"{name}.log").read_text(errors="replace")
        except OSError:
            return ""
        return text[-limit:].strip().replace("\n", " / ")

    # ---- X queries -----------------------------------------------------------------------------

    @property
    def xlib(self) -> Any:
        """A python-xlib ``Display`` connected to this desktop (one per XDesktop, reused)."""
        if self._xlib is None:
            import Xlib.display

            self._xlib = Xlib.display.Display(self.display)
        return self._xlib

    def _root_property(self, name: str) -> list[int]:
        import Xlib.X

        d = self.xlib
        prop = d.screen().root.get_full_property(d.intern_atom(name), Xlib.X.AnyPropertyType)
        return list(prop.value) if prop is not None else []

    def wm_name(self) -> str | None:
        """The window manager's name once it has set ``_NET_SUPPORTING_WM_CHECK``, else None."""
        import Xlib.X

        check = self._root_property("_NET_SUPPORTING_WM_CHECK")
        if not check:
            return None
        d = self.xlib
        win = d.create_resource_object("window", check[0])
        try:
            prop = win.get_full_property(d.intern_atom("_NET_WM_NAME"), Xlib.X.AnyPropertyType)
        except Exception:  # the check window may be gone (WM restarting)
            return None
        if prop is None:
            return "unknown"
        value = prop.value
        return value.decode(errors="replace") if isinstance(value, bytes) else str(value)

    def active_window(self) -> int | None:
        """``_NET_ACTIVE_WINDOW`` on the root (the client window the WM considers focused)."""
        value = self._root_property("_NET_ACTIVE_WINDOW")
        return value[0] if value and value[0] else None

    def stacking(self) -> list[int]:
        """Client windows bottom-to-top (``_NET_CLIENT_LIST_STACKING``)."""
        return self._root_property("_NET_CLIENT_LIST_STACKING")

    def geometry(self, title: str) -> tuple[int, int, int, int]:
        """The client area of the window titled ``title`` in root coordinates (x1, y1, x2, y2),
        without the WM's frame and title bar."""
        d = self.xlib
        win = d.create_resource_object("window", self.window_id(title))
        geom = win.get_geometry()
        origin = win.translate_coords(d.screen().root, 0, 0)  # root's origin in win coords
        x, y = -origin.x, -origin.y
        return (x, y, x + geom.width, y + geom.height)

    def screenshot(self) -> Any:
        """The whole root window as a PIL RGB image, straight from the X server."""
        import Xlib.X
        from PIL import Image

        root = self.xlib.screen().root
        raw = root.get_image(0, 0, self.width, self.height, Xlib.X.ZPixmap, 0xFFFFFFFF)
        return Image.frombytes("RGB", (self.width, self.height), raw.data, "raw", "BGRX")

    def screen_hash(self) -> str:
        return hashlib.sha256(self.screenshot().tobytes()).hexdigest()

    def wait_stable(self, quiet: float = 0.4, timeout: float = 10.0) -> None:
        """Wait until the screen has not changed for ``quiet`` seconds (redraws finished)."""
        deadline = time.monotonic() + timeout
        last = self.screen_hash()
        since = time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.1)
            now = self.screen_hash()
            if now != last:
                last, since = now, time.monotonic()
            elif time.monotonic() - since >= quiet:
                return
        raise XDesktopError(f"screen still changing after {timeout:.0f}s")

    # ---- xdotool -------------------------------------------------------------------------------

    def xdotool(self, *args: str, timeout: float = 15.0) -> str:
        """Run ``xdotool ARGS`` on this display and return its stdout; raise on error/timeout."""
        try:
            out = subprocess.run(
                ["xdotool", *args],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=timeout,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired as exc:
            raise XDesktopError(f"xdotool {' '.join(args)} timed out after {timeout}s") from exc
        if out.returncode != 0:
            raise XDesktopError(
                f"xdotool {' '.join(args)} failed ({out.returncode}): {out.stderr.strip()}"
            )
        return out.stdout

    def window_ids(self, title: str, timeout: float = 0.0) -> list[int]:
        """Ids of mapped windows titled exactly ``title``; with ``timeout``, wait for one."""
        args = ["search", "--onlyvisible", "--name", title_regex(title)]
        if timeout > 0:
            out = self.xdotool("search", "--sync", *args[1:], timeout=timeout)
        else:
            try:
                out = self.xdotool(*args)
            except XDesktopError:
                return []  # xdotool exits 1 when nothing matches
        return [int(line) for line in out.split()]

    def window_id(self, title: str) -> int:
        """The X id of the (first) mapped window titled exactly ``title``."""
        ids = self.window_ids(title)
        if not ids:
            raise XDesktopError(f"no mapped window titled {title!r}")
        return ids[0]

    def xterm(
        self,
        title: str,
        command: str | None = None,
        geometry: str = "80x24+40+40",
        fg: str | None = None,
        bg: str | None = None,
        face: str | None = XTERM_FACE,
        font_size: int = 12,
        extra_args: Sequence[str] = (),
        timeout: float = 20.0,
    ) -> subprocess.Popen[bytes]:
        """Open an xterm titled ``title`` running ``sh -c command`` (or an interactive ``sh``)
        and return once its window is mapped. Titles can't be changed by escape sequences."""
        cmd = [
            "xterm",
            "-T",
            title,
            "-xrm",
            "XTerm*allowTitleOps: false",
            "-geometry",
            geometry,
        ]
        if face:
            cmd += ["-fa", face, "-fs", str(font_size)]
        if fg:
            cmd += ["-fg", fg]
        if bg:
            cmd += ["-bg", bg]
        cmd += list(extra_args)
        cmd += ["-e", "sh", "-c", command] if command is not None else ["-e", "sh"]
        env = dict(self.env)
        env["PS1"] = "$ "
        env.pop("PROMPT_COMMAND", None)
        proc = subprocess.Popen(
            cmd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.children.append(proc)
        try:
            self.window_ids(title, timeout=timeout)
        except XDesktopError as exc:
            state = "exited" if proc.poll() is not None else "running"
            raise XDesktopError(f"xterm {title!r} ({state}) did not map a window: {exc}") from exc
        self.titles[title] = proc
        return proc

    def focus(self, title: str, timeout: float = 10.0) -> int:
        """Activate (focus and raise) the window titled ``title``; return its id once the WM
        reports it in ``_NET_ACTIVE_WINDOW``."""
        wid = self.window_id(title)
        self.xdotool("windowactivate", "--sync", str(wid), timeout=timeout)
        deadline = time.monotonic() + timeout
        while self.active_window() != wid:
            if time.monotonic() > deadline:
                raise XDesktopError(f"{title!r} ({wid}) never became _NET_ACTIVE_WINDOW")
            time.sleep(0.02)
        return wid

    def type_text(self, title: str, text: str, enter: bool = True, delay_ms: int = 20) -> None:
        """Focus ``title`` and type ``text`` (then Return) as real key events.

        Uses XTEST (no ``--window``). ``type --window ID`` only works while ID has the focus
        (xdotool then falls back to XTEST); to any other window it sends synthetic events,
        which xterm silently drops unless started with ``-xrm 'XTerm*allowSendEvents: true'``.
        """
        self.focus(title)
        timeout = 10.0 + len(text) * delay_ms / 1000.0 * 2
        self.xdotool(
            "type", "--clearmodifiers", "--delay", str(delay_ms), "--", text, timeout=timeout
        )
        if enter:
            self.xdotool("key", "--clearmodifiers", "Return")
