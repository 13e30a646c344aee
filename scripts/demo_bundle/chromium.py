"""Headless Chromium: lay a page out (for the measurements) and screenshot it."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path
from typing import Any

from PIL import Image

from .constants import HEIGHT, WIDTH


def chromium_cmd(chromium: str, profile: Path) -> list[str]:
    """Common headless Chromium arguments."""
    return [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--mute-audio",
        "--lang=en-US",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        f"--window-size={WIDTH},{HEIGHT}",
        f"--user-data-dir={profile}",
    ]


def run_chromium(args: list[str], tmp: Path) -> str:
    """Run Chromium with a fresh profile; return stdout or exit with an error."""
    profile = Path(tempfile.mkdtemp(prefix="profile-", dir=tmp))
    try:
        proc = subprocess.run(
            chromium_cmd(args[0], profile) + args[1:],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    except subprocess.TimeoutExpired:
        sys.exit("error: Chromium timed out")
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if proc.returncode != 0:
        sys.exit(f"error: Chromium failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return proc.stdout


def measure(chromium: str, page: Path, tmp: Path) -> list[dict[str, Any]]:
    """Lay out the page in Chromium and return per-row text and boxes."""
    dom = run_chromium([chromium, "--dump-dom", page.as_uri()], tmp)
    m = re.search(r'data-measure="([^"]*)"', dom)
    if not m:
        sys.exit(f"error: no layout measurements in DOM dump of {page}")
    return json.loads(urllib.parse.unquote(html.unescape(m.group(1))))


def screenshot(chromium: str, page: Path, png: Path, tmp: Path) -> None:
    """Screenshot the page into ``png`` and check its size."""
    run_chromium([chromium, f"--screenshot={png}", page.as_uri()], tmp)
    if not png.exists():
        sys.exit(f"error: Chromium wrote no screenshot for {page}")
    with Image.open(png) as im:
        if im.size != (WIDTH, HEIGHT):
            sys.exit(f"error: screenshot {png} is {im.size}, expected {(WIDTH, HEIGHT)}")


def save_png(src: Path, dst: Path) -> None:
    """Re-encode a screenshot as a compact, lossless 8-bit RGB PNG.

    Palette (mode "P") PNGs would be ~4x smaller, but some readers (RapidOCR
    given a path, plain ``np.array(Image.open(...))``) treat palette indices as
    grey levels, so the demo keeps true colour.
    """
    with Image.open(src) as im:
        rgb = im.convert("RGB")
    rgb.save(dst, format="PNG", optimize=True)
