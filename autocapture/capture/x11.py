"""Window facts from the X server: EWMH stacking order, active window, titles, apps, pids."""

from __future__ import annotations

import contextlib

from autocapture.errors import AutocaptureError
from autocapture.records import WindowFact


class XServerGone(AutocaptureError):
    """The X server cannot be reached (never could, or went away while capturing)."""


class XSession:
    def __init__(self, display: str | None) -> None:
        from Xlib import X, Xatom, error
        from Xlib import display as xdisplay

        self._X, self._Xatom, self._error = X, Xatom, error
        self.name = display
        try:
            self.d = xdisplay.Display(display)
        except (error.DisplayError, error.DisplayConnectionError, OSError) as exc:
            raise XServerGone(
                f"cannot connect to the X server {display or '(DISPLAY)'}: {exc}"
            ) from None
        self.root = self.d.screen().root
        self._atoms: dict[str, int] = {}

    def atom(self, name: str) -> int:
        if name not in self._atoms:
            self._atoms[name] = self.d.intern_atom(name)
        return self._atoms[name]

    def _prop(self, win, name: str, kind: int):  # type: ignore[no-untyped-def]
        p = win.get_full_property(self.atom(name), kind)
        return p.value if p is not None else None

    def screen_size(self) -> tuple[int, int]:
        s = self.d.screen()
        return int(s.width_in_pixels), int(s.height_in_pixels)

    def windows(self) -> list[WindowFact]:
        """Mapped client windows, topmost first (z 0), with the focused one marked."""
        Xatom, error = self._Xatom, self._error
        try:
            stack = self._prop(self.root, "_NET_CLIENT_LIST_STACKING", Xatom.WINDOW)
            if stack is None:
                stack = self._prop(self.root, "_NET_CLIENT_LIST", Xatom.WINDOW) or []
            active = self._prop(self.root, "_NET_ACTIVE_WINDOW", Xatom.WINDOW)
            active_id = int(active[0]) if active is not None and len(active) else 0
            facts: list[WindowFact] = []
            for z, wid in enumerate(reversed(list(stack))):
                try:
                    facts.append(self._fact(int(wid), z, active_id))
                except (error.BadWindow, error.BadDrawable, error.BadMatch):
                    continue  # closed between listing and asking: not on screen any more
            return [f for f in facts if f.rect[2] > f.rect[0] and f.rect[3] > f.rect[1]]
        except (error.ConnectionClosedError, error.DisplayConnectionError, OSError) as exc:
            raise XServerGone(f"the X server {self.name or ''} went away: {exc}") from None

    def _fact(self, wid: int, z: int, active_id: int) -> WindowFact:
        Xatom = self._Xatom
        win = self.d.create_resource_object("window", wid)
        attrs = win.get_attributes()
        if attrs.map_state != self._X.IsViewable:
            raise self._error.BadWindow  # type: ignore[call-arg]
        name = self._prop(win, "_NET_WM_NAME", self.atom("UTF8_STRING"))
        if name is None:
            name = self._prop(win, "WM_NAME", Xatom.STRING)
        title = name.decode("utf-8", "replace") if isinstance(name, bytes) else str(name or "")
        wm_class = win.get_wm_class()
        app = wm_class[1].lower() if wm_class else None
        pid_prop = self._prop(win, "_NET_WM_PID", Xatom.CARDINAL)
        pid = int(pid_prop[0]) if pid_prop is not None and len(pid_prop) else None
        geo = win.get_geometry()
        pos = self.root.translate_coords(win, 0, 0)
        x1, y1 = int(pos.x), int(pos.y)
        x2, y2 = x1 + int(geo.width), y1 + int(geo.height)
        # The window manager's frame (title bar, borders) belongs to the window on screen:
        # its text is attributed to it, and an excluded window's title bar is blacked out too.
        ext = self._prop(win, "_NET_FRAME_EXTENTS", Xatom.CARDINAL)
        if ext is not None and len(ext) == 4:
            left, right, top, bottom = (int(v) for v in ext)
            x1, x2, y1, y2 = x1 - left, x2 + right, y1 - top, y2 + bottom
        sw, sh = self.screen_size()
        rect = (max(0, x1), max(0, y1), min(sw, x2), min(sh, y2))
        return WindowFact(
            title=title,
            rect=rect,
            window_id=hex(wid),
            app=app,
            pid=pid,
            focused=wid == active_id,
            z=z,
        )

    def close(self) -> None:
        with contextlib.suppress(Exception):  # the server may already be gone
            self.d.close()
