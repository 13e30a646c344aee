#!/usr/bin/env python3
"""Render a small, realistic desktop demo and write it as a frame bundle v1.

Each frame is an HTML page (1280x800) describing a desktop with a top panel
and several application windows (terminal, browser, chat, calendar). The page
is screenshotted by headless Chromium. Window rectangles, titles and the exact
text lines of every window come from the layout defined in the package
``scripts/demo_bundle`` (see its ``__init__``), so they are ground truth
(written to ``truth.json`` next to the bundle).

Output (default ``demo/bundle``)::

    bundle/bundle.json   {"format": "autocapture.bundle.v1", ...}
    bundle/frames.jsonl  one JSON object per frame, in time order
    bundle/images/*.png  one screenshot per frame

Only the standard library and Pillow are used. The output is deterministic for
a given Chromium build and font set.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scripts.demo_bundle.cli import main as run_cli  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    """Render all frames and write the bundle, truth.json and images."""
    return run_cli(argv)


if __name__ == "__main__":
    raise SystemExit(main())
