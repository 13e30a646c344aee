"""Constants shared by the recorder, the scenarios and the suites."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
TRUTH_FORMAT = "autocapture.x11_truth.v1"
HOLD = -1.0  # a dwell that keeps the screen through one whole clock minute
DEFAULT_TZ = "Asia/Singapore"
SCREEN = (1280, 800)
USER, HOST = "jonas", "buildbox"
