"""Scenario: browser (chromium with several tabs on locally served documentation)."""

from __future__ import annotations

import contextlib
import socket
import time
from datetime import UTC, datetime
from typing import Any

from autocapture.records import format_ts

from ..constants import HOLD
from ..recorder import Recorder

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


def free_port(preferred: int) -> int:
    for port in (preferred, 0):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return int(s.getsockname()[1])
    raise RuntimeError("no free TCP port")


def _serve(rec: Recorder) -> tuple[str, int]:
    """Write the pages and serve them from a terminal: (its title, the port)."""
    c = rec.content.browser
    site = rec.home / "sites" / c.SITE_DIR
    for page in c.DOC_PAGES:
        p = site / page["path"].lstrip("/")
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(c.page_html(page))
    port = free_port(c.PORT)
    term = rec.prompt_title(f"~/sites/{c.SITE_DIR}")
    geometry, theme, font_size = c.SERVER_TERMINAL
    rec.terminal(term, site, geometry, theme=theme, font_size=font_size)
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
    return term, port


def _browser_truth(
    rec: Recorder,
    port: int,
    base: str,
    tabs: list[dict[str, Any]],
    opened: list[dict[str, Any]],
) -> dict[str, Any]:
    c = rec.content.browser
    return {
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
                "lines": c.page_text(p),
            }
            for p in c.DOC_PAGES
        ],
        "active_by_frame": opened,
    }


def scenario_browser(rec: Recorder) -> None:
    c = rec.content.browser
    term, port = _serve(rec)
    base = f"http://127.0.0.1:{port}"
    first = c.DOC_PAGES[: c.OPEN_AT_START]
    (left, top), (width, height) = c.BROWSER_WINDOW
    profile = rec.work / "chromium-profile"
    rec.spawn(
        [
            "chromium",
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--window-position={left},{top}",
            f"--window-size={width},{height}",
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

    active_snap(c.FIRST_LABEL, 30)
    for i in range(1, len(first)):
        rec.keys(browser_window(), "ctrl+Tab", settle=1.0)
        rec.desk.wait_stable(quiet=1.0, timeout=30)
        active_snap(f"tab {i + 1}", 20 if i < len(first) - 1 else HOLD)
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
    trouble = c.DOC_PAGES[c.OPEN_AT_START]
    rec.desk.xdotool("type", "--delay", "40", f"127.0.0.1:{port}{trouble['path']}")
    time.sleep(0.5)
    rec.desk.xdotool("key", "Return")
    tabs.append({"title": trouble["title"], "url": base + trouble["path"], "path": trouble["path"]})
    rec.wait_title(f"{trouble['title']} - Chromium", timeout=60)
    time.sleep(1.0)
    rec.desk.wait_stable(quiet=1.0, timeout=30)
    active_snap("typed URL in a new tab", 0)
    rec.truth["browser"] = _browser_truth(rec, port, base, tabs, opened)
    rec.write_truth(
        "browser.tabs in tab-strip order; the active tab per frame is read from the browser "
        "window's title on the X server ('<tab title> - Chromium'). The address bar shows the "
        "URL without 'http://'."
    )
