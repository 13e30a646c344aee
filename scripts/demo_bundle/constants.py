"""Sizes, the demo day and the paths every part of the demo bundle agrees on."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
DEFAULT_OUT = REPO_ROOT / "demo" / "bundle"
DEFAULT_CHROMIUM = "/usr/bin/chromium"

WIDTH, HEIGHT = 1280, 800
PANEL_H = 28
DAY = (2026, 11, 23)
BUNDLE_CREATED_UTC = "2026-11-23T17:00:00.000Z"
CELL_SEP = "  "  # cells of one visual row are joined by two spaces in truth

Rect = tuple[int, int, int, int]
Seg = tuple[str, str]  # (text, css classes)
